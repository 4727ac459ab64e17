"""The insights' charts painted with QPainter: a grid of counts (a heat map) and weekly bars.

The window's chart widgets (ui/insights/) paint through these functions and keep the areas
they return for clicks and tooltips; the coaching summary paints the same charts into its
PDF and HTML (app/summary/render/insight_charts.py). QtGui only, so the command line can
paint them too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.insights.charts import Bars, Grid

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class ChartStyle:
    """Colours and the font of one surface (the light or dark window, a printed page)."""

    text: QColor
    muted: QColor
    empty: QColor  # a cell without entries
    low: QColor  # the palest filled cell
    high: QColor  # the fullest cell, and the bars
    strong_text: QColor  # a count written on a full cell
    font: QFont

    def shade(self, fraction: float) -> QColor:
        """A cell's fill for `fraction` of the fullest cell (0 < fraction ≤ 1)."""
        # The square root keeps ones and twos visible beside a cell of twenty.
        t = math.sqrt(max(0.0, min(1.0, fraction)))
        low, high = self.low, self.high
        return QColor.fromRgbF(
            low.redF() + (high.redF() - low.redF()) * t,
            low.greenF() + (high.greenF() - low.greenF()) * t,
            low.blueF() + (high.blueF() - low.blueF()) * t,
        )


@dataclass(frozen=True, slots=True)
class _GridLayout:
    label_width: float
    cell_width: float
    cell_height: float
    header: float
    label_every: int


def _line(style: ChartStyle) -> float:
    return QFontMetricsF(style.font).height()


def _grid_layout(grid: Grid, style: ChartStyle, width: float) -> _GridLayout:
    metrics = QFontMetricsF(style.font)
    line = metrics.height()
    widest_row = max((metrics.horizontalAdvance(text) for text in grid.rows), default=0.0)
    label_width = min(width * 0.4, widest_row + line)
    columns = max(1, len(grid.columns))
    cell_width = min((width - label_width) / columns, line * 5.5)
    widest_column = max((metrics.horizontalAdvance(text) for text in grid.columns), default=0.0)
    label_every = max(1, math.ceil((widest_column + line * 0.6) / max(cell_width, 1.0)))
    return _GridLayout(label_width, cell_width, line * 1.55, line * 1.5, label_every)


def grid_height(grid: Grid, style: ChartStyle, width: float) -> float:
    layout = _grid_layout(grid, style, width)
    return layout.header + layout.cell_height * len(grid.rows) + _line(style) * 0.3


def paint_grid(
    painter: QPainter, grid: Grid, style: ChartStyle, rect: QRectF
) -> list[tuple[QRectF, int, int]]:
    """Paint `grid` in `rect`; returns each cell's area with its row and column."""
    layout = _grid_layout(grid, style, rect.width())
    metrics = QFontMetricsF(style.font)
    most = grid.most or 1
    areas: list[tuple[QRectF, int, int]] = []
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(style.font)
    left = rect.left() + layout.label_width
    painter.setPen(style.muted)
    for column, text in enumerate(grid.columns):
        if column % layout.label_every:
            continue
        span = layout.cell_width * layout.label_every
        area = QRectF(left + column * layout.cell_width, rect.top(), span, layout.header)
        align = _CENTRE if layout.label_every == 1 else _LEFT
        painter.drawText(area, align, text)
    pad = max(1.0, layout.cell_height * 0.06)
    for row, (text, counts) in enumerate(zip(grid.rows, grid.counts, strict=True)):
        top = rect.top() + layout.header + row * layout.cell_height
        painter.setPen(style.text)
        label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, layout.label_width - pad * 4)
        painter.drawText(
            QRectF(rect.left(), top, layout.label_width, layout.cell_height), _LEFT, label
        )
        for column, count in enumerate(counts):
            cell = QRectF(
                left + column * layout.cell_width + pad,
                top + pad,
                layout.cell_width - 2 * pad,
                layout.cell_height - 2 * pad,
            )
            fraction = count / most
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.shade(fraction) if count else style.empty)
            painter.drawRoundedRect(cell, pad * 2, pad * 2)
            if count and metrics.horizontalAdvance(str(count)) + pad * 2 <= cell.width():
                painter.setPen(style.strong_text if math.sqrt(fraction) > 0.72 else style.text)
                painter.drawText(cell, _CENTRE, str(count))
            areas.append((cell, row, column))
    painter.restore()
    return areas


def bars_height(style: ChartStyle) -> float:
    return _line(style) * 7.5


def paint_bars(
    painter: QPainter, bars: Bars, style: ChartStyle, rect: QRectF
) -> list[tuple[QRectF, int]]:
    """Paint `bars` in `rect` (labels of the ticks below); returns each step's area."""
    metrics = QFontMetricsF(style.font)
    line = metrics.height()
    most = max(bars.counts, default=0)
    scale_width = metrics.horizontalAdvance(str(max(most, 10))) + line * 0.5
    plot = QRectF(rect.left() + scale_width, rect.top() + line * 0.5, rect.width() - scale_width, 0)
    plot.setBottom(rect.bottom() - line * 1.4)
    areas: list[tuple[QRectF, int]] = []
    painter.save()
    painter.setFont(style.font)
    painter.setPen(style.muted)
    painter.drawText(
        QRectF(rect.left(), plot.top() - line / 2, scale_width - line * 0.3, line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        str(most),
    )
    painter.drawText(
        QRectF(rect.left(), plot.bottom() - line / 2, scale_width - line * 0.3, line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        "0",
    )
    faint = QPen(style.empty, 1)
    painter.setPen(faint)
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    steps = max(1, len(bars.counts))
    step = plot.width() / steps
    gap = step * 0.2 if step >= 4 else 0.0
    for index, count in enumerate(bars.counts):
        x = plot.left() + index * step
        if count:
            height = plot.height() * count / (most or 1)
            painter.fillRect(
                QRectF(x + gap / 2, plot.bottom() - height, max(step - gap, 1.0), height),
                style.high,
            )
        areas.append((QRectF(x, plot.top(), step, plot.height()), index))
    painter.setPen(style.muted)
    shown_until = -math.inf
    for index, text in bars.ticks:
        x = plot.left() + index * step
        if x < shown_until:
            continue  # would overlap the label before it
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.25))
        painter.drawText(QRectF(x, plot.bottom() + line * 0.2, line * 8, line), _LEFT, text)
        shown_until = x + metrics.horizontalAdvance(text) + line * 0.6
    painter.restore()
    return areas
