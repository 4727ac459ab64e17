"""From a start to an open journal: lock → unlock → open, with a way out of every problem.

`StartupFlow.run()` takes the instance lock (or asks the running window to come forward),
looks at the journal, asks for the passphrase of an encrypted one, opens it, and on any
problem shows what it is and acts on the user's choice: restore from a backup, choose
another folder, try again, or quit. The lock is held, and later starts are answered (they
raise whatever this start shows), from the moment it is taken until the flow ends; the
open journal takes both over. The questions are functions handed in, so the tests answer
them from a script; `interactive_questions` wires the real dialogs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from app.errors import RefleksError
from app.journal.backups import BackupInfo, count_or_reason, list_backups, restore_backup
from app.journal.context import JournalContext
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.journal.startup import (
    Remedy,
    StartupFailedError,
    StartupProblem,
    damaged_key_file_problem,
    inspect_journal,
    key_file_damaged,
    locked_problem,
    open_checked,
)
from app.security.errors import WrongPassphraseError
from app.security.header import header_for
from app.security.kdf import key_matches
from app.security.leftovers import remove_leftovers
from app.security.unlock import unlock_key
from ui.shell.single_instance import (
    InstanceServer,
    ask_running_instance_to_raise,
    bring_showing_window_forward,
)
from ui.window.dialogs import DialogService

LOCK_WAIT_SECONDS = 3.0  # a command-line write holds the lock for a moment only


@dataclass
class OpenedJournal:
    paths: DataPaths
    context: JournalContext
    lock: InstanceLock
    # Already answering later starts (it raises whatever is showing); the session points it
    # at the main window. None when the journal was opened without the flow.
    server: InstanceServer | None = None


class AlreadyRunning(Exception):
    """Another window has the journal open and was asked to come forward."""


@dataclass
class StartupQuestions:
    """How the flow asks the user; each returns None when the user chose to quit."""

    problem: Callable[[StartupProblem], Remedy | None]
    passphrase: Callable[[DataPaths], bytes | None]  # the raw key
    folder: Callable[[DataPaths], Path | None]
    restore: Callable[[DataPaths], bool]  # True when a backup was put in place


class StartupFlow:
    def __init__(self, paths: DataPaths, questions: StartupQuestions) -> None:
        self.paths = paths
        self.questions = questions
        self._lock: InstanceLock | None = None
        self._server: InstanceServer | None = None

    def run(self) -> OpenedJournal | None:
        """The open journal, or None when the user quit. Raises AlreadyRunning."""
        try:
            while True:
                try:
                    return self._attempt()
                except StartupFailedError as failure:
                    if not self._handle(failure.problem):
                        return None
                except _Quit:
                    return None
        finally:
            self._let_go()  # nothing once the journal is open: it took the lock along

    def _attempt(self) -> OpenedJournal:
        if self._lock is not None and self._lock.path != self.paths.lock:
            self._let_go()  # another folder was chosen
        root = self.paths.root
        if root.is_dir() and os.access(root, os.W_OK):
            self._hold()  # before any question, so a later start finds this one
        inspect_journal(self.paths)  # a missing folder is reported before anything is made
        lock = self._hold()
        state = inspect_journal(self.paths)
        key = None
        if state.needs_passphrase:
            key = self.questions.passphrase(self.paths)
            if key is None:
                raise _Quit
        context = open_checked(self.paths, key=key)
        opened = OpenedJournal(self.paths, context, lock, self._server)
        self._lock = self._server = None
        return opened

    def _hold(self) -> InstanceLock:
        """Take this folder's lock and answer later starts, or give way to a running one."""
        if self._lock is not None:
            return self._lock  # kept from the previous attempt, through the problem dialog
        lock = InstanceLock(self.paths.lock)
        if not lock.try_acquire():
            if ask_running_instance_to_raise(self.paths):
                raise AlreadyRunning
            if not lock.try_acquire(timeout=LOCK_WAIT_SECONDS):
                # The holder may have been between taking the lock and listening.
                if ask_running_instance_to_raise(self.paths):
                    raise AlreadyRunning
                raise locked_problem(self.paths)
        self._lock = lock
        remove_leftovers(self.paths)  # what a killed conversion or backup left behind
        # From here on a second start raises the unlock screen or problem dialog shown by
        # this one and exits, instead of waiting for a lock that stays taken.
        server = InstanceServer(self.paths)
        server.raise_requested.connect(bring_showing_window_forward)
        server.listen()
        self._server = server
        return lock

    def _let_go(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _handle(self, problem: StartupProblem) -> bool:
        """Act on the user's choice; False to quit."""
        choice = self.questions.problem(problem)
        if choice is None:
            return False
        if choice is Remedy.CHOOSE_FILE:
            folder = self.questions.folder(self.paths)
            if folder is None:
                return True  # back to the same problem, which is shown again
            self.paths = DataPaths(folder)
        elif choice is Remedy.RESTORE_BACKUP:
            self.questions.restore(self.paths)
        return True


class _Quit(Exception):
    pass


# ----- the real questions ------------------------------------------------------------


def ask_problem(problem: StartupProblem) -> Remedy | None:
    from ui.shell.startup_problem_dialog import StartupProblemDialog

    dialog = StartupProblemDialog(problem)
    dialog.exec()
    return dialog.choice


_DAMAGED_KEY_FILE = object()  # what the unlock screen hands on when the key file is damaged


def unlock_or_notice_damage(paths: DataPaths, text: str) -> object:
    """The journal's key for `text`; or, when `text` opens the journal's backups and the
    journal itself but not through its key file, a marker that the key file is damaged.
    Raises WrongPassphraseError for a passphrase that is simply wrong."""
    try:
        return unlock_key(paths.journal, text)
    except WrongPassphraseError:
        if key_file_damaged(paths, text):
            return _DAMAGED_KEY_FILE
        raise


def ask_passphrase(paths: DataPaths) -> bytes | None:
    """Show the unlock screen until the passphrase is right or the user quits.

    A damaged key file is reported as a start-up problem (Restore offered) instead of
    asking again and again for a passphrase that is right.
    """
    from ui.shell.unlock_screen import UnlockScreen

    screen = UnlockScreen(unlock=lambda text: unlock_or_notice_damage(paths, text))
    result: list[object] = [None]
    loop = QEventLoop()

    def unlocked(key: object) -> None:
        result[0] = key
        loop.quit()

    screen.unlocked.connect(unlocked)
    screen.quit_requested.connect(loop.quit)
    screen.resize(760, 520)
    available = QGuiApplication.primaryScreen().availableGeometry()
    screen.move(available.center() - screen.rect().center())
    screen.show()
    loop.exec()
    screen.close()
    screen.deleteLater()
    if result[0] is _DAMAGED_KEY_FILE:
        raise damaged_key_file_problem(paths)
    return result[0] if isinstance(result[0], bytes) else None


def ask_folder(paths: DataPaths) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        None,
        QCoreApplication.translate(
            "StartupFlow", "Choose the folder that holds your journal (journal.db)"
        ),
        str(paths.root.parent if paths.root.parent.exists() else Path.home()),
    )
    return Path(chosen) if chosen else None


