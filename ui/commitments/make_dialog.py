"""Making a commitment: the text (taken from the answer or the marked line, editable) and,
if the user wants one, the day it is due, chosen from a calendar or typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commitments.records import MAX_TEXT
from ui.commitments.due import localise_day_edit
from ui.editor.day_edit import DayEdit

DEFAULT_DAYS_AHEAD = 14  # a fortnight: about the time between two coaching sessions


class MakeCommitmentDialog(QDialog):
    """Text and optional due date of a new commitment; `values()` after it is accepted."""

    def __init__(
        self,
        text: str,
        *,
        today: dt.date,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("makeCommitmentDialog")
        self.lead = QLabel(wordWrap=True)
        self.lead.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label = QLabel()
        self.text_edit = QPlainTextEdit(objectName="commitmentTextEdit")
        self.text_edit.setPlainText(text.strip())
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.text_label.setBuddy(self.text_edit)
        self.due_check = QCheckBox(objectName="commitmentDueCheck")
        self.due_edit = DayEdit()
        self.due_edit.setObjectName("commitmentDueEdit")
        localise_day_edit(self.due_edit, language)
        ahead = today + dt.timedelta(days=DEFAULT_DAYS_AHEAD)
        self.due_edit.setDate(QDate(ahead.year, ahead.month, ahead.day))
        self.due_edit.setEnabled(False)
        self.problem = QLabel(wordWrap=True, objectName="commitmentProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(due_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.text_edit.textChanged.connect(self._check)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 300)
        self.retranslate()
        self._check()
        self.text_edit.setFocus()

    def values(self) -> tuple[str, dt.date | None]:
        """The text (trimmed) and the due date, or None without one."""
        if not self.due_check.isChecked():
            return self.text_edit.toPlainText().strip(), None
        self.due_edit.commit_text()
        date = self.due_edit.date()
        return self.text_edit.toPlainText().strip(), dt.date(date.year(), date.month(), date.day())

    def _check(self) -> None:
        text = self.text_edit.toPlainText().strip()
        too_long = len(text) > MAX_TEXT
        self.ok_button.setEnabled(bool(text) and not too_long)
        self.problem.setVisible(too_long)
        if too_long:
            self.problem.setText(
                self.tr("A commitment holds at most %1 characters; shorten it a little.").replace(
                    "%1", str(MAX_TEXT)
                )
            )

    def _accept(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Make a commitment"))
        self.lead.setText(
            self.tr(
                "What will you do? Say it so you can tell later whether you did. It waits in "
                "the commitments pane until you say how it went."
            )
        )
        self.text_label.setText(self.tr("&Commitment"))
        self.due_check.setText(self.tr("&Due by"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.ok_button.setText(self.tr("&Make Commitment"))
