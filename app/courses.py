"""Courses and their modules, and which module an entry belongs to.

A course participant follows a course in modules and reflects between them. An entry
dated on or after a module's date and before the next module's date belongs to that
module; entries before the first module belong to none. The entry's `module_id` is a
manual override: it names the module of that module's course, whatever the date says
(for other courses the dates still decide).

A module's postcard is "done" once a postcard-template entry (not in the trash) is linked
to it or falls in it by date. After a module's day has come, a module without its postcard
is suggested on the start page and in the timeline.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import EntryNotFoundError, InvalidInputError, RefleksError
from app.journal import JournalService, utc_now
from app.records import EntrySummary, TimelineFilter
from models.database import Database
from models.schema import CourseRow, EntryRow, ModuleRow

POSTCARD_TEMPLATE = "postcard"
MAX_NAME = 200


class CourseNotFoundError(RefleksError):
    pass


class ModuleNotFoundError(RefleksError):
    pass


@dataclass(frozen=True, slots=True)
class ModuleSpec:
    """A module as the user hands it in. `id` names an existing module when editing."""

    name: str
    day: dt.date
    place: str | None = None
    notes: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Module:
    id: int
    course_id: int
    name: str
    day: dt.date
    position: int
    place: str | None
    notes: str | None

    def to_spec(self) -> ModuleSpec:
        return ModuleSpec(self.name, self.day, self.place, self.notes, self.id)


@dataclass(frozen=True, slots=True)
class Course:
    """A course with its modules in date order."""

    id: int
    name: str
    created_at: dt.datetime
    modules: tuple[Module, ...]

    def module(self, module_id: int) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def module_on(self, day: dt.date) -> Module | None:
        """The module whose window [its day, next module's day) holds `day`, by date alone."""
        days = [m.day for m in self.modules]
        index = bisect.bisect_right(days, day) - 1
        return self.modules[index] if index >= 0 else None

    def module_for(self, day: dt.date, module_id: int | None) -> Module | None:
        """The module of an entry on `day` with override `module_id`, within this course."""
        if module_id is not None:
            linked = self.module(module_id)
            if linked is not None:
                return linked
        return self.module_on(day)

    def window(self, module_id: int) -> tuple[dt.date, dt.date | None]:
        """The days [start, end) of a module; `end` is None for the last module."""
        for index, module in enumerate(self.modules):
            if module.id == module_id:
                following = self.modules[index + 1 : index + 2]
                return module.day, following[0].day if following else None
        raise ModuleNotFoundError(f"There is no module with id {module_id} in '{self.name}'.")


@dataclass(frozen=True, slots=True)
class ModuleStatus:
    """Where a module stands: has it begun, is its postcard answered, how many entries."""

    module: Module
    course_name: str
    started: bool
    postcard_entry_id: int | None
    entry_count: int

    @property
    def postcard_done(self) -> bool:
        return self.postcard_entry_id is not None

    @property
    def postcard_due(self) -> bool:
        return self.started and not self.postcard_done


@dataclass(frozen=True, slots=True)
class Milestone:
    """A module date as the timeline draws it."""

    day: dt.date
    module_id: int
    course_id: int
    module_name: str
    course_name: str
    postcard_entry_id: int | None = None
    one_of_several_courses: bool = False

    @property
    def postcard_done(self) -> bool:
        return self.postcard_entry_id is not None

    @property
    def label(self) -> str:
        """The module's name; with its course's when there are several courses."""
        if self.one_of_several_courses:
            return f"{self.module_name} · {self.course_name}"
        return self.module_name


def clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInputError(f"The {what} needs a name.")
    if len(cleaned) > MAX_NAME:
        raise InvalidInputError(f"The {what} name can be at most {MAX_NAME} characters.")
    return cleaned


def _optional(text: str | None) -> str | None:
    if text is None:
        return None
    return text.strip() or None


def check_modules(modules: Sequence[ModuleSpec]) -> list[ModuleSpec]:
    """The modules cleaned and in date order; two modules on one day are refused."""
    cleaned: list[ModuleSpec] = []
    for number, spec in enumerate(modules, start=1):
        if not isinstance(spec.day, dt.date):
            raise InvalidInputError(f"Module {number} needs a date.")
        name = clean_name(spec.name, f"module on {spec.day.isoformat()}")
        cleaned.append(
            ModuleSpec(name, spec.day, _optional(spec.place), _optional(spec.notes), spec.id)
        )
    cleaned.sort(key=lambda spec: spec.day)
    for before, after in itertools.pairwise(cleaned):
        if before.day == after.day:
            raise InvalidInputError(
                f"'{before.name}' and '{after.name}' are both on {after.day.isoformat()}. "
                "Each module needs its own date, because entries are sorted into modules "
                "by date; give one of them another day."
            )
    return cleaned


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

    # ----- courses -------------------------------------------------------------------

    def list_courses(self) -> list[Course]:
        """Every course, the one that started first first."""
        with self._db.session() as session:
            rows = session.scalars(
                select(CourseRow).options(selectinload(CourseRow.modules)).order_by(CourseRow.id)
            ).all()
            courses = [_course_record(row) for row in rows]
        return sorted(courses, key=lambda c: (c.modules[0].day if c.modules else dt.date.max, c.id))

    def get_course(self, course_id: int) -> Course:
        with self._db.session() as session:
            return _course_record(self._load(session, course_id))

    def create_course(self, name: str, modules: Sequence[ModuleSpec] = ()) -> Course:
        """Make a course with its modules in one transaction: all of it or nothing."""
        name = clean_name(name, "course")
        specs = check_modules(modules)
        with self._db.session() as session:
            row = CourseRow(name=name, created_at=utc_now())
            session.add(row)
            session.flush()
            for position, spec in enumerate(specs):
                session.add(self._new_module(row.id, position, spec))
            session.flush()
            session.refresh(row)
            return _course_record(row)

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
            return _course_record(self._load(session, course_id))

    def delete_course(self, course_id: int) -> None:
        """Delete a course and its modules; entries stay, links to its modules are cleared."""
        with self._db.session() as session:
            row = self._load(session, course_id)
            session.delete(row)

    def get_module(self, module_id: int) -> Module:
        with self._db.session() as session:
            row = session.get(ModuleRow, module_id)
            if row is None:
                raise ModuleNotFoundError(f"There is no module with id {module_id}.")
            return _module_record(row)

    def course_of_module(self, module_id: int) -> Course:
        return self.get_course(self.get_module(module_id).course_id)

    # ----- membership ----------------------------------------------------------------

    def module_of_entry(self, entry_id: int, *, course_id: int | None = None) -> Module | None:
        """The module an entry belongs to: its override, else by date.

        Without `course_id`, an entry that falls in modules of several courses is given the
        one that began last (the most specific).
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
        for course in courses:
            if module_id is not None and course.module(module_id) is not None:
                return course.module(module_id)
        found = [m for m in (c.module_on(day) for c in courses) if m is not None]
        return max(found, key=lambda m: (m.day, m.id), default=None)

    def link_entry(self, entry_id: int, module_id: int | None) -> Module | None:
        """Set (or with None, clear) an entry's module override; returns its module now."""
        with self._db.session() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise EntryNotFoundError(f"There is no entry with id {entry_id}.")
            if module_id is not None and session.get(ModuleRow, module_id) is None:
                raise ModuleNotFoundError(f"There is no module with id {module_id}.")
            row.module_id = module_id
            row.updated_at = utc_now()
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
        first_day = min(course.modules[0].day for course in courses if course.modules)
        with self._db.session() as session:
            rows = session.execute(
                select(EntryRow.id, EntryRow.day, EntryRow.module_id, EntryRow.template_key)
                .where(EntryRow.trashed_at.is_(None))
                .where((EntryRow.day >= first_day) | EntryRow.module_id.is_not(None))
                .order_by(EntryRow.day, EntryRow.id)
            ).all()
        result: list[ModuleStatus] = []
        for course in courses:
            counts: dict[int, int] = {m.id: 0 for m in course.modules}
            postcards: dict[int, int] = {}
            for entry_id, day, override, template_key in rows:
                module = course.module_for(day, override)
                if module is None:
                    continue
                counts[module.id] += 1
                if template_key == POSTCARD_TEMPLATE:
                    postcards[module.id] = entry_id  # the latest postcard wins
            for module in course.modules:
                result.append(
                    ModuleStatus(
                        module=module,
                        course_name=course.name,
                        started=module.day <= today,
                        postcard_entry_id=postcards.get(module.id),
                        entry_count=counts[module.id],
                    )
                )
        return result

    def pending_postcards(self, *, today: dt.date | None = None) -> list[ModuleStatus]:
        """Modules whose day has come and whose postcard is not answered yet, latest first."""
        due = [s for s in self.statuses(today=today) if s.postcard_due]
        return sorted(due, key=lambda s: (s.module.day, s.module.id), reverse=True)

    def milestones(self, *, today: dt.date | None = None) -> list[Milestone]:
        """Every module date of every course, newest first (the timeline's order)."""
        statuses = self.statuses(today=today)
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

    # ----- helpers -------------------------------------------------------------------

    def _load(self, session: Session, course_id: int) -> CourseRow:
        row = session.get(CourseRow, course_id)
        if row is None:
            raise CourseNotFoundError(f"There is no course with id {course_id}.")
        return row

    @staticmethod
    def _new_module(course_id: int, position: int, spec: ModuleSpec) -> ModuleRow:
        return ModuleRow(
            course_id=course_id,
            name=spec.name,
            day=spec.day,
            position=position,
            place=spec.place,
            notes=spec.notes,
        )


def module_choices(courses: Iterable[Course]) -> list[tuple[int, str]]:
    """(module id, "Module · Course") for every module, for a module picker."""
    return [(m.id, f"{m.name} · {c.name}") for c in courses for m in c.modules]
