"""On this day: entries from this date in earlier months and years, grouped by how long ago.

`MemoryList` lists them (a muted line per group, "1 year ago", then one flat button per
entry: its date and first line); the start page shows one, and `OnThisDayStrip` shows one
at the top of the timeline under a one-line header that folds it away. A click opens the
entry. Private entries show as the timeline shows them: this is the owner's own view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.journal.changes import Change, Changes
from app.journal.recall import RecallService
from app.records import EntrySummary, Memory
from ui.timeline.fold_header import FoldHeader

# The most entries a list shows; older ones are counted in a last line. The strip above
# the timeline stays slim with fewer.
MAX_SHOWN = 8
STRIP_SHOWN = 4
_TITLE_CHARS = 70


def msec_until_next_day(now: dt.datetime) -> int:
    """Milliseconds from `now` to a second past the next local midnight."""
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 1))
    return max(1000, int((tomorrow - now).total_seconds() * 1000))


def first_line(title: str, excerpt: str, untitled: str) -> str:
    """An entry's title, or the start of its text, in one line; `untitled` for neither."""
    text = (title.strip() or excerpt.strip()).splitlines()[0] if (title or excerpt).strip() else ""
    if not text:
        return untitled
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1].rstrip() + "…"


def day_text(day: dt.date, language: str) -> str:
    locale = QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
    return locale.toString(day, "d. MMMM yyyy" if language == "da" else "d MMMM yyyy")


def entry_line(entry: EntrySummary, language: str, untitled: str) -> str:
    """An earlier entry in one line: its date, then its first line."""
    line = first_line(entry.title, entry.excerpt, untitled)
    return f"{day_text(entry.day, language)}  ·  {line}"


class EntryLink(QPushButton):
    """One earlier entry as a flat, left-aligned button: its date, then its first line."""

    def __init__(self, entry_id: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.entry_id = entry_id
        self.setObjectName("entryLink")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "QPushButton#entryLink { text-align: left; padding: 3px 6px; border: none;"
            " border-radius: 4px; }"
            "QPushButton#entryLink:hover, QPushButton#entryLink:focus"
            " { background: palette(alternate-base); }"
        )
        self.full_text = text
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        # A long first line must not widen the pane: the text is cut with "…" instead.
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("0000 · …") + 12, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = max(0, self.width() - 14)  # the padding either side
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


class MemoryList(QWidget):
    """Earlier entries in two columns: "1 year ago" (once per group, muted) beside each
    entry's date and first line; `entry_clicked(id)` on a click."""

    entry_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, most: int = MAX_SHOWN) -> None:
        super().__init__(parent)
        self._memories: list[Memory] = []
        self._language = "en"
        self._most = most
        self.links: list[EntryLink] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(0)
        self._grid.setColumnStretch(1, 1)

    def set_memories(self, memories: Sequence[Memory], language: str) -> None:
        self._memories = list(memories)
        self._language = language
        self._rebuild()

    def memories(self) -> list[Memory]:
        return list(self._memories)

    def how_long_ago(self, months_ago: int) -> str:
        """ "1 year ago", "3 months ago", in the window's language."""
        if months_ago % 12 == 0:
            return self.tr("%n year(s) ago", "", months_ago // 12)
        return self.tr("%n month(s) ago", "", months_ago)

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when the deletion comes round
                widget.deleteLater()
        self.links = []
        group: int | None = None
        for row, memory in enumerate(self._memories[: self._most]):
            if memory.months_ago != group:
                group = memory.months_ago
                heading = QLabel(self.how_long_ago(group), self)
                heading.setProperty("muted", True)
                heading.setContentsMargins(6, 0, 0, 0)
                self._grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignVCenter)
            entry = memory.entry
            text = entry_line(entry, self._language, self.tr("Untitled entry"))
            link = EntryLink(entry.id, text, self)
            link.setAccessibleName(f"{self.how_long_ago(memory.months_ago)}: {text}")
            link.clicked.connect(lambda _c=False, i=entry.id: self.entry_clicked.emit(i))
            self.links.append(link)
            self._grid.addWidget(link, row, 1)
        hidden = len(self._memories) - self._most
        if hidden > 0:
            more = QLabel(self.tr("and %n more", "", hidden), self)
            more.setProperty("muted", True)
            more.setContentsMargins(6, 2, 0, 0)
            self._grid.addWidget(more, self._most, 1)


class OnThisDayStrip(QFrame):
    """A slim strip at the top of the timeline: a header that folds a `MemoryList` away.

    It hides itself on a day with nothing to bring back, and reads again after every
    change to the entries (its own subscription), when `refresh()` is called, and just
    after midnight (a window left open overnight shows the new day's memories).
    """

    entry_clicked = Signal(int)
    collapsed_changed = Signal(bool)

    def __init__(self, *, recall: RecallService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onThisDay")
        self._recall = recall
        self._language = "en"
        self._today: dt.date | None = None  # None: the clock's today (tests pin a day)
        #: The local time now; tests move it to cross midnight.
        self.clock: Callable[[], dt.datetime] = dt.datetime.now
        self.toggle = FoldHeader("onThisDayToggle", self)
        self.list = MemoryList(self, most=STRIP_SHOWN)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 4)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.list)
        self.setStyleSheet(
            "QFrame#onThisDay { border-bottom: 1px solid palette(midlight); }"
            "QToolButton#onThisDayToggle { text-align: left; font-weight: 600; padding: 3px;"
            " border: none; background: transparent; }"
        )
        self.toggle.toggled.connect(self._on_toggled)
        self.list.entry_clicked.connect(self.entry_clicked)
        feed = recall.changes
        unsubscribe = feed.subscribe(self._on_changes) if feed is not None else None
        if unsubscribe is not None:
            self.destroyed.connect(lambda *_: unsubscribe())
        self.new_day_timer = QTimer(self)
        self.new_day_timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % of its interval late, over an hour for a day.
        self.new_day_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.new_day_timer.timeout.connect(self._on_new_day)
        self._arm_new_day_timer()
        self.refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self.list.set_memories(self.list.memories(), language)  # the same entries, in words
        self._retranslate()

    def set_today(self, day: dt.date | None) -> None:
        """Show what comes back on `day` instead of today (None: today again)."""
        self._today = day
        self.refresh()

    def is_collapsed(self) -> bool:
        return self.toggle.is_folded()

    def set_collapsed(self, collapsed: bool) -> None:
        self.toggle.set_folded(collapsed)

    def refresh(self) -> None:
        memories = self._recall.on_this_day(self._today or self.clock().date())
        self.list.set_memories(memories, self._language)
        self._retranslate()
        self.setVisible(bool(memories))

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Change.ENTRIES) or changes.whole_journal:
            self.refresh()

    def _arm_new_day_timer(self) -> None:
        self.new_day_timer.start(msec_until_next_day(self.clock()))

    def _on_new_day(self) -> None:
        self._arm_new_day_timer()  # for the next midnight, whatever the timer's drift
        if self._today is None:
            self.refresh()

    def _on_toggled(self, expanded: bool) -> None:
        self.list.setVisible(expanded)
        self.collapsed_changed.emit(not expanded)

    def _retranslate(self) -> None:
        count = len(self.list.memories())
        self.toggle.setText(self.tr("On this day  ·  %n entry(s)", "", count))
        self.toggle.setToolTip(self.tr("Entries from this date in earlier months and years"))
