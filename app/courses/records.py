"""Plain values of course mode: courses, modules, their status and timeline milestones.

Also the checks a course's modules must pass (names, one date per module), shared by the
course service and the course-plan reader.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import InvalidInputError, RefleksError

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
        """The module of an entry on `day` with override `module_id`, within this course.

        A linked entry belongs to its module only; linked to another course's module, it
        belongs to none of this course's modules.
        """
        if module_id is not None:
            return self.module(module_id)
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
