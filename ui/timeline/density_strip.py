"""The density strip above the timeline: entries per week, coloured by the week's family.

Each bar is a week (or a few weeks, when years of entries share a narrow strip), oldest on
the left. Clicking a bar asks the panel to jump to that week. Milestones (course module
dates) are drawn as small marks on the strip.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.journal.timeline_stats import WeekDensity, dominant_family
from ui.shell.theme import family_colour, is_dark

MIN_BAR_WIDTH = 3  # pixels; narrower bars are merged into groups of weeks


def _last_day(week: WeekDensity) -> dt.date:
    """The Sunday of `week`, or the calendar's last day for its last week.

    9999-12-31 is a Friday: `week.end` would overflow there, and stored journals may hold
    days that late (imported or typed before days were checked).
    """
    return week.start + dt.timedelta(days=min(6, (dt.date.max - week.start).days))


class DensityStrip(QWidget):
    """A bar per week; `week_clicked(first_day, last_day)` when the user picks one."""

    week_clicked = Signal(object, object)  # dt.date, dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekDensity] = []
        self._milestones: list[tuple[dt.date, str]] = []
        self._selected: int | None = None  # bar index chosen with the keyboard
        self._in_view: tuple[dt.date, dt.date] | None = None  # days the list shows now
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._retranslate()

    # ----- public ----------------------------------------------------------------------

    def set_weeks(self, weeks: list[WeekDensity]) -> None:
        self._weeks = list(weeks)
        self._selected = None
        self.update()

    def set_families(self, families: dict[dt.date, str]) -> None:
        """Colour each week by the family that dominated it (keyed by its Monday)."""
        self._weeks = [replace(week, family=families.get(week.start)) for week in self._weeks]
        self.update()

    def weeks(self) -> list[WeekDensity]:
        return list(self._weeks)

    def set_milestones(self, milestones: list[tuple[dt.date, str]]) -> None:
        """Mark days (e.g. course module dates) with a label shown as a tooltip."""
        self._milestones = sorted(milestones)
        self.update()

    def milestones(self) -> list[tuple[dt.date, str]]:
        return list(self._milestones)

    def set_days_in_view(self, oldest: dt.date | None, newest: dt.date | None) -> None:
        """Shade the stretch of time the list shows, so the strip says where you are."""
        span = (oldest, newest) if oldest is not None and newest is not None else None
        if span != self._in_view:
            self._in_view = span
            self.update()

    def days_in_view(self) -> tuple[dt.date, dt.date] | None:
        return self._in_view

    def bars(self) -> list[tuple[QRect, WeekDensity]]:
        """Each bar's rectangle and the weeks it stands for, merged into one value."""
        if not self._weeks:
            return []
        area = self._area()
        group = max(1, -(-len(self._weeks) * MIN_BAR_WIDTH // max(area.width(), 1)))
        groups = [self._weeks[i : i + group] for i in range(0, len(self._weeks), group)]
        width = area.width() / len(groups)
        result: list[tuple[QRect, WeekDensity]] = []
        for position, weeks in enumerate(groups):
            families: dict[str, int] = {}
            for week in weeks:
                if week.family is not None:
                    families[week.family] = families.get(week.family, 0) + week.count
            merged = WeekDensity(
                weeks[0].start, sum(w.count for w in weeks), dominant_family(families)
            )
            left = area.left() + round(position * width)
            right = area.left() + round((position + 1) * width)
            # The clickable column is the whole height; paintEvent draws the bar in it.
            result.append((QRect(left, area.top(), max(right - left, 1), area.height()), merged))
        return result

    def click_bar(self, position: int) -> None:
        """Act as if bar number `position` was clicked (used by keys and tests)."""
        bars = self.bars()
        if not 0 <= position < len(bars):
            return
        first, last = self._days_of(bars, position)
        self.week_clicked.emit(first, last)

    # ----- Qt --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 2 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.fontMetrics().height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        palette = self.palette()
        dark = is_dark(palette)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        area = self._area()
        baseline = QColor(palette.color(QPalette.ColorRole.WindowText))
        baseline.setAlphaF(0.15)
        painter.fillRect(QRect(area.left(), area.bottom(), area.width(), 1), baseline)
        bars = self.bars()
        self._paint_in_view(painter, area, palette)
        peak = max((week.count for _, week in bars), default=0) or 1
        for position, (column, week) in enumerate(bars):
            if not week.count:
                continue
            height = max(round(area.height() * week.count / peak), 2)
            colour = self._bar_colour(week.family, dark, palette)
            bar = QRect(column.left(), area.bottom() - height + 1, column.width(), height)
            if column.width() > 3:
                bar.adjust(0, 0, -1, 0)  # a hairline between wide bars
            painter.fillRect(bar, colour)
            if position == self._selected:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(column.adjusted(0, 0, -1, -1))
        self._paint_milestones(painter, area, palette)
        if self.hasFocus() and self._selected is None and bars:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self._bar_at(event.position().toPoint())
        if position is not None and event.button() == Qt.MouseButton.LeftButton:
            self._selected = position
            self.update()
            self.click_bar(position)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        position = self._bar_at(point)
        if position is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self._describe(position), self)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bars = self.bars()
        if not bars:
            super().keyPressEvent(event)
            return
        current = self._selected if self._selected is not None else len(bars) - 1
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self._selected = min(max(current + step, 0), len(bars) - 1)
            self.setAccessibleDescription(self._describe(self._selected))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._selected = current
            self.click_bar(current)
        else:
            super().keyPressEvent(event)

    # ----- helpers ---------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Entries per week"))
        self.setToolTip("")
        self.setWhatsThis(
            self.tr("Entries per week, oldest on the left. Click a week to jump to it.")
        )

    def _area(self) -> QRect:
        return self.rect().adjusted(4, 4, -4, -4)

    def _bar_at(self, point: QPoint) -> int | None:
        for position, (column, _) in enumerate(self.bars()):
            if column.contains(point):
                return position
        return None

    def _days_of(
        self, bars: list[tuple[QRect, WeekDensity]], position: int
    ) -> tuple[dt.date, dt.date]:
        """The first and last day a bar stands for (several weeks when bars are merged)."""
        first = bars[position][1].start
        if position + 1 < len(bars):
            return first, bars[position + 1][1].start - dt.timedelta(days=1)
        return first, _last_day(self._weeks[-1])

    def _describe(self, position: int) -> str:
        bars = self.bars()
        first, last = self._days_of(bars, position)
        count = bars[position][1].count
        locale = self.locale()
        short = QLocale.FormatType.ShortFormat
        span = f"{locale.toString(first, short)} – {locale.toString(last, short)}"
        entries = self.tr("1 entry") if count == 1 else self.tr("%n entries", "", count)
        lines = [entries, span]
        lines.extend(label for day, label in self._milestones if first <= day <= last)
        return "\n".join(lines)

    @staticmethod
    def _bar_colour(family: str | None, dark: bool, palette: QPalette) -> QColor:
        if family is None:
            colour = QColor(palette.color(QPalette.ColorRole.WindowText))
            colour.setAlphaF(0.35)
            return colour
        # Chip fills are pale; a bar needs the same hue with more weight to be seen.
        chip = family_colour(family, dark)
        return QColor.fromHslF(max(chip.hslHueF(), 0.0), 0.45, 0.62 if dark else 0.52, 1.0)

    def _span_days(self) -> int:
        """How many days the strip covers, from the first week's Monday."""
        return (_last_day(self._weeks[-1]) - self._weeks[0].start).days + 1

    def _x_of(self, day: dt.date, area: QRect, *, after: bool = False) -> float:
        """Where `day` starts on the strip (where it ends with `after`), in pixels."""
        offset = (day - self._weeks[0].start).days + (1 if after else 0)
        return area.left() + area.width() * offset / self._span_days()

    def _paint_in_view(self, painter: QPainter, area: QRect, palette: QPalette) -> None:
        if self._in_view is None or not self._weeks:
            return
        oldest, newest = self._in_view
        left = self._x_of(oldest, area)
        right = self._x_of(newest, area, after=True)  # no day after 9999-12-31 to add
        band = QRect(round(left), area.top(), max(round(right - left), 2), area.height())
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlphaF(0.16)
        painter.fillRect(band, shade)

    def _paint_milestones(self, painter: QPainter, area: QRect, palette: QPalette) -> None:
        if not self._milestones or not self._weeks:
            return
        first = self._weeks[0].start
        days = self._span_days()
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        for day, _label in self._milestones:
            offset = (day - first).days
            if not 0 <= offset < days:
                continue
            x = area.left() + round(area.width() * (offset + 0.5) / days)
            painter.drawLine(x, area.top(), x, area.bottom())
            painter.drawEllipse(QPoint(x, area.top() + 2), 2, 2)
