"""Course mode in the timeline panel: milestones, the density strip's marks and the postcard
suggestion above the list. (The panel keeps its filter bar's module list current itself.)

`CourseTimelineLink.attach(panel, courses=...)` puts a `MilestoneTimelineModel` between the
panel's model and its view, wraps the panel's delegate, and adds a `PostcardSuggestion`
under the density strip. Course mode calls `refresh()` after a course or an entry was
saved and connects `postcard_requested(module_id)` to open a postcard linked to the module;
a click on a milestone whose postcard is written opens that entry through the panel's own
`entry_activated`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Signal,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.courses.service import CourseService, Milestone, milestones_of, pending_of
from ui.courses.milestone_delegate import MilestoneDelegate
from ui.courses.milestones import (
    MILESTONE_KIND,
    MilestoneRole,
    MilestoneTimelineModel,
    PostcardState,
)
from ui.courses.postcard_suggestion import PostcardSuggestion
from ui.timeline.model import TimelineRole
from ui.timeline.panel import TimelinePanel
from ui.window.mnemonic import literal

_Index = QModelIndex | QPersistentModelIndex


class CourseTimelineLink(QObject):
    """Keeps the panel's course parts in step with the journal's courses."""

    postcard_requested = Signal(int)  # module id: open a postcard linked to it
    module_link_requested = Signal(int, object)  # entry id, module id or None (by date)

    def __init__(
        self,
        *,
        panel: TimelinePanel,
        courses: CourseService,
        today: dt.date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or panel)
        self._panel = panel
        self._courses = courses
        self._today = today
        self.model = MilestoneTimelineModel(source=panel.model, today=today, parent=self)
        self.delegate = MilestoneDelegate(base=panel.row_delegate(), parent=self)
        panel.show_rows(self.model, self.delegate)
        self.suggestion = PostcardSuggestion(panel)
        panel.add_below_strip(self.suggestion)
        self._connect_signals()
        self.refresh()

    @classmethod
    def attach(
        cls, panel: TimelinePanel, *, courses: CourseService, today: dt.date | None = None
    ) -> CourseTimelineLink:
        return cls(panel=panel, courses=courses, today=today)

    def _connect_signals(self) -> None:
        self._panel.row_activated.connect(self.activate)
        self._panel.entry_menu_requested.connect(self._on_entry_menu)
        self.suggestion.postcard_requested.connect(self.postcard_requested)

    # ----- what course mode calls -------------------------------------------------------

    def refresh(self) -> None:
        """Read the courses again: after the course dialog saved, or an entry was saved."""
        statuses = self._courses.statuses(today=self._today)  # read once for both
        milestones = milestones_of(statuses)
        self.model.set_milestones(milestones, today=self._today)
        self._panel.set_milestones([(m.day, m.label) for m in milestones])
        self.suggestion.set_pending(pending_of(statuses))

    def set_language(self, language: str) -> None:
        self.suggestion.set_language(language)

    def milestones(self) -> list[Milestone]:
        return [
            self.model.index(row).data(MilestoneRole.MILESTONE)
            for row in self.model.milestone_rows()
        ]

    # ----- milestone rows ----------------------------------------------------------------

    def activate(self, index: _Index) -> bool:
        """Open the postcard of a milestone row (write it, or show the one written)."""
        if not index.isValid() or index.data(TimelineRole.KIND) != MILESTONE_KIND:
            return False
        milestone: Milestone = index.data(MilestoneRole.MILESTONE)
        state = index.data(MilestoneRole.POSTCARD)
        if state == PostcardState.DONE and milestone.postcard_entry_id is not None:
            self._panel.open_entry(milestone.postcard_entry_id)
        elif state == PostcardState.DUE:
            self.postcard_requested.emit(milestone.module_id)
        return True

    def module_menu(self, entry_id: int, parent: QWidget | None = None) -> QMenu | None:
        """ "Belongs to module" choices for one entry: by its date, or linked to a module."""
        courses = [c for c in self._courses.list_courses() if c.modules]
        if not courses:
            return None
        entry = self._courses.journal.get_entry(entry_id)
        by_date = self._courses.module_for(entry.day)
        menu = QMenu(self.tr("Belongs to module"), parent)
        group = QActionGroup(menu)
        automatic = menu.addAction(
            self.tr("By its date (%1)").replace(
                "%1", literal(by_date.name) if by_date else self.tr("no module")
            )
        )
        automatic.setCheckable(True)
        automatic.setChecked(entry.module_id is None)
        automatic.setData(None)
        group.addAction(automatic)
        menu.addSeparator()
        several = len(courses) > 1
        for course in courses:
            for module in course.modules:
                name = f"{module.name} · {course.name}" if several else module.name
                action = menu.addAction(literal(name))
                action.setCheckable(True)
                action.setChecked(entry.module_id == module.id)
                action.setData(module.id)
                group.addAction(action)
        menu.triggered.connect(
            lambda action: self.module_link_requested.emit(entry_id, action.data())
        )
        return menu

    def _on_entry_menu(self, entry_id: int, at: QPoint) -> None:
        outer = QMenu(self._panel)
        submenu = self.module_menu(entry_id, outer)
        if submenu is None:
            return
        outer.addMenu(submenu)
        outer.exec(at)
