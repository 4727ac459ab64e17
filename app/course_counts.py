"""How many entries each module of a course holds, and its latest postcard, counted in SQL.

An entry belongs to a module of a course by its override (when that module is in the
course) or else by date: the module whose window [its day, the next module's day) holds
the entry's day, the last window being open. Counting that in Python meant loading every
entry since the first module at each start. Here the date windows are counted on the
timeline index, the few overridden entries move between windows, and only postcards
come back as rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.schema import EntryRow

if TYPE_CHECKING:
    from app.courses import Course

entries = EntryRow.__table__

Counts = dict[int, tuple[dict[int, int], dict[int, int]]]


def _window_count(session: Session, start: dt.date, end: dt.date | None) -> int:
    query = (
        select(func.count())
        .select_from(entries)
        .where(entries.c.trashed_at.is_(None), entries.c.day >= start)
    )
    if end is not None:
        query = query.where(entries.c.day < end)
    return int(session.execute(query).scalar_one())


def module_counts(session: Session, courses: Sequence[Course], postcard_template: str) -> Counts:
    """Per course id: ({module id: untrashed entries}, {module id: latest postcard id})."""
    # Entries filed under a module by hand: few, found on the module_id index. SQLite
    # scans the table for `IS NOT NULL` but searches the index for `> 0` (ids start at
    # 1); trashed ones are dropped here, as that test in SQL would also mean a scan.
    overridden = [
        (day, module_id)
        for day, module_id, trashed_at in session.execute(
            select(entries.c.day, entries.c.module_id, entries.c.trashed_at).where(
                entries.c.module_id > 0
            )
        )
        if trashed_at is None
    ]
    postcards = session.execute(
        select(entries.c.id, entries.c.day, entries.c.module_id)
        .where(entries.c.trashed_at.is_(None), entries.c.template_key == postcard_template)
        .order_by(entries.c.day, entries.c.id)
    ).all()
    result: Counts = {}
    for course in courses:
        modules = course.modules
        counts = {
            module.id: _window_count(
                session, module.day, modules[i + 1].day if i + 1 < len(modules) else None
            )
            for i, module in enumerate(modules)
        }
        ids = set(counts)
        for day, module_id in overridden:
            if module_id in ids:
                by_date = course.module_on(day)
                if by_date is not None:
                    counts[by_date.id] -= 1
                counts[module_id] += 1
        latest: dict[int, int] = {}
        for entry_id, day, module_id in postcards:
            module = course.module_for(day, module_id)
            if module is not None:
                latest[module.id] = entry_id  # the latest postcard wins
        result[course.id] = (counts, latest)
    return result
