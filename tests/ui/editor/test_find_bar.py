"""Find in the open entry: the timeline's search marked in the text and the answers, and
stepped through with Enter/Shift+Enter and F3/Shift+F3."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.journal.context import JournalContext
from app.records import Answer, EntryDraft
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor


@pytest.fixture
def editor(qtbot, context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=30,
        retry_policy=RetryPolicy((30,)),
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def entry_id(context: JournalContext) -> int:
    draft = EntryDraft(
        day=dt.date(2026, 5, 1),
        title="Postkort",
        body="Kontrollen i kerneopgaven.\n\nSenere: mere kontrol og far, ikke får.",
        template_key="postcard",
        template_version=1,
        answers=(Answer("caught_my_interest", "Hvordan kontrollerede vi det?"),),
    )
    return context.journal.create_entry(draft).id


def marked(editor: EntryEditor) -> list[str]:
    """The text under every mark, field by field (answers first, then the text)."""
    return [field.toPlainText()[start:end] for field, start, end in editor.find_bar.matches()]


def test_the_search_is_marked_in_the_text_and_the_answers(
    editor: EntryEditor, entry_id: int
) -> None:
    editor.find_bar.set_text("kontrol")
    assert editor.open_entry(entry_id)
    assert editor.find_bar.isVisible()
    assert marked(editor) == ["kontrol", "Kontrol", "kontrol"]
    answer = editor.guided.fields()[0].edit
    assert [s.cursor.selectedText() for s in answer.extraSelections()] == ["kontrol"]
    assert len(editor.body_edit.extraSelections()) == 2
    assert editor.find_bar.count_label.text() == "3 matches"


def test_danish_rules_hold_in_the_marks(editor: EntryEditor, entry_id: int) -> None:
    editor.open_entry(entry_id)
    editor.find_bar.set_text("opgave")
    assert marked(editor) == ["opgave"]  # inside "kerneopgaven"
    editor.find_bar.set_text("får")
    assert marked(editor) == ["får"]  # not "far"
    editor.find_bar.set_text('"mere kontrol"')
    assert marked(editor) == ["mere kontrol"]


def test_enter_and_f3_step_through_the_matches(editor: EntryEditor, entry_id: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.open_entry(entry_id)
    editor.find_bar.set_text("kontrol")
    bar = editor.find_bar
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.current() == 0
    answer = editor.guided.fields()[0].edit
    assert answer.textCursor().selectedText() == "kontrol"
    assert bar.count_label.text() == "1 of 3"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.current() == 1
    assert editor.body_edit.textCursor().selectedText() == "Kontrol"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == 0
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == 2  # round to the last
    editor.body_edit.setFocus()
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_F3)
    assert bar.current() == 0
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == 2


def test_escape_closes_the_bar_and_takes_the_marks_away(
    editor: EntryEditor, entry_id: int, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor.open_entry(entry_id)
    editor.find_bar.set_text("kontrol")
    qtbot.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()
    assert editor.body_edit.extraSelections() == []
    assert editor.find_bar.matches() == []


def test_marks_follow_edits_and_other_entries(
    editor: EntryEditor, entry_id: int, context: JournalContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor.open_entry(entry_id)
    editor.find_bar.set_text("kontrol")
    qtbot.keyClicks(editor.body_edit, " Kontrolleret.")
    qtbot.waitUntil(lambda: len(editor.find_bar.matches()) == 4, timeout=2000)
    other = context.journal.create_entry(
        EntryDraft(day=dt.date(2026, 5, 2), title="Andet", body="Intet her.")
    ).id
    editor.open_entry(other)
    assert editor.find_bar.matches() == []
    assert editor.find_bar.count_label.text() == "No matches"


def test_nothing_searched_no_bar(editor: EntryEditor, entry_id: int) -> None:
    editor.open_entry(entry_id)
    editor.find_bar.set_text("  ")
    assert not editor.find_bar.isVisible()
    assert editor.body_edit.extraSelections() == []
