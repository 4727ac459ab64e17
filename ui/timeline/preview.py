"""What the window shows in the moment before the journal is open: the timeline's first page.

Opening the journal (lock, checks, the engine and SQLAlchemy's import) takes longer than
everything else before the first paint. So a plain journal's newest entries are read
through app/store/plain_timeline.py and painted by the timeline's own list, model and delegate,
where the timeline will be: same split, same distance from the window's top (remembered at
the last close). The window then opens the journal and puts its real panes in place
(`MainWindow.attach`); to the eye the rest of the window fills in around the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.preferences import settings as keys
from ui.preferences.settings import Settings
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.model import TimelineModel
from ui.timeline.view import TimelineView
from ui.window.state import DEFAULT_SPLIT

if TYPE_CHECKING:
    from app.catalog.catalog import Catalog
    from app.store.plain_timeline import PlainTimeline

PANEL_MARGIN = 6  # the timeline panel's own margin (ui/timeline/panel.py)


class TimelinePreview(QSplitter):
    """The first page of the timeline on the left, the editor's place left empty."""

    def __init__(
        self,
        *,
        source: PlainTimeline,
        catalog: Catalog,
        language: str,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")  # styled as the real one
        self.setChildrenCollapsible(False)
        self.model = TimelineModel(journal=source, catalog=catalog, parent=self)
        self.model.set_language(language)
        left = QWidget(self)
        layout = QVBoxLayout(left)
        # The list starts where it began at the last close (the window has no menus yet,
        # so that is the distance from this splitter's top); the panes fill in above it.
        top = max(PANEL_MARGIN, settings.get(keys.LIST_TOP))
        layout.setContentsMargins(PANEL_MARGIN, top, PANEL_MARGIN, 0)
        self.view = TimelineView(left)
        self.view.setModel(self.model)
        self.view.row_delegate = TimelineDelegate(self.model, self.view)
        self.view.setItemDelegate(self.view.row_delegate)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to open until attached
        layout.addWidget(self.view, 1)
        self.addWidget(left)
        self.addWidget(QWidget(self))
        self.setStretchFactor(1, 1)
        state = settings.get(keys.SPLITTER)
        if state.isEmpty() or not self.restoreState(state):
            self.setSizes(list(DEFAULT_SPLIT))
