"""How many entries each module of a course holds, and its latest postcard, counted in SQL.

An entry linked by hand to a module (its `module_id`) belongs to that module only, in
whichever course; an unlinked entry belongs by date to the module whose window [its day,
the next module's day) holds the entry's day, the last window being open, in every
course. Counting that in Python meant loading every entry since the first module at each
start. Here the date windows are counted on the timeline index, the few linked entries
are taken out of their date window and added to their own module, and each window's
newest postcard is found by walking it backwards from its end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.store.rows import day_text, stored_day

if TYPE_CHECKING:
    from app.courses.service import Course

Counts = dict[int, tuple[dict[int, int], dict[int, int]]]


def _window_count(connection: Any, start: dt.date, end: dt.date | None) -> int:
    sql = "SELECT count(*) FROM entries WHERE trashed_at IS NULL AND day >= ?"
    values: tuple[Any, ...] = (day_text(start),)
    if end is not None:
        sql, values = sql + " AND day < ?", (*values, day_text(end))
    return int(connection.execute(sql, values).fetchone()[0])


def _latest_postcard_by_date(
    connection: Any, course: Course, index: int, postcard_template: str
) -> tuple[dt.date, int] | None:
    """The newest postcard filed by date in module `index`'s window, as (day, id).

    Walks the window newest first on the timeline index, so only the few entries after
    the last postcard are read; entries linked by hand to a module (of any course) are
    passed over: they count only under the module they are linked to.
    """
    modules = course.modules
    sql = (
        "SELECT id, day, module_id FROM entries "
        "WHERE trashed_at IS NULL AND day >= ? AND template_key = ?"
    )
    values: tuple[Any, ...] = (day_text(modules[index].day), postcard_template)
    if index + 1 < len(modules):
        sql, values = sql + " AND day < ?", (*values, day_text(modules[index + 1].day))
    sql += " ORDER BY day DESC, id DESC LIMIT ? OFFSET ?"
    page, offset = 32, 0
    while True:
        rows = connection.execute(sql, (*values, page, offset)).fetchall()
        for entry_id, day, module_id in rows:
            if module_id is None:
                return stored_day(day), entry_id
        if len(rows) < page:
            return None
        offset += page


def module_counts(connection: Any, courses: Sequence[Course], postcard_template: str) -> Counts:
    """Per course id: ({module id: untrashed entries}, {module id: latest postcard id})."""
    # Entries linked to a module by hand: few, found on the module_id index. SQLite
    # scans the table for `IS NOT NULL` but searches the index for `> 0` (ids start at
    # 1); trashed ones are dropped here, as that test in SQL would also mean a scan.
    overridden = [
        (stored_day(day), module_id, entry_id, template_key)
        for day, module_id, entry_id, template_key, trashed_at in connection.execute(
            "SELECT day, module_id, id, template_key, trashed_at FROM entries WHERE module_id > 0"
        )
        if trashed_at is None
    ]
    result: Counts = {}
    for course in courses:
        modules = course.modules
        counts = {
            module.id: _window_count(
                connection, module.day, modules[i + 1].day if i + 1 < len(modules) else None
            )
            for i, module in enumerate(modules)
        }
        newest: dict[int, tuple[dt.date, int]] = {}
        for i, module in enumerate(modules):
            found = _latest_postcard_by_date(connection, course, i, postcard_template)
            if found is not None:
                newest[module.id] = found
        for day, module_id, entry_id, template_key in overridden:
            # A linked entry leaves its date window in every course, and counts only
            # under its own module (when that module is in this course).
            by_date = course.module_on(day)
            if by_date is not None:
                counts[by_date.id] -= 1
            if module_id not in counts:
                continue
            counts[module_id] += 1
            if template_key == postcard_template:
                newest[module_id] = max(newest.get(module_id, (day, entry_id)), (day, entry_id))
        result[course.id] = (counts, {m: entry_id for m, (_day, entry_id) in newest.items()})
    return result
