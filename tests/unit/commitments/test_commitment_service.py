"""Commitments through the service: made, listed, closed with a follow-up entry, private
with their entry, and gone with it when the trash is emptied."""

from __future__ import annotations

import datetime as dt

import pytest

from app.commitments.records import CommitmentNotFoundError, CommitmentStatus
from app.errors import EntryNotFoundError, InvalidInputError
from app.journal.changes import Change, Changes
from app.journal.context import JournalContext
from app.records import EntryDraft

DAY = dt.date(2026, 11, 2)


def entry(context: JournalContext, *, private: bool = False, title: str = "Samtale") -> int:
    made = context.journal.create_entry(
        EntryDraft(day=DAY, title=title, body="Næste gang spørger jeg først.", private=private)
    )
    return made.id


def table_counts(context: JournalContext) -> tuple[int, int]:
    with context.database.transaction() as connection:
        commitments = connection.execute("SELECT count(*) FROM commitments").fetchone()[0]
        entries = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    return commitments, entries


def test_add_list_and_close_writes_a_linked_follow_up(context: JournalContext) -> None:
    service = context.commitments
    heard: list[Changes] = []
    context.changes.subscribe(heard.append)
    origin = entry(context)

    made = service.add(origin, "  Spørg først, fortæl bagefter ", dt.date(2026, 11, 20))
    assert (made.text, made.status, made.due, made.entry_id) == (
        "Spørg først, fortæl bagefter",
        CommitmentStatus.OPEN,
        dt.date(2026, 11, 20),
        origin,
    )
    assert made.entry_title == "Samtale" and not made.private and made.closed_at is None
    assert heard[-1] == Changes(Change.COMMITMENTS, frozenset({origin}))
    assert [c.id for c in service.list(open_only=True)] == [made.id]
    assert service.open_count() == 1

    closed = service.close(
        made.id, "kept", "Det gik fint; de talte mere.", language="da", today=dt.date(2026, 11, 21)
    )
    assert closed.status is CommitmentStatus.KEPT
    assert closed.note == "Det gik fint; de talte mere."
    assert closed.closed_on == dt.date(2026, 11, 21) and closed.closed_at is not None
    follow_up = context.journal.get_entry(closed.follow_up_entry_id or 0)
    assert follow_up.day == dt.date(2026, 11, 21)
    assert follow_up.title == "Opfølgning: Spørg først, fortæl bagefter"
    assert "Udfald: Holdt" in follow_up.body and "Det gik fint; de talte mere." in follow_up.body
    assert not follow_up.private
    # The follow-up names its commitment; the original lists it with the follow-up's id.
    assert service.followed_up_by(follow_up.id) == closed
    assert service.of_entry(origin) == [closed]
    assert heard[-1].kinds == Change.COMMITMENTS | Change.ENTRIES
    assert heard[-1].entry_ids == {origin, follow_up.id}
    assert service.list(open_only=True) == [] and service.list() == [closed]
    assert service.open_count() == 0


def test_follow_up_is_written_in_the_language_asked(context: JournalContext) -> None:
    made = context.commitments.add(entry(context), "Ask first")
    closed = context.commitments.close(made.id, CommitmentStatus.DROPPED, "", language="en")
    follow_up = context.journal.get_entry(closed.follow_up_entry_id or 0)
    assert follow_up.title == "Follow-up: Ask first"
    assert follow_up.body == f"Commitment from {DAY.isoformat()}: Ask first\nOutcome: Dropped"
    assert follow_up.day == dt.date.today()


def test_a_private_entrys_commitment_and_follow_up_are_private(context: JournalContext) -> None:
    service = context.commitments
    secret = service.add(entry(context, private=True), "Tal med direktøren")
    shared = service.add(entry(context), "Ros teamet")
    assert secret.private and not shared.private
    assert [c.id for c in service.list(include_private=False)] == [shared.id]
    assert service.open_count(include_private=False) == 1
    closed = service.close(secret.id, "changed", "Anderledes end tænkt", language="da")
    assert context.journal.get_entry(closed.follow_up_entry_id or 0).private


