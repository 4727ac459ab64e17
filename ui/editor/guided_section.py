"""The guided part of an entry: the template's instruction, the item picker and one field
per prompt. A prompt marked with a `picker` family (e.g. which forms of legitimacy were
drawn on) shows that family's items as tick boxes above its answer; the ticks are the
entry's tags, reported with `tag_toggled` and shown again with `show_tags`.

Answers to prompts the template no longer has (or to a template that is gone) are still
shown, labelled with their key: an answer the user wrote is never hidden.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.catalog.catalog import Catalog, TagFamily, TagItem, Template
from app.records import Answer, TagRef
from ui.editor.family_picker import FamilyPicker
from ui.editor.perspectives_panel import PerspectivesPanel
from ui.editor.text_fields import PromptField


class GuidedSection(QWidget):
    """Instruction, item picker and prompt fields of one template; hidden for free entries."""

    changed = Signal()
    item_changed = Signal(object, object)  # old TagRef | None, new TagRef | None
    tag_toggled = Signal(object, bool)  # TagRef ticked or unticked in a prompt's picker

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._template: Template | None = None
        self._family: TagFamily | None = None
        self._language = "en"
        self._fields: list[PromptField] = []
        self._pickers: dict[str, FamilyPicker] = {}  # by prompt key

        self.instruction = QLabel(self)
        self.instruction.setObjectName("templateInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextFormat(Qt.TextFormat.PlainText)
        self.instruction.setFrameShape(QFrame.Shape.StyledPanel)
        self.instruction.setMargin(8)
        italic = QFont(self.instruction.font())
        italic.setItalic(True)
        self.instruction.setFont(italic)

        self.perspectives = PerspectivesPanel(self)

        self.item_label = QLabel(self)
        self.item_combo = QComboBox(self)
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.item_label.setBuddy(self.item_combo)
        self.item_question = QLabel(self)
        self.item_question.setObjectName("itemQuestion")
        self.item_question.setWordWrap(True)
        self.item_question.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.item_question.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        big.setWeight(QFont.Weight.DemiBold)
        self.item_question.setFont(big)
        self.item_help = QLabel(self)
        self.item_help.setWordWrap(True)
        self.item_help.setTextFormat(Qt.TextFormat.PlainText)
        self.item_help.setProperty("muted", True)

        item_row = QHBoxLayout()
        item_row.addWidget(self.item_label)
        item_row.addWidget(self.item_combo)
        item_row.addStretch(1)
        self._item_box = QWidget(self)
        item_layout = QVBoxLayout(self._item_box)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addLayout(item_row)
        item_layout.addWidget(self.item_question)
        item_layout.addWidget(self.item_help)

        self._prompt_layout = QVBoxLayout()
        self._prompt_layout.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.instruction)
        layout.addWidget(self.perspectives)
        layout.addWidget(self._item_box)
        layout.addLayout(self._prompt_layout)

        self.item_combo.currentIndexChanged.connect(self._on_item_chosen)
        self._current_item: TagRef | None = None

    # ----- loading -------------------------------------------------------------------

    def load(
        self,
        template_key: str | None,
        answers: tuple[Answer, ...],
        *,
        item: TagRef | None,
        language: str,
    ) -> None:
        """Show `template_key`'s prompts filled with `answers`, and `item` in the picker."""
        self._language = language
        self._template = self._catalog.template(template_key) if template_key else None
        family_key = self._template.item_family if self._template else None
        self._family = self._catalog.family(family_key) if family_key else None
        self._show_perspectives()
        self._rebuild_fields(answers)
        self._fill_item_combo()
        self.set_item(item)
        self._relabel()

    def _rebuild_fields(self, answers: tuple[Answer, ...]) -> None:
        for field in self._fields:
            self._prompt_layout.removeWidget(field)
            field.hide()  # deleteLater waits for the event loop; hide it now
            field.deleteLater()
        self._fields = []
        self._pickers = {}
        texts = {answer.prompt_key: answer.text for answer in answers}
        keys = [prompt.key for prompt in self._template.prompts] if self._template else []
        # Answers whose prompt is unknown follow the template's own prompts, in saved order.
        keys += [
            a.prompt_key
            for a in sorted(answers, key=lambda a: a.position)
            if a.prompt_key not in keys
        ]
        for key in keys:
            field = PromptField(key, parent=self)
            field.set_text(texts.get(key, ""))
            field.changed.connect(self.changed)
            self._add_picker(field)
            self._prompt_layout.addWidget(field)
            self._fields.append(field)
        self.setVisible(self.has_content())

    def _add_picker(self, field: PromptField) -> None:
        prompt = self._template.prompt(field.key) if self._template else None
        family = self._catalog.family(prompt.picker) if prompt and prompt.picker else None
        if family is None:
            return
        picker = FamilyPicker(family=family, parent=field)
        picker.toggled.connect(self._on_tag_toggled)
        field.add_above_answer(picker)
        self._pickers[field.key] = picker

    def _show_perspectives(self) -> None:
        keys = self._template.perspectives if self._template else ()
        found = (self._catalog.help_text(key) for key in keys)
        self.perspectives.set_help_texts(
            tuple(help_text for help_text in found if help_text is not None), self._language
        )

    def _fill_item_combo(self) -> None:
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        if self._family is not None:
            self.item_combo.addItem("", None)
            for item in self._family.items:
                self.item_combo.addItem("", item.key)
        self.item_combo.blockSignals(False)
        self._item_box.setVisible(self._family is not None)

    # ----- reading -------------------------------------------------------------------

    def has_content(self) -> bool:
        """True when there is anything to show: a template with prompts or saved answers."""
        return (
            bool(self._fields)
            or self._family is not None
            or self._instruction_text() != ""
            or bool(self.perspectives.focus_widgets())
        )

    def answers(self) -> tuple[tuple[str, str], ...]:
        return tuple((field.key, field.text()) for field in self._fields)

    def fields(self) -> list[PromptField]:
        return list(self._fields)

    def focus_widgets(self) -> list[QWidget]:
        """The section's inputs in tab order."""
        widgets: list[QWidget] = self.perspectives.focus_widgets()
        if self._family is not None:
            widgets.append(self.item_combo)
        for field in self._fields:
            picker = self._pickers.get(field.key)
            widgets += [*(picker.focus_widgets() if picker else ()), field.edit]
        return widgets

    def pickers(self) -> dict[str, FamilyPicker]:
        """The tick boxes shown, by the key of the prompt they belong to."""
        return dict(self._pickers)

    def current_item(self) -> TagRef | None:
        return self._current_item

    def item_family(self) -> str | None:
        return self._family.key if self._family else None

    def preview_sections(self) -> list[tuple[str, str]]:
        """(question, answer) pairs in the language shown, for the preview."""
        return [(field.question.text(), field.text()) for field in self._fields]

    def item_heading(self) -> str:
        """The picked item's question as shown above the prompts, or ''."""
        return self.item_question.text() if self._current_item else ""

    # ----- changing ------------------------------------------------------------------

    def set_item(self, item: TagRef | None) -> None:
        """Show `item` as picked without announcing a change (used when loading and syncing)."""
        if self._family is None or item is None or item.family != self._family.key:
            item = None
        index = self.item_combo.findData(item.key) if item else 0
        self.item_combo.blockSignals(True)
        self.item_combo.setCurrentIndex(max(index, 0))
        self.item_combo.blockSignals(False)
        self._current_item = item if index > 0 else None
        self._show_item_texts()

    def show_tags(self, tags: Iterable[TagRef]) -> None:
        """Tick in every picker the entry's tags of its family (nothing is reported)."""
        tags = tuple(tags)
        for picker in self._pickers.values():
            picker.show_tags(tags)

    def set_language(self, language: str) -> None:
        self._language = language
        self._relabel()

    def _on_tag_toggled(self, tag: TagRef, ticked: bool) -> None:
        self.tag_toggled.emit(tag, ticked)
        self.changed.emit()

    def _on_item_chosen(self, index: int) -> None:
        old = self._current_item
        key = self.item_combo.itemData(index)
        new = TagRef(self._family.key, key) if self._family and key else None
        self._current_item = new
        self._show_item_texts()
        if old != new:
            self.item_changed.emit(old, new)
            self.changed.emit()

    # ----- texts ---------------------------------------------------------------------

    def _instruction_text(self) -> str:
        if self._template and self._template.instruction:
            return self._template.instruction.get(self._language)
        return ""

    def _relabel(self) -> None:
        lang = self._language
        instruction = self._instruction_text()
        self.instruction.setText(instruction)
        self.instruction.setVisible(bool(instruction))
        self.perspectives.set_language(lang)
        if self._family is not None:
            self.item_label.setText(self._family.label.get(lang) + ":")
            self.item_combo.setAccessibleName(self._family.label.get(lang))
            self.item_combo.setItemText(0, self.tr("Choose one…"))
            for row, item in enumerate(self._family.items, start=1):
                self.item_combo.setItemText(row, item.label.get(lang))
                self.item_combo.setItemData(row, item.text.get(lang), Qt.ItemDataRole.ToolTipRole)
        for field in self._fields:
            prompt = self._template.prompt(field.key) if self._template else None
            if prompt is not None:
                field.set_labels(prompt.text.get(lang), prompt.help.get(lang))
                picker = self._pickers.get(field.key)
                if picker is not None:
                    picker.set_language(lang)
                    # The ticks say which; the words below say how.
                    field.edit.setPlaceholderText(self.tr("How? In your own words…"))
            else:
                field.set_labels(
                    field.key,
                    self.tr(
                        "This question is no longer part of the template; your answer is kept."
                    ),
                )
        self._show_item_texts()

    def _show_item_texts(self) -> None:
        item = self._picked_item()
        if item is None:
            self.item_question.setText("")
            self.item_help.setText(
                self.tr(
                    "Pick the one this entry is about; its question from the course is shown here."
                )
                if self._family is not None
                else ""
            )
            self.item_question.hide()
            return
        lang = self._language
        # The deck gives some items a question of their own; the others are shown in its words.
        question = item.question.get(lang) if item.question else item.text.get(lang)
        self.item_question.setText(question)
        self.item_question.show()
        self.item_help.setText(item.help.get(lang))
        self.item_combo.setToolTip(item.text.get(lang))

    def _picked_item(self) -> TagItem | None:
        if self._family is None or self._current_item is None:
            return None
        return self._family.item(self._current_item.key)
