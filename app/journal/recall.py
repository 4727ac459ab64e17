"""The past that comes back: "on this day", "you have met this before", and the entries
per day a month calendar marks.

On this day, for a day D:
- the same day of the month in each of the 11 months before D (nothing for a month
  without that day: the 31st looks back only to months with a 31st, the 30th skips
  February);
- the same day and month in every earlier year; in a year that is not a leap year, 28
  February also brings back 29 February of earlier leap years (29 February itself looks
  back only to leap years).
1 January thus looks back to 1 December of the year before, 1 November, …, and to 1
January of each earlier year.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from app.journal.changes import ChangeFeed
from app.records import EARLIEST_DAY, EntrySummary, Memory, TagRef, TimelineFilter
from app.store import recall as store_recall
from models.database import Database

#: The tag families whose earlier entries the editor lists ("you have met this before").
RECALL_FAMILIES: tuple[str, ...] = ("dilemma", "paradox", "legitimacy")
MET_BEFORE_LIMIT = 5
_LAST_ID = 2**63 - 1  # an entry not yet saved sorts after every entry of its day and time


def _months_back(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - months
    return index // 12, index % 12 + 1


def days_back(today: dt.date, earliest: dt.date) -> list[tuple[dt.date, int]]:
    """(day, months ago) of every earlier day that comes back on `today`, newest first,
    back to the year of `earliest` (see the module docstring for the rules)."""
    found: list[tuple[dt.date, int]] = []
    for months in range(1, 12):
        year, month = _months_back(today, months)
        if today.day <= calendar.monthrange(year, month)[1]:
            found.append((dt.date(year, month, today.day), months))
    leap_eve = (today.month, today.day) == (2, 28) and not calendar.isleap(today.year)
    for years in range(1, today.year - max(earliest.year, EARLIEST_DAY.year) + 1):
        year = today.year - years
        if (today.month, today.day) != (2, 29) or calendar.isleap(year):
            found.append((dt.date(year, today.month, today.day), 12 * years))
        if leap_eve and calendar.isleap(year):
            found.append((dt.date(year, 2, 29), 12 * years))
    return sorted(found, key=lambda pair: pair[0], reverse=True)


class RecallService:
    """Read-only: earlier entries that belong beside today or beside the open entry."""

    def __init__(self, *, database: Database, changes: ChangeFeed | None = None) -> None:
        self._db = database
        #: The journal's change feed, for the panes that show these lists to follow writes.
        self.changes = changes

    def on_this_day(self, today: dt.date | None = None) -> list[Memory]:
        """Entries from this date in earlier months and years, the most recent first."""
        today = today or dt.date.today()
        with self._db.transaction() as connection:
            earliest = store_recall.first_day(connection)
            if earliest is None or earliest >= today:
                return []
            days = dict(days_back(today, earliest))
            found = store_recall.on_days(connection, [d for d in days if d >= earliest])
        return [Memory(entry, days[entry.day]) for entry in found]

    def met_before(
        self,
        tags: Iterable[TagRef],
        *,
        day: dt.date,
        time: dt.time,
        entry_id: int | None,
        limit: int = MET_BEFORE_LIMIT,
    ) -> list[EntrySummary]:
        """The latest entries before this one (by day, time, id) sharing any of its
        dilemma, paradox or legitimacy tags, newest first."""
        pairs = sorted({(t.family, t.key) for t in tags if t.family in RECALL_FAMILIES})
        if not pairs:
            return []
        before = (day, time, _LAST_ID if entry_id is None else entry_id)
        with self._db.transaction() as connection:
            return store_recall.earlier_with_tags(connection, pairs, before=before, limit=limit)

    def days_with_entries(
        self, year: int, month: int, where: TimelineFilter | None = None
    ) -> dict[dt.date, int]:
        """Matching entries per day of one month (days without any are left out)."""
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        with self._db.transaction() as connection:
            return store_recall.entries_per_day(connection, where or TimelineFilter(), first, last)
