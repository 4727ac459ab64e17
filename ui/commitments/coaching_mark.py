"""The export dialog's "Brought to coaching on [day]": a session recorded when the export
succeeds, so "since the last session" starts there next time.

Nothing is recorded when the box is not ticked, or when the export fails or is cancelled.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.coaching.records import CoachingSession
from app.coaching.service import CoachingService
from app.errors import RefleksError
from models.errors import StorageError
from ui.commitments.due import localise_day_edit
from ui.editor.day_edit import DayEdit
from ui.window.dialogs import DialogService


class CoachingMark(QWidget):
    """A tick box and a day; `record()` after a successful export."""

    def __init__(
        self,
        *,
        coaching: CoachingService,
        today: dt.date,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachingMark")
        self._coaching = coaching
        self.check = QCheckBox(objectName="broughtToCoaching")
        self.day_edit = DayEdit()
        self.day_edit.setObjectName("broughtToCoachingDay")
        localise_day_edit(self.day_edit, language)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.day_edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.day_edit.setEnabled)
        self.retranslate()

    def day(self) -> dt.date | None:
        """The day to record, or None when the box is not ticked."""
        if not self.check.isChecked():
            return None
        self.day_edit.commit_text()
        date = self.day_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def record(self, dialogs: DialogService) -> CoachingSession | None:
        """Record the session on the chosen day (once per day), if the box is ticked."""
        day = self.day()
        if day is None:
            return None
        try:
            return self._coaching.mark_brought_to_coaching(day)
        except (RefleksError, StorageError) as error:
            dialogs.error(self.tr("The coaching session was not recorded"), str(error))
            return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.check.setText(self.tr("&Brought to coaching on"))
        self.check.setToolTip(
            self.tr(
                "Records a coaching session on this day when the summary is saved: the next "
                "summary tells what came since"
            )
        )
        self.day_edit.setAccessibleName(self.tr("Day of the coaching session"))
