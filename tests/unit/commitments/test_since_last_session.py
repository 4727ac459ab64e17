"""Coaching sessions and "since the last session": the review for day D starts the day
after the latest session before D, and holds every open commitment and those closed in
between."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInputError
from app.journal.changes import Change, Changes
from app.journal.context import JournalContext
from app.records import EntryDraft

ORIGIN_DAY = dt.date(2026, 9, 1)


def close_on(context: JournalContext, entry_id: int, text: str, day: dt.date) -> int:
    made = context.commitments.add(entry_id, text)
    context.commitments.close(made.id, "kept", f"note {text}", language="da", today=day)
    return made.id


def test_sessions_are_recorded_once_per_day_and_listed_latest_first(
    context: JournalContext,
) -> None:
    coaching = context.coaching
    heard: list[Changes] = []
    context.changes.subscribe(heard.append)
    first = coaching.add(dt.date(2026, 10, 1), "  Om at lytte ")
    assert first.note == "Om at lytte" and heard == [Changes(Change.COACHING)]
    second = coaching.add(dt.date(2026, 11, 1))
    assert second.note is None
    with pytest.raises(InvalidInputError, match="recorded already"):
        coaching.add(dt.date(2026, 11, 1))
    # Marking an export as brought to coaching on a recorded day records nothing new.
    assert coaching.mark_brought_to_coaching(dt.date(2026, 11, 1)) == second
    assert len(heard) == 2
    third = coaching.mark_brought_to_coaching(dt.date(2026, 12, 1))
    assert [s.id for s in coaching.list()] == [third.id, second.id, first.id]
    assert coaching.last_before(dt.date(2026, 11, 1)) == first
    assert coaching.last_before(dt.date(2026, 11, 2)) == second
    assert coaching.last_before(dt.date(2026, 10, 1)) is None
    coaching.delete(third.id)
    assert len(coaching.list()) == 2


def test_since_the_last_session_edges(context: JournalContext) -> None:
    origin = context.journal.create_entry(EntryDraft(day=ORIGIN_DAY, title="Udgangspunkt")).id
    service = context.commitments
    context.coaching.add(dt.date(2026, 10, 1))
    context.coaching.add(dt.date(2026, 11, 1))
    before = close_on(context, origin, "before", dt.date(2026, 10, 15))
    on_last = close_on(context, origin, "on the last session", dt.date(2026, 11, 1))
    after = close_on(context, origin, "the day after", dt.date(2026, 11, 2))
    on_until = close_on(context, origin, "on the day itself", dt.date(2026, 12, 1))
    later = close_on(context, origin, "after the day", dt.date(2026, 12, 2))
    still_open = service.add(origin, "still open").id

    review = service.since_last_session(dt.date(2026, 12, 1))
    assert review.since == dt.date(2026, 11, 1) and review.until == dt.date(2026, 12, 1)
    assert [c.id for c in review.open] == [still_open]
    assert {c.id for c in review.closed} == {after, on_until}
    assert review.commitments[0].id == still_open  # open first

    # A session on the day itself is the one prepared for: the one before it counts.
    context.coaching.add(dt.date(2026, 12, 1))
    assert service.since_last_session(dt.date(2026, 12, 1)).since == dt.date(2026, 11, 1)

    # Before the first session: everything closed up to the day.
    first = service.since_last_session(dt.date(2026, 10, 1))
    assert first.since is None and {c.id for c in first.closed} == set()
    second = service.since_last_session(dt.date(2026, 11, 1))
    assert second.since == dt.date(2026, 10, 1)
    assert {c.id for c in second.closed} == {before, on_last}
    assert later not in {c.id for c in service.since_last_session(dt.date(2026, 12, 1)).closed}


def test_the_review_leaves_private_commitments_out_unless_asked(context: JournalContext) -> None:
    secret = context.journal.create_entry(EntryDraft(day=ORIGIN_DAY, private=True)).id
    shared = context.journal.create_entry(EntryDraft(day=ORIGIN_DAY)).id
    context.commitments.add(secret, "hemmelig")
    context.commitments.add(shared, "delt")
    review = context.commitments.since_last_session(dt.date(2026, 12, 1))
    assert [c.text for c in review.commitments] == ["delt"]
    asked = context.commitments.since_last_session(dt.date(2026, 12, 1), include_private=True)
    assert sorted(c.text for c in asked.commitments) == ["delt", "hemmelig"]
