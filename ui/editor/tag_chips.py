"""The entry's tags as chips, one colour per family; a click or Delete removes a chip.

Labels come from the catalog in the UI language (own tags show their own label); the
family colours come from ui.shell.theme so chips look the same as in the timeline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from app.catalog.catalog import Catalog
from app.records import OWN_FAMILY, TagRef
from ui.editor.flow_layout import FlowLayout
from ui.shell.theme import family_colour, family_text_colour, is_dark
from ui.window.mnemonic import literal


def tag_label(catalog: Catalog, tag: TagRef, language: str) -> str:
    """The short name of `tag` in `language`; own tags (and unknown ones) show their label."""
    if tag.family == OWN_FAMILY:
        return tag.label or tag.key
    item = catalog.item(tag.family, tag.key)
    return item.label.get(language) if item else tag.key


def tag_help(catalog: Catalog, tag: TagRef, language: str) -> str:
    """The deck's wording and help for `tag`, for tooltips."""
    item = catalog.item(tag.family, tag.key) if tag.family != OWN_FAMILY else None
    if item is None:
        return ""
    parts = [item.text.get(language)]
    if item.question:
        parts.append(item.question.get(language))
    parts.append(item.help.get(language))
    # E.g. a form of legitimacy's focus, purpose, activity, pros and cons from the deck's table.
    details = [f"{d.label.get(language)}: {d.value.get(language)}" for d in item.details]
    parts.append("\n".join(details))
    return "\n\n".join(part for part in parts if part)


def family_label(catalog: Catalog, family: str, language: str) -> str:
    found = catalog.family(family)
    return found.label.get(language) if found else family


class TagChip(QPushButton):
    """One tag; activating it (click, Space, Delete or Backspace) asks to remove it."""

    def __init__(self, tag: TagRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        dark = is_dark()
        fill = family_colour(tag.family, dark)
        text = family_text_colour(tag.family, dark)
        border = fill.darker(125) if not dark else fill.lighter(140)
        self.setStyleSheet(
            f"QPushButton {{ background: {fill.name()}; color: {text.name()};"
            f" border: 1px solid {fill.name()}; border-radius: 11px; padding: 2px 10px; }}"
            f"QPushButton:hover, QPushButton:focus {{ border: 1px solid {border.name()}; }}"
            f"QPushButton:focus {{ border-width: 2px; }}"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.click()
            return
        super().keyPressEvent(event)


class TagChipRow(QWidget):
    """The chips of the chosen tags, wrapping to more lines when needed."""

    remove_requested = Signal(object)  # TagRef

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = "en"
        self._tags: tuple[TagRef, ...] = ()
        self._chips: list[TagChip] = []
        self._layout = FlowLayout(self, spacing=6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def chips(self) -> list[TagChip]:
        return list(self._chips)

    def set_tags(self, tags: tuple[TagRef, ...]) -> None:
        self._tags = tags
        self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._rebuild()

    def _rebuild(self) -> None:
        focused = next((chip.tag for chip in self._chips if chip.hasFocus()), None)
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.hide()  # deleteLater waits for the event loop; hide it now
            chip.deleteLater()
        self._chips = []
        # The deck's order: families as the catalog lists them, items as the slides do.
        order = {
            (family.key, item.key): (f, i)
            for f, family in enumerate(self._catalog.families)
            for i, item in enumerate(family.items)
        }
        families = {family.key: f for f, family in enumerate(self._catalog.families)}

        def position(tag: TagRef) -> tuple[int, int, str]:
            f, i = order.get((tag.family, tag.key), (families.get(tag.family, 99), 999))
            return f, i, tag_label(self._catalog, tag, self._language).lower()

        ordered = sorted(self._tags, key=position)
        for tag in ordered:
            chip = TagChip(tag, self)
            label = tag_label(self._catalog, tag, self._language)
            family = family_label(self._catalog, tag.family, self._language)
            chip.setText(literal(label) + "  ✕")
            chip.setToolTip(
                "\n\n".join(
                    part
                    for part in (
                        f"{family}: {label}",
                        tag_help(self._catalog, tag, self._language),
                        self.tr("Click or press Delete to remove this tag."),
                    )
                    if part
                )
            )
            chip.setAccessibleName(
                self.tr("Remove tag {tag} ({family})").format(tag=label, family=family)
            )
            chip.clicked.connect(lambda _checked=False, t=tag: self.remove_requested.emit(t))
            self._layout.addWidget(chip)
            self._chips.append(chip)
            if tag == focused:
                chip.setFocus()
        self.updateGeometry()
