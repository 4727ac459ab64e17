"""Courses and modules: editing, module membership at the edges, overrides and postcards."""

from __future__ import annotations

import datetime as dt

import pytest

from app.courses.service import (
    Course,
    CourseNotFoundError,
    CourseService,
    ModuleNotFoundError,
    ModuleSpec,
)
from app.errors import EntryNotFoundError, InvalidInputError
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TimelineFilter

M1, M2, M3 = dt.date(2026, 1, 15), dt.date(2026, 3, 5), dt.date(2026, 5, 20)
ONE_DAY = dt.timedelta(days=1)


@pytest.fixture
def courses(journal: JournalService) -> CourseService:
    return CourseService(journal=journal)


def three_modules() -> list[ModuleSpec]:
    # Handed in out of order on purpose: the service sorts by date.
    return [
        ModuleSpec("Modul 2: Netværksledelse", M2, place="Vejle"),
        ModuleSpec("Modul 1: Offentlig værdi", M1, place="Kolding", notes="Læs kapitel 3"),
        ModuleSpec("Modul 3: Legitimitet", M3),
    ]


def write(journal: JournalService, day: dt.date, **changes: object) -> int:
    values: dict[str, object] = {"day": day, "title": f"Refleksion {day.isoformat()}"}
    values.update(changes)
    return journal.create_entry(EntryDraft(**values)).id  # type: ignore[arg-type]


def postcard(journal: JournalService, day: dt.date, **changes: object) -> int:
    answers = (Answer("caught_my_interest", "Potentialitetsledelse"),)
    return write(journal, day, template_key="postcard", answers=answers, **changes)


def test_create_sorts_modules_by_date_and_keeps_every_field(courses: CourseService) -> None:
    course = courses.create_course("  Ledelse i   netværksstaten ", three_modules())
    assert course.name == "Ledelse i netværksstaten"
    assert [m.day for m in course.modules] == [M1, M2, M3]
    assert [m.position for m in course.modules] == [0, 1, 2]
    first = course.modules[0]
    assert (first.name, first.place, first.notes) == (
        "Modul 1: Offentlig værdi",
        "Kolding",
        "Læs kapitel 3",
    )
    assert course.modules[2].place is None
    assert courses.get_course(course.id) == course
    assert courses.list_courses() == [course]


def test_bad_course_input_is_refused_with_a_reason(courses: CourseService) -> None:
    with pytest.raises(InvalidInputError, match="needs a name"):
        courses.create_course("   ", [])
    with pytest.raises(InvalidInputError, match="both on 2026-03-05"):
        courses.create_course("K", [ModuleSpec("A", M2), ModuleSpec("B", M2)])
    with pytest.raises(InvalidInputError, match="module on 2026-01-15 needs a name"):
        courses.create_course("K", [ModuleSpec(" ", M1)])
    assert courses.list_courses() == []
    with pytest.raises(CourseNotFoundError):
        courses.get_course(99)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (M1 - ONE_DAY, None),  # before the first module: none
        (M1, 0),  # on the module day itself
        (M2 - ONE_DAY, 0),  # the day before the next module
        (M2, 1),
        (M3 - ONE_DAY, 1),
        (M3, 2),
        (M3 + dt.timedelta(days=400), 2),  # after the last module: still the last one
    ],
)
def test_module_membership_at_the_edges(
    courses: CourseService, journal: JournalService, day: dt.date, expected: int | None
) -> None:
    course = courses.create_course("K", three_modules())
    entry_id = write(journal, day)
    found = courses.module_of_entry(entry_id)
    assert found == (None if expected is None else course.modules[expected])
    # The timeline's module filter agrees with the service.
    for index, module in enumerate(course.modules):
        listed = [e.id for e in courses.entries_of_module(module.id)]
        assert (entry_id in listed) == (index == expected)


