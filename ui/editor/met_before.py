"""You have met this before: under the header, when the open entry carries a dilemma,
paradox or legitimacy tag, the latest earlier entries with the same tag, each with its
date and first line. A click opens one; a header line folds the list away (the window
remembers that in the settings).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.journal.changes import Change, Changes
from app.journal.recall import RECALL_FAMILIES, RecallService
from app.records import EntrySummary, TagRef
from ui.timeline.fold_header import FoldHeader
from ui.timeline.on_this_day import EntryLink, entry_line


class MetBefore(QFrame):
    """Earlier entries sharing the open entry's dilemma, paradox or legitimacy tags."""

    entry_clicked = Signal(int)
    collapsed_changed = Signal(bool)

    def __init__(self, *, recall: RecallService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metBefore")
        self._recall = recall
        self._language = "en"
        self._entries: list[EntrySummary] = []
        self._asked: tuple[tuple[TagRef, ...], dt.date, dt.time, int | None] | None = None
        self.links: list[EntryLink] = []
        self.toggle = FoldHeader("metBeforeToggle", self)
        self._body = QWidget(self)
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self._body)
        self.setStyleSheet(
            "QFrame#metBefore { border: 1px solid palette(midlight); border-radius: 6px; }"
            "QToolButton#metBeforeToggle { font-weight: 600; padding: 3px; border: none;"
            " background: transparent; }"
        )
        self.toggle.toggled.connect(self._on_toggled)
        feed = recall.changes
        if feed is not None:
            unsubscribe = feed.subscribe(self._on_changes)
            self.destroyed.connect(lambda *_: unsubscribe())
        self.setVisible(False)

    # ----- what the editor tells it -----------------------------------------------------

    def show_for(
        self,
        tags: Iterable[TagRef],
        *,
        day: dt.date,
        time: dt.time,
        entry_id: int | None,
    ) -> None:
        """List what came before an entry with `tags` at `day` and `time`."""
        relevant = tuple(sorted(t for t in set(tags) if t.family in RECALL_FAMILIES))
        asked = (relevant, day, time, entry_id)
        if asked == self._asked:
            return
        self._asked = asked
        self._read()

    def set_language(self, language: str) -> None:
        self._language = language
        self._fill()

    def is_collapsed(self) -> bool:
        return self.toggle.is_folded()

    def set_collapsed(self, collapsed: bool) -> None:
        self.toggle.set_folded(collapsed)

    def entries(self) -> list[EntrySummary]:
        return list(self._entries)

    # ----- inside -----------------------------------------------------------------------

    def _read(self) -> None:
        if self._asked is None or not self._asked[0]:
            self._entries = []
        else:
            tags, day, time, entry_id = self._asked
            self._entries = self._recall.met_before(tags, day=day, time=time, entry_id=entry_id)
        self._fill()

    def _fill(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when the deletion comes round
                widget.deleteLater()
        self.links = []
        for entry in self._entries:
            line = entry_line(entry, self._language, self.tr("Untitled entry"))
            link = EntryLink(entry.id, line, self._body)
            link.clicked.connect(lambda _c=False, i=entry.id: self.entry_clicked.emit(i))
            self.links.append(link)
            self._rows.addWidget(link)
        self._retranslate()
        self.setVisible(bool(self._entries))

    def _on_changes(self, changes: Changes) -> None:
        # Another entry saved, trashed or restored may belong in the list now, or not.
        asking = self._asked is not None and bool(self._asked[0])
        if asking and (changes.touches(Change.ENTRIES) or changes.whole_journal):
            self._read()

    def _on_toggled(self, expanded: bool) -> None:
        self._body.setVisible(expanded)
        self.collapsed_changed.emit(not expanded)

    def _retranslate(self) -> None:
        count = len(self._entries)
        self.toggle.setText(self.tr("You have met this before  ·  %n earlier entry(s)", "", count))
        self.toggle.setToolTip(
            self.tr("The latest earlier entries with the same dilemma, paradox or legitimacy tag")
        )
        self.toggle.setAccessibleName(self.toggle.text())
