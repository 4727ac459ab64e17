"""The page an empty journal opens on: what Refleks is for, and three ways to begin.

A journal with entries opens on it too when no entry is left open and something comes
back on this day: then it welcomes back, lists those entries (one click opens one) and
offers the same three ways to begin.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.records import Memory
from ui.timeline.on_this_day import MemoryList
from ui.window.actions import line_icon

# What each button starts: a template key, or "" for a blank free entry.
FREE = ""
POSTCARD = "postcard"
DILEMMA = "dilemma"
ICONS = {FREE: "pencil", POSTCARD: "postcard", DILEMMA: "fork"}


COLUMN_WIDTH = 540  # a fixed measure keeps the paragraphs at a readable line length
CHOICE_PADDING = 12  # breathing room in a start button, above and below its two lines
CHOICE_MIN_HEIGHT = 56


class _Column(QWidget):
    """The page's centred column: fixed width, and as tall as its wrapped text needs there.

    Its wrapped labels (and the postcard suggestion course mode puts in it) need more
    height at this width than the page's layout hands out by their hints, which cut the
    suggestion's last line off; a minimum height that follows the contents prevents that.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFixedWidth(COLUMN_WIDTH)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # Its contents changed (a suggestion shown, another language): be that tall.
            layout = self.layout()
            if layout is not None:
                self.setMinimumHeight(layout.totalHeightForWidth(COLUMN_WIDTH))
        return handled


class StartPage(QWidget):
    """Welcome text and one button each for a free entry, a postcard and a dilemma."""

    entry_requested = Signal(str)  # a template key, or "" for a free entry
    entry_clicked = Signal(int)  # an entry from this day in earlier years, to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._title = QLabel(objectName="startTitle")
        self._lead = QLabel(objectName="startLead", wordWrap=True)
        self._body = QLabel(wordWrap=True)
        self._note = QLabel(objectName="startNote", wordWrap=True)
        for label in (self._lead, self._body, self._note):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._memories_title = QLabel(objectName="startMemoriesTitle")
        self._memories_title.setStyleSheet("font-weight: 600;")
        self.memories = MemoryList()
        self.memories.entry_clicked.connect(self.entry_clicked)
        self._returning = False
        self.buttons: dict[str, QCommandLinkButton] = {}
        column = _Column()
        layout = QVBoxLayout(column)
        self._column_layout = layout
        layout.setSpacing(14)
        layout.addWidget(self._title)
        layout.addWidget(self._lead)
        layout.addWidget(self._body)
        layout.addWidget(self._memories_title)
        layout.addWidget(self.memories)
        layout.addSpacing(10)
        for key in (FREE, POSTCARD, DILEMMA):
            button = QCommandLinkButton(objectName="startChoice")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setIconSize(QSize(28, 28))
            button.clicked.connect(lambda _checked=False, k=key: self.entry_requested.emit(k))
            self.buttons[key] = button
            layout.addWidget(button)
        layout.addSpacing(10)
        layout.addWidget(self._note)
        # On a short screen (a laptop at 1366×768 with a postcard suggestion showing) the
        # page scrolls rather than cutting text off; when it fits, no scroll bar shows.
        page = QWidget(objectName="startPageContent")
        inner = QVBoxLayout(page)
        inner.setContentsMargins(32, 32, 32, 32)
        inner.addStretch(1)
        inner.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addStretch(2)
        scroll = QScrollArea(objectName="startPageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        scroll.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._draw_icons()
        self.set_memories([], "en")

    def set_memories(self, memories: Sequence[Memory], language: str) -> None:
        """Entries from this date in earlier months and years; with any, the page welcomes
        back instead of introducing Refleks."""
        self.memories.set_memories(memories, language)
        self._returning = bool(memories)
        for widget in (self._memories_title, self.memories):
            widget.setVisible(self._returning)
        for widget in (self._lead, self._body):
            widget.setVisible(not self._returning)
        self.retranslate()

    def focus_first(self) -> None:
        self.buttons[FREE].setFocus(Qt.FocusReason.OtherFocusReason)

    def add_suggestion(self, widget: QWidget) -> None:
        """Show `widget` (course mode's postcard suggestion) above the buttons, in the
        centred column; it shows and hides itself."""
        layout = self._column_layout
        layout.insertWidget(layout.indexOf(self.buttons[FREE]), widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._draw_icons()
        super().changeEvent(event)

    def _draw_icons(self) -> None:
        colour = QApplication.palette().color(QPalette.ColorRole.Highlight)
        for key, button in self.buttons.items():
            button.setIcon(line_icon(ICONS[key], colour, 28))

    def retranslate(self) -> None:
        if self._returning:
            self._title.setText(self.tr("Welcome back"))
        else:
            self._title.setText(self.tr("Welcome to Refleks"))
        self._memories_title.setText(self.tr("On this day in earlier months and years"))
        self._lead.setText(
            self.tr(
                "A private journal for reflecting on your leadership: a few minutes after a "
                "hard meeting, at the end of a course module, or before a coaching session."
            )
        )
        self._body.setText(
            self.tr(
                "Write freely, or let the course's questions guide you. Tag what you write with "
                "the dilemmas, paradoxes and forms of legitimacy it touched, and read back over "
                "months to see what keeps coming up."
            )
        )
        texts = {
            FREE: (
                self.tr("Write a free entry"),
                self.tr("A blank page for whatever is on your mind"),
            ),
            POSTCARD: (
                self.tr("Write a postcard"),
                self.tr("The course's five postcard questions, one at a time"),
            ),
            DILEMMA: (
                self.tr("Reflect on a dilemma"),
                self.tr("Pick a dilemma of network leadership and think it through"),
            ),
        }
        for key, (title, hint) in texts.items():
            button = self.buttons[key]
            button.setText(title)
            button.setDescription(hint)
            button.setAccessibleName(title)
            button.setAccessibleDescription(hint)
        # One height for the three, enough for the longest text at the column's width (each
        # button's own estimate assumes a narrower button and differs from the next).
        height = max(b.heightForWidth(COLUMN_WIDTH) for b in self.buttons.values())
        for button in self.buttons.values():
            button.setFixedHeight(max(height + CHOICE_PADDING, CHOICE_MIN_HEIGHT))
        self._note.setText(
            self.tr(
                "Everything stays on this computer and saves as you type. "
                "Ctrl+N starts a new entry at any time."
            )
        )
