"""The editor's plain bookkeeping: drafts from field values, dirty tracking, retry backoff."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app.errors import InvalidInputError
from app.records import Answer, EntryDraft, TagRef
from models.database import describe_access_failure
from models.errors import ReadOnlyJournalError
from ui.editor.editor_state import (
    EntrySetup,
    FieldValues,
    RetryPolicy,
    SaveTracker,
    build_draft,
    failure_reason,
    has_text,
)

DAY = dt.date(2026, 11, 27)


def values(**changes: object) -> FieldValues:
    base = {
        "day": DAY,
        "title": "",
        "body": "",
        "answers": (),
        "tags": (),
        "private": False,
        "coaching": False,
    }
    base.update(changes)
    return FieldValues(**base)  # type: ignore[arg-type]


def test_build_draft_keeps_answered_prompts_in_order_with_positions() -> None:
    draft = build_draft(
        values(answers=(("a", "first"), ("b", "  "), ("c", "third"))),
        EntrySetup("postcard", 1, module_id=7),
    )
    assert draft.answers == (Answer("a", "first", 0), Answer("c", "third", 1))
    assert (draft.template_key, draft.template_version, draft.module_id) == ("postcard", 1, 7)


def test_build_draft_sorts_and_deduplicates_tags() -> None:
    tags = (TagRef("paradox", "x"), TagRef("dilemma", "control"), TagRef("paradox", "x"))
    draft = build_draft(values(tags=tags), EntrySetup())
    assert draft.tags == (TagRef("dilemma", "control"), TagRef("paradox", "x"))


def test_text_is_kept_exactly_as_typed() -> None:
    draft = build_draft(values(title="  Møde ", body="linje\n\n"), EntrySetup())
    assert (draft.title, draft.body) == ("  Møde ", "linje\n\n")


def test_has_text() -> None:
    assert not has_text(EntryDraft(day=DAY, title="  ", body="\n"))
    assert has_text(EntryDraft(day=DAY, answers=(Answer("a", "x"),)))


def test_new_entry_needs_saving_only_once_something_is_written() -> None:
    item = TagRef("dilemma", "control")
    baseline = EntryDraft(day=DAY, tags=(item,))
    tracker = SaveTracker(baseline)
    assert not tracker.needs_save(baseline)
    assert not tracker.needs_save(EntryDraft(day=DAY + dt.timedelta(days=1), tags=(item,)))
    assert tracker.needs_save(EntryDraft(day=DAY, title="x", tags=(item,)))
    assert tracker.needs_save(EntryDraft(day=DAY, tags=(item, TagRef("own", "tillid"))))


def test_stored_entry_needs_saving_after_any_change_and_not_after_mark_saved() -> None:
    saved = EntryDraft(day=DAY, title="x")
    tracker = SaveTracker(saved, entry_id=3)
    assert not tracker.needs_save(saved)
    cleared = EntryDraft(day=DAY)
    assert tracker.needs_save(cleared)  # emptying a stored entry is a change too
    tracker.mark_saved(3, cleared)
    assert not tracker.needs_save(cleared)
    assert tracker.entry_id == 3


def test_retry_policy_backs_off_and_caps_and_resets() -> None:
    policy = RetryPolicy((100, 200, 400))
    assert [policy.next_delay_ms() for _ in range(5)] == [100, 200, 400, 400, 400]
    assert policy.failures == 5
    policy.reset()
    assert policy.next_delay_ms() == 100


def test_retry_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(())
    with pytest.raises(ValueError):
        RetryPolicy((0,))


@pytest.mark.parametrize(
    ("orig", "word"),
    [
        ("database is locked", "locked"),
        ("database or disk is full", "disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("something odd", "something odd"),
    ],
)
def test_failure_reason_for_driver_errors(orig: str, word: str) -> None:
    driver_error = OperationalError("INSERT ...", {}, sqlite3.OperationalError(orig))
    reason = failure_reason(describe_access_failure(Path("journal.db"), driver_error))
    assert word in reason
    assert "stays" in reason  # the user learns that the text is not gone


def test_failure_reason_uses_service_messages() -> None:
    assert failure_reason(InvalidInputError("Bad tag.")) == "Bad tag."
    assert failure_reason(ReadOnlyJournalError("Cannot write.")) == "Cannot write."
