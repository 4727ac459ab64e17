"""Recording a coaching session: its day (and a note, if wanted), and the sessions so far.

A session marks "since the last session" for the next coaching summary. The list shows
the sessions recorded, the latest first; one recorded by mistake can be deleted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.coaching.records import CoachingSession
from app.coaching.service import CoachingService
from app.errors import RefleksError
from app.journal.changes import Change, Changes
from models.errors import StorageError
from ui.commitments.due import localise_day_edit, short_day
from ui.editor.day_edit import DayEdit
from ui.window.dialogs import DialogService


class CoachingSessionDialog(QDialog):
    """Record a session; see and delete the ones recorded."""

    session_recorded = Signal(object)  # the CoachingSession

    def __init__(
        self,
        *,
        coaching: CoachingService,
        dialogs: DialogService,
        today: dt.date,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coachingSessionDialog")
        self._coaching = coaching
        self._dialogs = dialogs
        self._today = today
        self._language = language
        self.lead = QLabel(wordWrap=True)
        self.lead.setTextFormat(Qt.TextFormat.PlainText)
        self.day_label = QLabel()
        self.day_edit = DayEdit()
        self.day_edit.setObjectName("coachingDay")
        localise_day_edit(self.day_edit, language)
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.day_label.setBuddy(self.day_edit)
        self.note_label = QLabel()
        self.note_edit = QLineEdit(objectName="coachingNote")
        self.note_label.setBuddy(self.note_edit)
        self.record_button = QPushButton(objectName="recordCoachingSession")
        self.record_button.setDefault(True)
        self.list_label = QLabel()
        self.sessions = QListWidget(objectName="coachingSessions")
        self.list_label.setBuddy(self.sessions)
        self.delete_button = QPushButton(objectName="deleteCoachingSession")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        form = QFormLayout()
        form.addRow(self.day_label, self.day_edit)
        form.addRow(self.note_label, self.note_edit)
        record_row = QHBoxLayout()
        record_row.addStretch(1)
        record_row.addWidget(self.record_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_label, 1)
        list_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addLayout(form)
        layout.addLayout(record_row)
        layout.addSpacing(6)
        layout.addLayout(list_row)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.buttons)

        self.record_button.clicked.connect(self.record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.sessions.currentRowChanged.connect(lambda *_: self._update_buttons())
        self.buttons.rejected.connect(self.reject)
        unsubscribe = coaching.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.resize(440, 420)
        self.retranslate()
        self.refresh()

    def day(self) -> dt.date:
        self.day_edit.commit_text()
        date = self.day_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def record(self) -> CoachingSession | None:
        """Record a session on the chosen day, with the note; None if it was refused."""
        try:
            made = self._coaching.add(self.day(), self.note_edit.text())
        except (RefleksError, StorageError) as error:
            self._dialogs.error(self.tr("The session was not recorded"), str(error))
            return None
        self.note_edit.clear()
        self.session_recorded.emit(made)
        return made

    def delete_selected(self) -> None:
        item = self.sessions.currentItem()
        if item is None:
            return
        session: CoachingSession = item.data(Qt.ItemDataRole.UserRole)
        asked = self._dialogs.confirm(
            self.tr("Delete the session?"),
            self.tr("Delete the coaching session of %1? Your entries stay as they are.").replace(
                "%1", short_day(session.day, self._language, self._today)
            ),
            accept_text=self.tr("Delete Session"),
            destructive=True,
        )
        if not asked:
            return
        try:
            self._coaching.delete(session.id)
        except (RefleksError, StorageError) as error:
            self._dialogs.error(self.tr("The session was not deleted"), str(error))

    def refresh(self) -> None:
        try:
            sessions = self._coaching.list()
        except (RefleksError, StorageError) as error:
            sessions = []
            self._dialogs.error(self.tr("Cannot read the coaching sessions"), str(error))
        self.sessions.clear()
        for session in sessions:
            day = short_day(session.day, self._language, self._today)
            text = f"{day} – {session.note}" if session.note else day
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, session)
            self.sessions.addItem(item)
        if not sessions:
            item = QListWidgetItem(self.tr("None recorded yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.sessions.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.sessions.currentItem()
        self.delete_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Change.COACHING):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Coaching sessions"))
        self.lead.setText(
            self.tr(
                "Record the day you met your coach. The next coaching summary then tells how "
                "your commitments went since that session."
            )
        )
        self.day_label.setText(self.tr("&Day"))
        self.day_edit.setAccessibleName(self.tr("Day of the session"))
        self.note_label.setText(self.tr("&Note"))
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. what you talked about"))
        self.record_button.setText(self.tr("&Record Session"))
        self.list_label.setText(self.tr("&Sessions recorded"))
        self.delete_button.setText(self.tr("De&lete"))
