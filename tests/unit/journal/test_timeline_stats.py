"""Timeline numbers: weekly density with its dominant family, positions, modules."""

from __future__ import annotations

import datetime as dt

from app.journal.context import JournalContext
from app.journal.service import JournalService
from app.journal.timeline_stats import TimelineStats, WeekDensity, dominant_family, week_start
from app.records import EntryDraft, TagRef, TimelineFilter
from models.schema import CourseRow, ModuleRow

MONDAY = dt.date(2026, 3, 2)
DILEMMA = TagRef("dilemma", "control")
OTHER_DILEMMA = TagRef("dilemma", "risk")
PARADOX = TagRef("paradox", "self_leadership")


def add(journal: JournalService, day: dt.date, *tags: TagRef, title: str = "x") -> int:
    return journal.create_entry(EntryDraft(day=day, title=title, tags=tags)).id


def stats_of(journal: JournalService) -> TimelineStats:
    return TimelineStats(database=journal.database)


def test_week_start_is_monday() -> None:
    assert week_start(dt.date(2026, 3, 8)) == MONDAY  # a Sunday
    assert week_start(MONDAY) == MONDAY
    assert week_start(dt.date(2026, 3, 9)) == dt.date(2026, 3, 9)


def test_dominant_family_breaks_ties_in_deck_order() -> None:
    assert dominant_family({}) is None
    assert dominant_family({"paradox": 2, "dilemma": 1}) == "paradox"
    assert dominant_family({"role": 2, "dilemma": 2, "own": 2}) == "dilemma"


def test_weekly_density_buckets_weeks_and_fills_gaps(journal: JournalService) -> None:
    add(journal, MONDAY, PARADOX)
    add(journal, MONDAY + dt.timedelta(days=6), DILEMMA)  # Sunday, same week
    add(journal, MONDAY + dt.timedelta(days=3), DILEMMA, OTHER_DILEMMA)  # counts once
    add(journal, MONDAY + dt.timedelta(days=21))  # three weeks on, untagged

    weeks = stats_of(journal).weekly_density(TimelineFilter())

    assert weeks == [
        WeekDensity(MONDAY, 3, "dilemma"),
        WeekDensity(MONDAY + dt.timedelta(days=7), 0, None),
        WeekDensity(MONDAY + dt.timedelta(days=14), 0, None),
        WeekDensity(MONDAY + dt.timedelta(days=21), 1, None),
    ]
    assert weeks[0].end == dt.date(2026, 3, 8)


def test_weekly_density_follows_the_filter_and_skips_trash(journal: JournalService) -> None:
    add(journal, MONDAY, PARADOX)
    trashed = add(journal, MONDAY, DILEMMA)
    journal.trash_entry(trashed)
    add(journal, MONDAY + dt.timedelta(days=7), DILEMMA)
    stats = stats_of(journal)

    assert stats.weekly_density(TimelineFilter()) == [
        WeekDensity(MONDAY, 1, "paradox"),
        WeekDensity(MONDAY + dt.timedelta(days=7), 1, "dilemma"),
    ]
    only_dilemma = stats.weekly_density(TimelineFilter(families=("dilemma",)))
    assert only_dilemma == [WeekDensity(MONDAY + dt.timedelta(days=7), 1, "dilemma")]
    assert stats.weekly_density(TimelineFilter(text="ingenting")) == []
    both = TimelineFilter(tags=(DILEMMA, PARADOX), match_all_tags=True)
    assert stats.weekly_density(both) == []


def test_rows_newer_than_and_rank_of_entry(journal: JournalService) -> None:
    old = add(journal, MONDAY)
    same_day_first = add(journal, MONDAY + dt.timedelta(days=1))
    same_day_second = add(journal, MONDAY + dt.timedelta(days=1), DILEMMA)
    newest = add(journal, MONDAY + dt.timedelta(days=9))
    stats = stats_of(journal)
    everything = TimelineFilter()

    assert stats.rows_newer_than(everything, MONDAY) == 3
    assert stats.rows_newer_than(everything, MONDAY + dt.timedelta(days=9)) == 0
    # Newest first, and on one day the higher id first: the order of journal.timeline().
    order = [s.id for s in journal.timeline(everything).items]
    assert order == [newest, same_day_second, same_day_first, old]
    assert [stats.rank_of_entry(everything, i) for i in order] == [0, 1, 2, 3]
    assert stats.rank_of_entry(TimelineFilter(families=("dilemma",)), same_day_second) == 0
    assert stats.rank_of_entry(TimelineFilter(families=("dilemma",)), old) is None
    assert stats.rank_of_entry(everything, 99_999) is None


def test_modules_lists_course_modules_by_date(context: JournalContext) -> None:
    with context.database.session() as session:
        course = CourseRow(name="Lederuddannelse", created_at=dt.datetime(2026, 1, 1))
        course.modules = [
            ModuleRow(name="Modul 2", day=dt.date(2026, 4, 1), position=1),
            ModuleRow(name="Modul 1", day=dt.date(2026, 2, 1), position=0),
        ]
        session.add(course)
    found = TimelineStats(database=context.database).modules()
    assert [(m.name, m.course, m.day) for m in found] == [
        ("Modul 1", "Lederuddannelse", dt.date(2026, 2, 1)),
        ("Modul 2", "Lederuddannelse", dt.date(2026, 4, 1)),
    ]


def test_timeline_entry_returns_one_row_only_when_it_matches(journal: JournalService) -> None:
    tagged = add(journal, MONDAY, DILEMMA, title="Styregruppen")
    summary = journal.timeline_entry(tagged)
    assert summary is not None and summary.title == "Styregruppen"
    assert summary.tags == (DILEMMA,)
    assert journal.timeline_entry(tagged, TimelineFilter(families=("paradox",))) is None
    journal.trash_entry(tagged)
    assert journal.timeline_entry(tagged) is None