def test_override_moves_an_entry_to_another_module(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    m1, m2, _ = course.modules
    entry_id = write(journal, M2 + ONE_DAY, module_id=m1.id)
    assert courses.module_of_entry(entry_id) == m1
    assert [e.id for e in courses.entries_of_module(m1.id)] == [entry_id]
    assert courses.entries_of_module(m2.id) == []
    # Even an entry dated before the course can be linked to a module.
    early = write(journal, M1 - dt.timedelta(days=30), module_id=m2.id)
    assert courses.module_of_entry(early) == m2


def two_courses(courses: CourseService) -> tuple[Course, Course]:
    first = courses.create_course("Kursus A", three_modules())
    second = courses.create_course("Kursus B", [ModuleSpec("B1", M1), ModuleSpec("B2", M3)])
    return first, second


@pytest.mark.parametrize(
    "day",
    [
        M1,  # on the first module day of both courses
        M2 + ONE_DAY,  # inside B1's window by date
        M3 - ONE_DAY,  # the day before B2
        M3,  # on B2's day
        M1 - ONE_DAY,  # before either course
    ],
)
def test_an_entry_linked_by_hand_belongs_to_that_module_only(
    courses: CourseService, journal: JournalService, day: dt.date
) -> None:
    first, second = two_courses(courses)
    linked = first.modules[0]
    entry_id = write(journal, day, module_id=linked.id)
    plain = write(journal, day)
    assert courses.module_of_entry(entry_id) == linked
    assert courses.module_of_entry(entry_id, course_id=first.id) == linked
    # Not by date in the other course either: that is what linking it by hand means.
    assert courses.module_of_entry(entry_id, course_id=second.id) is None
    statuses = {s.module.id: s for s in courses.statuses(today=M3 + ONE_DAY)}
    for course in (first, second):
        for module in course.modules:
            listed = [e.id for e in courses.entries_of_module(module.id)]
            assert (entry_id in listed) == (module == linked), module.name
            by_date = courses.module_of_entry(plain, course_id=course.id)
            assert (plain in listed) == (module == by_date), module.name
            # The counts agree with the timeline filter.
            assert statuses[module.id].entry_count == len(listed), module.name


def test_a_linked_postcard_is_done_only_for_its_own_module(
    courses: CourseService, journal: JournalService
) -> None:
    first, second = two_courses(courses)
    card = postcard(journal, M2 + ONE_DAY, module_id=first.modules[0].id)
    statuses = {s.module.id: s for s in courses.statuses(today=M3 + ONE_DAY)}
    assert statuses[first.modules[0].id].postcard_entry_id == card
    assert [s.postcard_entry_id for s in statuses.values() if s.postcard_done] == [card]
    # A postcard by date further back in B1's window is still found past the linked one.
    earlier = postcard(journal, M1 + ONE_DAY)
    statuses = {s.module.id: s for s in courses.statuses(today=M3 + ONE_DAY)}
    assert statuses[second.modules[0].id].postcard_entry_id == earlier
    assert statuses[first.modules[0].id].postcard_entry_id == card


def test_entries_of_a_module_are_oldest_first_and_skip_the_trash(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    later = write(journal, M2 - ONE_DAY)
    earlier = write(journal, M1)
    trashed = write(journal, M1 + ONE_DAY)
    journal.trash_entry(trashed)
    assert [e.id for e in courses.entries_of_module(course.modules[0].id)] == [earlier, later]
    with pytest.raises(ModuleNotFoundError):
        courses.entries_of_module(999)


def test_update_keeps_module_ids_so_links_survive(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    m1, m2, m3 = course.modules
    linked = write(journal, M3 + ONE_DAY, module_id=m2.id)
    moved = ModuleSpec("Modul 2 (flyttet)", M2 + dt.timedelta(days=7), "Odense", None, m2.id)
    updated = courses.update_course(
        course.id, "K2", [m1.to_spec(), moved, ModuleSpec("Modul 4", M3 + dt.timedelta(days=60))]
    )
    assert updated.name == "K2"
    assert [m.name for m in updated.modules] == [
        "Modul 1: Offentlig værdi",
        "Modul 2 (flyttet)",
        "Modul 4",
    ]
    assert updated.modules[1].id == m2.id
    assert updated.modules[1].place == "Odense"
    assert m3.id not in {m.id for m in updated.modules}
    assert journal.get_entry(linked).module_id == m2.id
    # Removing the linked module clears the link; the entry itself stays.
    courses.update_course(course.id, "K2", [m1.to_spec()])
    assert journal.get_entry(linked).module_id is None
    assert courses.module_of_entry(linked) == m1


def test_update_refuses_a_module_of_another_course(courses: CourseService) -> None:
    first = courses.create_course("A", [ModuleSpec("A1", M1)])
    other = courses.create_course("B", [ModuleSpec("B1", M2)])
    with pytest.raises(ModuleNotFoundError, match="no longer part"):
        courses.update_course(first.id, "A", [other.modules[0].to_spec()])
    assert courses.get_course(first.id) == first


def test_delete_course_keeps_entries_and_clears_links(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    entry_id = write(journal, M2, module_id=course.modules[0].id)
    courses.delete_course(course.id)
    assert courses.list_courses() == []
    assert journal.get_entry(entry_id).module_id is None
    assert courses.module_of_entry(entry_id) is None


def test_postcard_done_when_linked_or_falling_in_the_module(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    m1, m2, m3 = course.modules
    by_date = postcard(journal, M1 + ONE_DAY)
    linked = postcard(journal, M3 + ONE_DAY, module_id=m2.id)
    write(journal, M3 + ONE_DAY)  # an ordinary entry is no postcard
    trashed = postcard(journal, M3 + dt.timedelta(days=2))
    journal.trash_entry(trashed)
    statuses = {
        s.module.id: s for s in courses.statuses(course.id, today=M3 + dt.timedelta(days=3))
    }
    assert statuses[m1.id].postcard_entry_id == by_date
    assert statuses[m2.id].postcard_entry_id == linked
    assert not statuses[m3.id].postcard_done
    assert [statuses[m.id].entry_count for m in (m1, m2, m3)] == [1, 1, 1]


def test_postcards_are_suggested_once_the_module_day_has_come(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    m1, m2, _ = course.modules
    assert courses.pending_postcards(today=M1 - ONE_DAY) == []
    assert [s.module for s in courses.pending_postcards(today=M1)] == [m1]
    assert [s.module for s in courses.pending_postcards(today=M2)] == [m2, m1]
    postcard(journal, M2, module_id=m1.id)
    assert [s.module for s in courses.pending_postcards(today=M2)] == [m2]


def test_milestones_are_newest_first_with_their_postcard_state(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    postcard(journal, M1)
    milestones = courses.milestones(today=M3)
    assert [m.day for m in milestones] == [M3, M2, M1]
    assert [m.postcard_done for m in milestones] == [False, False, True]
    assert milestones[-1].label == "Modul 1: Offentlig værdi"
    courses.create_course("Andet kursus", [ModuleSpec("Opstart", M1 - ONE_DAY)])
    assert courses.milestones(today=M3)[-2].label == "Modul 1: Offentlig værdi · K"
    assert milestones[0].course_id == course.id


def test_timeline_filter_by_module_counts_like_the_statuses(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    for offset in range(0, 160, 3):
        write(journal, M1 - dt.timedelta(days=20) + dt.timedelta(days=offset))
    statuses = courses.statuses(course.id, today=M3)
    for status in statuses:
        assert journal.count(TimelineFilter(module_id=status.module.id)) == status.entry_count


def test_link_entry_sets_and_clears_the_override(
    courses: CourseService, journal: JournalService
) -> None:
    course = courses.create_course("K", three_modules())
    m1, m2, _ = course.modules
    entry_id = write(journal, M2 + ONE_DAY)
    assert courses.link_entry(entry_id, m1.id) == m1
    assert journal.get_entry(entry_id).module_id == m1.id
    assert courses.link_entry(entry_id, None) == m2
    with pytest.raises(ModuleNotFoundError):
        courses.link_entry(entry_id, 999)
    with pytest.raises(EntryNotFoundError):
        courses.link_entry(999, m1.id)
