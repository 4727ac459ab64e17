"""The scrolling page the user writes on: the guided prompts (if any), then the body.

The fields grow with their text instead of scrolling inside themselves, so this page keeps
the cursor in view while typing and scrolls to whatever field gets the focus.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.catalog.catalog import Catalog
from app.records import Answer, TagRef
from ui.editor.guided_section import GuidedSection
from ui.editor.text_fields import GrowingTextEdit


class WritingArea(QScrollArea):
    """Guided section and Markdown body in one scrolling column."""

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget(self)
        content.setObjectName("editorContent")
        self.guided = GuidedSection(catalog=catalog, parent=content)
        self.body_label = QLabel(content)
        self.body_label.setProperty("muted", True)
        self.body_edit = GrowingTextEdit(min_lines=12, parent=content)
        self.body_label.setBuddy(self.body_edit)
        column = QVBoxLayout(content)
        column.setContentsMargins(2, 4, 12, 12)
        column.setSpacing(10)
        column.addWidget(self.guided)
        column.addWidget(self.body_label)
        column.addWidget(self.body_edit, 1)
        self._column = column
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        self.body_edit.cursorPositionChanged.connect(lambda: self.follow_cursor(self.body_edit))
        self.retranslate()

    def load(
        self,
        template_key: str | None,
        answers: tuple[Answer, ...],
        *,
        item: TagRef | None,
        body: str,
        language: str,
    ) -> None:
        """Show a template's prompts with `answers` and the `body`, without change signals."""
        self.guided.load(template_key, answers, item=item, language=language)
        for field in self.guided.fields():
            field.edit.cursorPositionChanged.connect(
                lambda edit=field.edit: self.follow_cursor(edit)
            )
        self.body_edit.blockSignals(True)
        self.body_edit.set_text(body)
        self.body_edit.blockSignals(False)
        self.body_edit.set_min_lines(4 if self.guided.has_content() else 12)
        self.retranslate()
        self.verticalScrollBar().setValue(0)

    def add_below_text(self, widget: QWidget) -> None:
        """Show `widget` under the body, on the same page (e.g. the entry's commitments)."""
        self._column.addWidget(widget)

    def follow_cursor(self, edit: GrowingTextEdit) -> None:
        """Scroll so the text cursor of `edit` stays in view while typing."""
        if not edit.hasFocus():
            return
        rect = edit.cursorRect()
        centre = edit.viewport().mapTo(self.widget(), rect.center())
        self.ensureVisible(centre.x(), centre.y(), 24, rect.height() + 24)

    def reveal(self, widget: QWidget) -> None:
        """Scroll to `widget` if it is on this page (called when it gets the focus)."""
        if self.widget().isAncestorOf(widget):
            self.ensureWidgetVisible(widget, 0, 24)

    def retranslate(self) -> None:
        guided = self.guided.has_content()
        self.body_edit.setAccessibleName(self.tr("Text"))
        self.body_label.setText(self.tr("Notes (optional)"))
        self.body_label.setVisible(guided)
        self.body_edit.setPlaceholderText(
            self.tr("Anything else you want to keep")
            if guided
            else self.tr("Write freely. Markdown works: *italic*, **bold**, - lists, > quotes")
        )
