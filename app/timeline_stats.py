"""Numbers the timeline needs beside its pages: weekly density, positions, modules.

The density strip shows entries per week with the family that dominated the week; the
panel jumps to a week or an entry by asking how many matching rows come before it, so
it can fetch exactly that far in one go instead of paging blindly.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from app.catalog_model import FAMILY_KEYS
from app.records import TimelineFilter
from app.timeline_query import conditions, entries, entry_tags, modules, tags
from models.database import Database
from models.schema import CourseRow

courses = CourseRow.__table__


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

    def weekly_density(self, where: TimelineFilter) -> list[WeekDensity]:
        """Every week from the oldest to the newest matching entry, empty weeks included."""
        with self._db.session() as session:
            counts = dict(self._per_week(session, where))
            families: dict[int, dict[str, int]] = defaultdict(dict)
            for week, family, n in self._per_week_family(session, where):
                families[week][family] = n
        if not counts:
            return []
        return [
            WeekDensity(_day_of(week), counts.get(week, 0), dominant_family(families[week]))
            for week in range(min(counts), max(counts) + 1, 7)
        ]

    def rows_newer_than(self, where: TimelineFilter, day: dt.date) -> int:
        """How many matching entries are dated after `day` (they come first in the list)."""
        with self._db.session() as session:
            query = (
                select(func.count())
                .select_from(entries)
                .where(*conditions(session, where), entries.c.day > day)
            )
            return int(session.execute(query).scalar_one())

    def rank_of_entry(self, where: TimelineFilter, entry_id: int) -> int | None:
        """The entry's position among matching entries, newest first; None if it is not one."""
        with self._db.session() as session:
            clauses = conditions(session, where)
            found = session.execute(
                select(entries.c.day).where(*clauses, entries.c.id == entry_id)
            ).first()
            if found is None:
                return None
            day = found[0]
            newer = or_(entries.c.day > day, and_(entries.c.day == day, entries.c.id > entry_id))
            query = select(func.count()).select_from(entries).where(*clauses, newer)
            return int(session.execute(query).scalar_one())

    def modules(self) -> list[ModuleOption]:
        """Every course module, by course and date."""
        with self._db.session() as session:
            rows = session.execute(
                select(modules.c.id, modules.c.name, courses.c.name, modules.c.day)
                .join(courses, courses.c.id == modules.c.course_id)
                .order_by(courses.c.name, modules.c.day, modules.c.position)
            ).all()
        return [ModuleOption(id_, name, course, day) for id_, name, course, day in rows]

    # ----- helpers -------------------------------------------------------------------

    @staticmethod
    def _per_week(session: Session, where: TimelineFilter) -> list[tuple[int, int]]:
        week = _week_of(entries.c.day)
        rows = session.execute(
            select(week, func.count()).where(*conditions(session, where)).group_by(week)
        ).all()
        return [(int(w), int(n)) for w, n in rows]

    @staticmethod
    def _per_week_family(session: Session, where: TimelineFilter) -> list[tuple[int, str, int]]:
        # An entry with two dilemma tags counts once for dilemma. Aliases, because the
        # filter's own tag subqueries must not correlate with this join.
        links = entry_tags.alias("week_links")
        found = tags.alias("week_tags")
        week = _week_of(entries.c.day)
        rows = session.execute(
            select(week, found.c.family, func.count(func.distinct(entries.c.id)))
            .join(links, links.c.entry_id == entries.c.id)
            .join(found, found.c.id == links.c.tag_id)
            .where(*conditions(session, where))
            .group_by(week, found.c.family)
        ).all()
        return [(int(w), family, int(n)) for w, family, n in rows]


# Weeks are grouped in SQL by the Julian day number of their Monday: JDN 0 was a Monday,
# so `jdn - jdn % 7` is the week's Monday. Grouping there keeps ten years to ~520 rows.
_JDN_OF_ORDINAL_ZERO = 1_721_425


def _week_of(day: ColumnElement[dt.date]) -> ColumnElement[int]:
    jdn = cast(func.julianday(day) + 0.5, Integer)
    return jdn - jdn % 7


def _day_of(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO)
