"""The entry's Day field: a date edit that also takes a whole date typed as text.

Qt's date edit reads typing one section at a time: "3. november 2026" typed into the day
changes only the day, and after two digits the cursor jumps on by itself. Here the first
printable key turns the field into plain text; Enter, Tab or leaving the field reads the
text with `app.dates.parse_date` (Danish and English forms) and sets the date. A lone
number sets the day of the shown month. Text that names no date leaves the date as it
was. Arrow keys, the mouse wheel and the calendar work as before.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QValidator
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QWidget

from app.dates import parse_date

_SHORT = QLocale.FormatType.ShortFormat
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DayEdit(QDateEdit):
    """A QDateEdit whose line edit accepts a whole date typed as free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False
        self.setCalendarPopup(True)
        self.calendarWidget().setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        )
        self._fit_calendar()
        self.dateChanged.connect(self._leave_typing)

    def _fit_calendar(self) -> None:
        """Wide enough for every short day name ("man.", "tirs.", "Wed"), never "m…"."""
        calendar = self.calendarWidget()
        metrics = QFontMetrics(calendar.font())
        widest = max(
            metrics.horizontalAdvance(QLocale(language).dayName(day, _SHORT))
            for language in (QLocale.Language.Danish, QLocale.Language.English)
            for day in range(1, 8)
        )
        # Seven day columns, each with room either side of its name.
        calendar.setMinimumWidth(7 * (widest + 20))

    def setLocale(self, locale: QLocale) -> None:
        super().setLocale(locale)
        self.calendarWidget().setLocale(locale)
        self._fit_calendar()

    def is_typing(self) -> bool:
        """True while the field holds free text not yet read."""
        return self._typing

    # ----- free text ------------------------------------------------------------------

    def validate(self, text: str, pos: int) -> object:
        if self._typing:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._typing:
            if event.key() in _COMMIT_KEYS:
                self.commit_text()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                self._restore_text()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.commit_text()
                super().keyPressEvent(event)
                return
            QApplication.sendEvent(self.lineEdit(), event)
            return
        text = event.text()
        no_command = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if no_command and text and text.isprintable() and not text.isspace():
            self._typing = True
            # Qt's own reading of the field follows the line edit's signals; while free text
            # is typed it must not see it, or it puts its sections back after every key.
            self.lineEdit().blockSignals(True)
            self.lineEdit().setText("")
            QApplication.sendEvent(self.lineEdit(), event)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._typing:
            self.commit_text()
            # Tab leaves the field: no stepping through the day, month and year sections.
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typing:
            self.commit_text()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab arrives as a key press that QDateTimeEdit would use to step to its next section.
        if (
            self._typing
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        return super().event(event)

    def commit_text(self) -> None:
        """Read the typed text; set the date it names, or keep the date as it was."""
        if not self._typing:
            return
        day = self._read(self.lineEdit().text())
        self._typing = False
        if day is not None:
            self.setDate(QDate(day.year, day.month, day.day))
        self._restore_text()

    def discard_text(self) -> None:
        """Drop typed text not yet read (another entry is being loaded)."""
        if self._typing:
            self._restore_text()

    def _read(self, text: str) -> dt.date | None:
        day = parse_date(text)
        if day is not None:
            return day
        number = text.strip().rstrip(".")
        if number.isdigit():
            shown = self.date().toPython()
            try:
                return shown.replace(day=int(number))
            except ValueError:
                return None
        return None

    def _restore_text(self) -> None:
        self._typing = False
        self.lineEdit().blockSignals(False)
        # Through the validator again, so Qt's own reading of the field stays in step.
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))

    def _leave_typing(self) -> None:
        if self._typing:
            self._restore_text()
