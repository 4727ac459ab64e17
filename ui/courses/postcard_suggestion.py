"""A quiet suggestion to answer the postcard questions of a course module that has begun.

Shown on the start page and above the timeline while a module's day has come and its
postcard is not answered; one click on "Write the postcard" asks for a postcard entry
linked to that module. "Not now" hides the suggestion until the next module comes due.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.courses.service import ModuleStatus
from app.summary.labels import long_date


class PostcardSuggestion(QFrame):
    """Names the latest module without a postcard; hidden when there is none."""

    postcard_requested = Signal(int)  # module id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postcardSuggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._pending: list[ModuleStatus] = []
        self._dismissed: set[int] = set()
        self._language = "en"
        self._allowed = True  # False while another suggestion for the same thing is on screen
        self._writing: int | None = None  # the module whose postcard is open in the editor
        self.title = QLabel(objectName="postcardSuggestionTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.detail = QLabel(wordWrap=True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setProperty("muted", True)
        self.write_button = QPushButton(objectName="writePostcardButton")
        self.write_button.setDefault(False)
        self.later_button = QPushButton(objectName="postcardLaterButton")
        self.later_button.setFlat(True)
        # Text above the buttons: the suggestion sits in narrow columns too.
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addLayout(buttons)
        # Never squeezed by a tight parent layout: the buttons need their full height, and
        # the height follows the width, so the wrapped detail keeps all its lines.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        for button in (self.write_button, self.later_button):
            button.setMinimumHeight(button.sizeHint().height())
        self.write_button.clicked.connect(self._on_write)
        self.later_button.clicked.connect(self._on_later)
        self._retranslate()
        self.hide()

    @property
    def pending(self) -> list[ModuleStatus]:
        return list(self._pending)

    def set_pending(self, pending: list[ModuleStatus]) -> None:
        """Modules whose postcard is due, latest first (CourseService.pending_postcards)."""
        self._pending = list(pending)
        self._update()

    def set_allowed(self, allowed: bool) -> None:
        """Let the suggestion show (when something is pending) or keep it hidden."""
        self._allowed = allowed
        self._update()

    def set_writing(self, module_id: int | None) -> None:
        """The module whose postcard is being written: not suggested while it is open."""
        self._writing = module_id
        self._update()

    def set_language(self, language: str) -> None:
        self._language = language
        self._update()

    def module_id(self) -> int | None:
        """The module the suggestion is about, or None when it is hidden."""
        shown = self._shown()
        return shown.module.id if shown is not None else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _shown(self) -> ModuleStatus | None:
        skipped = self._dismissed | {self._writing}
        return next((s for s in self._pending if s.module.id not in skipped), None)

    def _on_write(self) -> None:
        module_id = self.module_id()
        if module_id is not None:
            self.postcard_requested.emit(module_id)

    def _on_later(self) -> None:
        module_id = self.module_id()
        if module_id is not None:
            self._dismissed.add(module_id)
        self._update()

    def _retranslate(self) -> None:
        self.write_button.setText(self.tr("Write the postcard"))
        self.later_button.setText(self.tr("Not now"))
        self._update()

    def _update(self) -> None:
        shown = self._shown()
        if shown is None or not self._allowed:
            self.hide()
            return
        module = shown.module
        day = long_date(module.day, self._language)  # "24. november 2026"
        self.title.setText(self.tr("Postcard for %1").replace("%1", module.name))
        others = sum(1 for s in self._pending if s is not shown and s.module.id != self._writing)
        detail = self.tr("Began %1. Five short questions on what you take with you.").replace(
            "%1", day
        )
        self.setToolTip(shown.course_name)
        if others:
            detail += " " + self.tr("%n more module(s) without a postcard.", "", others)
        self.detail.setText(detail)
        self.write_button.setAccessibleName(
            self.tr("Write the postcard for %1").replace("%1", module.name)
        )
        self.show()
