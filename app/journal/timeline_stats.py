"""Numbers the timeline needs beside its pages: weekly density, positions, modules.

The density strip shows entries per week with the family that dominated the week; the
panel jumps to a week or an entry by asking how many matching rows come before it, so
it can fetch exactly that far in one go instead of paging blindly.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from app.catalog.model import FAMILY_KEYS
from app.records import TimelineFilter
from app.store import timeline as store_timeline
from models.database import Database


@dataclass(frozen=True, slots=True)
class WeekDensity:
    """One week (Monday to Sunday) of matching entries."""

    start: dt.date  # a Monday
    count: int
    family: str | None  # the family most entries of the week were tagged with, if any

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)


@dataclass(frozen=True, slots=True)
class ModuleOption:
    """A course module the timeline can filter by."""

    id: int
    name: str
    course: str
    day: dt.date


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week `day` falls in."""
    return day - dt.timedelta(days=day.weekday())


def _family_rank(family: str) -> int:
    return FAMILY_KEYS.index(family) if family in FAMILY_KEYS else len(FAMILY_KEYS)


def dominant_family(counts: dict[str, int]) -> str | None:
    """The family with most entries; ties go to the family listed first in the deck."""
    if not counts:
        return None
    return min(counts, key=lambda family: (-counts[family], _family_rank(family), family))


class TimelineStats:
    """Read-only queries over the entries a timeline filter matches."""

    def __init__(self, *, database: Database) -> None:
        self._db = database

    def weekly_counts(self, where: TimelineFilter) -> list[WeekDensity]:
        """Every week from the oldest to the newest matching entry, empty weeks included,
        without the weeks' families (`week_families` adds them: they cost ten times more)."""
        with self._db.transaction() as connection:
            counts = store_timeline.entries_per_week(connection, where)
        if not counts:
            return []
        return [
            WeekDensity(store_timeline.monday_of(week), counts.get(week, 0), None)
            for week in range(min(counts), max(counts) + 1, 7)
        ]

    def week_families(self, where: TimelineFilter) -> dict[dt.date, str]:
        """The family that dominated each week with tagged matching entries (by Monday)."""
        families: dict[int, dict[str, int]] = defaultdict(dict)
        with self._db.transaction() as connection:
            for week, family, n in store_timeline.families_per_week(connection, where):
                families[week][family] = n
        found = {week: dominant_family(counts) for week, counts in families.items()}
        return {store_timeline.monday_of(week): f for week, f in found.items() if f is not None}

    def weekly_density(self, where: TimelineFilter) -> list[WeekDensity]:
        """`weekly_counts` with each week's family."""
        families = self.week_families(where)
        return [
            replace(week, family=families.get(week.start)) for week in self.weekly_counts(where)
        ]

    def rows_newer_than(self, where: TimelineFilter, day: dt.date) -> int:
        """How many matching entries are dated after `day` (they come first in the list)."""
        with self._db.transaction() as connection:
            return store_timeline.rows_newer_than(connection, where, day)

    def rank_of_entry(self, where: TimelineFilter, entry_id: int) -> int | None:
        """The entry's position among matching entries, newest first; None if it is not one."""
        with self._db.transaction() as connection:
            return store_timeline.rank_of_entry(connection, where, entry_id)

    def modules(self) -> list[ModuleOption]:
        """Every course module, by course and date."""
        with self._db.transaction() as connection:
            rows = store_timeline.modules(connection)
        return [ModuleOption(*row) for row in rows]
