"""The status bar's short word on sync: "Synced 16:42", "Sync folder missing", …

Shown only while the journal syncs; the full reason of a failure is its tooltip, and a
click opens Preferences ▸ Sync.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.sync.background import BackgroundSync


class SyncNote(QLabel):
    """Follows one `BackgroundSync`; hidden while it is not active."""

    clicked = Signal()

    def __init__(self, background: BackgroundSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncNote")
        self._background = background
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        background.state_changed.connect(self.render)
        background.started.connect(self.render)
        self.render()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    def render(self) -> None:
        background = self._background
        self.setVisible(background.active)
        error = background.last_error
        if error is not None:
            text = (
                self.tr("Sync folder missing")
                if background.folder_missing()
                else self.tr("Sync failed")
            )
            self.setText(text)
            self.setToolTip(error.message)
            return
        self.setToolTip("")
        if background.running and background.last_success is None:
            self.setText(self.tr("Syncing…"))
            return
        if background.last_success is None:
            self.setText("")
            return
        when = QDateTime.fromSecsSinceEpoch(int(background.last_success.timestamp()))
        text = self.tr("Synced %s") % QLocale().toString(
            when.time(), QLocale.FormatType.ShortFormat
        )
        report = background.last_report
        if report is not None and report.conflicts:
            text += " · " + self.tr("%n conflict(s)", "", report.conflicts)
        if report is not None and report.refused:
            text += " · " + self.tr("%n file(s) refused", "", len(report.refused))
        self.setText(text)
