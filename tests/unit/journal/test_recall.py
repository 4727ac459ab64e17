"""On this day, you have met this before, and entries per day of a month."""

from __future__ import annotations

import datetime as dt

import pytest

from app.journal.recall import RecallService, days_back
from app.journal.service import JournalService
from app.records import EntryDraft, TagRef

CONTROL = TagRef("dilemma", "control")
OTHER = TagRef("dilemma", "risk")


@pytest.fixture
def recall(journal: JournalService) -> RecallService:
    return RecallService(database=journal.database)


def _add(journal: JournalService, day: dt.date, title: str, **fields: object) -> int:
    return journal.create_entry(EntryDraft(day=day, title=title, **fields)).id  # type: ignore[arg-type]


def test_days_back_across_a_year_boundary() -> None:
    found = dict(days_back(dt.date(2027, 1, 1), dt.date(2024, 5, 1)))
    assert found[dt.date(2026, 12, 1)] == 1
    assert found[dt.date(2026, 2, 1)] == 11
    assert found[dt.date(2026, 1, 1)] == 12
    assert found[dt.date(2025, 1, 1)] == 24
    assert found[dt.date(2024, 1, 1)] == 36
    assert len(found) == 11 + 3


def test_days_back_on_the_31st_skips_months_without_one() -> None:
    found = dict(days_back(dt.date(2026, 3, 31), dt.date(2026, 1, 1)))
    assert sorted(found) == [
        dt.date(2025, 5, 31),
        dt.date(2025, 7, 31),
        dt.date(2025, 8, 31),
        dt.date(2025, 10, 31),
        dt.date(2025, 12, 31),
        dt.date(2026, 1, 31),
    ]


def test_leap_day_comes_back_on_28_february_of_a_common_year() -> None:
    found = dict(days_back(dt.date(2025, 2, 28), dt.date(2020, 1, 1)))
    assert found[dt.date(2024, 2, 29)] == 12
    assert found[dt.date(2024, 2, 28)] == 12
    assert found[dt.date(2020, 2, 29)] == 60
    # In a leap year 28 February is only itself; 29 February looks back to leap years.
    leap = dict(days_back(dt.date(2028, 2, 28), dt.date(2020, 1, 1)))
    assert dt.date(2024, 2, 29) not in leap
    on_leap_day = dict(days_back(dt.date(2028, 2, 29), dt.date(2020, 1, 1)))
    assert on_leap_day[dt.date(2024, 2, 29)] == 48
    assert dt.date(2027, 2, 28) not in on_leap_day
    assert on_leap_day[dt.date(2028, 1, 29)] == 1


def test_on_this_day_across_a_leap_day(journal: JournalService, recall: RecallService) -> None:
    leap = _add(journal, dt.date(2024, 2, 29), "Skuddag")
    same = _add(journal, dt.date(2024, 2, 28), "Dagen før")
    _add(journal, dt.date(2024, 3, 1), "Dagen efter")
    private = _add(journal, dt.date(2025, 1, 28), "Privat", private=True)
    trashed = _add(journal, dt.date(2024, 2, 28), "Smidt ud")
    journal.trash_entry(trashed)
    memories = recall.on_this_day(dt.date(2025, 2, 28))
    assert [(m.entry.id, m.months_ago) for m in memories] == [(private, 1), (leap, 12), (same, 12)]


def test_on_this_day_across_a_year_boundary(journal: JournalService, recall: RecallService) -> None:
    december = _add(journal, dt.date(2026, 12, 1), "December")
    last_year = _add(journal, dt.date(2026, 1, 1), "Nytår")
    long_ago = _add(journal, dt.date(2020, 1, 1), "Længe siden")
    _add(journal, dt.date(2026, 12, 31), "Nytårsaften")
    _add(journal, dt.date(2027, 1, 1), "I dag")
    memories = recall.on_this_day(dt.date(2027, 1, 1))
    assert [(m.entry.id, m.months_ago) for m in memories] == [
        (december, 1),
        (last_year, 12),
        (long_ago, 84),
    ]


def test_on_this_day_is_empty_for_a_new_journal(recall: RecallService) -> None:
    assert recall.on_this_day(dt.date(2026, 12, 6)) == []


def test_met_before_lists_earlier_entries_with_the_same_tag(
    journal: JournalService, recall: RecallService
) -> None:
    day = dt.date(2026, 5, 10)
    oldest = _add(journal, dt.date(2026, 1, 3), "Først", tags=(CONTROL,))
    _add(journal, dt.date(2026, 2, 3), "Andet dilemma", tags=(OTHER,))
    _add(journal, dt.date(2026, 3, 3), "Intet tag")
    trashed = _add(journal, dt.date(2026, 4, 3), "Smidt ud", tags=(CONTROL,))
    journal.trash_entry(trashed)
    morning = _add(journal, day, "Morgen", tags=(CONTROL,), time=dt.time(8, 0))
    current = _add(journal, day, "Nu", tags=(CONTROL,), time=dt.time(12, 0))
    _add(journal, day, "Aften", tags=(CONTROL,), time=dt.time(20, 0))
    _add(journal, dt.date(2026, 6, 1), "Senere", tags=(CONTROL,))
    own = TagRef("own", "budget", "Budget")

    found = recall.met_before((CONTROL, own), day=day, time=dt.time(12, 0), entry_id=current)
    assert [e.id for e in found] == [morning, oldest]
    limited = recall.met_before((CONTROL,), day=day, time=dt.time(12, 0), entry_id=current, limit=1)
    assert [e.id for e in limited] == [morning]
    # Only the three families count: an own tag alone brings nothing back.
    assert recall.met_before((own,), day=day, time=dt.time(12, 0), entry_id=current) == []


def test_entries_per_day_of_a_month(journal: JournalService, recall: RecallService) -> None:
    _add(journal, dt.date(2026, 11, 30), "Før")
    _add(journal, dt.date(2026, 12, 1), "En")
    _add(journal, dt.date(2026, 12, 6), "To")
    _add(journal, dt.date(2026, 12, 6), "Tre")
    gone = _add(journal, dt.date(2026, 12, 7), "Væk")
    journal.trash_entry(gone)
    _add(journal, dt.date(2027, 1, 1), "Efter")
    assert recall.days_with_entries(2026, 12) == {
        dt.date(2026, 12, 1): 1,
        dt.date(2026, 12, 6): 2,
    }
