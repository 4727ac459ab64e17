"""Commitments and coaching sessions in the main window.

`CommitmentMode(window=...)` is made once by the main window. It puts the commitments pane
in a dock at the window's side (View ▸ Commitments, F9, or the toolbar's badge), offers
commitments in the entry editor (ui/commitments/editor_link.py), and runs the three things
a user does with them: make one (saving the entry first), close one (the service writes the
follow-up entry, which the window then offers to open) and record a coaching session. The
pane, the badge and the editor's list refresh themselves from the journal's changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QSizePolicy, QWidget

from app.commitments.records import Commitment
from app.errors import RefleksError
from models.errors import StorageError
from ui.commitments.badge import CommitmentBadge
from ui.commitments.close_dialog import CloseCommitmentDialog
from ui.commitments.coaching_dialog import CoachingSessionDialog
from ui.commitments.due import Today
from ui.commitments.editor_link import EditorCommitments
from ui.commitments.make_dialog import MakeCommitmentDialog
from ui.commitments.open_commitments import OpenCommitments
from ui.commitments.pane import CommitmentsPane

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

PANE_WIDTH = 320
STATUS_MS = 8_000


class CommitmentMode(QObject):
    """The pane, the badge and the editor's part; the dialogs that make and close."""

    def __init__(self, *, window: MainWindow, today: Today = dt.date.today) -> None:
        super().__init__(window)
        self._window = window
        self.today = today
        context = window.context
        self.commitments = context.commitments
        self.coaching = context.coaching
        self.source = OpenCommitments(
            commitments=self.commitments,
            coaching=self.coaching,
            changes=context.changes,
            today=lambda: self.today(),
            parent=self,
        )
        self.pane = CommitmentsPane(source=self.source)
        self.dock = QDockWidget(window, objectName="commitmentsDock")
        self.dock.setWidget(self.pane)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.pane.setMinimumWidth(240)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [PANE_WIDTH], Qt.Orientation.Horizontal)
        self.dock.hide()  # until asked for; the window's saved state may show it again
        self.action = window.actions["commitments_pane"]
        self.badge = CommitmentBadge(source=self.source, action=self.action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        window.toolbar.addWidget(spacer)
        window.toolbar.addWidget(self.badge)
        self.editor_link = EditorCommitments(
            editor=window.editor,
            catalog=context.catalog,
            commitments=self.commitments,
            today=lambda: self.today(),
            parent=self,
        )
        self._connect_signals()
        self.set_language(window.languages.language)
        self.retranslate()
        # Once the window has opened: what is due comes back by itself, quietly.
        QTimer.singleShot(0, self, self.remind)

    def _connect_signals(self) -> None:
        window = self._window
        # The dock's own action follows it however it is shown or hidden (its close
        # button, the saved window state); the window's action shows and hides it.
        self.dock.toggleViewAction().toggled.connect(self.action.setChecked)
        self.action.triggered.connect(self.show_pane)
        for view in (self.pane, self.editor_link):
            view.entry_requested.connect(window.open_entry)
            view.close_requested.connect(self.close_commitment)
        self.pane.coaching_requested.connect(self.show_coaching_dialog)
        self.editor_link.make_requested.connect(self.make_commitment)
        window.languages.language_changed.connect(self.set_language)
        window.languages.language_changed.connect(lambda *_: self.retranslate())

    def set_language(self, language: str) -> None:
        self.pane.set_language(language)
        self.editor_link.set_language(language)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Commitments"))

    def remind(self) -> None:
        """Say in the status bar how many commitments are due, unless the pane shows them."""
        due = self.source.due_count()
        if due and not self.dock.isVisible():
            self._window.statusBar().showMessage(
                self.tr("%n commitments are due. F9 shows them.", "", due), STATUS_MS * 2
            )

    def show_pane(self, shown: bool = True) -> None:
        self.dock.setVisible(shown)
        if shown:
            self.dock.raise_()

    # ----- what the user does -------------------------------------------------------

    def make_commitment(self, text: str, prompt_key: str | None = None) -> QWidget | None:
        """Save the open entry, then ask for the commitment's text and due date."""
        window = self._window
        if not window.editor.save_now():
            window.dialogs.error(
                self.tr("The entry is not saved yet"),
                self.tr(
                    "A commitment belongs to a saved entry. The banner above the entry says "
                    "why it could not be saved; try again when it is."
                ),
            )
            return None
        entry_id = window.editor.current_entry_id()
        if entry_id is None:
            window.dialogs.inform(
                self.tr("Write the entry first"),
                self.tr("A commitment comes from an entry: write a few words first."),
            )
            return None
        dialog = MakeCommitmentDialog(
            text, today=self.today(), language=window.languages.language, parent=window
        )
        dialog.accepted.connect(lambda: self._add(entry_id, dialog, prompt_key))
        return window.open_dialogs.open("make_commitment", dialog)

    def _add(
        self, entry_id: int, dialog: MakeCommitmentDialog, prompt_key: str | None
    ) -> Commitment | None:
        text, due = dialog.values()
        try:
            made = self.commitments.add(entry_id, text, due, prompt_key=prompt_key)
        except (RefleksError, StorageError) as error:
            self._window.dialogs.error(self.tr("The commitment was not made"), str(error))
            return None
        if not self.dock.isVisible():
            self._window.statusBar().showMessage(
                self.tr("Commitment made. It waits under View ▸ Commitments (F9)."), STATUS_MS
            )
        return made

    def close_commitment(self, commitment_id: int) -> QWidget | None:
        """Ask how it went; the service then closes it and writes the follow-up entry."""
        window = self._window
        try:
            commitment = self.commitments.get(commitment_id)
        except (RefleksError, StorageError) as error:
            window.dialogs.error(self.tr("Cannot close the commitment"), str(error))
            return None
        dialog = CloseCommitmentDialog(
            commitment, today=self.today(), language=window.languages.language, parent=window
        )
        dialog.accepted.connect(lambda: self._close(commitment, dialog))
        return window.open_dialogs.open("close_commitment", dialog)

    def _close(self, commitment: Commitment, dialog: CloseCommitmentDialog) -> Commitment | None:
        window = self._window
        status, note = dialog.values()
        try:
            closed = self.commitments.close(
                commitment.id,
                status,
                note,
                language=window.languages.language,
                today=self.today(),
            )
        except (RefleksError, StorageError) as error:
            window.dialogs.error(self.tr("The commitment was not closed"), str(error))
            return None
        follow_up = closed.follow_up_entry_id
        if follow_up is not None and window.dialogs.confirm(
            self.tr("Commitment closed"),
            self.tr(
                "How it went is written in a new follow-up entry, linked to the entry the "
                "commitment came from. Open the follow-up now to add to it?"
            ),
            accept_text=self.tr("Open Follow-up"),
        ):
            window.open_entry(follow_up)
        return closed

    def show_coaching_dialog(self) -> CoachingSessionDialog:
        window = self._window
        dialog = CoachingSessionDialog(
            coaching=self.coaching,
            dialogs=window.dialogs,
            today=self.today(),
            language=window.languages.language,
            parent=window,
        )
        return window.open_dialogs.open("coaching", dialog)


def show_coaching_dialog(window: MainWindow) -> CoachingSessionDialog:
    """The action handler of "Record a Coaching Session…" (see ui/window/actions.py)."""
    return window.commitment_mode.show_coaching_dialog()
