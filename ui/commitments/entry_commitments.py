"""Under an entry's text: the commitments made from it and how they went, or, for a
follow-up entry, the commitment it follows up.

Each line says what was meant, whether it is still open (with its date) or how it went
(kept, changed, dropped, with the note), and links to the follow-up entry; a follow-up
links back to the entry it came from. Hidden when the entry has none of these.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.commitments.records import Commitment, CommitmentStatus
from ui.commitments.due import Today, due_text, short_day
from ui.commitments.rows import entry_id_of, entry_link


def status_name(status: CommitmentStatus) -> str:
    """Kept, changed, dropped or open, in the window's language."""
    names = {
        CommitmentStatus.OPEN: QCoreApplication.translate("CommitmentStatus", "Open"),
        CommitmentStatus.KEPT: QCoreApplication.translate("CommitmentStatus", "Kept"),
        CommitmentStatus.CHANGED: QCoreApplication.translate("CommitmentStatus", "Changed"),
        CommitmentStatus.DROPPED: QCoreApplication.translate("CommitmentStatus", "Dropped"),
    }
    return names[status]


class EntryCommitments(QFrame):
    """The open entry's commitments (and the one it follows up), in a few quiet lines."""

    entry_requested = Signal(int)
    close_requested = Signal(int)

    def __init__(self, *, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryCommitments")
        self._today = today
        self._language = "en"
        self._made: tuple[Commitment, ...] = ()
        self._follows: Commitment | None = None
        self.heading = QLabel(objectName="entryCommitmentsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.follows = QLabel(objectName="followsUp", wordWrap=True)
        self._lines: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.follows)
        self._layout.addWidget(self.heading)
        self._prepare(self.follows)
        self.hide()

    def lines(self) -> list[QLabel]:
        """The label of each commitment made from the entry, in order."""
        return [w for w in self._lines if isinstance(w, QLabel)]

    def close_buttons(self) -> list[QPushButton]:
        return [w for w in self._lines if isinstance(w, QPushButton)]

    def set_language(self, language: str) -> None:
        self._language = language
        self._render()

    def show_commitments(
        self, made: tuple[Commitment, ...], follows: Commitment | None = None
    ) -> None:
        """`made` from this entry; `follows`: the commitment this entry follows up."""
        if made == self._made and follows == self._follows:
            return  # a save of the entry's text changed nothing here: keep focus and scroll
        self._made, self._follows = made, follows
        self._render()

    def _prepare(self, label: QLabel) -> None:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.linkActivated.connect(self._on_link)

    def _on_link(self, link: str) -> None:
        entry_id = entry_id_of(link)
        if entry_id is not None:
            self.entry_requested.emit(entry_id)

    def _render(self) -> None:
        for widget in self._lines:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._lines = []
        today = self._today()
        follows = self._follows
        if follows is not None:
            link = entry_link(
                follows.entry_id, follows.entry_title, follows.entry_day, self._language, today
            )
            self.follows.setText(
                self.tr("Follows up the commitment “%1” from %2")
                .replace("%1", html.escape(follows.text))
                .replace("%2", link)
            )
        self.follows.setVisible(follows is not None)
        self.heading.setText(self.tr("Commitments from this entry"))
        self.heading.setVisible(bool(self._made))
        for commitment in self._made:
            label = QLabel(objectName="entryCommitmentLine")
            self._prepare(label)
            label.setText(self._line(commitment, today))
            self._layout.addWidget(label)
            self._lines.append(label)
            if commitment.is_open:
                button = QPushButton(self.tr("How did it go?…"), objectName="entryCommitmentClose")
                button.setFlat(True)
                button.clicked.connect(
                    lambda _c=False, ident=commitment.id: self.close_requested.emit(ident)
                )
                self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self._lines.append(button)
        self.setVisible(bool(self._made) or follows is not None)

    def _line(self, c: Commitment, today: dt.date) -> str:
        text = html.escape(c.text)
        if c.is_open:
            due = due_text(c.due, self._language, today)
            state = status_name(c.status) + (f" · {html.escape(due)}" if due else "")
            return f"<b>{text}</b><br>{state}"
        outcome = status_name(c.status)
        if c.closed_on is not None:
            outcome += " " + short_day(c.closed_on, self._language, today)
        parts = [f"<b>{text}</b>", html.escape(outcome)]
        if c.note:
            parts.append(f"<i>{html.escape(c.note)}</i>".replace("\n", "<br>"))
        if c.follow_up_entry_id is not None:
            label = html.escape(self.tr("Open the follow-up"))
            parts.append(f'<a href="entry:{c.follow_up_entry_id}">{label}</a>')
        return "<br>".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
