"""Preferences → Sync: this journal on several computers, through a folder another program
syncs (Syncthing, Nextcloud, Dropbox, OneDrive).

The page shows `SyncService.status()`: the folder, the last sync, this device, the devices
seen with when each last wrote, conflicts and refused files. "Choose Folder…" sets sync up
(or moves it to another folder), "Sync Now" runs the window's `BackgroundSync` at once (on
its worker), "Stop Syncing" asks first. Each button acts at once; OK has nothing to save.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from models.errors import StorageError
from ui.preferences.settings import Settings

if TYPE_CHECKING:
    from app.sync.service import SyncReport, SyncStatus
    from ui.shell.journal_session import JournalLifecycle
    from ui.sync.background import BackgroundSync


class SyncPage(QWidget):
    """Sync's state and its three actions; with no journal open (`session` None) it only
    explains."""

    def __init__(self, *, session: JournalLifecycle | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._session = session
        self._status: SyncStatus | None = None
        self.state = QLabel(objectName="syncState", wordWrap=True)
        font = self.state.font()
        font.setBold(True)
        self.state.setFont(font)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(objectName="syncExplanation", wordWrap=True)
        self.explanation.setProperty("muted", True)
        self.last_sync = QLabel(objectName="syncLastSync")
        self.device = QLabel(objectName="syncThisDevice")
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts = QLabel(objectName="syncConflicts", wordWrap=True)
        self.devices = QTreeWidget(objectName="syncDevices")
        self.devices.setColumnCount(2)
        self.devices.setRootIsDecorated(False)
        self.devices.setMaximumHeight(110)
        self.devices.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.devices.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.refused = QListWidget(objectName="syncRefused")
        self.refused.setMaximumHeight(64)
        self.choose_button = QPushButton(objectName="syncChooseFolder")
        self.sync_button = QPushButton(objectName="syncNowButton")
        self.stop_button = QPushButton(objectName="syncStopButton")
        self.result = QLabel(objectName="syncResult", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._labels = {name: QLabel() for name in ("last", "device", "devices", "conflicts")}
        self._refused_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self._labels["last"], self.last_sync)
        self.form.addRow(self._labels["device"], self.device)
        self.form.addRow(self._labels["devices"], self.devices)
        self.form.addRow(self._labels["conflicts"], self.conflicts)
        self.form.addRow(self._refused_label, self.refused)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.sync_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.choose_button.clicked.connect(self.choose_and_set_up)
        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button.clicked.connect(self.stop_syncing)
        background = self._background()
        if background is not None:
            background.started.connect(self._on_run_started)
            background.finished.connect(self._on_run_finished)
            background.failed.connect(self._on_run_failed)
        self.retranslate()

    # ----- the preferences page --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Sync")

    def load(self, settings: Settings) -> None:
        self.refresh()

    def save(self, settings: Settings) -> None:
        """Nothing to save: each button acts at once."""

    # ----- actions ---------------------------------------------------------------------

    # Tests replace this to answer without a modal dialog.
    def ask_folder(self) -> Path | None:
        start = str(self._status.folder) if self._status and self._status.folder else ""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the Folder to Sync Through"), start
        )
        return Path(chosen) if chosen else None

    def choose_and_set_up(self) -> bool:
        """Ask for a folder and sync through it from now on (a first sync starts at once)."""
        session = self._session
        if session is None:
            return False
        folder = self.ask_folder()
        if folder is None:
            return False
        session.window.save_all()  # what is being typed goes along with the first sync
        try:
            session.context.sync.setup(folder)
        except (RefleksError, StorageError) as error:
            self.result.setText(error.message)
            return False
        self.result.setText(self.tr("This journal now syncs through %s.") % folder)
        background = self._background()
        if background is not None:
            background.activate()
            background.run_now()
        self.refresh()
        return True

    def sync_now(self) -> bool:
        background = self._background()
        if background is None or not background.run_now():
            return False
        self.result.setText(self.tr("Syncing…"))
        return True

    def stop_syncing(self) -> bool:
        session = self._session
        if session is None:
            return False
        confirmed = session.window.dialogs.confirm(
            self.tr("Stop Syncing"),
            self.tr(
                "This computer stops syncing the journal. Nothing is deleted: the journal "
                "stays as it is here, and the folder keeps what it holds for your other "
                "computers. You can set up sync again at any time."
            ),
            accept_text=self.tr("Stop Syncing"),
        )
        if not confirmed:
            return False
        background = self._background()
        if background is not None:
            background.deactivate()
        try:
            session.context.sync.stop()
        except (RefleksError, StorageError) as error:
            self.result.setText(error.message)
            return False
        self.result.setText(self.tr("This journal no longer syncs."))
        self.refresh()
        return True

    # ----- showing the state -------------------------------------------------------------

    def refresh(self) -> None:
        session = self._session
        self._status = None
        if session is not None:
            try:
                self._status = session.context.sync.status()
            except (RefleksError, StorageError) as error:
                self.result.setText(error.message)
        status = self._status
        enabled = bool(status and status.enabled)
        background = self._background()
        running = bool(background and background.running)
        self.choose_button.setEnabled(session is not None)
        self.sync_button.setVisible(enabled)
        self.sync_button.setEnabled(enabled and not running)
        self.stop_button.setVisible(enabled)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, enabled)
        if status is None or not enabled:
            self.state.setText(self.tr("This journal does not sync."))
            self.choose_button.setText(self.tr("&Choose Folder…"))
            return
        self.choose_button.setText(self.tr("&Move to Another Folder…"))
        self.state.setText(self.tr("This journal syncs through %s.") % status.folder)
        self.last_sync.setText(_when(status.last_sync) if status.last_sync else self.tr("Not yet"))
        self.device.setText(status.device_name)
        self.device.setToolTip(status.device_id)
        self.devices.clear()
        for seen in status.devices:
            item = QTreeWidgetItem(
                [seen.name or seen.device_id, _when(seen.last_seen) if seen.last_seen else ""]
            )
            item.setToolTip(0, seen.device_id)
            self.devices.addTopLevelItem(item)
        if not status.devices:
            self.devices.addTopLevelItem(QTreeWidgetItem([self.tr("None yet"), ""]))
        self.conflicts.setText(
            self.tr(
                "%n entry(ies) with a conflict copy beside them: both versions are kept; "
                "keep what you want and delete the other.",
                "",
                status.conflicts,
            )
            if status.conflicts
            else self.tr("None")
        )
        self.refused.clear()
        self.refused.addItems(list(status.refused) or [self.tr("None")])

    def _background(self) -> BackgroundSync | None:
        session = self._session
        return session.background_sync if session is not None else None

    def _on_run_started(self) -> None:
        self.sync_button.setEnabled(False)

    def _on_run_finished(self, report: SyncReport) -> None:
        text = self.tr("Synced: %1 change(s) sent, %2 merged.")
        text = text.replace("%1", str(report.sent)).replace("%2", str(report.merged))
        if report.conflicts:
            text += " " + self.tr("%n conflict copy(ies) made.", "", report.conflicts)
        if report.refused:
            text += " " + self.tr("%n file(s) refused (listed above).", "", len(report.refused))
        self.result.setText(text)
        self.refresh()

    def _on_run_failed(self, message: str) -> None:
        self.result.setText(message)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "Choose a folder that your sync program (Syncthing, Nextcloud, Dropbox, "
                "OneDrive) already shares between your computers, and the same folder on "
                "each of them. Refleks writes only small change files there, never the "
                "journal itself; an encrypted journal's changes are encrypted too."
            )
        )
        self._labels["last"].setText(self.tr("Last sync:"))
        self._labels["device"].setText(self.tr("This computer:"))
        self._labels["devices"].setText(self.tr("Other computers:"))
        self._labels["conflicts"].setText(self.tr("Conflicts:"))
        self._refused_label.setText(self.tr("Files refused:"))
        self.devices.setHeaderLabels([self.tr("Computer"), self.tr("Last seen")])
        self.sync_button.setText(self.tr("Sync &Now"))
        self.stop_button.setText(self.tr("&Stop Syncing…"))
        self.refresh()


def _when(moment: dt.datetime) -> str:
    """A moment in the user's own time and language, e.g. "06/12/2026 16:42"."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
