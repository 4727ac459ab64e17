"""Writing a module's postcard: its default title, and the suggestion while it is open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.courses.service import CourseService, ModuleSpec
from app.journal.context import JournalContext
from app.records import TimelineFilter

TODAY = dt.date.today()
PAST = TODAY - dt.timedelta(days=10)
FUTURE = TODAY + dt.timedelta(days=30)


def make_course(context: JournalContext) -> int:
    courses = CourseService(journal=context.journal)
    course = courses.create_course(
        "Ledelse i netværksstaten", [ModuleSpec("Modul 2", PAST), ModuleSpec("Modul 3", FUTURE)]
    )
    return course.modules[0].id


def entry_count(context: JournalContext) -> int:
    return len(context.journal.all_matching(TimelineFilter()))


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Postcard — Modul 2"), ("da", "Postkort — Modul 2")]
)
def test_a_postcard_for_a_module_is_named_after_it(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
    language: str,
    title: str,
) -> None:
    main_window.languages.apply(language)  # the language fixture puts English back afterwards
    module_id = make_course(context)
    main_window.course_mode.refresh()
    main_window.course_mode.write_postcard(module_id)
    editor = main_window.editor
    assert editor.header.title_edit.text() == title
    # The default title alone is no entry: leaving it untouched saves nothing.
    assert editor.save_now()
    assert editor.current_entry_id() is None
    assert entry_count(context) == 0
    # Written, it keeps the title, which stays editable.
    editor.guided.fields()[0].edit.set_text("Det, der fangede mig")
    assert editor.save_now()
    assert context.journal.get_entry(editor.current_entry_id()).title == title
    editor.header.title_edit.setText("Mit postkort")
    assert editor.save_now()
    assert context.journal.get_entry(editor.current_entry_id()).title == "Mit postkort"


def test_a_plain_new_entry_still_has_no_title(main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.new_entry()
    assert main_window.editor.header.title_edit.text() == ""


def test_the_suggestion_hides_while_its_postcard_is_written(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    make_course(context)
    main_window.course_mode.refresh()
    start = main_window.course_mode.start_suggestion
    above_timeline = main_window.course_mode.timeline_link.suggestion
    assert start.isVisible()
    qtbot.mouseClick(start.write_button, Qt.MouseButton.LeftButton)
    assert main_window.right.currentWidget() is not main_window.start_page
    assert above_timeline.isHidden()
    assert start.module_id() is None and above_timeline.module_id() is None
    # Left unsaved for another new entry: the suggestion comes back.
    main_window.new_entry()
    assert above_timeline.isVisible()
    assert "Modul 2" in above_timeline.title.text()


def test_the_postcard_being_written_is_not_counted_as_another_one_due(
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    courses = CourseService(journal=context.journal)
    course = courses.create_course(
        "Ledelse i netværksstaten",
        [ModuleSpec("Modul 2", PAST), ModuleSpec("Modul 3", TODAY - dt.timedelta(days=1))],
    )
    main_window.course_mode.refresh()
    above_timeline = main_window.course_mode.timeline_link.suggestion
    main_window.course_mode.write_postcard(course.modules[1].id)
    assert above_timeline.isVisible()
    assert "Modul 2" in above_timeline.title.text()
    assert "more module" not in above_timeline.detail.text()
