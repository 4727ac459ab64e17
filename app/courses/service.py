"""Courses and their modules, and which module an entry belongs to.

A course participant follows a course in modules and reflects between them. An entry
dated on or after a module's date and before the next module's date belongs to that
module; entries before the first module belong to none. The entry's `module_id` is a
manual override: an entry linked by hand belongs to that module only, whatever the date
says, and by date to no module of any course (that is what the user who linked it meant).

A module's postcard is "done" once a postcard-template entry (not in the trash) is linked
to it or falls in it by date. After a module's day has come, a module without its postcard
is suggested on the start page and in the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.courses.records import (
    POSTCARD_TEMPLATE,
    Course,
    CourseNotFoundError,
    Milestone,
    Module,
    ModuleNotFoundError,
    ModuleSpec,
    ModuleStatus,
    check_modules,
    clean_name,
)
from app.errors import EntryNotFoundError
from app.journal.changes import Change, Changes
from app.journal.service import JournalService, utc_now
from app.records import EntrySummary, TimelineFilter
from app.store import courses as store_courses
from app.store import writes as store_writes
from app.store.course_counts import module_counts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.database import Database
    from models.schema import CourseRow, ModuleRow


def _module_record(row: ModuleRow) -> Module:
    return Module(row.id, row.course_id, row.name, row.day, row.position, row.place, row.notes)


def _course_record(row: CourseRow) -> Course:
    modules = sorted((_module_record(m) for m in row.modules), key=lambda m: m.day)
    return Course(row.id, row.name, row.created_at, tuple(modules))


class CourseService:
    """Courses and modules of one journal, and the module membership of entries."""

    def __init__(self, *, journal: JournalService) -> None:
        self._journal = journal
        self._db = journal.database

    @property
    def database(self) -> Database:
        return self._db

    @property
    def journal(self) -> JournalService:
        return self._journal

    def _publish(self, kinds: Change) -> None:
        self._journal.changes.publish(Changes(kinds))

    # ----- courses -------------------------------------------------------------------

    def list_courses(self) -> list[Course]:
        """Every course, the one that started first first."""
        with self._db.transaction() as connection:
            courses = store_courses.courses(connection)
        return sorted(courses, key=lambda c: (c.modules[0].day if c.modules else dt.date.max, c.id))

    def get_course(self, course_id: int) -> Course:
        with self._db.transaction() as connection:
            found = store_courses.courses(connection, course_id)
        if not found:
            raise CourseNotFoundError(f"There is no course with id {course_id}.")
        return found[0]

    def create_course(self, name: str, modules: Sequence[ModuleSpec] = ()) -> Course:
        """Make a course with its modules in one transaction: all of it or nothing."""
        name = clean_name(name, "course")
        specs = check_modules(modules)
        with self._db.session() as session:
            from models.schema import CourseRow  # the ORM only where a course is written

            row = CourseRow(name=name, created_at=utc_now())
            session.add(row)
            session.flush()
            for position, spec in enumerate(specs):
                session.add(self._new_module(row.id, position, spec))
            session.flush()
            session.refresh(row)
            course = _course_record(row)
        self._publish(Change.COURSES)
        return course

    def update_course(self, course_id: int, name: str, modules: Sequence[ModuleSpec]) -> Course:
        """Rename a course and replace its modules.

        Modules handed in with their `id` are edited in place, so entries linked to them
        stay linked; modules left out are deleted (their linked entries fall back to dates).
        """
        name = clean_name(name, "course")
        specs = check_modules(modules)
        with self._db.session() as session:
            row = self._load(session, course_id)
            row.name = name
            existing = {module.id: module for module in row.modules}
            for spec in specs:
                if spec.id is not None and spec.id not in existing:
                    raise ModuleNotFoundError(
                        f"Module '{spec.name}' is no longer part of '{name}'. "
                        "Reopen the course and try again."
                    )
            kept = {spec.id for spec in specs if spec.id is not None}
            for module_id, module in existing.items():
                if module_id not in kept:
                    row.modules.remove(module)  # delete-orphan; the database unlinks entries
            for position, spec in enumerate(specs):
                if spec.id is None:
                    row.modules.append(self._new_module(course_id, position, spec))
                    continue
                module = existing[spec.id]
                module.name, module.day, module.position = spec.name, spec.day, position
                module.place, module.notes = spec.place, spec.notes
            session.flush()
            session.expire(row)
            course = _course_record(self._load(session, course_id))
        # Entries linked to a deleted module fall back to their dates.
        self._publish(Change.COURSES | Change.ENTRIES)
        return course

    def delete_course(self, course_id: int) -> None:
        """Delete a course and its modules; entries stay, links to its modules are cleared."""
        with self._db.session() as session:
            row = self._load(session, course_id)
            session.delete(row)
        self._publish(Change.COURSES | Change.ENTRIES)

    def get_module(self, module_id: int) -> Module:
        with self._db.transaction() as connection:
            found = store_courses.module(connection, module_id)
        if found is None:
            raise ModuleNotFoundError(f"There is no module with id {module_id}.")
        return found

    def course_of_module(self, module_id: int) -> Course:
        return self.get_course(self.get_module(module_id).course_id)

    # ----- membership ----------------------------------------------------------------

    def module_of_entry(self, entry_id: int, *, course_id: int | None = None) -> Module | None:
        """The module an entry belongs to: its override, else by date.

        A linked entry belongs to its module only: with `course_id` of another course it
        belongs to none there. Without `course_id`, an unlinked entry that falls in modules
        of several courses is given the one that began last (the most specific).
        """
        entry = self._journal.get_entry(entry_id)
        return self.module_for(entry.day, entry.module_id, course_id=course_id)

    def module_for(
        self, day: dt.date, module_id: int | None = None, *, course_id: int | None = None
    ) -> Module | None:
        """The module of an entry on `day` with override `module_id` (see module_of_entry)."""
        courses = self.list_courses()
        if course_id is not None:
            courses = [c for c in courses if c.id == course_id]
        if module_id is not None:
            return next((c.module(module_id) for c in courses if c.module(module_id)), None)
        found = [m for m in (c.module_on(day) for c in courses) if m is not None]
        return max(found, key=lambda m: (m.day, m.id), default=None)

    def link_entry(self, entry_id: int, module_id: int | None) -> Module | None:
        """Set (or with None, clear) an entry's module override; returns its module now."""
        with self._db.transaction() as connection:
            if store_writes.is_trashed(connection, entry_id) is None:
                raise EntryNotFoundError(f"There is no entry with id {entry_id}.")
            if module_id is not None and store_courses.module(connection, module_id) is None:
                raise ModuleNotFoundError(f"There is no module with id {module_id}.")
            store_courses.link_entry(connection, entry_id, module_id, utc_now())
        self._journal.changes.publish(Changes(Change.ENTRIES, frozenset((entry_id,))))
        return self.module_of_entry(entry_id)

    def entries_of_module(self, module_id: int) -> list[EntrySummary]:
        """The entries of a module (not in the trash), oldest first."""
        self.get_module(module_id)
        items = self._journal.all_matching(TimelineFilter(module_id=module_id))
        return list(reversed(items))

    def statuses(
        self, course_id: int | None = None, *, today: dt.date | None = None
    ) -> list[ModuleStatus]:
        """Every module of one course (or of all) with its postcard and entry count."""
        today = today or dt.date.today()
        courses = self.list_courses()
        if course_id is not None:
            courses = [c for c in courses if c.id == course_id]
            if not courses:
                raise CourseNotFoundError(f"There is no course with id {course_id}.")
        if not any(course.modules for course in courses):
            return []
        result: list[ModuleStatus] = []
        with self._db.transaction() as connection:
            counted = module_counts(connection, courses, POSTCARD_TEMPLATE)
        for course in courses:
            counts, postcards = counted[course.id]
            for module in course.modules:
                result.append(
                    ModuleStatus(
                        module=module,
                        course_name=course.name,
                        started=module.day <= today,
                        postcard_entry_id=postcards.get(module.id),
                        entry_count=counts.get(module.id, 0),
                    )
                )
        return result

    def pending_postcards(self, *, today: dt.date | None = None) -> list[ModuleStatus]:
        """Modules whose day has come and whose postcard is not answered yet, latest first."""
        return pending_of(self.statuses(today=today))

    def milestones(self, *, today: dt.date | None = None) -> list[Milestone]:
        """Every module date of every course, newest first (the timeline's order)."""
        return milestones_of(self.statuses(today=today))

    # ----- helpers -------------------------------------------------------------------

    def _load(self, session: Session, course_id: int) -> CourseRow:
        from models.schema import CourseRow

        row = session.get(CourseRow, course_id)
        if row is None:
            raise CourseNotFoundError(f"There is no course with id {course_id}.")
        return row

    @staticmethod
    def _new_module(course_id: int, position: int, spec: ModuleSpec) -> ModuleRow:
        from models.schema import ModuleRow

        return ModuleRow(
            course_id=course_id,
            name=spec.name,
            day=spec.day,
            position=position,
            place=spec.place,
            notes=spec.notes,
        )