def ask_backup_passphrase(parent: QWidget | None, backup: BackupInfo) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("StartupFlow", "Passphrase of the backup"),
        QCoreApplication.translate(
            "StartupFlow", "This backup is encrypted. Type the passphrase it was made under:"
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def backup_key_for(
    backup: BackupInfo,
    current_key: bytes | None,
    ask: Callable[[BackupInfo], str | None],
) -> bytes | None:
    """The key that opens `backup`: none, the current one, or one from its passphrase."""
    if not backup.encrypted:
        return None
    header = header_for(backup.path)
    if header is None:
        raise RefleksError(f"The key information of {backup.path.name} is missing.")
    if current_key is not None and key_matches(current_key, header.key_check):
        return current_key
    text = ask(backup)
    if text is None:
        raise RefleksError("No passphrase was given; nothing was restored.")
    return unlock_key(backup.path, text, header)


def restore_at_start(paths: DataPaths, dialogs: DialogService | None = None) -> bool:
    """The Restore dialog for a journal that would not open; the file is kept, renamed."""
    from ui.shell.restore_dialog import RestoreDialog

    dialogs = dialogs or DialogService(None)

    def restore(backup: BackupInfo) -> str:
        key = backup_key_for(backup, None, lambda b: ask_backup_passphrase(None, b))
        outcome = restore_backup(backup.path, paths.journal, backup_key=key, safety_copy=None)
        if outcome.kept is None:  # there was no journal file to keep
            return RestoreDialog.tr("The backup is back in place.")
        return (
            RestoreDialog.tr(
                "The backup is back in place. The file that would not open is kept as %s."
            )
            % outcome.kept
        )

    dialog = RestoreDialog(
        backups=list_backups(paths.backups),
        count=lambda b: count_or_reason(b, None),
        restore=restore,
        dialogs=dialogs,
        folder=str(paths.backups),
        at_start=True,
    )
    dialog.exec()
    return dialog.restored


def interactive_questions() -> StartupQuestions:
    return StartupQuestions(
        problem=ask_problem,
        passphrase=ask_passphrase,
        folder=ask_folder,
        restore=restore_at_start,
    )
