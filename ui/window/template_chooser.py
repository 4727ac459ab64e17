"""The template chooser (Ctrl+Shift+N): every guided template with its description."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog, Template

KEY_ROLE = Qt.ItemDataRole.UserRole


class TemplateChooserDialog(QDialog):
    """A list of templates; the selected one's description and questions beside it."""

    template_chosen = Signal(str)

    def __init__(self, *, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateChooser")
        self._catalog = catalog
        self._language = language
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(300)
        self._title = QLabel(objectName="templateTitle", wordWrap=True)
        self._title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self._description = QLabel(wordWrap=True)
        self._instruction = QLabel(wordWrap=True)
        self._instruction.setStyleSheet("font-style: italic;")
        self._pick = QLabel(wordWrap=True)
        self._prompts_heading = QLabel()
        self._prompts_heading.setStyleSheet("font-weight: 600;")
        self._prompts = QLabel(wordWrap=True)
        self._prompts.setTextFormat(Qt.TextFormat.RichText)
        for label in (self._title, self._description, self._instruction, self._pick):
            label.setTextFormat(Qt.TextFormat.PlainText)
        details = QVBoxLayout()
        details.setSpacing(10)
        for widget in (
            self._title,
            self._description,
            self._instruction,
            self._pick,
            self._prompts_heading,
            self._prompts,
        ):
            details.addWidget(widget)
        details.addStretch(1)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(details, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self._buttons)
        self.resize(720, 420)

        self._fill()
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.retranslate()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return

    def accept(self) -> None:
        key = self.selected_key()
        super().accept()
        if key is not None:
            self.template_chosen.emit(key)

    def set_language(self, language: str) -> None:
        self._language = language
        key = self.selected_key()
        self._fill()
        if key is not None:
            self.select(key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New from Template"))
        self.list.setAccessibleName(self.tr("Templates"))
        self._prompts_heading.setText(self.tr("Questions"))
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start Writing"))
        self._show_current()

    def _fill(self) -> None:
        self.list.clear()
        for template in self._catalog.templates:
            item = QListWidgetItem(template.title.get(self._language))
            item.setData(KEY_ROLE, template.key)
            item.setToolTip(template.description.get(self._language))
            self.list.addItem(item)

    def _show_current(self, *_args: object) -> None:
        key = self.selected_key()
        template = self._catalog.template(key) if key else None
        if template is None:
            for label in (
                self._title,
                self._description,
                self._instruction,
                self._pick,
                self._prompts,
            ):
                label.clear()
            return
        self._show(template)

    def _show(self, template: Template) -> None:
        lang = self._language
        self._title.setText(template.title.get(lang))
        self._description.setText(template.description.get(lang))
        instruction = template.instruction.get(lang) if template.instruction else ""
        self._instruction.setText(instruction)
        self._instruction.setVisible(bool(instruction))
        family = self._catalog.family(template.item_family) if template.item_family else None
        pick = self.tr("You begin by picking one of: %s") % family.label.get(lang) if family else ""
        self._pick.setText(pick)
        self._pick.setVisible(bool(pick))
        texts = [p.text.get(lang) for p in template.prompts]
        self._prompts_heading.setVisible(bool(texts))
        self._prompts.setText(
            "<ol style='margin-left:-20px'>"
            + "".join(f"<li style='margin-bottom:4px'>{_escape(t)}</li>" for t in texts)
            + "</ol>"
            if texts
            else ""
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
