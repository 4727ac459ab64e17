"""A month calendar to jump to a date: days with entries are bold with a dot under them.

The counts come from one aggregate per shown month (`RecallService.days_with_entries`,
for the timeline's filter, so a marked day is one the list can show). Choosing a day
asks the timeline to scroll to that day's entries (`TimelinePanel.jump_to_days`). It
opens from the calendar button beside the week strip, or View ▸ Go to Date….
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
)
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget

from app.journal.recall import RecallService
from app.records import TimelineFilter
from ui.shell.theme import ACCENT_DARK, ACCENT_LIGHT, is_dark


def go_to_date(window: object) -> None:
    """View ▸ Go to Date…: the timeline's calendar, for a main window."""
    window.timeline.open_calendar()  # type: ignore[attr-defined]


_SHORT = QLocale.FormatType.ShortFormat


class MonthCalendar(QCalendarWidget):
    """A QCalendarWidget whose days with matching entries are bold and dotted."""

    def __init__(
        self,
        *,
        recall: RecallService,
        where: Callable[[], TimelineFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._recall = recall
        self._where = where
        self._counts: dict[dt.date, int] = {}
        self.setObjectName("monthCalendar")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        # Room for every short day name ("tirs.", "Wed") and a dot under each number.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            metrics.horizontalAdvance(QLocale(language).dayName(day, _SHORT))
            for language in (QLocale.Language.Danish, QLocale.Language.English)
            for day in range(1, 8)
        )
        self.setMinimumSize(7 * (widest + 16), 18 * metrics.height())
        self.currentPageChanged.connect(lambda _year, _month: self.read_counts())
        self.read_counts()

    def counts(self) -> dict[dt.date, int]:
        """Entries per day of the shown month (days without any left out)."""
        return dict(self._counts)

    def read_counts(self) -> None:
        self._counts = self._recall.days_with_entries(
            self.yearShown(), self.monthShown(), self._where()
        )
        self.setDateTextFormat(QDate(), QTextCharFormat())  # no marks from another month
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for day in self._counts:
            self.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        if date.toPython() not in self._counts:
            return
        colour = QColor(ACCENT_DARK if is_dark(self.palette()) else ACCENT_LIGHT)
        if date == self.selectedDate():
            colour = self.palette().color(QPalette.ColorRole.HighlightedText)
        radius = max(2, rect.height() // 10)
        centre = QPoint(rect.center().x(), rect.bottom() - radius - 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        painter.restore()


class CalendarPopup(QFrame):
    """The month calendar in a popup; `day_chosen(date)` on a click or Enter, then it closes."""

    day_chosen = Signal(object)  # dt.date

    def __init__(
        self,
        *,
        recall: RecallService,
        where: Callable[[], TimelineFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = MonthCalendar(recall=recall, where=where, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def show_at(self, point: QPoint, day: dt.date, language: str) -> None:
        """Show the month of `day` with its marks, its top-left corner at `point`."""
        locale = QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
        self.calendar.setLocale(locale)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.read_counts()
        self.calendar.setAccessibleName(self.tr("Go to date"))
        self.adjustSize()
        self.move(point)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _choose(self, date: QDate) -> None:
        self.close()
        self.day_chosen.emit(date.toPython())
