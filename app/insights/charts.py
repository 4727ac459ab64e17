"""The insights as charts: which rows, columns and labels each chart has, in one language.

The window's Insights view and the coaching summary draw the same charts from here: tags
of a family in the catalog's order, periods and weeks labelled for a reader ("Mar 2026",
"K1 2026"), and, for each cell or bar, the timeline filter of the entries it counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.catalog.catalog import Catalog
from app.commitments.follow_up import status_word
from app.commitments.records import CommitmentStatus
from app.insights.records import Insights, Period
from app.records import OWN_FAMILY, TagRef, TimelineFilter
from app.store.insights import PAIR_COLUMN_FAMILY, PAIR_ROW_FAMILIES
from app.summary.labels import month_name

RECURRING_FAMILIES: tuple[str, ...] = PAIR_ROW_FAMILIES  # dilemmas and paradoxes
PRACTICE_FAMILIES: tuple[str, ...] = ("role", "strategy")  # leader roles, network strategies


@dataclass(frozen=True, slots=True)
class Grid:
    """Counts in rows × columns, e.g. dilemmas × months or dilemmas × forms of legitimacy."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # one tuple per row, aligned with columns

    @property
    def most(self) -> int:
        return max((n for row in self.counts for n in row), default=0)


@dataclass(frozen=True, slots=True)
class Bars:
    """One bar per step (a week), with labels under some steps (the first week of a month)."""

    counts: tuple[int, ...]
    ticks: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class TagGrid:
    """A grid whose rows are tags; `filter_for(row, column)` is the entries behind a cell."""

    grid: Grid
    tags: tuple[TagRef, ...]


@dataclass(frozen=True)
class InsightCharts:
    """Every chart of one Insights result, labelled in one language."""

    insights: Insights
    recurring: TagGrid  # dilemmas and paradoxes × periods
    practice: TagGrid  # leader roles and network strategies × periods
    pairs: Grid  # dilemmas and paradoxes × forms of legitimacy
    pair_rows: tuple[TagRef, ...]
    pair_columns: tuple[TagRef, ...]
    rhythm: Bars  # entries per week
    outcomes: Grid  # kept, changed, dropped × periods

    def period_filter(self, grid: TagGrid, row: int, column: int) -> TimelineFilter:
        return self.insights.filter_for(
            tags=(grid.tags[row],), period=self.insights.periods[column]
        )

    def pair_filter(self, row: int, column: int) -> TimelineFilter:
        return self.insights.filter_for(tags=(self.pair_rows[row], self.pair_columns[column]))

    def outcome_filter(self, row: int, column: int) -> TimelineFilter:
        """The follow-ups written in the period on closing commitments the row's way: one
        entry per commitment counted, with its text and the note on how it went."""
        outcome = self.insights.outcomes[row].outcome
        return replace(
            self.insights.filter_for(period=self.insights.periods[column]), closed_as=outcome
        )

    @property
    def has_outcomes(self) -> bool:
        return any(any(counts) for counts in self.outcomes.counts)

    def week_filter(self, index: int) -> TimelineFilter:
        return self.insights.filter_for_week(self.insights.weeks[index])


def period_title(period: Period, language: str) -> str:
    """ "Mar 2026" / "mar 2026" for a month, "Q1 2026" / "K1 2026" for a quarter."""
    year, _, part = period.label.partition("-")
    if part.startswith("Q"):
        return f"{'K' if language == 'da' else 'Q'}{part[1:]} {year}"
    return f"{month_name(int(part), language)[:3]} {year}"


def tag_label(catalog: Catalog, tag: TagRef, language: str) -> str:
    if tag.family == OWN_FAMILY:
        return tag.label or tag.key
    item = catalog.item(tag.family, tag.key)
    return item.label.get(language) if item else tag.key


def _in_catalog_order(
    catalog: Catalog, tags: list[TagRef], families: tuple[str, ...]
) -> list[TagRef]:
    rank: dict[tuple[str, str], int] = {}
    for family_key in families:
        family = catalog.family(family_key)
        for item in family.items if family else ():
            rank[(family_key, item.key)] = len(rank)
    return sorted(tags, key=lambda t: (rank.get((t.family, t.key), len(rank)), t.family, t.key))


def _tag_grid(
    found: Insights,
    catalog: Catalog,
    language: str,
    families: tuple[str, ...],
    columns: tuple[str, ...],
) -> TagGrid:
    series = {s.tag: s for s in found.series(*families) if s.total}
    tags = _in_catalog_order(catalog, list(series), families)
    return TagGrid(
        Grid(
            rows=tuple(tag_label(catalog, tag, language) for tag in tags),
            columns=columns,
            counts=tuple(series[tag].counts for tag in tags),
        ),
        tuple(tags),
    )


def _week_ticks(found: Insights, language: str) -> tuple[tuple[int, str], ...]:
    """A label under the first week starting in each month: "jan 2026", then "feb", …"""
    ticks: list[tuple[int, str]] = []
    for index, week in enumerate(found.weeks):
        first_day = next(
            (
                week.start + dt.timedelta(days=d)
                for d in range(7)
                if (week.start + dt.timedelta(days=d)).day == 1
            ),
            None,
        )
        if index == 0 and first_day is None:
            first_day = week.start
        if first_day is None:
            continue
        name = month_name(first_day.month, language)[:3]
        year = not ticks or first_day.month == 1
        ticks.append((index, f"{name} {first_day.year}" if year else name))
    return tuple(ticks)


def charts_of(found: Insights, catalog: Catalog, language: str) -> InsightCharts:
    columns = tuple(period_title(period, language) for period in found.periods)
    rows = _in_catalog_order(
        catalog, list(dict.fromkeys(pair.row for pair in found.pairs)), RECURRING_FAMILIES
    )
    legitimacy = catalog.family(PAIR_COLUMN_FAMILY)
    pair_columns = tuple(
        TagRef(PAIR_COLUMN_FAMILY, item.key) for item in (legitimacy.items if legitimacy else ())
    )
    counts = {(pair.row, pair.column): pair.count for pair in found.pairs}
    return InsightCharts(
        insights=found,
        recurring=_tag_grid(found, catalog, language, RECURRING_FAMILIES, columns),
        practice=_tag_grid(found, catalog, language, PRACTICE_FAMILIES, columns),
        pairs=Grid(
            rows=tuple(tag_label(catalog, tag, language) for tag in rows),
            columns=tuple(tag_label(catalog, tag, language) for tag in pair_columns),
            counts=tuple(tuple(counts.get((row, col), 0) for col in pair_columns) for row in rows),
        ),
        pair_rows=tuple(rows),
        pair_columns=pair_columns,
        rhythm=Bars(tuple(week.count for week in found.weeks), _week_ticks(found, language)),
        outcomes=Grid(
            rows=tuple(
                status_word(CommitmentStatus(series.outcome), language) for series in found.outcomes
            ),
            columns=columns,
            counts=tuple(series.counts for series in found.outcomes),
        ),
    )
