"""Which course module the open entry belongs to: by its date, or a module chosen by hand.

A compact "Module:" label and a drop-down in the editor's top row, shown only while the
journal has courses with modules. The first choice is "by date" and names the module the
day falls in; the others link the entry to one module, which then holds it alone (see
app/courses/service.py). The field keeps the loaded link even while hidden, so an entry linked
elsewhere keeps its link when it is saved here. It reads the courses again by itself
whenever the journal reports that courses changed (app/journal/changes.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.courses.service import Course, CourseService, Module
from app.errors import RefleksError
from app.journal.changes import Change, Changes
from models.errors import StorageError


class ModuleField(QWidget):
    """The module of the open entry; `module_id()` is None for "by date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._courses: CourseService | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._known: list[Course] = []
        self._module_id: int | None = None
        self._day = dt.date.today()
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("entryModule")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.destroyed.connect(lambda *_: self._stop_listening())
        self._retranslate()
        self.hide()

    def set_courses(self, courses: CourseService | None) -> None:
        """Read module names from `courses` (None: no course mode, the field stays hidden)."""
        self._stop_listening()
        self._courses = courses
        if courses is not None:
            self._unsubscribe = courses.journal.changes.subscribe(self._on_changes)
        self.refresh()

    def courses(self) -> CourseService | None:
        """The course service the field reads (None outside course mode)."""
        return self._courses

    def refresh(self) -> None:
        """Read the courses again (after one was made, edited or deleted)."""
        self._known = []
        if self._courses is not None:
            try:
                self._known = [c for c in self._courses.list_courses() if c.modules]
            except (RefleksError, StorageError):
                self._rebuild()  # the window reports storage trouble; the field just hides
                return
            ids = {m.id for c in self._known for m in c.modules}
            if self._module_id is not None and self._module_id not in ids:
                self._module_id = None  # its module was deleted, and with it the link
        self._rebuild()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Change.COURSES):  # a course made, edited or deleted, or a restore
            self.refresh()

    def _stop_listening(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def set_value(self, module_id: int | None, day: dt.date) -> None:
        """Show an entry's link and day without announcing a change (when it is loaded)."""
        self._module_id = module_id
        self._day = day
        self._rebuild()

    def set_day(self, day: dt.date) -> None:
        """The entry's day changed: "by date" may now name another module."""
        self._day = day
        self._rebuild()

    def module_id(self) -> int | None:
        return self._module_id

    # ----- the drop-down --------------------------------------------------------------

    def _name(self, course: Course, module: Module) -> str:
        return self.tr("%1 – %2").replace("%1", course.name).replace("%2", module.name)

    def _by_date(self) -> str:
        module = None
        if self._courses is not None and self._known:
            try:
                module = self._courses.module_for(self._day)
            except (RefleksError, StorageError):
                module = None
        course = next((c for c in self._known if module and c.id == module.course_id), None)
        if module is None or course is None:
            return self.tr("No module (by date)")
        return self.tr("%1 (by date)").replace("%1", self._name(course, module))

    def _rebuild(self) -> None:
        self.setVisible(bool(self._known))
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self._by_date(), None)
        self.combo.insertSeparator(1)
        for course in self._known:
            for module in course.modules:
                self.combo.addItem(self._name(course, module), module.id)
        at = self.combo.findData(self._module_id) if self._module_id is not None else 0
        self.combo.setCurrentIndex(max(at, 0))
        self.combo.setToolTip(self.combo.currentText())
        self.combo.blockSignals(False)

    def _on_chosen(self, index: int) -> None:
        chosen = self.combo.itemData(index)
        self.combo.setToolTip(self.combo.currentText())
        if chosen != self._module_id:
            self._module_id = chosen
            self.changed.emit()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("&Module:"))
        self.combo.setAccessibleName(self.tr("Module of the entry"))
        self.combo.setAccessibleDescription(
            self.tr(
                "By date, an entry belongs to the module whose day it falls after. "
                "Choose a module to link the entry to that module only."
            )
        )
        if self._known:
            self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
