"""Course mode in the timeline panel: milestones, the density strip's marks, the module box,
and the postcard suggestion above the list.

`CourseTimelineLink.attach(panel, courses=...)` puts a `MilestoneTimelineModel` between the
panel's model and its view, wraps the panel's delegate, and adds a `PostcardSuggestion`
under the density strip. The main window calls `refresh()` after a course or an entry was
saved and connects `postcard_requested(module_id)` to open a postcard linked to the module;
a click on a milestone whose postcard is written opens that entry through the panel's own
`entry_activated`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout

from app.courses import CourseService, Milestone
from app.timeline_stats import TimelineStats
from ui.postcard_suggestion import PostcardSuggestion
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.model import TimelineRole
from ui.timeline.panel import TimelinePanel
from ui.timeline_milestones import (
    MILESTONE_KIND,
    MilestoneDelegate,
    MilestoneRole,
    MilestoneTimelineModel,
    PostcardState,
)

_Index = QModelIndex | QPersistentModelIndex


class CourseTimelineLink(QObject):
    """Keeps the panel's course parts in step with the journal's courses."""

    postcard_requested = Signal(int)  # module id: open a postcard linked to it

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
        self._stats = TimelineStats(database=courses.database)
        self.model = MilestoneTimelineModel(source=panel.model, today=today, parent=self)
        base = panel.view.itemDelegate()
        assert isinstance(base, TimelineDelegate)
        self.delegate = MilestoneDelegate(base=base, parent=panel.view)
        panel.view.setModel(self.model)
        panel.view.setItemDelegate(self.delegate)
        self.suggestion = PostcardSuggestion(panel)
        layout = panel.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(panel.density_strip) + 1, self.suggestion)
        self._connect_signals()
        self.refresh()

    @classmethod
    def attach(
        cls, panel: TimelinePanel, *, courses: CourseService, today: dt.date | None = None
    ) -> CourseTimelineLink:
        return cls(panel=panel, courses=courses, today=today)

    def _connect_signals(self) -> None:
        self._panel.view.clicked.connect(self._on_clicked)
        self._panel.view.installEventFilter(self)
        self.suggestion.postcard_requested.connect(self.postcard_requested)

    # ----- what the main window calls ----------------------------------------------------

    def refresh(self) -> None:
        """Read the courses again: after the course dialog saved, or an entry was saved."""
        milestones = self._courses.milestones(today=self._today)
        self.model.set_milestones(milestones, today=self._today)
        self._panel.density_strip.set_milestones([(m.day, m.label) for m in milestones])
        self._panel.filter_bar.set_modules(self._stats.modules())
        self.suggestion.set_pending(self._courses.pending_postcards(today=self._today))

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
            self._panel.entry_activated.emit(milestone.postcard_entry_id)
        elif state == PostcardState.DUE:
            self.postcard_requested.emit(milestone.module_id)
        return True

    def _on_clicked(self, index: QModelIndex) -> None:
        self.activate(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._panel.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return self.activate(self._panel.view.currentIndex())
        return super().eventFilter(watched, event)
