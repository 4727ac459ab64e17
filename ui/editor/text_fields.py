"""Plain-text fields that grow with their text, and one labelled field per guided prompt.

Fields grow instead of scrolling inside themselves so a long answer reads as one page in
the editor's scroll area. Tab always moves on to the next field (nobody indents a diary).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextEdit, QVBoxLayout, QWidget


class GrowingTextEdit(QTextEdit):
    """A plain-text editor as tall as its text (at least `min_lines` lines)."""

    def __init__(self, *, min_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)

    def set_min_lines(self, lines: int) -> None:
        self._min_lines = lines
        self._fit()

    def _content_height(self) -> int:
        frame = 2 * self.frameWidth()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        lines = self.fontMetrics().lineSpacing() * self._min_lines
        document = int(self.document().size().height())
        return max(lines + 2 * int(self.document().documentMargin()), document) + frame + margins

    def _fit(self) -> None:
        height = self._content_height()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())


class PromptField(QWidget):
    """One prompt of a guided template: the question, its help in grey, the answer field."""

    changed = Signal()

    def __init__(self, key: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.question.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.question.setFont(font)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setProperty("muted", True)
        self.edit = GrowingTextEdit(min_lines=3, parent=self)
        self.edit.setFrameShape(QFrame.Shape.StyledPanel)
        self.question.setBuddy(self.edit)
        self.edit.textChanged.connect(self.changed)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._layout.addWidget(self.question)
        self._layout.addWidget(self.help)
        self._layout.addWidget(self.edit)

    def add_above_answer(self, widget: QWidget) -> None:
        """Show `widget` between the help and the answer field (e.g. tick boxes to pick from)."""
        self._layout.insertWidget(self._layout.indexOf(self.edit), widget)

    def add_below_answer(self, widget: QWidget) -> None:
        """Show `widget` under the answer field (e.g. "Make this a commitment…")."""
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)

    def set_labels(self, question: str, help_text: str) -> None:
        """Show `question` above the field and `help_text` in grey (also as its tooltip)."""
        self.question.setText(question)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self.edit.setToolTip(help_text)
        self.edit.setAccessibleName(question)
        self.edit.setAccessibleDescription(help_text)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.set_text(text)
