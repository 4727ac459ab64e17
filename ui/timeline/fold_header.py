"""A one-line header that folds the part below it away: "On this day" above the timeline,
"You have met this before" in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget


class FoldHeader(QToolButton):
    """Checked while unfolded; its arrow points down then, right when folded."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setCheckable(True)
        self.setChecked(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._show_arrow)
        self._show_arrow(True)

    def is_folded(self) -> bool:
        return not self.isChecked()

    def set_folded(self, folded: bool) -> None:
        self.setChecked(not folded)

    def _show_arrow(self, unfolded: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
