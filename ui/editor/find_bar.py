"""Find in the open entry: every match marked in its text and answers, stepped through.

The bar sits above the writing area. It takes what the timeline searches for (an entry
opened from a search shows why it was found) and can be typed into. Enter or F3 selects
the next match, Shift+Enter or Shift+F3 the previous one, Escape closes the bar and its
marks. Matches follow the search's own rules (app/search/spans.py): "opgave" marks the
"opgave" inside "kerneopgaven", as the search found it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.search.spans import spans
from app.search.terms import parse
from ui.shell.theme import is_dark

REFRESH_DELAY_MS = 150

# A match: (field, first position, position after it), in the document's positions.
Match = tuple[QTextEdit, int, int]


def _document_positions(text: str, found: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python's offsets (code points) as a QTextDocument's (UTF-16 units): they differ
    after any character outside the Basic Multilingual Plane, such as an emoji."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return list(found)

    def position(offset: int) -> int:
        return len(text[:offset].encode("utf-16-le")) // 2

    return [(position(start), position(end)) for start, end in found]


class FindBar(QWidget):
    """Marks the matches of its text in `fields()`; steps through them in order."""

    # The number of matches changed (after a new text, an edit or another entry).
    matches_changed = Signal(int)

    def __init__(
        self,
        *,
        fields: Callable[[], Sequence[QTextEdit]],
        scroll_area: QScrollArea | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._scroll_area = scroll_area
        self._matches: list[Match] = []
        self._current = -1
        self._watched: weakref.WeakSet[QTextEdit] = weakref.WeakSet()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.label = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.find_edit)
        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.label)
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)

        self.find_edit.textChanged.connect(lambda _text: self._refresh_timer.start())
        self.find_edit.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        # F3 and Shift+F3 wherever the focus is in the editor, as in a browser or an office app.
        owner = parent if parent is not None else self
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._next_key = QShortcut(QKeySequence(Qt.Key.Key_F3), owner, self._f3, context=context)
        self._previous_key = QShortcut(
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3),
            owner,
            self.find_previous,
            context=context,
        )
        self.setVisible(False)
        self._retranslate()

    # ----- public ----------------------------------------------------------------------

    def text(self) -> str:
        return self.find_edit.text()

    def set_text(self, typed: str) -> None:
        """Find `typed` (what the timeline searches for): the bar shows while there is any."""
        if typed != self.find_edit.text():
            self.find_edit.blockSignals(True)
            self.find_edit.setText(typed)
            self.find_edit.blockSignals(False)
        self.setVisible(bool(parse(typed)))
        self.refresh()

    def matches(self) -> list[Match]:
        return list(self._matches)

    def current(self) -> int:
        """The index of the selected match, or -1 before the first step."""
        return self._current

    def refresh(self) -> None:
        """Find again in the fields as they are now (another entry, an edit, new text)."""
        self._refresh_timer.stop()
        terms = parse(self.find_edit.text()) if self.isVisibleTo(self.parentWidget()) else ()
        matches: list[Match] = []
        for field in self._fields():
            if field not in self._watched:
                self._watched.add(field)
                field.textChanged.connect(self._field_edited)
            text = field.toPlainText()
            for start, end in _document_positions(text, spans(text, terms) if terms else []):
                matches.append((field, start, end))
        self._matches = matches
        self._current = -1
        self._mark()
        self._update_count()
        self.matches_changed.emit(len(matches))

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def close_bar(self) -> None:
        """Hide the bar and take its marks away (the timeline's search stays as it is)."""
        self.setVisible(False)
        self.refresh()
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_bar(self) -> None:
        """Show the bar with the focus in its field (F3 with nothing to find yet)."""
        self.setVisible(True)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self.refresh()

    # ----- inside ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._refresh_timer.isActive():
                    self.refresh()
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else +1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._mark()
        super().changeEvent(event)

    def _f3(self) -> None:
        if not self.isVisible():
            self.open_bar()
        else:
            self.find_next()

    def _field_edited(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def _step(self, direction: int) -> None:
        if not self._matches:
            return
        if self._current == -1:
            self._current = 0 if direction > 0 else len(self._matches) - 1
        else:
            self._current = (self._current + direction) % len(self._matches)
        self._mark()
        self._update_count()
        field, start, end = self._matches[self._current]
        cursor = QTextCursor(field.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(cursor)
        self._show(field)

    def _show(self, field: QTextEdit) -> None:
        """Scroll the writing area so the selected match is in view."""
        area = self._scroll_area
        if area is None or not area.widget().isAncestorOf(field):
            field.ensureCursorVisible()
            return
        rect = field.cursorRect()
        centre = field.viewport().mapTo(area.widget(), rect.center())
        area.ensureVisible(centre.x(), centre.y(), 24, rect.height() + 48)

    def _mark(self) -> None:
        dark = is_dark(self.palette())
        every = QTextCharFormat()
        every.setBackground(QColor(190, 140, 20, 150) if dark else QColor(255, 214, 80, 170))
        chosen = QTextCharFormat()
        chosen.setBackground(QColor(230, 120, 20) if dark else QColor(255, 150, 40))
        by_field: dict[int, tuple[QTextEdit, list[QTextEdit.ExtraSelection]]] = {}
        for field in self._fields():
            by_field[id(field)] = (field, [])
        for position, (field, start, end) in enumerate(self._matches):
            if id(field) not in by_field:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(field.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = chosen if position == self._current else every  # type: ignore[attr-defined]
            by_field[id(field)][1].append(selection)
        for field, selections in by_field.values():
            field.setExtraSelections(selections)

    def _update_count(self) -> None:
        total = len(self._matches)
        if not parse(self.find_edit.text()):
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        elif self._current == -1:
            self.count_label.setText(
                self.tr("1 match") if total == 1 else self.tr("%n matches", "", total)
            )
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(total))
            )
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Find in entry:"))
        self.find_edit.setAccessibleName(self.tr("Find in this entry"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._update_count()
