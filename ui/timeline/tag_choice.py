"""A button whose menu ticks several tags, grouped by family, each with its entry count.

Used by the timeline's filter bar and the export dialog, so that both choose tags the same
way. The menu stays open while the user ticks several; the button says how many are ticked.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

from app.catalog.catalog import Catalog
from app.records import OWN_FAMILY, TagCount, TagRef
from ui.window.mnemonic import literal


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class TagChoice(QToolButton):
    """Ticks tags among those in use; `selection_changed` after each tick by the user."""

    selection_changed = Signal()

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = "en"
        self._counts: list[TagCount] = []
        self._selected: set[TagRef] = set()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tag_menu = _StayOpenMenu(self)
        self.setMenu(self.tag_menu)
        self._rebuild()

    def selected(self) -> tuple[TagRef, ...]:
        return tuple(sorted(self._selected))

    def set_selected(self, tags: Iterable[TagRef]) -> None:
        """Tick exactly `tags` (without announcing it: the caller set them)."""
        self._selected = {TagRef(t.family, t.key, t.label) for t in tags}
        self._rebuild()

    def set_counts(self, counts: Iterable[TagCount]) -> None:
        """The tags to offer, with how many entries carry each."""
        self._counts = list(counts)
        self._rebuild()

    def set_language(self, language: str) -> None:
        self._language = language
        self._rebuild()

    def label_of(self, tag: TagRef) -> str:
        if tag.family == OWN_FAMILY:
            return tag.label or tag.key
        item = self._catalog.item(tag.family, tag.key)
        return item.label.get(self._language) if item is not None else tag.key

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    def _toggle(self, tag: TagRef, checked: bool) -> None:
        if checked:
            self._selected.add(tag)
        else:
            self._selected.discard(tag)
        self._update_text()
        self.selection_changed.emit()

    def _update_text(self) -> None:
        label = self.tr("Tags")
        count = len(self._selected)
        self.setText(f"{label} ({count})" if count else label)

    def _rebuild(self) -> None:
        self.tag_menu.clear()
        by_family: dict[str, list[TagCount]] = {}
        for count in self._counts:
            by_family.setdefault(count.tag.family, []).append(count)
        selected = {(t.family, t.key) for t in self._selected}
        for family in self._catalog.families:
            counts = by_family.get(family.key, [])
            if not counts:
                continue
            self.tag_menu.addSection(family.label.get(self._language))
            for count in sorted(counts, key=lambda c: self.label_of(c.tag).casefold()):
                action = QAction(
                    f"{literal(self.label_of(count.tag))}  ({count.count})", self.tag_menu
                )
                action.setCheckable(True)
                action.setData(str(count.tag))
                action.setChecked((count.tag.family, count.tag.key) in selected)
                action.toggled.connect(lambda checked, tag=count.tag: self._toggle(tag, checked))
                self.tag_menu.addAction(action)
        if self.tag_menu.isEmpty():
            empty = self.tag_menu.addAction(self.tr("No tagged entries yet"))
            empty.setEnabled(False)
        self._update_text()
