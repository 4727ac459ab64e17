"""The journal while the window is open: backups, auto-lock, the running-window server, and
the passphrase and restore commands that change the file under the window, and sync in
the background.

One `JournalLifecycle` per open journal. It backs up at start when the last backup is older
than a day and again on close, keeps the instance lock until the end, brings the window
forward when a second start asks, locks the window after the idle minutes from the
settings, and syncs in the background when the journal is set up to (ui/sync/). It sets
itself as the window's `session`; the File menu's commands below read it there, and the
Preferences dialog hands it to the Security and Sync pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.errors import RefleksError
from app.journal.backups import BackupError, BackupInfo, BackupService, restore_backup
from app.journal.changes import Change, Changes
from app.security import service
from app.security.unlock import unlock_key
from models.errors import StorageError
from ui.preferences import settings as keys
from ui.shell.auto_lock import AutoLock
from ui.shell.single_instance import InstanceServer, bring_forward, bring_showing_window_forward
from ui.shell.startup_flow import OpenedJournal, ask_backup_passphrase, backup_key_for
from ui.shell.unlock_screen import UnlockFunction
from ui.sync.background import BackgroundSync
from ui.sync.status_note import SyncNote

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class JournalLifecycle(QObject):
    """The open journal's backups, instance lock and server, auto-lock and passphrase."""

    def __init__(self, opened: OpenedJournal, window: MainWindow) -> None:
        super().__init__(window)
        self._encrypted_while_locked = False
        self.paths = opened.paths
        self.context = opened.context
        self._lock = opened.lock
        self.window = window
        self.backups = BackupService(database=self.context.database, folder=self.paths.backups)
        if opened.server is not None:
            # Listening since the lock was taken (through the unlock screen); from now on
            # a later start raises this window rather than whatever the start showed.
            self.server = opened.server
            self.server.setParent(self)
            self.server.raise_requested.disconnect(bring_showing_window_forward)
        else:
            self.server = InstanceServer(self.paths, self)
            self.server.listen()
        self.server.raise_requested.connect(self.bring_forward)
        self.auto_lock = AutoLock(
            window=window,
            save_all=window.save_all,
            unlock=self.unlock_function(),
            minutes=lambda: window.settings.get(keys.AUTO_LOCK_MINUTES),
            parent=self,
        )
        self.auto_lock.locked.connect(self._on_locked)
        self.auto_lock.unlocked.connect(self._on_unlocked)
        self.background_sync = BackgroundSync(
            sync=self.context.sync,
            changes=self.context.changes,
            paused=lambda: self.auto_lock.is_locked,
            before_run=window.save_all,
            parent=self,
        )
        # The open entry changed on another computer: show it as it is stored now.
        self.background_sync.finished.connect(
            lambda report: window.editor.show_stored_if_open(report.changed_entry_ids)
        )
        note = SyncNote(self.background_sync, window)
        note.clicked.connect(lambda: show_sync_preferences(window))
        window.statusBar().addPermanentWidget(note)
        window.session = self
        self._closed = False

    def start_sync(self) -> bool:
        """Sync now and in the background from now on, if the journal is set up to."""
        return self.background_sync.start()

    # ----- start and end -------------------------------------------------------------

    def back_up_if_due(self) -> BackupInfo | None:
        try:
            return self.backups.backup_if_due()
        except BackupError as error:
            self.window.statusBar().showMessage(error.message, 15_000)
            return None

    def close(self) -> None:
        """Back up, close the journal and let go of the lock (after the window closed)."""
        if self._closed:
            return
        self._closed = True
        self.auto_lock.stop()
        self.background_sync.shutdown()  # a run in progress ends before the journal closes
        try:
            self.backups.backup_now("auto")
        except BackupError:
            pass  # the journal itself is saved; the next start backs up again
        finally:
            self.server.close()
            self.context.close()
            self._lock.release()

    def bring_forward(self) -> None:
        target: QWidget = self.auto_lock.screen or self.window
        bring_forward(target)

    # ----- encryption ----------------------------------------------------------------

    def _on_locked(self) -> None:
        """While locked, an encrypted journal is closed and its key let go of."""
        database = self.context.database
        self._encrypted_while_locked = database.key is not None
        if self._encrypted_while_locked:
            # SQLCipher wipes its key material as the connections close; the engine that
            # stays has no key, so nothing can read the file until the passphrase is typed.
            database.reopen(None)

    def _on_unlocked(self, key: object) -> None:
        if self._encrypted_while_locked and isinstance(key, bytes):
            self.context.database.reopen(key)
        self._encrypted_while_locked = False
        self.background_sync.run_now()  # what arrived while locked (does nothing if not syncing)

    @property
    def locked(self) -> bool:
        return self.auto_lock.is_locked

    @property
    def encrypted(self) -> bool:
        return self.context.database.key is not None or self._encrypted_while_locked

    def unlock_function(self) -> UnlockFunction | None:
        if not self.encrypted:
            return None
        journal = self.paths.journal
        return lambda text: unlock_key(journal, text)

    def set_passphrase(self, passphrase: str) -> service.ConversionReport:
        self.window.save_all()
        try:
            return service.encrypt(self.paths, passphrase, database=self.context.database)
        finally:  # a failure after the journal's swap leaves it encrypted all the same
            self.auto_lock.set_unlock(self.unlock_function())

    def change_passphrase(self, current: str, new: str) -> service.ConversionReport:
        self.window.save_all()
        key = unlock_key(self.paths.journal, current)
        try:
            return service.change_passphrase(self.paths, key, new, database=self.context.database)
        finally:
            self.auto_lock.set_unlock(self.unlock_function())

    def remove_passphrase(self, current: str) -> service.ConversionReport:
        self.window.save_all()
        key = unlock_key(self.paths.journal, current)
        try:
            return service.remove_encryption(self.paths, key, database=self.context.database)
        finally:
            self.auto_lock.set_unlock(self.unlock_function())

    # ----- backups -------------------------------------------------------------------

    def back_up_now(self) -> BackupInfo:
        self.window.save_all()
        return self.backups.backup_now("manual")

    def restore(self, backup: BackupInfo) -> str:
        """Put `backup` in place of the open journal; the current one is backed up first."""
        if not self.window.save_all():
            raise RefleksError(
                QCoreApplication.translate(
                    "JournalLifecycle",
                    "The open entry could not be saved, so nothing was restored. "
                    "Save it first (see the banner above it).",
                )
            )
        database = self.context.database
        key = backup_key_for(backup, database.key, lambda b: ask_backup_passphrase(self.window, b))
        try:
            outcome = restore_backup(
                backup.path,
                self.paths.journal,
                backup_key=key,
                safety_copy=lambda: self.backups.backup_now("pre-restore").path,
                release=database.close,
            )
        except (RefleksError, StorageError, OSError):
            database.reopen(database.key)
            raise
        was_encrypted = database.key is not None
        database.reopen(key)
        self.auto_lock.set_unlock(self.unlock_function())
        self._reload_window()
        if outcome.set_aside:
            message = (
                QCoreApplication.translate(
                    "JournalLifecycle",
                    "The backup is back in place. Your journal as it was could not be backed "
                    "up (it is damaged), so the file itself is kept, unchanged, as %s.",
                )
                % outcome.kept
            )
        else:
            message = QCoreApplication.translate(
                "JournalLifecycle",
                "The backup is back in place. Your journal as it was is kept as the "
                "backup “%s”, in the same list.",
            ) % (outcome.kept.name if outcome.kept else "")
        if was_encrypted and key is None:
            message += " " + QCoreApplication.translate(
                "JournalLifecycle",
                "This backup was not encrypted, so the journal is not encrypted now. Set a "
                "passphrase again under Preferences ▸ Security.",
            )
        return message

    def _reload_window(self) -> None:
        """Views hold ids from before the restore: every pane reads the journal afresh."""
        self.context.changes.publish(Changes(Change.JOURNAL))


