"""The rows of open commitments, as the pane and the start page show them.

A row says what the user meant to do, when (a passed date marked calmly, with a warm bar at
the left rather than red), and which entry it came from: a link that opens it. A commitment
of a private entry carries the lock the timeline shows on private entries. "How did it
go?…" asks to close it. The list is a column of such rows: open commitments are few (the
ones still on the user's mind), so real buttons serve the keyboard better than a painted
list would.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.commitments.records import Commitment
from ui.commitments.due import DueState, Today, due_state, due_text, short_day
from ui.editor.icons import editor_icon

LOCK_SIZE = 14


def entry_link(entry_id: int, title: str, day: dt.date, language: str, today: dt.date) -> str:
    """An HTML link to the entry, named by its title (or its day when it has none)."""
    name = title.strip() or short_day(day, language, today)
    return f'<a href="entry:{entry_id}">{html.escape(name)}</a>'


def entry_id_of(link: str) -> int | None:
    """The entry id of a link made by `entry_link`, or None."""
    kind, _, ident = link.partition(":")
    return int(ident) if kind == "entry" and ident.isdigit() else None


class CommitmentRow(QFrame):
    """One open commitment: its text, its date, its entry, and the button to close it."""

    entry_requested = Signal(int)
    close_requested = Signal(int)

    def __init__(
        self,
        commitment: Commitment,
        *,
        language: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentRow")
        self.commitment = commitment
        self._language = language
        self._today = today
        self.state = due_state(commitment.due, today)
        self.setProperty("passed", self.state is DueState.PASSED)
        self.lock = QLabel(objectName="commitmentLock")
        self.lock.setFixedSize(QSize(LOCK_SIZE + 2, LOCK_SIZE + 2))
        self.lock.setVisible(commitment.private)
        self.text = QLabel(commitment.text, objectName="commitmentText", wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.due = QLabel(objectName="commitmentDue", wordWrap=True)
        self.due.setTextFormat(Qt.TextFormat.PlainText)
        self.due.setProperty("passed", self.state is DueState.PASSED)
        self.due.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.source = QLabel(objectName="commitmentSource", wordWrap=True)
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setProperty("muted", True)
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.source.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QPushButton(objectName="commitmentClose")
        self.close_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.lock, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.due)
        layout.addWidget(self.source)
        layout.addLayout(bottom)

        self.source.linkActivated.connect(self._on_link)
        self.close_button.clicked.connect(lambda: self.close_requested.emit(commitment.id))
        self._draw_lock()
        self.retranslate()

    def _on_link(self, link: str) -> None:
        entry_id = entry_id_of(link)
        if entry_id is not None:
            self.entry_requested.emit(entry_id)

    def _draw_lock(self) -> None:
        colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
        self.lock.setPixmap(editor_icon("private", colour, LOCK_SIZE).pixmap(LOCK_SIZE, LOCK_SIZE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._draw_lock()
        super().changeEvent(event)

    def retranslate(self) -> None:
        c = self.commitment
        self.lock.setToolTip(self.tr("From a private entry: it stays out of exports"))
        self.lock.setAccessibleName(self.tr("Private"))
        self.due.setText(due_text(c.due, self._language, self._today))
        self.due.setVisible(c.due is not None)
        link = entry_link(c.entry_id, c.entry_title, c.entry_day, self._language, self._today)
        self.source.setText(self.tr("From %1").replace("%1", link))
        self.source.setToolTip(self.tr("Open the entry it came from"))
        self.close_button.setText(self.tr("How did it go?…"))
        self.close_button.setToolTip(self.tr("Close it as kept, changed or dropped, with a note"))
        private = self.tr("Private. ") if c.private else ""
        self.setAccessibleName(f"{private}{c.text}")
        self.setAccessibleDescription(self.due.text())


class CommitmentList(QWidget):
    """A column of `CommitmentRow`s; shows at most `limit` of them when a limit is set."""

    entry_requested = Signal(int)
    close_requested = Signal(int)

    def __init__(
        self, *, today: Today, limit: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._limit = limit
        self._language = "en"
        self._commitments: tuple[Commitment, ...] = ()
        self._rows: list[CommitmentRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def rows(self) -> list[CommitmentRow]:
        return list(self._rows)

    def commitments(self) -> tuple[Commitment, ...]:
        return self._commitments

    def set_language(self, language: str) -> None:
        self._language = language
        self.show_commitments(self._commitments)

    def show_commitments(self, commitments: tuple[Commitment, ...]) -> None:
        """Replace the rows by one per commitment (up to the limit), in the order given."""
        self._commitments = commitments
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()  # deleteLater waits for the event loop; hide it now
            row.deleteLater()
        shown = commitments if self._limit is None else commitments[: self._limit]
        today = self._today()
        self._rows = []
        for commitment in shown:
            row = CommitmentRow(commitment, language=self._language, today=today, parent=self)
            row.entry_requested.connect(self.entry_requested)
            row.close_requested.connect(self.close_requested)
            self._layout.addWidget(row)
            self._rows.append(row)
