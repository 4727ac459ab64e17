"""Property tests over the journal service: whatever a user types comes back identical,
or is refused with a clear message; nothing crashes.

Titles and bodies from all of Unicode (NUL, emoji, right-to-left text, combining marks,
lone surrogates), 1 MB bodies, and days at the edges of the calendar.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.errors import InvalidInputError, RefleksError
from app.journal.service import JournalService
from app.records import EARLIEST_DAY, LATEST_DAY, Answer, EntryDraft, TagRef, TimelineFilter

ANY_CHARACTER = st.characters(codec=None, exclude_categories=())
TEXT = st.text(alphabet=ANY_CHARACTER, max_size=300)
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

RTL = "שלום עולם — مرحبا بالعالم"
EMOJI = "🧭👩🏽‍💼🏳️‍🌈 zwj"


def round_trip(journal: JournalService, draft: EntryDraft) -> None:
    try:
        entry = journal.create_entry(draft)
    except RefleksError as error:
        assert error.message.strip(), "a refusal must say why"
        return
    again = journal.get_entry(entry.id)
    assert (again.title, again.body, again.day) == (draft.title, draft.body, draft.day)
    assert [(a.prompt_key, a.text) for a in again.answers] == [
        (a.prompt_key, a.text) for a in draft.answers
    ]


@SETTINGS
@given(title=TEXT, body=TEXT, day=DAYS, answer=TEXT)
@example(title="\x00", body="a\x00b", day=dt.date(1, 1, 1), answer="\x00")
@example(title=RTL, body=EMOJI, day=dt.date(9999, 12, 31), answer=RTL)
@example(title="29 Feb", body="skud", day=dt.date(2024, 2, 29), answer="")
@example(title="\ud800", body="lone \udfff surrogate", day=dt.date(2026, 1, 1), answer="")
def test_any_text_and_day_round_trips_or_is_refused(
    journal: JournalService, title: str, body: str, day: dt.date, answer: str
) -> None:
    round_trip(
        journal,
        EntryDraft(day=day, title=title, body=body, answers=(Answer("q1", answer, 0),)),
    )


@SETTINGS
@given(text=TEXT)
def test_any_search_text_returns_or_refuses(journal: JournalService, text: str) -> None:
    try:
        journal.timeline(TimelineFilter(text=text), limit=5)
    except RefleksError as error:
        assert error.message.strip()


@SETTINGS
@given(label=TEXT)
def test_any_own_tag_name_is_kept_or_refused(journal: JournalService, label: str) -> None:
    try:
        entry = journal.create_entry(
            EntryDraft(day=dt.date(2026, 3, 1), tags=(TagRef("own", label, label),))
        )
    except RefleksError as error:
        assert error.message.strip()
        return
    assert len(journal.get_entry(entry.id).tags) == 1


@pytest.mark.parametrize("piece", ["a", "æøå ", "🌱", RTL, "\x00x"])
def test_one_megabyte_body_round_trips(journal: JournalService, piece: str) -> None:
    body = (piece * (1_000_000 // len(piece.encode()) + 1))[: 1_000_000 // len(piece)]
    round_trip(journal, EntryDraft(day=dt.date(2024, 2, 29), title="big", body=body))


def test_edge_days_sort_and_filter(journal: JournalService) -> None:
    for day in (EARLIEST_DAY, LATEST_DAY, dt.date(2024, 2, 29)):
        journal.create_entry(EntryDraft(day=day, title=day.isoformat()))
    # Days at the ends of the calendar, stored before days were checked, still sort.
    for day in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        with journal.database.session() as session:
            session.execute(
                text(
                    "INSERT INTO entries (uuid, day, created_at, updated_at, title, body, "
                    "is_private, for_coaching) VALUES (:uuid, :day, :now, :now, :title, '', 0, 0)"
                ),
                {"uuid": day.isoformat(), "day": day.isoformat(), "now": "2026-01-01 00:00:00",
                 "title": day.isoformat()},
            )  # fmt: skip
    days = [item.day for item in journal.all_matching()]
    assert days == [
        dt.date(9999, 12, 31), LATEST_DAY, dt.date(2024, 2, 29), EARLIEST_DAY, dt.date(1, 1, 1)
    ]  # fmt: skip
    leap = journal.all_matching(
        TimelineFilter(date_from=dt.date(2024, 2, 29), date_to=dt.date(2024, 2, 29))
    )
    assert [item.title for item in leap] == ["2024-02-29"]


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(2201, 1, 1)])
def test_days_outside_the_accepted_years_are_refused(journal: JournalService, day: dt.date) -> None:
    with pytest.raises(InvalidInputError, match="outside the dates"):
        journal.create_entry(EntryDraft(day=day, title="slip"))
    assert journal.count() == 0
