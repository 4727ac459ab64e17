"""Courses and their modules sync by uuid, and so does an entry's link to a module."""

from __future__ import annotations

import datetime as dt

from app.courses.records import ModuleSpec
from app.courses.service import CourseService
from tests.unit.sync.conftest import draft


def courses_of(device) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return [
        (c.name, tuple((m.name, m.day, m.place) for m in c.modules))
        for c in CourseService(journal=device.journal).list_courses()
    ]


def test_a_course_its_modules_and_an_entry_link_reach_the_other_device(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    courses = CourseService(journal=laptop.journal)
    course = courses.create_course(
        "Ledelse i netværksstaten",
        [
            ModuleSpec("Modul 1", dt.date(2026, 1, 15), "Aarhus"),
            ModuleSpec("Modul 2", dt.date(2026, 3, 5)),
        ],
    )
    entry = laptop.journal.create_entry(draft("Efter modul 1", day=dt.date(2026, 1, 20)))
    courses.link_entry(entry.id, course.modules[1].id)
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert courses_of(home) == courses_of(laptop)
    there_courses = CourseService(journal=home.journal)
    (there,) = home.journal.all_matching()
    linked = there_courses.module_of_entry(there.id)
    assert linked is not None and linked.name == "Modul 2"

    (home_course,) = there_courses.list_courses()
    there_courses.delete_course(home_course.id)
    home.sync.sync_now()
    laptop.sync.sync_now()
    assert courses_of(laptop) == [] == courses_of(home)
