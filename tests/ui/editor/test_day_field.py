"""The Day field takes a whole date typed as text, in Danish and English forms."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCalendarWidget

from app.journal.context import JournalContext
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor

NOV_3 = dt.date(2026, 11, 3)


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
    widget.set_language("da")
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.header.day_edit.setDate(QDate(2025, 3, 14))
    return widget


def _type_then_tab(editor: EntryEditor, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    day_edit = editor.header.day_edit
    day_edit.setFocus()
    qtbot.waitUntil(day_edit.hasFocus)
    qtbot.keyClicks(day_edit, text)
    qtbot.keyClick(day_edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "3. november 2026",
        "3/11/2026",
        "3-11-2026",
        "2026-11-03",
        "3 November 2026",
        "November 3, 2026",
        "3. nov. 2026",
    ],
)
def test_typing_a_whole_date_then_tab_sets_it(editor: EntryEditor, qtbot, text, language) -> None:  # type: ignore[no-untyped-def]
    editor.set_language(language)
    _type_then_tab(editor, qtbot, text)
    assert editor.header.day() == NOV_3
    # Tab left the field for the next one (the time) instead of stepping on to the year.
    assert editor.header.time_edit.hasFocus()
    assert editor.header.day_edit.text() == (
        "3. november 2026" if language == "da" else "3 November 2026"
    )


def test_enter_sets_the_typed_date_and_it_is_saved(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Dag")
    day_edit = editor.header.day_edit
    day_edit.setFocus()
    qtbot.waitUntil(day_edit.hasFocus)
    qtbot.keyClicks(day_edit, "3. november 2026")
    qtbot.keyClick(day_edit, Qt.Key.Key_Return)
    assert editor.header.day() == NOV_3
    assert editor.save_now()
    assert journal.get_entry(editor.current_entry_id()).day == NOV_3


def test_a_lone_number_sets_the_day_of_the_shown_month(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_then_tab(editor, qtbot, "27")
    assert editor.header.day() == dt.date(2025, 3, 27)


def test_text_naming_no_date_keeps_the_date(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type_then_tab(editor, qtbot, "i går")
    assert editor.header.day() == dt.date(2025, 3, 14)
    assert editor.header.day_edit.text() == "14. marts 2025"


def test_arrow_keys_still_step_the_day(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    day_edit = editor.header.day_edit
    day_edit.setFocus()
    qtbot.waitUntil(day_edit.hasFocus)
    day_edit.setCurrentSection(day_edit.Section.DaySection)
    qtbot.keyClick(day_edit, Qt.Key.Key_Up)
    assert editor.header.day() == dt.date(2025, 3, 15)
    qtbot.keyClick(day_edit, Qt.Key.Key_Down)
    qtbot.keyClick(day_edit, Qt.Key.Key_Down)
    assert editor.header.day() == dt.date(2025, 3, 13)


def test_the_calendar_still_sets_the_day(editor: EntryEditor) -> None:
    calendar = editor.header.day_edit.calendarWidget()
    calendar.setSelectedDate(QDate(2025, 4, 2))
    calendar.clicked.emit(QDate(2025, 4, 2))
    assert editor.header.day() == dt.date(2025, 4, 2)


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_calendar_has_room_for_every_short_day_name(editor: EntryEditor, language) -> None:  # type: ignore[no-untyped-def]
    editor.set_language(language)
    calendar = editor.header.day_edit.calendarWidget()
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
    short = QLocale.FormatType.ShortFormat
    names = [calendar.locale().dayName(day, short) for day in range(1, 8)]
    assert ("man." if language == "da" else "Mon") in names
    metrics = QFontMetrics(calendar.font())
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert calendar.minimumWidth() // 7 >= widest + 8


def test_saving_while_a_date_is_typed_keeps_it(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Dag")
    day_edit = editor.header.day_edit
    day_edit.setFocus()
    qtbot.waitUntil(day_edit.hasFocus)
    qtbot.keyClicks(day_edit, "2026-11-03")
    assert editor.save_now()  # Ctrl+S with the cursor still in the field
    assert journal.get_entry(editor.current_entry_id()).day == NOV_3


def test_loading_another_entry_drops_text_not_yet_read(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    day_edit = editor.header.day_edit
    day_edit.setFocus()
    qtbot.waitUntil(day_edit.hasFocus)
    qtbot.keyClicks(day_edit, "3/11")
    editor.new_entry()
    assert not day_edit.is_typing()
    assert editor.header.day() == dt.date.today()
