"""Closing a commitment: how did it go? Kept, changed or dropped, and a short note.

The note becomes the text of a follow-up entry linked to the entry the commitment came
from; the service writes both in one go. Nothing is chosen for the user: the button stays
disabled until one of the three is picked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.commitments.records import MAX_NOTE, Commitment, CommitmentStatus
from ui.commitments.due import due_text


class CloseCommitmentDialog(QDialog):
    """Pick how it went and write a note; `values()` after it is accepted."""

    def __init__(
        self,
        commitment: Commitment,
        *,
        today: dt.date,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeCommitmentDialog")
        self.commitment = commitment
        self._today = today
        self._language = language
        self.quote = QLabel(commitment.text, objectName="closeCommitmentText", wordWrap=True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setFrameShape(QFrame.Shape.StyledPanel)
        self.quote.setMargin(8)
        font = QFont(self.quote.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.quote.setFont(font)
        self.meta = QLabel(wordWrap=True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setProperty("muted", True)
        self.question = QLabel(wordWrap=True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.choices: dict[CommitmentStatus, QRadioButton] = {
            CommitmentStatus.KEPT: QRadioButton(objectName="closeKept"),
            CommitmentStatus.CHANGED: QRadioButton(objectName="closeChanged"),
            CommitmentStatus.DROPPED: QRadioButton(objectName="closeDropped"),
        }
        self._group = QButtonGroup(self)
        for button in self.choices.values():
            self._group.addButton(button)
        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit(objectName="closeNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.note_label.setBuddy(self.note_edit)
        self.follow_note = QLabel(wordWrap=True)
        self.follow_note.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_note.setProperty("muted", True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.quote)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        layout.addWidget(self.question)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addSpacing(4)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(self.follow_note)
        layout.addWidget(self.buttons)

        self._group.buttonToggled.connect(lambda *_: self._check())
        self.note_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 440)
        self.retranslate()
        self._check()

    def status(self) -> CommitmentStatus | None:
        return next((s for s, button in self.choices.items() if button.isChecked()), None)

    def values(self) -> tuple[CommitmentStatus, str]:
        status = self.status()
        assert status is not None, "values() after the dialog was accepted"
        return status, self.note_edit.toPlainText().strip()

    def _check(self) -> None:
        fits = len(self.note_edit.toPlainText().strip()) <= MAX_NOTE
        self.ok_button.setEnabled(self.status() is not None and fits)

    def _accept(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        c = self.commitment
        self.setWindowTitle(self.tr("How did it go?"))
        made = c.entry_title.strip() or c.entry_day.isoformat()
        meta = self.tr("From “%1”").replace("%1", made)
        due = due_text(c.due, self._language, self._today)
        self.meta.setText(f"{meta} · {due}" if due else meta)
        self.question.setText(self.tr("How did it go?"))
        self.choices[CommitmentStatus.KEPT].setText(self.tr("&Kept – I did what I said"))
        self.choices[CommitmentStatus.CHANGED].setText(
            self.tr("C&hanged – I did something else, or did it differently")
        )
        self.choices[CommitmentStatus.DROPPED].setText(
            self.tr("&Dropped – I let it go, and that is a choice too")
        )
        self.note_label.setText(self.tr("A short &note: what happened, what did you learn?"))
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self.follow_note.setText(
            self.tr(
                "Your note is written into a new follow-up entry, linked to the entry the "
                "commitment came from."
            )
        )
        self.ok_button.setText(self.tr("C&lose Commitment"))
