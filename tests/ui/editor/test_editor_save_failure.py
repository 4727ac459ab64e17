"""A save that fails for real (the journal locked by another writer): the text stays,
the editor says why, and a later retry commits it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from app.journal.context import JournalContext
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor


def _short_busy_timeout(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Set after the database's own pragmas, so it wins: fail in 50 ms, not 5 s.
    dbapi_connection.execute("PRAGMA busy_timeout = 50")


@pytest.fixture
def impatient_context(context: JournalContext) -> JournalContext:
    context.database.close()
    with context.database.connection() as connection:
        _short_busy_timeout(connection, None)
    return context


@pytest.fixture
def lock(impatient_context: JournalContext) -> Iterator[sqlite3.Connection]:
    """Another program's connection; `BEGIN IMMEDIATE` on it takes the write lock."""
    other = sqlite3.connect(impatient_context.database.path, isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def editor(qtbot, impatient_context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=impatient_context.journal,
        catalog=impatient_context.catalog,
        own_tags=impatient_context.own_tags,
        autosave_delay_ms=60_000,  # saves here happen on purpose or by the retry timer
        retry_policy=RetryPolicy((100, 200)),
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    return widget


def test_failed_save_keeps_text_reports_and_retries(
    editor: EntryEditor, qtbot, lock, journal
) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("postcard")
    editor.header.title_edit.setText("Låst")
    editor.guided.fields()[0].set_text("Det her må ikke gå tabt")
    lock.execute("BEGIN IMMEDIATE")

    with qtbot.waitSignal(editor.save_failed) as failed:
        assert editor.save_now() is False
    assert "locked" in failed.args[0]
    assert editor.has_unsaved_changes()
    assert editor.current_entry_id() is None
    assert editor.header.title_edit.text() == "Låst"
    assert editor.guided.fields()[0].text() == "Det her må ikke gå tabt"
    assert "Not saved" in editor.header.status_label.text()
    assert editor._timers.retry.isActive()

    # The retry timer keeps failing while the lock is held, backing off...
    with qtbot.waitSignal(editor.save_failed, timeout=3000):
        pass
    assert editor._timers.policy.failures == 2
    # ...and switching to another entry is refused rather than dropping the text.
    assert editor.new_entry() is False
    assert editor.header.title_edit.text() == "Låst"

    lock.execute("ROLLBACK")
    with qtbot.waitSignals([editor.entry_created, editor.save_succeeded], timeout=3000):
        pass  # the next retry commits
    assert not editor.has_unsaved_changes()
    assert editor.header.status_label.text() == ""
    entry = journal.get_entry(editor.current_entry_id())
    assert entry.title == "Låst"
    assert entry.answers[0].text == "Det her må ikke gå tabt"
    assert editor._timers.policy.failures == 0


def test_the_next_edit_retries_too(editor: EntryEditor, qtbot, lock, journal) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Først")
    assert editor.save_now()
    lock.execute("BEGIN IMMEDIATE")
    editor.body_edit.set_text("mere tekst")
    with qtbot.waitSignal(editor.save_failed):
        editor.save_now()
    lock.execute("ROLLBACK")
    editor._timers.retry.stop()  # leave only the edit to trigger the save
    editor._timers.pause.setInterval(10)
    with qtbot.waitSignal(editor.entry_saved, timeout=3000):
        editor.body_edit.set_text("mere tekst, og lidt til")
    assert journal.get_entry(editor.current_entry_id()).body == "mere tekst, og lidt til"


def test_a_slot_that_takes_the_focus_does_not_start_a_second_save(
    editor: EntryEditor, qtbot, lock
) -> None:  # type: ignore[no-untyped-def]
    calls: list[bool] = []

    def on_failed(_reason: str) -> None:
        # What a window might do in its slot: something that ends up saving again.
        calls.append(editor.save_now())

    editor.save_failed.connect(on_failed)
    editor.header.title_edit.setText("Én gang")
    lock.execute("BEGIN IMMEDIATE")
    assert editor.save_now() is False
    assert calls == [False]  # the nested call answered at once, without a second attempt
    assert editor._timers.policy.failures == 1