__all__ = [
    "POSTCARD_TEMPLATE",
    "Course",
    "CourseNotFoundError",
    "CourseService",
    "Milestone",
    "Module",
    "ModuleNotFoundError",
    "ModuleSpec",
    "ModuleStatus",
    "check_modules",
    "module_choices",
]


def module_choices(courses: Iterable[Course]) -> list[tuple[int, str]]:
    """(module id, "Module · Course") for every module, for a module picker."""
    return [(m.id, f"{m.name} · {c.name}") for c in courses for m in c.modules]


def pending_of(statuses: list[ModuleStatus]) -> list[ModuleStatus]:
    """Of `statuses`, the modules whose day has come and whose postcard is not answered
    yet, latest first."""
    due = [s for s in statuses if s.postcard_due]
    return sorted(due, key=lambda s: (s.module.day, s.module.id), reverse=True)


def milestones_of(statuses: list[ModuleStatus]) -> list[Milestone]:
    """`statuses` as the timeline's milestones, newest first."""
    several = len({s.module.course_id for s in statuses}) > 1
    found = [
        Milestone(
            day=s.module.day,
            module_id=s.module.id,
            course_id=s.module.course_id,
            module_name=s.module.name,
            course_name=s.course_name,
            postcard_entry_id=s.postcard_entry_id,
            one_of_several_courses=several,
        )
        for s in statuses
    ]
    return sorted(found, key=lambda m: (m.day, m.module_id), reverse=True)
