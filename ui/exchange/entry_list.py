"""The export dialog's list of entries: what goes out, and the ticks that change it.

Entries that go out with the period are shown ticked and fixed. Private entries (and, when
picking one by one, every entry) carry a tick box the user sets; ticks survive a re-fill,
so changing the period and back does not lose them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.records import EntrySummary

_ID = Qt.ItemDataRole.UserRole
_PRIVATE = Qt.ItemDataRole.UserRole + 1


class ExportEntryList(QListWidget):
    """Candidate entries with their tick boxes."""

    ticks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticked: set[int] = set()  # ticked by hand: picked, or private let in
        self.itemChanged.connect(self._on_item_changed)

    def fill(self, entries: Iterable[EntrySummary], *, picking: bool) -> None:
        italic = QFont(self.font())
        italic.setItalic(True)
        self.blockSignals(True)
        self.clear()
        for entry in entries:
            star = "  ★" if entry.coaching else ""
            row = QListWidgetItem(f"{entry.day.isoformat()}  {entry.title or '…'}{star}")
            if entry.private:
                row.setText(row.text() + "  " + self.tr("(private)"))
                row.setFont(italic)
            row.setData(_ID, entry.id)
            row.setData(_PRIVATE, entry.private)
            if entry.private or picking:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = entry.id in self._ticked
                row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            else:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked)
            self.addItem(row)
        self.blockSignals(False)

    def ticked_ids(self) -> frozenset[int]:
        return frozenset(self._ticked)

    def ticked_private_ids(self) -> frozenset[int]:
        """Private entries on the list the user ticked one by one."""
        rows = (self.item(i) for i in range(self.count()))
        return frozenset(
            row.data(_ID)
            for row in rows
            if row.data(_PRIVATE) and row.checkState() == Qt.CheckState.Checked
        )

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(item.data(_ID))
        else:
            self._ticked.discard(item.data(_ID))
        self.ticks_changed.emit()
