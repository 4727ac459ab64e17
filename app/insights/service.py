"""Insights over a range of the journal: the store's grouped counts folded into periods.

The SQL groups by month, tag and day (app/store/insights.py); here the months become the
request's periods (months or quarters, empty ones included) and the days become weeks.
Nothing loops over entries: ten years are at most a few thousand grouped rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.catalog.model import FAMILY_KEYS
from app.commitments.records import CLOSED_STATUSES
from app.insights.records import (
    Bucket,
    Insights,
    InsightsRequest,
    OutcomeSeries,
    PairCount,
    Period,
    TagSeries,
    WeekCount,
)
from app.records import TagRef, TimelineFilter
from app.store import insights as store
from app.store.filters import Selection, selection
from models.database import Database

#: How a commitment can end, in the order the charts show them.
OUTCOMES: tuple[str, ...] = tuple(status.value for status in CLOSED_STATUSES)


class InsightsService:
    """Counts for the Insights view, the `insights` command and the coaching summary."""

    def __init__(self, *, database: Database) -> None:
        self._db = database

    def compute(self, request: InsightsRequest) -> Insights:
        """Untrashed entries of the request's range; private ones only if it includes them."""
        where = TimelineFilter(
            date_from=request.date_from,
            date_to=request.date_to,
            private=None if request.include_private else False,
        )
        # A commitment counts in the period it was closed in, whenever its entry was written.
        makers = replace(where, date_from=None, date_to=None)
        with self._db.transaction() as connection:
            return insights_of(
                connection,
                selection(connection, where),
                request,
                commitments_from=selection(connection, makers),
            )

    def for_entries(self, ids: Iterable[int], request: InsightsRequest) -> Insights:
        """Counts over exactly `ids` (an export's entries, private ones already chosen)."""
        with self._db.transaction() as connection:
            return insights_of(connection, store.of_ids(ids), request)


def insights_of(
    connection: Any,
    chosen: Selection,
    request: InsightsRequest,
    *,
    commitments_from: Selection | None = None,
) -> Insights:
    """The insights of the `chosen` entries, in the request's periods; the commitments are
    those of `commitments_from`'s entries (the chosen ones if not given) closed in them."""
    days = [(dt.date.fromisoformat(day), n) for day, n in store.entries_per_day(connection, chosen)]
    first = request.date_from or (days[0][0] if days else None)
    last = request.date_to or (days[-1][0] if days else None)
    if first is None or last is None:
        return Insights(request, None, None, (), (), (), (), ())
    last = max(first, last)  # a range given only a start after every entry is that day
    periods = periods_between(first, last, request.by)
    index = {period.label: position for position, period in enumerate(periods)}

    def position(day_or_month: str) -> int | None:
        return index.get(period_label(day_or_month, request.by))

    entries = [0] * len(periods)
    for day, n in days:
        at = position(day.isoformat())
        if at is not None:
            entries[at] += n
    per_tag: dict[TagRef, list[int]] = defaultdict(lambda: [0] * len(periods))
    for month, tag, n in store.tags_per_month(connection, chosen):
        at = position(month)
        if at is not None:
            per_tag[tag][at] += n
    pairs = tuple(
        PairCount(row, column, n)
        for row, column, n in sorted(store.dilemma_legitimacy(connection, chosen), key=_pair_order)
    )
    per_outcome: dict[str, list[int]] = {status: [0] * len(periods) for status in OUTCOMES}
    closed = store.outcomes_per_month(
        connection, commitments_from or chosen, first.isoformat(), last.isoformat()
    )
    for month, status, n in closed:
        at = position(month)
        if at is not None and status in per_outcome:
            per_outcome[status][at] += n
    return Insights(
        request=request,
        date_from=first,
        date_to=last,
        periods=periods,
        entries=tuple(entries),
        by_tag=tuple(
            TagSeries(tag, tuple(counts)) for tag, counts in sorted(per_tag.items(), key=_tag_order)
        ),
        pairs=pairs,
        weeks=weeks_between(first, last, days),
        outcomes=tuple(
            OutcomeSeries(status, tuple(counts)) for status, counts in per_outcome.items()
        ),
    )


def period_label(day_or_month: str, by: Bucket) -> str:
    """The period an ISO day or month ("2026-02-14", "2026-02") falls in: "2026-02", "2026-Q1"."""
    if by == "month":
        return day_or_month[:7]
    return f"{day_or_month[:4]}-Q{(int(day_or_month[5:7]) + 2) // 3}"


def periods_between(first: dt.date, last: dt.date, by: Bucket) -> tuple[Period, ...]:
    """Every month or quarter from `first` to `last`, each clipped to [first, last]."""
    step = 1 if by == "month" else 3
    year, month = first.year, first.month - (first.month - 1) % step
    found: list[Period] = []
    while (year, month) <= (last.year, last.month):
        start = dt.date(year, month, 1)
        year, month = (year + 1, 1) if month + step > 12 else (year, month + step)
        end = dt.date(year, month, 1) - dt.timedelta(days=1)
        label = period_label(start.isoformat(), by)
        found.append(Period(label, max(start, first), min(end, last)))
    return tuple(found)


def weeks_between(
    first: dt.date, last: dt.date, days: list[tuple[dt.date, int]]
) -> tuple[WeekCount, ...]:
    """Every week (by its Monday) from `first`'s to `last`'s, with the counted entries."""
    monday = first - dt.timedelta(days=first.weekday())
    counts: dict[dt.date, int] = defaultdict(int)
    for day, n in days:
        counts[day - dt.timedelta(days=day.weekday())] += n
    weeks: list[WeekCount] = []
    while monday <= last:
        weeks.append(WeekCount(monday, counts.get(monday, 0)))
        monday += dt.timedelta(days=7)
    return tuple(weeks)


def _family_rank(family: str) -> int:
    return FAMILY_KEYS.index(family) if family in FAMILY_KEYS else len(FAMILY_KEYS)


def _tag_order(item: tuple[TagRef, Any]) -> tuple[int, str, str]:
    tag = item[0]
    return (_family_rank(tag.family), tag.family, tag.key)


def _pair_order(item: tuple[TagRef, TagRef, int]) -> tuple[int, str, str]:
    row, column, _ = item
    return (_family_rank(row.family), row.key, column.key)
