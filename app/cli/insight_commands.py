"""`insights`: which tags recur by month or quarter, dilemma × legitimacy, entries per week.

The JSON document (`--format json`):

    {"from": "2026-01-01", "to": "2026-03-31", "by": "month", "include_private": false,
     "periods": ["2026-01", "2026-02", "2026-03"],          every period, empty ones too
     "entries": [12, 0, 9],                                 counted entries per period
     "by_tag": {"dilemma:control": [3, 0, 1], …},           tags in use, aligned with periods
     "dilemma_legitimacy": {"dilemma:control": {"moral": 2}, …},
                      dilemma or paradox tag → legitimacy key → entries carrying both
     "entries_per_week": [{"week": "2026-W01", "start": "2025-12-29", "count": 2}, …],
                      every ISO week of the range by its Monday, empty ones too
     "commitments": {"kept": [1, 0, 2], "changed": [0, 0, 1], "dropped": [0, 1, 0]}}
                      how commitments ended: closed each way per period, by the day
                      they were closed (whenever the entry that made them was written)

Private entries count only with --include-private; trashed entries never do.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli.journal_access import open_for_command
from app.cli.parsing import check_period, iso_day
from app.insights.records import BUCKETS, InsightsRequest

if TYPE_CHECKING:
    from app.catalog.catalog import Catalog
    from app.insights.records import Insights

_BARS = " ▁▂▃▄▅▆▇█"


def register(subparsers: argparse._SubParsersAction) -> None:
    insights = subparsers.add_parser(
        "insights",
        help="recurring dilemmas, paradoxes, roles and strategies by period; "
        "dilemma × legitimacy; entries per week",
    )
    insights.add_argument("--from", dest="date_from", type=iso_day, metavar="D")
    insights.add_argument("--to", dest="date_to", type=iso_day, metavar="D")
    insights.add_argument("--by", choices=BUCKETS, default="month")
    insights.add_argument(
        "--include-private", action="store_true", help="count private entries too"
    )
    insights.add_argument("--format", choices=("text", "json"), default="text")
    insights.set_defaults(handler=run_insights)


def run_insights(args: argparse.Namespace) -> int:
    check_period(args.date_from, args.date_to)
    request = InsightsRequest(
        date_from=args.date_from,
        date_to=args.date_to,
        by=args.by,
        include_private=args.include_private,
    )
    context = open_for_command(args, write=False)
    try:
        from app.insights.service import InsightsService

        found = InsightsService(database=context.database).compute(request)
        catalog = context.catalog if args.format == "text" else None
    finally:
        context.close()
    if catalog is None:
        json.dump(as_json(found), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print("\n".join(as_text(found, catalog)))
    return 0


def as_json(found: Insights) -> dict[str, Any]:
    """The insights as the JSON document described at the top of this module."""
    pairs: dict[str, dict[str, int]] = {}
    for pair in found.pairs:
        pairs.setdefault(str(pair.row), {})[pair.column.key] = pair.count
    return {
        "from": found.date_from.isoformat() if found.date_from else None,
        "to": found.date_to.isoformat() if found.date_to else None,
        "by": found.request.by,
        "include_private": found.request.include_private,
        "periods": [period.label for period in found.periods],
        "entries": list(found.entries),
        "by_tag": {str(series.tag): list(series.counts) for series in found.by_tag},
        "dilemma_legitimacy": pairs,
        "entries_per_week": [
            {"week": week.label, "start": week.start.isoformat(), "count": week.count}
            for week in found.weeks
        ],
        "commitments": {series.outcome: list(series.counts) for series in found.outcomes},
    }


def as_text(found: Insights, catalog: Catalog) -> list[str]:
    """The insights as tables for a terminal: tags by period, pairs, a weekly sparkline."""
    if not found.periods:
        return [
            "No entries to count"
            + (
                ""
                if found.request.include_private
                else " (private entries left out; --include-private counts them)"
            )
            + "."
        ]
    private = (
        "private entries included"
        if found.request.include_private
        else ("private entries left out")
    )
    lines = [
        f"Insights {found.date_from} to {found.date_to}, by {found.request.by} ({private})",
        "",
    ]
    labels = [period.label for period in found.periods]
    lines += _table("Entries", labels, [("all entries", list(found.entries))])
    for family in catalog.families:
        order = {item.key: index for index, item in enumerate(family.items)}
        series = sorted(found.series(family.key), key=lambda s: order.get(s.tag.key, len(order)))
        if series:
            rows = [
                (_tag_label(catalog, s.tag.family, s.tag.key, s.tag.label), list(s.counts))
                for s in series
            ]
            lines += ["", *_table(family.label.en, labels, rows)]
    if found.pairs:
        legitimacy = catalog.family("legitimacy")
        columns = [item.key for item in legitimacy.items] if legitimacy else []
        counts: dict[tuple[str, str], int] = {
            (str(pair.row), pair.column.key): pair.count for pair in found.pairs
        }
        rows = []
        for key in dict.fromkeys(str(pair.row) for pair in found.pairs):
            family, _, item = key.partition(":")
            label = _tag_label(catalog, family, item, None)
            rows.append((label, [counts.get((key, column), 0) for column in columns]))
        headers = [_tag_label(catalog, "legitimacy", c, None) for c in columns]
        lines += ["", *_table("Dilemma or paradox × legitimacy", headers, rows)]
    if any(any(series.counts) for series in found.outcomes):
        rows = [(series.outcome, list(series.counts)) for series in found.outcomes]
        lines += ["", *_table("Commitments closed", labels, rows)]
    lines += ["", *_rhythm(found)]
    return lines


def _tag_label(catalog: Catalog, family: str, key: str, label: str | None) -> str:
    item = catalog.item(family, key)
    return item.label.en if item else (label or key)


def _table(title: str, headers: list[str], rows: list[tuple[str, list[int]]]) -> list[str]:
    first = max([len(title), *(len(label) for label, _ in rows)])
    widths = [max(len(header), 3) for header in headers]
    lines = [
        f"{title:<{first}}  " + "  ".join(f"{h:>{w}}" for h, w in zip(headers, widths, strict=True))
    ]
    for label, counts in rows:
        cells = "  ".join(f"{n if n else '·':>{w}}" for n, w in zip(counts, widths, strict=True))
        lines.append(f"{label:<{first}}  {cells}")
    return lines


def _rhythm(found: Insights) -> list[str]:
    counts = [week.count for week in found.weeks]
    most = max(counts, default=0)
    bars = "".join(_BARS[0 if n == 0 else 1 + (n * (len(_BARS) - 2)) // most] for n in counts)
    empty = sum(1 for n in counts if n == 0)
    average = sum(counts) / len(counts) if counts else 0.0
    lines = [
        f"Entries per week ({found.weeks[0].label} to {found.weeks[-1].label}): "
        f"{average:.1f} on average, at most {most}, {empty} of {len(counts)} weeks without"
    ]
    lines += [bars[start : start + 78] for start in range(0, len(bars), 78)]
    return lines
