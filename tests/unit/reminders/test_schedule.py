"""When each reminder comes due, with the clock handed in: the rhythm on its days and time,
a module's postcard from the day after its date, commitments on their due day; once a day
per kind, each kind switched off, and across a year's end. Postcards and commitments are
read through their own services over a throw-away journal."""

from __future__ import annotations

import datetime as dt

from app.courses.records import ModuleSpec
from app.courses.service import CourseService
from app.journal.context import JournalContext
from app.records import EntryDraft
from app.reminders.schedule import (
    ReminderKind,
    ReminderSettings,
    days_text,
    parse_day,
    parse_days,
    parse_time,
)
from app.reminders.service import ReminderService

TUESDAY = dt.date(2026, 12, 1)  # a Tuesday
THURSDAY = TUESDAY + dt.timedelta(days=2)
RHYTHM_ONLY = ReminderSettings(
    rhythm_days=frozenset({2, 4}), rhythm_time=dt.time(16, 0), postcards=False, commitments=False
)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def service(context: JournalContext) -> ReminderService:
    return ReminderService(
        courses=CourseService(journal=context.journal), commitments=context.commitments
    )


def kinds(context: JournalContext, now: dt.datetime, settings: ReminderSettings, last=None):  # type: ignore[no-untyped-def]
    return [r.kind for r in service(context).due(now, settings, last or {})]


def test_the_rhythm_comes_at_its_time_on_its_days_once(context: JournalContext) -> None:
    assert kinds(context, at(TUESDAY, 15, 59), RHYTHM_ONLY) == []
    assert kinds(context, at(TUESDAY, 16, 0), RHYTHM_ONLY) == [ReminderKind.RHYTHM]
    assert kinds(context, at(TUESDAY, 21, 30), RHYTHM_ONLY) == [ReminderKind.RHYTHM]
    shown = {"rhythm": TUESDAY}
    assert kinds(context, at(TUESDAY, 16, 1), RHYTHM_ONLY, shown) == []  # not twice a day
    wednesday = TUESDAY + dt.timedelta(days=1)
    assert kinds(context, at(wednesday, 16, 0), RHYTHM_ONLY, shown) == []
    assert kinds(context, at(THURSDAY, 15, 59), RHYTHM_ONLY, shown) == []
    assert kinds(context, at(THURSDAY, 16, 0), RHYTHM_ONLY, shown) == [ReminderKind.RHYTHM]


def test_the_rhythm_off_never_comes(context: JournalContext) -> None:
    off = ReminderSettings(postcards=False, commitments=False)
    assert not off.rhythm and not off.any_on
    assert kinds(context, at(TUESDAY, 16, 0), off) == []


def test_the_rhythm_across_the_year_end(context: JournalContext) -> None:
    # Thursday 31 December 2026 and Friday 1 January 2027.
    new_years_eve, new_year = dt.date(2026, 12, 31), dt.date(2027, 1, 1)
    settings = ReminderSettings(
        rhythm_days=frozenset({4, 5}), rhythm_time=dt.time(9, 0), postcards=False, commitments=False
    )
    shown = {"rhythm": new_years_eve}
    assert kinds(context, at(new_years_eve, 23, 59), settings, shown) == []
    assert kinds(context, at(new_year, 8, 59), settings, shown) == []
    assert kinds(context, at(new_year, 9, 0), settings, shown) == [ReminderKind.RHYTHM]


def test_a_postcard_comes_the_day_after_its_module_until_written(context: JournalContext) -> None:
    courses = CourseService(journal=context.journal)
    day = dt.date(2026, 11, 24)
    course = courses.create_course("Ledelse", [ModuleSpec("Modul 3", day)])
    settings = ReminderSettings(postcards=True, commitments=False)
    assert kinds(context, at(day - dt.timedelta(days=1), 12), settings) == []
    assert kinds(context, at(day, 23, 59), settings) == []  # the module's own day: not yet
    (due,) = service(context).due(at(day + dt.timedelta(days=1), 8), settings, {})
    assert due.kind is ReminderKind.POSTCARD
    assert due.module is not None and due.module.module.name == "Modul 3"
    next_day = day + dt.timedelta(days=1)
    assert kinds(context, at(next_day, 9), settings, {"postcard": next_day}) == []
    context.journal.create_entry(
        EntryDraft(
            day=day + dt.timedelta(days=2),
            title="Postkort",
            template_key="postcard",
            module_id=course.modules[0].id,
        )
    )
    assert kinds(context, at(day + dt.timedelta(days=3), 8), settings) == []
    off = ReminderSettings(postcards=False, commitments=False)
    assert kinds(context, at(day + dt.timedelta(days=1), 8), off) == []


def test_a_postcard_across_the_year_end(context: JournalContext) -> None:
    courses = CourseService(journal=context.journal)
    courses.create_course("Ledelse", [ModuleSpec("Modul 4", dt.date(2026, 12, 31))])
    settings = ReminderSettings(postcards=True, commitments=False)
    assert kinds(context, at(dt.date(2026, 12, 31), 20), settings) == []
    assert kinds(context, at(dt.date(2027, 1, 1), 0, 0), settings) == [ReminderKind.POSTCARD]


def test_commitments_come_on_their_due_day_and_not_when_closed(context: JournalContext) -> None:
    entry = context.journal.create_entry(EntryDraft(day=TUESDAY, title="Møde")).id
    made = context.commitments.add(entry, "Spørg Søren", THURSDAY)
    settings = ReminderSettings(postcards=False, commitments=True)
    assert kinds(context, at(TUESDAY + dt.timedelta(days=1), 23, 59), settings) == []
    (due,) = service(context).due(at(THURSDAY, 0, 0), settings, {})
    assert due.kind is ReminderKind.COMMITMENTS
    assert [c.text for c in due.commitments] == ["Spørg Søren"]
    later = THURSDAY + dt.timedelta(days=1)
    assert kinds(context, at(later, 8), settings, {"commitments": THURSDAY}) == [
        ReminderKind.COMMITMENTS
    ]  # still open a day later: once more, the next day
    assert kinds(context, at(later, 8), settings, {"commitments": later}) == []
    off = ReminderSettings(postcards=False, commitments=False)
    assert kinds(context, at(THURSDAY, 8), off) == []
    context.commitments.close(made.id, "kept", language="da", today=THURSDAY)
    assert kinds(context, at(later, 8), settings) == []


def test_all_three_at_once_in_their_order(context: JournalContext) -> None:
    CourseService(journal=context.journal).create_course(
        "Ledelse", [ModuleSpec("Modul 1", TUESDAY - dt.timedelta(days=7))]
    )
    entry = context.journal.create_entry(EntryDraft(day=TUESDAY, title="Møde")).id
    context.commitments.add(entry, "Ring til Hanne", TUESDAY)
    every = ReminderSettings(rhythm_days=frozenset({2}))
    assert kinds(context, at(TUESDAY, 16), every) == [
        ReminderKind.RHYTHM,
        ReminderKind.POSTCARD,
        ReminderKind.COMMITMENTS,
    ]


def test_stored_values_read_back_and_damage_gives_defaults() -> None:
    assert parse_days(days_text(frozenset({4, 2}))) == frozenset({2, 4})
    assert days_text(frozenset({4, 2})) == "2,4"
    assert parse_days("2, x, 9, 4,") == frozenset({2, 4})
    assert parse_time("07:30") == dt.time(7, 30)
    assert parse_time("kl. 4") == dt.time(16, 0)
    assert parse_day("2026-12-01") == TUESDAY
    assert parse_day("") is None
