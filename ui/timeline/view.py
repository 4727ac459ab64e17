"""The timeline's list view: arrow keys move between entries, Enter or a click opens one.

Other rows (course milestones) and an entry's context menu are announced as signals for
whoever added them; the view itself knows only entries.

Apart from the panel so that the window's first paint (ui/timeline/preview.py) can show
the same list without importing the filter bar, the density strip and their services.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ui.timeline.delegate import TimelineDelegate
from ui.timeline.model import RowKind, TimelineRole

_Index = QModelIndex | QPersistentModelIndex


class TimelineView(QListView):
    """The list: arrow keys move between entries, Enter or a click opens one."""

    entry_activated = Signal(int)
    row_activated = Signal(QModelIndex)  # any row, entry or not, by a click or Enter
    entry_menu_requested = Signal(int, QPoint)  # an entry's context menu, at a global point
    laid_out = Signal()  # rows placed anew (after a page, a reset, a resize)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The delegate measuring rows; kept here because another delegate may wrap it.
        self.row_delegate: TimelineDelegate | None = None
        self.setMouseTracking(True)  # hover shading
        self.setFrameShape(QListView.Shape.NoFrame)
        self.clicked.connect(self._open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
            and self.row_delegate is not None
        ):
            self.row_delegate.forget_metrics()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.laid_out.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, index: _Index) -> None:
        if not index.isValid():
            return
        if index.data(TimelineRole.KIND) == RowKind.ENTRY:
            self.entry_activated.emit(int(index.data(TimelineRole.ENTRY_ID)))
        else:
            self.row_activated.emit(QModelIndex(index))

    def _on_context_menu(self, point: QPoint) -> None:
        index = self.indexAt(point)
        if index.isValid() and index.data(TimelineRole.KIND) == RowKind.ENTRY:
            entry_id = int(index.data(TimelineRole.ENTRY_ID))
            self.entry_menu_requested.emit(entry_id, self.viewport().mapToGlobal(point))