# ----- action handlers (see ui/window/actions.py) ----------------------------------------------


def back_up_now(window: MainWindow) -> None:
    session = window.session
    if session is None:
        return
    try:
        made = session.back_up_now()
    except RefleksError as error:
        window.dialogs.error(
            QCoreApplication.translate("JournalLifecycle", "No backup was made"), error.message
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("JournalLifecycle", "Backed up to %s") % made.path, 10_000
    )


def show_restore_dialog(window: MainWindow) -> QWidget | None:
    from ui.shell.restore_dialog import RestoreDialog

    session = window.session
    if session is None:
        return None
    window.save_all()
    dialog = RestoreDialog(
        backups=session.backups.list_backups(),
        count=session.backups.count_or_reason,
        restore=session.restore,
        dialogs=window.dialogs,
        folder=str(session.paths.backups),
        parent=window,
    )
    return window.open_dialogs.open("restore", dialog)


def show_sync_preferences(window: MainWindow) -> QWidget:
    """Preferences opened at its Sync page (a click on the status bar's sync note)."""
    from ui.preferences.sync_page import SyncPage
    from ui.window.dialog_actions import show_preferences

    return show_preferences(window).show_page(SyncPage)


def lock_now(window: MainWindow) -> None:
    session = window.session
    if session is not None:
        session.auto_lock.lock(by_hand=True)
