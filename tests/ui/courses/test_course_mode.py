"""Course mode in the main window: postcard suggestions, one-click postcards, the dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.courses.service import CourseService, ModuleSpec
from app.journal.context import JournalContext
from app.records import Answer, EntryDraft, TimelineFilter
from ui.courses.dialog import CourseDialog
from ui.courses.learning_log_dialog import LearningLogDialog
from ui.timeline.model import RowKind, TimelineRole

TODAY = dt.date.today()
PAST = TODAY - dt.timedelta(days=10)
FUTURE = TODAY + dt.timedelta(days=30)


def make_course(context: JournalContext) -> int:
    courses = CourseService(journal=context.journal)
    course = courses.create_course(
        "Ledelse i netværksstaten", [ModuleSpec("Modul 1", PAST), ModuleSpec("Modul 2", FUTURE)]
    )
    return course.modules[0].id


def test_start_page_suggests_the_postcard_and_opens_it_linked(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    assert main_window.course_mode.start_suggestion.isHidden()
    module_id = make_course(context)
    main_window.course_mode.refresh()
    suggestion = main_window.course_mode.start_suggestion
    assert main_window.right.currentWidget() is main_window.start_page
    assert suggestion.isVisible()
    assert main_window.course_mode.timeline_link.suggestion.isHidden()
    assert "Modul 1" in suggestion.title.text()
    qtbot.mouseClick(suggestion.write_button, Qt.MouseButton.LeftButton)
    editor = main_window.editor
    assert main_window.right.currentWidget() is not main_window.start_page
    qtbot.keyClicks(QApplication.focusWidget(), "Postkort efter modul 1")
    with qtbot.waitSignal(editor.entry_saved, timeout=5000):
        assert editor.save_now()
    entry = context.journal.get_entry(editor.current_entry_id())
    assert entry.template_key == "postcard"
    assert entry.module_id == module_id

    # The module now shows as done: the milestone says so, the suggestions go away.
    def done() -> dict[int, bool]:
        link = main_window.course_mode.timeline_link
        return {m.module_id: m.postcard_done for m in link.milestones()}

    qtbot.waitUntil(lambda: done()[module_id])
    assert main_window.course_mode.timeline_link.suggestion.isHidden()
    assert suggestion.isHidden()
    main_window.new_entry()  # the postcard is answered: no suggestion comes back
    assert main_window.course_mode.timeline_link.suggestion.isHidden()


def test_timeline_suggestion_and_milestone_rows_in_the_window(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    make_course(context)
    entry = context.journal.create_entry(
        EntryDraft(day=PAST + dt.timedelta(days=1), title="Efter modulet")
    )
    main_window.timeline.reload()
    main_window.course_mode.refresh()
    link = main_window.course_mode.timeline_link
    # One suggestion on screen: the start page's while it shows, else the timeline's.
    on_start_page = main_window.right.currentWidget() is main_window.start_page
    assert link.suggestion.isHidden() == on_start_page
    main_window.open_entry(entry.id)
    assert link.suggestion.isVisible()
    assert len(link.model.milestone_rows()) == 2
    with qtbot.waitSignal(link.postcard_requested):
        qtbot.mouseClick(link.suggestion.write_button, Qt.MouseButton.LeftButton)


def test_courses_action_opens_the_dialog_and_saving_refreshes(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    main_window.actions["courses"].trigger()
    dialog = main_window.findChild(CourseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.new_course()
    qtbot.keyClicks(dialog.name_edit, "Hold 3")
    dialog.add_module()
    with qtbot.waitSignal(dialog.courses_changed):
        assert dialog.save()
    module_box = main_window.timeline.filter_bar.module_box
    assert any("Hold 3" in module_box.itemText(i) for i in range(module_box.count()))
    dialog.close()


def test_learning_log_dialog_previews_and_saves(
    qtbot: QtBot,
    context: JournalContext,
    main_window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    module_id = make_course(context)
    journal = context.journal
    journal.create_entry(
        EntryDraft(
            day=PAST,
            template_key="postcard",
            module_id=module_id,
            answers=(Answer("caught_my_interest", "Potentialitet"),),
        )
    )
    journal.create_entry(EntryDraft(day=PAST + dt.timedelta(days=2), title="Privat", private=True))
    main_window.actions["learning_log"].trigger()
    dialog = main_window.findChild(LearningLogDialog)
    assert dialog is not None
    preview = dialog.preview.toPlainText()
    assert "Potentialitet" in preview
    assert "Privat" not in preview
    assert (
        "1 private entries are left out" in dialog.note.text() or "1 private" in dialog.note.text()
    )
    dialog.private_check.setChecked(True)
    assert "Privat" in dialog.preview.toPlainText()
    dialog.private_check.setChecked(False)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    target = tmp_path / "log.md"
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        dialog.start_export(target)
    text = target.read_text(encoding="utf-8")
    assert "Potentialitet" in text and "Privat" not in text
    assert target.stat().st_mode & 0o777 == 0o600
    dialog.close()


def test_linking_the_open_entry_survives_its_next_save(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    module_id = make_course(context)
    entry = context.journal.create_entry(
        EntryDraft(day=FUTURE + dt.timedelta(days=1), title="Senere")
    )
    main_window.timeline.reload()
    main_window.open_entry(entry.id)
    assert main_window.course_mode.link_entry(entry.id, module_id)
    editor = main_window.editor
    editor.header.title_edit.setFocus()
    qtbot.keyClicks(editor.header.title_edit, " og mere")
    with qtbot.waitSignal(editor.entry_saved, timeout=5000):
        assert editor.save_now()
    saved = context.journal.get_entry(entry.id)
    assert saved.title == "Senere og mere"
    assert saved.module_id == module_id


def test_the_editor_module_field_links_and_unlinks_the_entry(
    qtbot: QtBot,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    editor = main_window.editor
    field = editor.header.module_field
    assert field.isHidden()  # no courses yet: nothing to choose
    first_id = make_course(context)
    courses = main_window.course_mode.courses
    second_id = courses.get_course(courses.get_module(first_id).course_id).modules[1].id
    main_window.course_mode.refresh()
    main_window.new_entry("postcard")
    editor.header.day_edit.setDate(PAST + dt.timedelta(days=1))
    assert field.isVisible()
    assert field.label.text() == "&Module:" and field.label.buddy() is field.combo
    assert field.combo.currentText() == "Ledelse i netværksstaten – Modul 1 (by date)"
    editor.header.title_edit.setText("Postkort")

    def postcard_done() -> dict[int, bool]:
        link = main_window.course_mode.timeline_link
        return {m.module_id: m.postcard_done for m in link.milestones()}

    # Choose module 2 by hand: autosave stores the link, and the milestones follow it.
    with qtbot.waitSignal(editor.entry_saved, timeout=5000):
        field.combo.setCurrentIndex(field.combo.findData(second_id))
    entry_id = editor.current_entry_id()
    assert context.journal.get_entry(entry_id).module_id == second_id
    qtbot.waitUntil(lambda: postcard_done() == {first_id: False, second_id: True})
    main_window.timeline.set_filter(TimelineFilter(module_id=second_id))
    qtbot.waitUntil(lambda: entry_id in shown_entries(main_window))
    main_window.timeline.set_filter(TimelineFilter())
    # Back to "By date": no link, and the postcard counts for module 1 again.
    with qtbot.waitSignal(editor.entry_saved, timeout=5000):
        field.combo.setCurrentIndex(0)
    assert context.journal.get_entry(entry_id).module_id is None
    qtbot.waitUntil(lambda: postcard_done() == {first_id: True, second_id: False})
    # Reopened, the field shows what is stored.
    courses.link_entry(entry_id, first_id)
    editor.open_entry(entry_id)
    assert field.combo.currentText() == "Ledelse i netværksstaten – Modul 1"
    assert not editor.has_unsaved_changes()


def shown_entries(window) -> set[int]:  # type: ignore[no-untyped-def]
    model = window.timeline.view.model()
    found = set()
    for row in range(model.rowCount()):
        entry_id = model.index(row, 0).data(TimelineRole.ENTRY_ID)
        if model.index(row, 0).data(TimelineRole.KIND) == RowKind.ENTRY and entry_id:
            found.add(entry_id)
    return found


def test_an_import_through_the_window_clears_a_postcard_it_brings(
    qtbot: QtBot,
    tmp_path: Path,
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    """Course mode hears of the import from the journal itself, not from the dialog."""
    from app.exchange.service import ExchangeService
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths
    from ui.exchange.actions import show_import_dialog

    elsewhere = open_journal(DataPaths(tmp_path / "elsewhere"), catalog=context.catalog)
    try:
        elsewhere.journal.create_entry(
            EntryDraft(
                day=PAST + dt.timedelta(days=1),
                title="Postkort efter modul 1",
                template_key="postcard",
                answers=(Answer("postcard.q1", "Netværk", 0),),
            )
        )
        backup = tmp_path / "postcard.json"
        ExchangeService(journal=elsewhere.journal, catalog=context.catalog).export_backup(backup)
    finally:
        elsewhere.close()
    make_course(context)
    main_window.course_mode.refresh()
    suggestion = main_window.course_mode.start_suggestion
    assert suggestion.isVisible()

    dialog = show_import_dialog(main_window)
    dialog.set_path(backup)
    assert dialog.check() is not None
    result = dialog.run_import()
    assert result is not None and result.added == 1

    assert CourseService(journal=context.journal).pending_postcards() == []
    qtbot.waitUntil(lambda: main_window.course_mode.timeline_link.suggestion.pending == [])
    assert suggestion.pending == []
    assert suggestion.isHidden()


def test_the_module_field_follows_course_changes_by_itself(
    context: JournalContext,
    main_window,  # type: ignore[no-untyped-def]
) -> None:
    """The field hears of courses made or deleted from the journal, not from course mode."""
    field = main_window.editor.header.module_field
    assert field.isHidden()
    first_id = make_course(context)
    assert not field.isHidden()
    assert field.combo.findData(first_id) >= 0
    courses = CourseService(journal=context.journal)
    courses.delete_course(courses.get_module(first_id).course_id)
    assert field.isHidden()
