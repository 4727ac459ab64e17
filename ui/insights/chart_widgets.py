"""Chart widgets of the Insights view: a grid of counts and weekly bars, painted by
app/insights/paint.py in the window's light or dark colours, each cell or bar clickable.

A widget only paints and reports which cell or bar was clicked; the view knows which
entries lie behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.insights.charts import Bars, Grid
from app.insights.paint import (
    ChartStyle,
    bars_height,
    grid_height,
    paint_bars,
    paint_grid,
)
from ui.shell.theme import ACCENT_DARK, ACCENT_LIGHT, is_dark


def window_style(widget: QWidget) -> ChartStyle:
    """The charts' colours in the window's light or dark scheme."""
    palette = widget.palette()
    dark = is_dark(palette)
    return ChartStyle(
        text=palette.color(QPalette.ColorRole.WindowText),
        muted=QColor("#a9a9a4" if dark else "#5f5f5a"),
        empty=QColor("#34373a" if dark else "#ecebe7"),
        low=QColor("#2c4a4c" if dark else "#d9eaea"),
        high=QColor(ACCENT_DARK if dark else ACCENT_LIGHT),
        strong_text=QColor("#101010" if dark else "#ffffff"),
        font=widget.font(),
    )


class _Chart(QWidget):
    """Hit areas, a pointing hand over counts, tooltips; subclasses paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tooltip: Callable[[int, int], str] = lambda _row, _column: ""
        self._areas: list[tuple[QRectF, int, int]] = []

    def set_tooltip(self, tooltip: Callable[[int, int], str]) -> None:
        self._tooltip = tooltip

    def hit(self, point: QPoint) -> tuple[int, int] | None:
        for area, row, column in self._areas:
            if area.contains(point.toPointF()) and self.count_at(row, column):
                return row, column
        return None

    def area_of(self, row: int, column: int) -> QRectF:
        """Where the cell or bar is painted (tests click its centre)."""
        for area, r, c in self._areas:
            if (r, c) == (row, column):
                return area
        raise KeyError((row, column))

    def count_at(self, row: int, column: int) -> int:
        raise NotImplementedError

    def clicked(self, row: int, column: int) -> None:
        raise NotImplementedError

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        shape = (
            Qt.CursorShape.PointingHandCursor
            if self.hit(event.position().toPoint())
            else (Qt.CursorShape.ArrowCursor)
        )
        self.setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and found is not None:
            self.clicked(*found)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hit(event.pos())
            text = self._tooltip(*found) if found else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._fit()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def _fit(self) -> None:
        raise NotImplementedError


class GridChart(_Chart):
    """A heat map of counts; `cell_clicked(row, column)` for a cell with entries."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = Grid((), (), ())

    def set_grid(self, grid: Grid) -> None:
        self._grid = grid
        self._fit()
        self.update()

    def grid(self) -> Grid:
        return self._grid

    def count_at(self, row: int, column: int) -> int:
        return self._grid.counts[row][column]

    def clicked(self, row: int, column: int) -> None:
        self.cell_clicked.emit(row, column)

    def _fit(self) -> None:
        height = round(grid_height(self._grid, window_style(self), max(self.width(), 200)))
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._areas = paint_grid(painter, self._grid, window_style(self), QRectF(self.rect()))
        finally:
            painter.end()


class BarChart(_Chart):
    """Bars, one per week; `bar_clicked(index)` for a week with entries."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars = Bars(())

    def set_bars(self, bars: Bars) -> None:
        self._bars = bars
        self.update()

    def bars(self) -> Bars:
        return self._bars

    def count_at(self, row: int, column: int) -> int:
        return self._bars.counts[column]

    def clicked(self, row: int, column: int) -> None:
        self.bar_clicked.emit(column)

    def _fit(self) -> None:
        self.setFixedHeight(round(bars_height(window_style(self))))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            areas = paint_bars(painter, self._bars, window_style(self), QRectF(self.rect()))
            self._areas = [(area, 0, index) for area, index in areas]
        finally:
            painter.end()
