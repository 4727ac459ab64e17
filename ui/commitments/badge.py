"""The toolbar's Commitments button: the number of open commitments in a small pill.

The pill is painted after the button's text, in the window's accent colour, or a warm
amber while any of them is past its date (calm, never red); none shows at 0. The button
shows and hides the commitments pane: it is the twin of the pane's action (View ▸
Commitments), a widget of its own so the count is never reset by the action registry's
retranslation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolButton, QWidget

from ui.commitments.open_commitments import OpenCommitments
from ui.shell.theme import is_dark
from ui.window.actions import line_icon

ICON_SIZE = 20
PASSED_LIGHT = "#b7791f"  # amber: noticed, not alarming
PASSED_DARK = "#e0a84a"


class CommitmentBadge(QToolButton):
    """Toggles the pane (through `action`); shows how many commitments are open."""

    def __init__(
        self, *, source: OpenCommitments, action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentBadge")
        self._source = source
        self._action = action
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.clicked.connect(self._on_clicked)
        action.toggled.connect(self.setChecked)
        source.changed.connect(self.refresh)
        self.refresh()

    def count(self) -> int:
        return len(self._source.commitments())

    def passed(self) -> int:
        return self._source.passed_count()

    def refresh(self) -> None:
        self.setChecked(self._action.isChecked())
        self._draw_icon()
        self.retranslate()
        self.updateGeometry()
        self.update()

    def _draw_icon(self) -> None:
        self.setIcon(line_icon("commitment", self.palette().color(QPalette.ColorRole.WindowText)))

    def pill_colour(self) -> QColor:
        """Amber while a commitment is past its date, else the accent colour."""
        if self.passed():
            return QColor(PASSED_DARK if is_dark(self.palette()) else PASSED_LIGHT)
        return self.palette().color(QPalette.ColorRole.Highlight)

    def _pill_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.Bold)
        return font

    def _pill_size(self) -> QSize:
        if not self.count():
            return QSize(0, 0)
        metrics = QFontMetrics(self._pill_font())
        height = metrics.height() + 2
        return QSize(max(height, metrics.horizontalAdvance(str(self.count())) + 10), height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        pill = self._pill_size()
        return QSize(hint.width() + (pill.width() + 6 if pill.width() else 0), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        pill = self._pill_size()
        if not pill.width():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(
            self.width() - pill.width() - 8,
            (self.height() - pill.height()) / 2,
            pill.width(),
            pill.height(),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.pill_colour())
        painter.drawRoundedRect(rect, pill.height() / 2, pill.height() / 2)
        painter.setFont(self._pill_font())
        painter.setPen(QColor("#101010" if is_dark(self.palette()) else "#ffffff"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(self.count()))
        painter.end()

    def _on_clicked(self, checked: bool) -> None:
        if self._action.isChecked() != checked:
            self._action.trigger()  # as from the menu: shows or hides the pane

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._draw_icon()
        super().changeEvent(event)

    def retranslate(self) -> None:
        count, passed = self.count(), self.passed()
        self.setText(self.tr("Commitments"))
        tip = self.tr("%n open commitments", "", count)
        if passed:
            tip += " · " + self.tr("%n past the date", "", passed)
        shortcut = self._action.shortcut().toString()
        self.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.setAccessibleName(self.tr("Commitments"))
        self.setAccessibleDescription(tip)
