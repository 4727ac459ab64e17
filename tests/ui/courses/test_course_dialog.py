"""The course dialog over a real temporary journal: make, edit, import and delete courses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.courses.service import CourseService, ModuleSpec
from app.journal.service import JournalService
from app.records import Answer, EntryDraft
from ui.courses.dialog import CourseDialog
from ui.courses.modules_model import Column, ModuleTableModel
from ui.window.dialogs import DialogService

TODAY = dt.date(2026, 4, 1)


class ScriptedDialogs(DialogService):
    """Answers confirmations without a modal box; remembers what was asked."""

    def __init__(self, answer: bool = True) -> None:
        super().__init__(None)
        self.answer = answer
        self.asked: list[str] = []

    def confirm(
        self, title: str, text: str, *, accept_text: str, destructive: bool = False
    ) -> bool:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def courses(journal: JournalService) -> CourseService:
    return CourseService(journal=journal)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


def make_dialog(qtbot: QtBot, courses: CourseService, dialogs: DialogService) -> CourseDialog:
    dialog = CourseDialog(courses=courses, dialogs=dialogs, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_make_a_course_with_modules(
    qtbot: QtBot, courses: CourseService, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, courses, dialogs)
    assert dialog.course_list.count() == 0
    assert not dialog.name_edit.isEnabled()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Ledelse i netværksstaten")
    dialog.add_module()
    dialog.add_module()
    model = dialog.modules
    model.setData(model.index(0, Column.NAME), "Modul 1: Offentlig værdi")
    model.setData(model.index(0, Column.DATE), QDate(2026, 1, 15))
    model.setData(model.index(0, Column.PLACE), "Kolding")
    model.setData(model.index(1, Column.DATE), QDate(2026, 3, 5))
    with qtbot.waitSignal(dialog.courses_changed):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    [course] = courses.list_courses()
    assert course.name == "Ledelse i netværksstaten"
    assert [(m.name, m.day, m.place) for m in course.modules] == [
        ("Modul 1: Offentlig værdi", dt.date(2026, 1, 15), "Kolding"),
        ("Module 2", dt.date(2026, 3, 5), None),
    ]
    assert dialog.current_course_id() == course.id
    assert not dialog.has_unsaved_changes()


def test_edit_keeps_module_ids_and_shows_postcards(
    qtbot: QtBot, courses: CourseService, journal: JournalService, dialogs: ScriptedDialogs
) -> None:
    course = courses.create_course(
        "K",
        [ModuleSpec("Modul 1", dt.date(2026, 1, 15)), ModuleSpec("Modul 2", dt.date(2026, 3, 5))],
    )
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 2, 1),
            template_key="postcard",
            answers=(Answer("caught_my_interest", "Netværk"),),
        )
    )
    dialog = make_dialog(qtbot, courses, dialogs)
    model = dialog.modules
    assert model.index(0, Column.POSTCARD).data() == "✓ Done"
    assert model.index(1, Column.POSTCARD).data() == "Not yet answered"
    model.setData(model.index(1, Column.NAME), "Modul 2: Netværk")
    assert dialog.has_unsaved_changes()
    assert dialog.save()
    updated = courses.get_course(course.id)
    assert [m.id for m in updated.modules] == [m.id for m in course.modules]
    assert updated.modules[1].name == "Modul 2: Netværk"


def test_a_bad_course_stays_open_with_the_reason(
    qtbot: QtBot, courses: CourseService, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, courses, dialogs)
    dialog.new_course()
    dialog.add_module()
    dialog.add_module()
    model = dialog.modules
    model.setData(
        model.index(1, Column.DATE), model.index(0, Column.DATE).data(Qt.ItemDataRole.EditRole)
    )
    qtbot.keyClicks(dialog.name_edit, "K")
    assert not dialog.save()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Each module needs its own date" in dialog.error_label.text()
    dialog.reject()  # closing cannot lose the edit: the dialog stays
    assert dialog.has_unsaved_changes()
    assert courses.list_courses() == []


def test_switching_course_saves_the_edited_one(
    qtbot: QtBot, courses: CourseService, dialogs: ScriptedDialogs
) -> None:
    first = courses.create_course("A", [ModuleSpec("A1", dt.date(2026, 1, 1))])
    courses.create_course("B", [ModuleSpec("B1", dt.date(2026, 2, 1))])
    dialog = make_dialog(qtbot, courses, dialogs)
    assert dialog.current_course_id() == first.id
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "A omdøbt")
    dialog.course_list.setCurrentRow(1)
    assert courses.get_course(first.id).name == "A omdøbt"
    assert dialog.name_edit.text() == "B"


def test_import_plan_and_bad_plan(
    qtbot: QtBot, courses: CourseService, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, courses, dialogs)
    bad = tmp_path / "plan.csv"
    bad.write_text("name,date\nModul 1,i morgen\n", encoding="utf-8")
    assert dialog.import_plan(bad) is None
    assert "line 2, field 'date'" in dialog.error_label.text()
    good = tmp_path / "plan.toml"
    good.write_text(
        'name = "Hold 3"\n[[modules]]\nname = "Modul 1"\ndate = 2026-01-15\n', encoding="utf-8"
    )
    with qtbot.waitSignal(dialog.courses_changed):
        course = dialog.import_plan(good)
    assert course is not None and course.name == "Hold 3"
    assert dialog.name_edit.text() == "Hold 3"
    assert dialog.modules.rowCount() == 1
    assert not dialog.error_label.isVisibleTo(dialog)


def test_delete_asks_first_and_keeps_entries(
    qtbot: QtBot, courses: CourseService, journal: JournalService, dialogs: ScriptedDialogs
) -> None:
    course = courses.create_course("K", [ModuleSpec("M", dt.date(2026, 1, 15))])
    entry = journal.create_entry(
        EntryDraft(day=dt.date(2026, 1, 20), module_id=course.modules[0].id)
    )
    dialog = make_dialog(qtbot, courses, dialogs)
    dialogs.answer = False
    dialog.delete_course()
    assert courses.list_courses() == [course]
    dialogs.answer = True
    with qtbot.waitSignal(dialog.courses_changed):
        dialog.delete_course()
    assert "“K”" in dialogs.asked[-1]
    assert courses.list_courses() == []
    assert journal.get_entry(entry.id).module_id is None
    assert dialog.course_list.count() == 0


def test_module_table_model(qtmodeltester, courses: CourseService) -> None:  # type: ignore[no-untyped-def]
    model = ModuleTableModel()
    model.add_module("Modul 1")
    model.add_module("Modul 2")
    model.setData(model.index(0, Column.NOTES), "Læs kapitel 3")
    qtmodeltester.check(model)
    assert model.modules()[1].day - model.modules()[0].day == dt.timedelta(days=28)
    model.remove_module(0)
    assert [m.name for m in model.modules()] == ["Modul 2"]
    assert not model.setData(model.index(0, Column.POSTCARD), "x")


def test_module_dates_show_in_the_danish_long_form() -> None:
    model = ModuleTableModel()
    model.add_module("Modul 1")
    model.setData(model.index(0, Column.DATE), QDate(2026, 11, 24))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        assert model.index(0, Column.DATE).data() == "24. november 2026"
    finally:
        QLocale.setDefault(before)
    assert model.index(0, Column.DATE).data() in ("24 November 2026", "24. november 2026")
