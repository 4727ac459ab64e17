"""How many entries each module of a course holds, and its latest postcard, counted in SQL.

An entry belongs to a module of a course by its override (when that module is in the
course) or else by date: the module whose window [its day, the next module's day) holds
the entry's day, the last window being open. Counting that in Python meant loading every
entry since the first module at each start; here SQLite counts and only postcards
(a few per module) come back as rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import Session

from models.schema import EntryRow

if TYPE_CHECKING:
    from app.courses import Course

entries = EntryRow.__table__


def _membership(course: Course) -> tuple[ColumnElement[bool], ColumnElement[int]]:
    """(which entries can belong to `course`, the id of the module each belongs to)."""
    ids = [module.id for module in course.modules]
    overridden = entries.c.module_id.in_(ids)
    whens: list[tuple[ColumnElement[bool], ColumnElement[int]]] = [
        (overridden, entries.c.module_id)
    ]
    whens += [(entries.c.day >= m.day, literal(m.id)) for m in reversed(course.modules)]
    candidates = or_(entries.c.day >= course.modules[0].day, overridden)
    return candidates, case(*whens, else_=None)


def module_counts(
    session: Session, course: Course, postcard_template: str
) -> tuple[dict[int, int], dict[int, int]]:
    """({module id: entries}, {module id: latest postcard entry id}) of untrashed entries."""
    if not course.modules:
        return {}, {}
    candidates, module_of = _membership(course)
    member = module_of.label("module")
    counts = {
        module_id: int(n)
        for module_id, n in session.execute(
            select(member, func.count())
            .where(entries.c.trashed_at.is_(None), candidates)
            .group_by(member)
        )
        if module_id is not None
    }
    postcards: dict[int, int] = {}
    for module_id, entry_id in session.execute(
        select(member, entries.c.id)
        .where(
            entries.c.trashed_at.is_(None),
            candidates,
            entries.c.template_key == postcard_template,
        )
        .order_by(entries.c.day, entries.c.id)
    ):
        if module_id is not None:
            postcards[module_id] = entry_id  # the latest postcard wins
    return counts, postcards
