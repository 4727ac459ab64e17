"""The time of day in the editor's header: shown, edited, saved, and ordering the timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTime

from app.journal.context import JournalContext
from app.records import EntryDraft
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor
from ui.timeline.model import TimelineModel, TimelineRole

DAY = dt.date(2026, 11, 3)


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
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_time_is_shown_edited_and_orders_the_day(
    editor: EntryEditor, context: JournalContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    journal = context.journal
    early = journal.create_entry(EntryDraft(day=DAY, title="Tidlig", time=dt.time(8, 0)))
    late = journal.create_entry(EntryDraft(day=DAY, title="Sen", time=dt.time(18, 6)))
    model = TimelineModel(journal=journal, catalog=context.catalog)
    entry_rows = [i for i in range(model.rowCount()) if model.index(i).data(TimelineRole.ENTRY_ID)]
    assert [model.index(i).data(TimelineRole.ENTRY_ID) for i in entry_rows] == [late.id, early.id]

    editor.open_entry(late.id)
    assert editor.header.time_edit.time() == QTime(18, 6)
    assert editor.header.time_edit.text() == "18:06"
    assert not editor.has_unsaved_changes()  # opening is not an edit

    editor.open_entry(early.id)
    with qtbot.waitSignal(editor.entry_saved, timeout=3000):
        editor.header.time_edit.setTime(QTime(21, 30))
    assert journal.get_entry(early.id).time == dt.time(21, 30)
    # The panes follow the change notification; read again here as a pane would.
    model.reload()
    assert [model.index(i).data(TimelineRole.ENTRY_ID) for i in entry_rows] == [early.id, late.id]


def test_a_new_entry_shows_the_time_now(editor: EntryEditor) -> None:
    editor.new_entry()
    shown = editor.header.time_edit.time()
    now = QTime.currentTime()
    assert abs(shown.secsTo(now)) < 120
