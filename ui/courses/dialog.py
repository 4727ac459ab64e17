"""The course dialog: make and edit courses and their modules, or import a course plan.

Courses are listed on the left; the chosen one is edited on the right (name, and a table of
modules with date, place and notes, showing which postcards are answered). Nothing is
written until Save; switching to another course saves the one being edited first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.courses.plan import import_plan
from app.courses.service import Course, CourseService
from app.errors import RefleksError
from models.errors import StorageError
from ui.courses.modules_model import Column, DateDelegate, EditedModule, ModuleTableModel
from ui.window.dialogs import DialogService

COURSE_ID_ROLE = Qt.ItemDataRole.UserRole
NEW_COURSE = -1  # the list item of a course not saved yet


class CourseDialog(QDialog):
    """Courses with their modules; emits `courses_changed` after every successful write."""

    courses_changed = Signal()

    def __init__(
        self,
        *,
        courses: CourseService,
        dialogs: DialogService,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("courseDialog")
        self._courses = courses
        self._dialogs = dialogs
        self._today = today
        self._current: int | None = None  # course id being edited, NEW_COURSE, or None
        self._dirty = False

        self.course_list = QListWidget(objectName="courseList")
        self.new_button = QPushButton(objectName="newCourseButton")
        self.import_button = QPushButton(objectName="importPlanButton")
        self.delete_button = QPushButton(objectName="deleteCourseButton")
        self.name_edit = QLineEdit(objectName="courseName")
        self.modules = ModuleTableModel(self)
        self.table = QTableView(objectName="moduleTable")
        self.table.setModel(self.modules)
        self.table.setItemDelegateForColumn(Column.DATE, DateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        for column in (Column.DATE, Column.PLACE, Column.POSTCARD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_module_button = QPushButton(objectName="addModuleButton")
        self.remove_module_button = QPushButton(objectName="removeModuleButton")
        self.hint = QLabel(wordWrap=True, objectName="courseHint")
        self.hint.setProperty("muted", True)
        self.error_label = QLabel(wordWrap=True, objectName="courseError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self._build_layout()
        self._connect_signals()
        self.retranslate()
        self.resize(900, 520)
        self.reload()

    # ----- building ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        self._courses_label = QLabel()
        self._courses_label.setBuddy(self.course_list)
        left.addWidget(self._courses_label)
        left.addWidget(self.course_list, 1)
        for button in (self.new_button, self.import_button, self.delete_button):
            left.addWidget(button)
        form = QFormLayout()
        self._name_label = QLabel()
        self._name_label.setBuddy(self.name_edit)
        form.addRow(self._name_label, self.name_edit)
        module_buttons = QHBoxLayout()
        module_buttons.addWidget(self.add_module_button)
        module_buttons.addWidget(self.remove_module_button)
        module_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        self._modules_label = QLabel()
        self._modules_label.setBuddy(self.table)
        right.addWidget(self._modules_label)
        right.addWidget(self.table, 1)
        right.addLayout(module_buttons)
        right.addWidget(self.hint)
        right.addWidget(self.error_label)
        self._editor = QWidget()
        self._editor.setLayout(right)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self._editor, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.course_list.currentItemChanged.connect(self._on_course_chosen)
        self.new_button.clicked.connect(self.new_course)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.delete_button.clicked.connect(self.delete_course)
        self.add_module_button.clicked.connect(self.add_module)
        self.remove_module_button.clicked.connect(self.remove_module)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(self._mark_dirty)
        self.modules.dataChanged.connect(self._mark_dirty)
        self.modules.rowsInserted.connect(self._mark_dirty)
        self.modules.rowsRemoved.connect(self._mark_dirty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Courses"))
        self._courses_label.setText(self.tr("&Courses"))
        self.new_button.setText(self.tr("New course"))
        self.import_button.setText(self.tr("Import course plan…"))
        self.import_button.setToolTip(
            self.tr("Read the modules from a TOML or CSV file that your course organiser gave you")
        )
        self.delete_button.setText(self.tr("Delete course…"))
        self._name_label.setText(self.tr("&Name"))
        self._modules_label.setText(self.tr("&Modules"))
        self.add_module_button.setText(self.tr("Add module"))
        self.remove_module_button.setText(self.tr("Remove module"))
        self.hint.setText(
            self.tr(
                "Entries dated on or after a module's date, and before the next module, belong "
                "to that module. After each module, answer the postcard questions."
            )
        )
        self.table.setAccessibleName(self.tr("Modules of the course"))
        self.course_list.setAccessibleName(self.tr("Courses"))
        self.name_edit.setAccessibleName(self.tr("Course name"))

    # ----- what the user does ------------------------------------------------------------

    def reload(self, *, select: int | None = None) -> None:
        """Refill the course list from the journal and choose `select` (or the first)."""
        chosen = select if select is not None else self._current
        self.course_list.blockSignals(True)
        self.course_list.clear()
        for course in self._courses.list_courses():
            item = QListWidgetItem(course.name)
            item.setData(COURSE_ID_ROLE, course.id)
            self.course_list.addItem(item)
        self.course_list.blockSignals(False)
        row = self._row_of(chosen) if chosen not in (None, NEW_COURSE) else None
        if row is None and self.course_list.count():
            row = 0
        if row is None:
            self._show_course(None)
        else:
            self.course_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._show_course(self.course_list.item(row).data(COURSE_ID_ROLE))

    def current_course_id(self) -> int | None:
        return self._current if self._current != NEW_COURSE else None

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def new_course(self) -> None:
        if not self._save_if_dirty():
            return
        item = QListWidgetItem(self.tr("New course"))
        item.setData(COURSE_ID_ROLE, NEW_COURSE)
        self.course_list.blockSignals(True)
        self.course_list.addItem(item)
        self.course_list.setCurrentItem(item)
        self.course_list.blockSignals(False)
        self._current = NEW_COURSE
        self.name_edit.clear()
        self.modules.set_modules([], today=self._today)
        self._editor.setEnabled(True)
        self.delete_button.setEnabled(True)
        self._dirty = False  # becomes True with the first thing typed
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_module(self) -> None:
        if self._current is None:
            self.new_course()
        number = self.modules.rowCount() + 1
        row = self.modules.add_module(self.tr("Module %1").replace("%1", str(number)))
        index = self.modules.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_module(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.modules.remove_module(index.row())

    def save(self) -> bool:
        """Write the course being edited; True when it is saved (or nothing needed saving)."""
        if self._current is None:
            return True
        name, specs = self.name_edit.text(), self.modules.specs()
        try:
            if self._current == NEW_COURSE:
                course = self._courses.create_course(name, specs)
            else:
                course = self._courses.update_course(self._current, name, specs)
        except (RefleksError, StorageError) as error:
            self._show_error(str(error))
            return False
        self._dirty = False
        self._current = course.id
        self._show_error(None)
        self.reload(select=course.id)
        self.courses_changed.emit()
        return True

    def delete_course(self) -> None:
        if self._current is None:
            return
        if self._current == NEW_COURSE:
            self._dirty = False
            self._current = None
            self.reload()
            return
        name = self.name_edit.text() or self.tr("this course")
        question = self.tr(
            "Delete the course “%1” and its modules? Your entries stay in the journal; "
            "only their link to the modules is removed."
        ).replace("%1", name)
        if not self._dialogs.confirm(
            self.tr("Delete course"), question, accept_text=self.tr("Delete"), destructive=True
        ):
            return
        try:
            self._courses.delete_course(self._current)
        except (RefleksError, StorageError) as error:
            self._show_error(str(error))
            return
        self._dirty = False
        self._current = None
        self.reload()
        self.courses_changed.emit()

    def import_plan(self, path: Path) -> Course | None:
        """Make a course from the plan at `path`; shows what is wrong with a bad file."""
        if not self._save_if_dirty():
            return None
        try:
            course = import_plan(self._courses, path)
        except (RefleksError, StorageError) as error:
            self._show_error(str(error))
            return None
        self._show_error(None)
        self._current = course.id
        self.reload(select=course.id)
        self.courses_changed.emit()
        return course

    def reject(self) -> None:
        """Closing saves what was edited; a course that cannot be saved keeps the dialog open."""
        if self._dirty and not self.save():
            return
        super().reject()

    # ----- helpers -----------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import course plan"),
            str(Path.home()),
            self.tr("Course plans (*.toml *.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_plan(Path(path))

    def _on_course_chosen(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if item is None:
            return
        course_id = item.data(COURSE_ID_ROLE)
        if course_id == self._current:
            return
        if self._dirty:
            if not self.save():
                # Stay on the course that could not be saved, so no edit is lost.
                self.course_list.blockSignals(True)
                self.course_list.setCurrentItem(previous)
                self.course_list.blockSignals(False)
                return
            self.reload(select=course_id)  # saving refilled the list; go where the user went
            return
        if self._current == NEW_COURSE:
            self._drop_unsaved_new_item()  # a new course left untouched is not kept
        self._show_course(course_id)

    def _save_if_dirty(self) -> bool:
        return not self._dirty or self.save()

    def _drop_unsaved_new_item(self) -> None:
        for row in range(self.course_list.count()):
            if self.course_list.item(row).data(COURSE_ID_ROLE) == NEW_COURSE:
                self.course_list.blockSignals(True)
                self.course_list.takeItem(row)
                self.course_list.blockSignals(False)
                return

    def _show_course(self, course_id: int | None) -> None:
        self._current = course_id
        self._show_error(None)
        if course_id is None:
            self.name_edit.clear()
            self.modules.set_modules([], today=self._today)
            self._editor.setEnabled(False)
            self.delete_button.setEnabled(False)
            self._dirty = False
            return
        course = self._courses.get_course(course_id)
        statuses = {s.module.id: s for s in self._courses.statuses(course_id, today=self._today)}
        rows = [
            EditedModule(m.name, m.day, m.place or "", m.notes or "", m.id, statuses.get(m.id))
            for m in course.modules
        ]
        self.name_edit.setText(course.name)
        self.modules.set_modules(rows, today=self._today)
        self._editor.setEnabled(True)
        self.delete_button.setEnabled(True)
        self._dirty = False

    def _row_of(self, course_id: int | None) -> int | None:
        for row in range(self.course_list.count()):
            if self.course_list.item(row).data(COURSE_ID_ROLE) == course_id:
                return row
        return None

    def _mark_dirty(self, *_args: object) -> None:
        if self._current is not None:
            self._dirty = True

    def _show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
