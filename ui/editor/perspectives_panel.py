""" "See it from…": the deck's perspectives beside a template's prompts, folded away until asked.

A template names the help texts it offers (`perspectives = [...]` in its TOML, from
resources/prompts/perspectives.toml): the governance, governmentality and agency
approaches, the form of responsibility over time, power as governmentality. One button
unfolds a row with one button per perspective; the chosen one's words from the deck show
below it. Folded or not stays as the user left it from one entry to the next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import HelpText
from ui.editor.flow_layout import FlowLayout


class PerspectivesPanel(QWidget):
    """A fold-out row of perspectives and the deck's text of the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perspectivesPanel")
        self._help_texts: tuple[HelpText, ...] = ()
        self._language = "en"
        self.buttons: dict[str, QToolButton] = {}

        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.body = QFrame(self)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        # The buttons wrap onto a second line rather than widen the page (English titles
        # are long).
        self._row_widget = QWidget(self.body)
        self._row = FlowLayout(self._row_widget, spacing=6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.text = QLabel(self.body)
        self.text.setObjectName("perspectiveText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.source = QLabel(self.body)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.source.setProperty("muted", True)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(10, 8, 10, 10)
        body_layout.setSpacing(8)
        body_layout.addWidget(self._row_widget)
        body_layout.addWidget(self.text)
        body_layout.addWidget(self.source)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.body.hide()

        self.toggle.toggled.connect(self._on_unfolded)
        self._group.idToggled.connect(lambda _id, on: on and self._show_chosen())
        self.retranslate()
        self.hide()

    # ----- contents ------------------------------------------------------------------

    def set_help_texts(self, help_texts: tuple[HelpText, ...], language: str) -> None:
        """Offer `help_texts` (hidden when there are none); the fold stays as it was."""
        self._language = language
        if tuple(h.key for h in help_texts) != tuple(h.key for h in self._help_texts):
            self._rebuild(help_texts)
        self._help_texts = help_texts
        self.setVisible(bool(help_texts))
        self.set_language(language)

    def _rebuild(self, help_texts: tuple[HelpText, ...]) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.hide()  # deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = {}
        while self._row.count():
            self._row.takeAt(0)
        for number, help_text in enumerate(help_texts):
            button = QToolButton(self._row_widget)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setProperty("perspective", help_text.key)
            self._group.addButton(button, number)
            self._row.addWidget(button)
            self.buttons[help_text.key] = button
        if help_texts:
            next(iter(self.buttons.values())).setChecked(True)

    def chosen(self) -> HelpText | None:
        """The perspective whose text is shown (when unfolded)."""
        number = self._group.checkedId()
        return self._help_texts[number] if 0 <= number < len(self._help_texts) else None

    def choose(self, key: str) -> None:
        """Unfold and show the perspective `key`."""
        button = self.buttons.get(key)
        if button is not None:
            self.toggle.setChecked(True)
            button.setChecked(True)

    def is_unfolded(self) -> bool:
        return self.toggle.isChecked()

    def focus_widgets(self) -> list[QWidget]:
        """The fold button and the perspectives' buttons (Tab skips them while folded)."""
        return [self.toggle, *self.buttons.values()] if self._help_texts else []

    # ----- texts ---------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        for help_text in self._help_texts:
            button = self.buttons.get(help_text.key)
            if button is not None:
                button.setText(help_text.title.get(language))
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setText(self.tr("See it from…"))
        self.toggle.setToolTip(
            self.tr("Ways the course offers of seeing a situation like this, in its own words")
        )
        self._show_chosen()

    def _show_chosen(self) -> None:
        help_text = self.chosen()
        if help_text is None:
            for label in (self.text, self.source):
                label.clear()
            return
        self.text.setText(help_text.text.get(self._language))
        self.source.setText(self.tr("From the course slides: %1").replace("%1", help_text.slide))

    def _on_unfolded(self, unfolded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.body.setVisible(unfolded)
        self._show_chosen()
