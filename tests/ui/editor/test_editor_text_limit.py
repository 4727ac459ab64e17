"""A text longer than an entry may hold: the editor says so, keeps the text, saves nothing,
and saves as soon as the text is short enough again."""

from __future__ import annotations

import pytest

from app.journal.context import JournalContext
from app.records import MAX_BODY_CHARS
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor


@pytest.fixture
def editor(qtbot, context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=60_000,  # saves here happen on purpose
        retry_policy=RetryPolicy((30,)),
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    return widget


def test_a_too_long_text_is_refused_with_the_reason_and_kept(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry()
    editor.header.title_edit.setText("Langt")
    too_long = "a" * (MAX_BODY_CHARS + 1)
    editor.body_edit.set_text(too_long)

    with qtbot.waitSignal(editor.save_failed) as failed:
        assert editor.save_now() is False
    assert f"{MAX_BODY_CHARS:,}" in failed.args[0] and "shorten" in failed.args[0]
    assert "needs a change" in editor.header.status_label.text()
    assert not editor._timers.retry.isActive()  # the same text would only fail again
    assert editor.body_edit.text() == too_long
    assert editor.has_unsaved_changes()
    assert journal.count() == 0

    editor.body_edit.set_text("a" * MAX_BODY_CHARS)
    with qtbot.waitSignal(editor.entry_created):
        assert editor.save_now() is True
    assert len(journal.get_entry(editor.current_entry_id()).body) == MAX_BODY_CHARS
    assert editor.header.status_label.text() == ""