def test_emptying_the_trash_takes_the_commitments_and_keeps_follow_ups_unlinked(
    context: JournalContext,
) -> None:
    service = context.commitments
    origin = entry(context)
    kept = service.close(service.add(origin, "A").id, "kept", "ok", language="da")
    still_open = service.add(origin, "B")
    context.journal.trash_entry(origin)
    # In the trash: left out of listings, and it cannot be closed.
    assert service.list() == [] and service.open_count() == 0
    with pytest.raises(InvalidInputError, match="trash"):
        service.close(still_open.id, "kept", "", language="da")
    with pytest.raises(InvalidInputError, match="trash"):
        service.add(origin, "C")
    context.journal.empty_trash()
    assert table_counts(context) == (0, 1)
    # The follow-up entry stays, now the only entry.
    assert context.journal.get_entry(kept.follow_up_entry_id or 0).title == "Opfølgning: A"

    # A follow-up deleted for good leaves its commitment without the link.
    other = service.add(entry(context), "D")
    closed = service.close(other.id, "kept", "", language="da")
    context.journal.trash_entry(closed.follow_up_entry_id or 0)
    context.journal.empty_trash()
    assert service.get(other.id).follow_up_entry_id is None
    assert service.get(other.id).status is CommitmentStatus.KEPT


def test_bad_input_is_refused_and_writes_nothing(context: JournalContext) -> None:
    service = context.commitments
    origin = entry(context)
    made = service.add(origin, "A")
    before = table_counts(context)
    with pytest.raises(EntryNotFoundError):
        service.add(999, "A")
    with pytest.raises(InvalidInputError):
        service.add(origin, "   ")
    with pytest.raises(InvalidInputError):
        service.add(origin, "x" * 5000)
    with pytest.raises(InvalidInputError):
        service.add(origin, "A", dt.date(1800, 1, 1))
    with pytest.raises(InvalidInputError):
        service.add(origin, "bad \ud800 paste")
    with pytest.raises(CommitmentNotFoundError):
        service.close(999, "kept", "", language="da")
    with pytest.raises(InvalidInputError, match="kept, changed or dropped"):
        service.close(made.id, "open", "", language="da")
    with pytest.raises(InvalidInputError):
        service.close(made.id, "maybe", "", language="da")
    assert table_counts(context) == before
    service.close(made.id, "kept", "", language="da")
    after = table_counts(context)
    with pytest.raises(InvalidInputError, match="already closed"):
        service.close(made.id, "dropped", "", language="da")
    with pytest.raises(InvalidInputError, match="closed"):
        service.update(made.id, text="B", due=None)
    assert table_counts(context) == after


def test_due_commitments_are_the_open_ones_due_by_today(context: JournalContext) -> None:
    service = context.commitments
    origin = entry(context)
    today = dt.date(2026, 11, 10)
    late = service.add(origin, "late", today - dt.timedelta(days=3))
    now = service.add(origin, "now", today)
    service.add(origin, "later", today + dt.timedelta(days=1))
    service.add(origin, "whenever")
    done = service.add(origin, "done", today - dt.timedelta(days=5))
    service.close(done.id, "kept", "", language="da")
    assert [c.id for c in service.due_commitments(today)] == [late.id, now.id]
    assert all(c.is_due(today) for c in service.due_commitments(today))


def test_update_and_delete(context: JournalContext) -> None:
    service = context.commitments
    made = service.add(entry(context), "A")
    changed = service.update(made.id, text="B", due=dt.date(2026, 12, 1))
    assert (changed.text, changed.due) == ("B", dt.date(2026, 12, 1))
    service.delete(made.id)
    with pytest.raises(CommitmentNotFoundError):
        service.get(made.id)


def test_outcome_counts_by_closing_day(context: JournalContext) -> None:
    service = context.commitments
    origin = entry(context)
    secret = entry(context, private=True)
    for text, status, day in (
        ("a", "kept", dt.date(2026, 10, 31)),
        ("b", "kept", dt.date(2026, 11, 1)),
        ("c", "changed", dt.date(2026, 11, 15)),
        ("d", "dropped", dt.date(2026, 11, 30)),
        ("e", "dropped", dt.date(2026, 12, 1)),
    ):
        service.close(service.add(origin, text).id, status, "", language="da", today=day)
    service.close(service.add(secret, "f").id, "kept", "", language="da", today=DAY)
    november = service.outcome_counts(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (november.kept, november.changed, november.dropped) == (2, 1, 1)
    shared = service.outcome_counts(
        dt.date(2026, 11, 1), dt.date(2026, 11, 30), include_private=False
    )
    assert (shared.kept, shared.changed, shared.dropped, shared.closed) == (1, 1, 1, 3)
    every = service.outcome_counts(None, None)
    assert (every.made, every.closed) == (6, 6)
    today = dt.date.today()
    assert service.outcome_counts(today, today).made == 6
    assert service.outcome_counts(today + dt.timedelta(days=1), None).made == 0
