"""Tick boxes for the items of one tag family, each with the deck's help beside it.

A guided prompt that asks e.g. which forms of legitimacy were drawn on shows this above
its answer field. The ticks are not stored anywhere of their own: they show the entry's
tags of the family, and ticking one asks the editor to add or remove that tag. So a tag set
in the tag picker shows here as ticked, and the tags stay the one truth.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSizePolicy, QWidget

from app.catalog.catalog import TagFamily
from app.records import TagRef
from ui.editor.tag_picker import tag_detail_html


class FamilyPicker(QWidget):
    """Several items of `family` may be ticked; `toggled` reports each tick the user makes."""

    toggled = Signal(object, bool)  # TagRef, ticked

    def __init__(self, *, family: TagFamily, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyPicker")
        self.family = family
        self._language = "en"
        self.boxes: dict[str, QCheckBox] = {}
        self.help_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for row, item in enumerate(family.items):
            box = QCheckBox(self)
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            help_label = QLabel(self)
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            help_label.setProperty("muted", True)
            help_label.setBuddy(box)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(help_label, row, 1, Qt.AlignmentFlag.AlignTop)
            box.clicked.connect(lambda ticked, key=item.key: self._on_clicked(key, ticked))
            self.boxes[item.key] = box
            self.help_labels[item.key] = help_label
        self.set_language(self._language)

    def set_language(self, language: str) -> None:
        """Show the items' labels and the deck's help for each in `language`."""
        self._language = language
        self.setAccessibleName(self.family.label.get(language))
        for item in self.family.items:
            box = self.boxes[item.key]
            box.setText(item.label.get(language))
            box.setToolTip(tag_detail_html(item, language))
            help_text = item.help.get(language)
            box.setAccessibleDescription(help_text)
            self.help_labels[item.key].setText(help_text)

    def show_tags(self, tags: Iterable[TagRef]) -> None:
        """Tick exactly the items of the family among `tags`, without reporting it."""
        ticked = {tag.key for tag in tags if tag.family == self.family.key}
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in ticked)
            box.blockSignals(False)

    def ticked(self) -> tuple[TagRef, ...]:
        """The ticked items as tags, in the family's order."""
        return tuple(
            TagRef(self.family.key, key) for key, box in self.boxes.items() if box.isChecked()
        )

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())

    def _on_clicked(self, key: str, ticked: bool) -> None:
        self.toggled.emit(TagRef(self.family.key, key), ticked)
