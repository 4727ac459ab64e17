"""A journal with entries and nothing left open greets with what comes back on this day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.journal.context import JournalContext
from app.records import EntryDraft

TODAY = dt.date.today()


def test_the_start_page_lists_this_day_in_earlier_years_and_opens_one(
    make_window, context: JournalContext, settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    if (TODAY.month, TODAY.day) == (2, 29):
        earlier = TODAY.replace(year=TODAY.year - 4)
    else:
        earlier = TODAY.replace(year=TODAY.year - 1)
    entry_id = context.journal.create_entry(EntryDraft(day=earlier, title="Året før")).id
    window = make_window(settings)
    assert window.right.currentWidget() is window.start_page
    page = window.start_page
    assert [link.entry_id for link in page.memories.links] == [entry_id]
    assert page._title.text() == "Welcome back"
    qtbot.mouseClick(page.memories.links[0], Qt.MouseButton.LeftButton)
    assert window.right.currentWidget() is not window.start_page
    assert window.editor.current_entry_id() == entry_id


def test_without_memories_a_journal_with_entries_opens_a_new_entry(
    make_window, context: JournalContext, settings
) -> None:  # type: ignore[no-untyped-def]
    context.journal.create_entry(EntryDraft(day=TODAY - dt.timedelta(days=2), title="For nylig"))
    window = make_window(settings)
    assert window.right.currentWidget() is not window.start_page
