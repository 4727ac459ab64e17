"""The calm in-window notice: a reminder shown at the top of the window when the system has
no tray to notify through, so a nudge is never silently lost.

One reminder at a time, with its title, a line of detail, a button that opens what it is
about, and "Not now". Reminders that came due together wait their turn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.reminders.schedule import Reminder


class ReminderNotice(QFrame):
    """Shows the first waiting reminder; `showing` tells its holder when to show or hide it
    (in the window it sits in a toolbar, whose action governs its visibility)."""

    open_requested = Signal(object)  # the Reminder
    showing = Signal(bool)  # whether a reminder is on screen now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self._waiting: list[tuple[Reminder, str, str, str]] = []
        self.title = QLabel(objectName="reminderNoticeTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.detail = QLabel(objectName="reminderNoticeDetail", wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setProperty("muted", True)
        self.open_button = QPushButton(objectName="reminderNoticeOpen")
        self.later_button = QPushButton(objectName="reminderNoticeLater")
        self.later_button.setFlat(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addLayout(texts, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.later_button)
        self.open_button.clicked.connect(self._on_open)
        self.later_button.clicked.connect(self._next)
        self.retranslate()

    def add(self, reminder: Reminder, title: str, detail: str, button: str) -> None:
        """Queue a reminder with its words; a newer one of the same kind replaces the older."""
        self._waiting = [w for w in self._waiting if w[0].kind is not reminder.kind]
        self._waiting.append((reminder, title, detail, button))
        self._render()

    def current(self) -> Reminder | None:
        return self._waiting[0][0] if self._waiting else None

    def clear(self) -> None:
        self._waiting = []
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.later_button.setText(self.tr("Not now"))
        self.setAccessibleName(self.tr("Reminder"))

    def _on_open(self) -> None:
        reminder = self.current()
        self._next()
        if reminder is not None:
            self.open_requested.emit(reminder)

    def _next(self) -> None:
        self._waiting = self._waiting[1:]
        self._render()

    def _render(self) -> None:
        if not self._waiting:
            self.showing.emit(False)
            return
        _reminder, title, detail, button = self._waiting[0]
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.open_button.setText(button)
        self.showing.emit(True)
