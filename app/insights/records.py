"""Insights as plain values: the periods of a range, counts per tag and period, pairs, weeks.

Widgets, the command line and the coaching summary read only these records. Each count
knows the entries behind it as a `TimelineFilter` (`Insights.filter_for`), so a click on a
chart shows exactly the entries it counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from app.records import TagRef, TimelineFilter

Bucket = Literal["month", "quarter"]
BUCKETS: tuple[Bucket, ...] = ("month", "quarter")


@dataclass(frozen=True, slots=True)
class InsightsRequest:
    """Which entries to count, and in which periods. A missing end of the range is the
    first or last day with a counted entry."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    by: Bucket = "month"
    include_private: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    """A month ("2026-01") or a quarter ("2026-Q1"); `start`/`end` are clipped to the range."""

    label: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class TagSeries:
    """How many counted entries carry `tag` in each period (aligned with `Insights.periods`)."""

    tag: TagRef
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class PairCount:
    """Counted entries carrying both a dilemma or paradox (`row`) and a form of legitimacy."""

    row: TagRef
    column: TagRef
    count: int


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Counted entries in one week, Monday to Sunday (clipped to the range at its ends)."""

    start: dt.date  # a Monday
    count: int

    @property
    def label(self) -> str:
        """The ISO week, e.g. "2026-W03"."""
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


@dataclass(frozen=True, slots=True)
class OutcomeSeries:
    """How many commitments were closed with `outcome` (kept, changed, dropped) in each
    period, by the day they were closed."""

    outcome: str
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Insights:
    """Counts over the entries of one range: untrashed, and private ones only if asked."""

    request: InsightsRequest
    date_from: dt.date | None  # the range counted; None when nothing was in it
    date_to: dt.date | None
    periods: tuple[Period, ...]
    entries: tuple[int, ...]  # counted entries per period
    by_tag: tuple[TagSeries, ...]  # tags in use, by family then key
    pairs: tuple[PairCount, ...]
    weeks: tuple[WeekCount, ...]  # every week of the range, empty ones too
    outcomes: tuple[OutcomeSeries, ...] = ()  # kept, changed, dropped: closed per period

    def series(self, *families: str) -> tuple[TagSeries, ...]:
        return tuple(s for s in self.by_tag if s.tag.family in families)

    def base_filter(self) -> TimelineFilter:
        """The counted entries of the whole range, as the timeline filters them."""
        return TimelineFilter(
            date_from=self.date_from,
            date_to=self.date_to,
            private=None if self.request.include_private else False,
        )

    def filter_for(
        self, *, tags: tuple[TagRef, ...] = (), period: Period | None = None
    ) -> TimelineFilter:
        """The entries behind one count: carrying every tag of `tags`, within `period`."""
        where = self.base_filter()
        if period is not None:
            where = replace(where, date_from=period.start, date_to=period.end)
        return replace(where, tags=tags, match_all_tags=len(tags) > 1)

    def filter_for_week(self, week: WeekCount) -> TimelineFilter:
        start = max(week.start, self.date_from) if self.date_from else week.start
        end = week.start + dt.timedelta(days=6)
        end = min(end, self.date_to) if self.date_to else end
        return replace(self.base_filter(), date_from=start, date_to=end)
