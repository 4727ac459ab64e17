"""Courses and modules as records, and an entry's link to a module.

Reading them here, with three plain statements, keeps the ORM out of the window's start:
course mode reads the courses as the window opens. Making, changing and deleting a
course stays with the ORM in app/courses/service.py, where its relationships help.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from app.courses.records import Course, Module
from app.store.rows import stored_day, stored_text

_MODULE_COLUMNS = "id, course_id, name, day, position, place, notes"


def _module(row: tuple[Any, ...]) -> Module:
    module_id, course_id, name, day, position, place, notes = row
    return Module(module_id, course_id, name, stored_day(day), position, place, notes)


def courses(connection: Any, course_id: int | None = None) -> list[Course]:
    """Every course (or the one with `course_id`) with its modules in date order, by id."""
    where, values = ("WHERE id = ?", (course_id,)) if course_id is not None else ("", ())
    rows = connection.execute(
        f"SELECT id, name, created_at FROM courses {where} ORDER BY id", values
    ).fetchall()
    modules_of: dict[int, list[Module]] = defaultdict(list)
    module_where = "WHERE course_id = ?" if course_id is not None else ""
    for row in connection.execute(
        f"SELECT {_MODULE_COLUMNS} FROM modules {module_where} ORDER BY day, position", values
    ):
        modules_of[row[1]].append(_module(row))
    return [
        # created_at is stored naive UTC and given back naive, as the ORM gives it.
        Course(row_id, name, dt.datetime.fromisoformat(created), tuple(modules_of[row_id]))
        for row_id, name, created in rows
    ]


def module(connection: Any, module_id: int) -> Module | None:
    row = connection.execute(
        f"SELECT {_MODULE_COLUMNS} FROM modules WHERE id = ?", (module_id,)
    ).fetchone()
    return None if row is None else _module(row)


def link_entry(connection: Any, entry_id: int, module_id: int | None, now: dt.datetime) -> bool:
    """Set an entry's module override (None clears it); False when there is no such entry."""
    cursor = connection.execute(
        "UPDATE entries SET module_id = ?, updated_at = ? WHERE id = ?",
        (module_id, stored_text(now), entry_id),
    )
    return cursor.rowcount > 0
