"""Painting timeline rows: month headers and entry cards with day, title, chips and excerpt.

Part of the timeline model (ui/timeline/model.py), kept in its own file for size. Row
heights depend only on the font and the row kind, never on the content, so the view can
lay out ten thousand rows without measuring any of them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.shell.theme import family_colour, family_text_colour, is_dark
from ui.timeline.highlight import match_colour, paint_matches, terms_of
from ui.timeline.model import RowKind, TimelineModel, TimelineRole

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Metrics:
    """Fonts and sizes for one base font; computed once, reused for every row."""

    base: QFont
    bold: QFont
    small: QFont
    day: QFont
    pad: int
    day_column: int
    line: int
    title_line: int
    chip_height: int
    entry_height: int
    month_height: int

    @classmethod
    def of(cls, font: QFont) -> _Metrics:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        day = QFont(font)
        day.setPointSizeF(font.pointSizeF() * 1.5)
        day.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(font).height()
        pad = max(round(line * 0.5), 4)
        title_line = QFontMetrics(bold).height()
        chip_height = QFontMetrics(small).height() + 4
        day_column = max(
            QFontMetrics(day).horizontalAdvance("00")
            + QFontMetrics(small).horizontalAdvance("MMM") // 2,
            QFontMetrics(small).horizontalAdvance("00:00") + 2,  # the time under the weekday
        )
        entry_height = pad + title_line + pad // 2 + chip_height + pad // 2 + 2 * line + pad
        month_height = QFontMetrics(bold).height() + 2 * pad
        return cls(
            base=QFont(font),  # a copy: the option that lent `font` dies after painting
            bold=bold,
            small=small,
            day=day,
            pad=pad,
            day_column=day_column + pad,
            line=line,
            title_line=title_line,
            chip_height=chip_height,
            entry_height=entry_height,
            month_height=month_height,
        )


def _muted(palette: QPalette) -> QColor:
    """Secondary text: the text colour mixed towards the background, still easy to read.

    (Placeholder grey is too faint for two lines of excerpt on a bright screen.)
    """
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    mix = 0.62

    def blend(a: int, b: int) -> int:
        return round(a * mix + b * (1 - mix))

    return QColor(
        blend(text.red(), base.red()),
        blend(text.green(), base.green()),
        blend(text.blue(), base.blue()),
    )


def _advance(font: QFont, text: str) -> int:
    """Width of `text`, rounded up: eliding to a rounded-down width would cut it."""
    return math.ceil(QFontMetricsF(font).horizontalAdvance(text)) + 1


def fit_chips(
    needed: list[int], *, room: int, gap: int, counter: Callable[[int], int], shortest: int
) -> tuple[list[int], int]:
    """Widths of the chips that fit in `room`, and how many are left over for a "+N".

    A chip may be shortened (its label elided) but never below `shortest`; the chips that
    do not fit are counted, and the counter's own width is kept free when there are some.
    """
    widths: list[int] = []
    used = 0
    for position, want in enumerate(needed):
        left_after = len(needed) - position - 1
        reserve = counter(left_after) + gap if left_after else 0
        available = room - used - reserve
        width = min(want, available)
        if width < want and width < shortest:
            return widths, len(needed) - position
        widths.append(width)
        used += width + gap
    return widths, 0


def _two_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` wrapped into at most two lines of `width`, the second elided if cut."""
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while len(lines) < 2:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    result = [text[start : start + length].rstrip() for start, length in lines]
    if len(lines) == 2 and sum(lines[1]) < len(text):
        rest = text[lines[1][0] :]
        result[1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return result


class TimelineDelegate(QStyledItemDelegate):
    """Draws the rows of a TimelineModel; every entry row has the same height."""

    def __init__(self, model: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._metrics: _Metrics | None = None
        self._sizes: tuple[QSize, QSize] = (QSize(), QSize())  # by RowKind

    def metrics(self, font: QFont) -> _Metrics:
        """Metrics for the view's font, measured once; `forget_metrics` after a font change."""
        if self._metrics is None:
            self._metrics = _Metrics.of(font)
            self._sizes = (
                QSize(200, self._metrics.month_height),
                QSize(200, self._metrics.entry_height),
            )
        return self._metrics

    def forget_metrics(self) -> None:
        self._metrics = None

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Called for every row whenever the view lays out: no font work, no data() call.
        if self._metrics is None:
            self.metrics(option.font)  # type: ignore[attr-defined]
        if index.model() is self._model:
            return self._sizes[self._model.kind_at(index.row())]
        # Through a proxy (e.g. course milestones between the rows): ask the row itself.
        kind = index.data(TimelineRole.KIND)
        return self._sizes[RowKind.ENTRY if kind == RowKind.ENTRY else RowKind.MONTH]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        metrics = self.metrics(option.font)  # type: ignore[attr-defined]
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if index.data(TimelineRole.KIND) == RowKind.ENTRY:
                self._paint_entry(painter, option, index, metrics)
            else:
                self._paint_month(painter, option, index, metrics)
        finally:
            painter.restore()

    # ----- month header ----------------------------------------------------------------

    def _paint_month(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, m: _Metrics
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        # Headers are not enabled items, so the option carries the disabled colours; a
        # heading should read as strongly as the entries under it.
        active = QPalette.ColorGroup.Active
        painter.fillRect(rect, palette.color(active, QPalette.ColorRole.Window))
        text_rect = rect.adjusted(m.pad, m.pad, -m.pad, -m.pad // 2)
        painter.setFont(m.bold)
        painter.setPen(palette.color(active, QPalette.ColorRole.WindowText))
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), label
        )

    # ----- entry -----------------------------------------------------------------------

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, m: _Metrics
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        dark = is_dark(palette)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect, base)
        if state & QStyle.StateFlag.State_Selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlphaF(0.28 if dark else 0.16)
            painter.fillRect(rect, fill)
            bar = QRect(rect.left(), rect.top(), max(m.pad // 2, 3), rect.height())
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
        elif state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlphaF(0.07)
            painter.fillRect(rect, hover)
        separator = QColor(palette.color(QPalette.ColorRole.WindowText))
        separator.setAlphaF(0.08)
        painter.fillRect(
            QRect(rect.left() + m.pad, rect.bottom(), rect.width() - 2 * m.pad, 1), separator
        )

        text = palette.color(QPalette.ColorRole.Text)
        muted = _muted(palette)
        day: dt.date = index.data(TimelineRole.DAY)
        language = str(index.data(TimelineRole.LANGUAGE) or "en")
        clock: dt.time = index.data(TimelineRole.SUMMARY).time
        self._paint_day(painter, rect, day, language, m, text, muted, clock)

        left = rect.left() + m.pad + m.day_column
        right = rect.right() - m.pad
        top = rect.top() + m.pad
        summary = index.data(TimelineRole.SUMMARY)

        # Marks first, so the title knows how much room is left.
        painter.setFont(m.small)
        marks_left = right
        for shown, label in (
            (summary.coaching, self.tr("Coaching")),
            (summary.private, self.tr("Private")),
        ):
            if shown:
                marks_left = (
                    self._paint_mark(painter, label, marks_left, top, m, palette) - m.pad // 2
                )

        painter.setFont(m.bold)
        painter.setPen(text)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_width = marks_left - left - m.pad // 2
        elided = QFontMetrics(m.bold).elidedText(title, Qt.TextElideMode.ElideRight, title_width)
        where = self._model.current_filter()
        terms = terms_of(where.text)  # what was searched for is marked where it shows
        marker = match_colour(palette, dark)
        paint_matches(painter, m.bold, elided, left, top, m.title_line, terms, marker)
        painter.drawText(
            QRect(left, top, title_width, m.title_line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided,
        )

        chips_top = top + m.title_line + m.pad // 2
        x = left
        template = str(index.data(TimelineRole.TEMPLATE_NAME) or "")
        if where.ranked():  # best match first, without month headers: say when
            locale = QLocale(language)
            month = locale.monthName(day.month, QLocale.FormatType.ShortFormat).rstrip(".")
            template = " · ".join(part for part in (f"{month} {day.year}", template) if part)
        painter.setFont(m.small)
        if template:
            painter.setPen(muted)
            width = min(_advance(m.small, template), (right - left) // 2)
            shown = QFontMetrics(m.small).elidedText(template, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRect(x, chips_top, width, m.chip_height), int(Qt.AlignmentFlag.AlignVCenter), shown
            )
            x += width + m.pad
        chips = index.data(TimelineRole.TAG_CHIPS) or ()
        self._paint_chips(painter, chips, x, right, chips_top, m, dark, muted)

        excerpt = str(index.data(TimelineRole.EXCERPT) or "")
        painter.setFont(m.base)
        painter.setPen(muted)
        line_top = chips_top + m.chip_height + m.pad // 2
        if not template and not chips:
            line_top = chips_top  # no empty band between the title and its text
        for line in _two_lines(excerpt, m.base, right - left):
            paint_matches(painter, m.base, line, left, line_top, m.line, terms, marker)
            painter.drawText(
                QRect(left, line_top, right - left, m.line),
                int(Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            line_top += m.line

    def _paint_day(
        self,
        painter: QPainter,
        rect: QRect,
        day: dt.date,
        language: str,
        m: _Metrics,
        text: QColor,
        muted: QColor,
        clock: dt.time | None = None,
    ) -> None:
        column = QRect(rect.left() + m.pad, rect.top() + m.pad, m.day_column - m.pad, rect.height())
        painter.setFont(m.day)
        painter.setPen(text)
        day_height = QFontMetrics(m.day).height()
        painter.drawText(
            QRect(column.left(), column.top(), column.width(), day_height),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            str(day.day),
        )
        painter.setFont(m.small)
        painter.setPen(muted)
        weekday = QLocale(language).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        painter.drawText(
            QRect(column.left(), column.top() + day_height, column.width(), m.line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            weekday.rstrip("."),
        )
        if clock is not None:  # the time of day, local, under the weekday
            painter.drawText(
                QRect(column.left(), column.top() + day_height + m.line, column.width(), m.line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{clock.hour:02d}:{clock.minute:02d}",
            )

    def _paint_mark(
        self, painter: QPainter, label: str, right: int, top: int, m: _Metrics, palette: QPalette
    ) -> int:
        """A small outlined pill ending at `right`; returns its left edge."""
        width = QFontMetrics(m.small).horizontalAdvance(label) + m.pad
        pill = QRect(right - width, top + (m.title_line - m.chip_height) // 2, width, m.chip_height)
        outline = QColor(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), m.chip_height / 2, m.chip_height / 2)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
        return pill.left()

    def _paint_chips(
        self,
        painter: QPainter,
        chips: tuple[tuple[str, str], ...],
        left: int,
        right: int,
        top: int,
        m: _Metrics,
        dark: bool,
        muted: QColor,
    ) -> None:
        fm = QFontMetrics(m.small)
        gap = m.pad // 2
        needed = [_advance(m.small, label) + m.pad for label, _ in chips]
        widths, hidden = fit_chips(
            needed,
            room=right - left,
            gap=gap,
            counter=lambda n: fm.horizontalAdvance(f"+{n}") + m.pad,
            shortest=fm.horizontalAdvance("Mmmm…") + m.pad,
        )
        x = left
        for (label, family), width in zip(chips, widths, strict=False):
            chip = QRect(x, top, width, m.chip_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(family_colour(family, dark))
            painter.drawRoundedRect(chip, m.chip_height / 2, m.chip_height / 2)
            painter.setPen(family_text_colour(family, dark))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, width - m.pad)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + gap
        if hidden:
            painter.setPen(muted)
            painter.drawText(
                QRect(x, top, right - x, m.chip_height),
                int(Qt.AlignmentFlag.AlignVCenter),
                f"+{hidden}",
            )
