"""Painting milestone rows of the timeline: a quiet band with a marker and the postcard state.

Every other row is handed to the timeline's own delegate; the rows and roles come from
ui/courses/milestones.py.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.summary.labels import long_date
from ui.courses.milestones import (
    MILESTONE_KIND,
    MilestoneRole,
    MilestoneTimelineModel,
    PostcardState,
)
from ui.shell.theme import ACCENT_DARK, ACCENT_LIGHT, is_dark
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.model import TimelineRole

_Index = QModelIndex | QPersistentModelIndex


class MilestoneDelegate(QStyledItemDelegate):
    """Paints milestone rows as a quiet band with a marker; other rows as the timeline does."""

    def __init__(self, *, base: TimelineDelegate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = base

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if index.data(TimelineRole.KIND) != MILESTONE_KIND:
            return self._base.sizeHint(option, index)
        metrics = self._base.metrics(option.font)  # type: ignore[attr-defined]
        return QSize(200, metrics.month_height + metrics.pad)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.data(TimelineRole.KIND) != MILESTONE_KIND:
            self._base.paint(painter, option, index)
            return
        painter.save()
        try:
            self._paint_milestone(painter, option, index)
        finally:
            painter.restore()

    def _paint_milestone(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        metrics = self._base.metrics(option.font)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        dark = is_dark(palette)
        accent = QColor(ACCENT_DARK if dark else ACCENT_LIGHT)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = rect.adjusted(2, metrics.pad // 2, -2, -metrics.pad // 2)
        fill = QColor(accent)
        fill.setAlpha(40 if dark else 22)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            fill.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(band, 6, 6)
        # A diamond marker in the day column, like a milestone on a plan.
        size = metrics.line * 0.55
        centre_x = band.left() + metrics.day_column / 2
        centre_y = band.center().y()
        painter.setBrush(accent)
        painter.translate(centre_x, centre_y)
        painter.rotate(45)
        painter.drawRect(int(-size / 2), int(-size / 2), int(size), int(size))
        painter.resetTransform()

        state = index.data(MilestoneRole.POSTCARD)
        model = index.model()
        # Milestone rows only come from the milestone model (ui/courses/timeline_link.py sets it).
        state_text = model.state_text(state) if isinstance(model, MilestoneTimelineModel) else ""
        small = QFont(metrics.small)
        pill_width = QFontMetrics(small).horizontalAdvance(state_text) + 2 * metrics.pad
        pill = QRect(
            band.right() - pill_width - metrics.pad // 2,
            centre_y - metrics.chip_height // 2,
            pill_width,
            metrics.chip_height,
        )
        if state == PostcardState.DUE:
            painter.setBrush(accent)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(pill, metrics.chip_height / 2, metrics.chip_height / 2)
            painter.setPen(QColor("#ffffff") if not dark else QColor("#102020"))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
        painter.setFont(small)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, state_text)

        day = index.data(TimelineRole.DAY)
        language = index.data(TimelineRole.LANGUAGE) or "en"
        day_text = long_date(day, language) if day else ""  # "24. november 2026"
        text_left = band.left() + metrics.day_column + metrics.pad // 2
        text_rect = QRect(
            text_left, band.top(), pill.left() - text_left - metrics.pad, band.height()
        )
        painter.setFont(metrics.bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        label = f"{day_text} · {index.data(Qt.ItemDataRole.DisplayRole)}"
        elided = QFontMetrics(metrics.bold).elidedText(
            label, Qt.TextElideMode.ElideRight, max(text_rect.width(), 0)
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
