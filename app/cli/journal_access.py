"""Opening the journal for a command: the instance lock, the passphrase, clear failures.

Every command opens its journal through `open_for_command`: write commands take the same
lock as the window (so nothing writes under an open window's feet), an encrypted journal
is unlocked with `--passphrase-file PATH` or a no-echo prompt on the terminal, and every
start-up problem becomes the one-line error the command line prints (exit status 2).

Read-only whole-journal exports use `open_for_reading`: a plain DB-API connection after the
same checks, so they never import SQLAlchemy (a third of a second). The start-up checks,
the engine and the instance lock are imported where they are used, for the same reason.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.errors import InvalidInputError
from models.connection import apply_pragmas, connect_file, describe_open_failure, driver_errors
from models.journal_file import is_plain_sqlite, read_prefix

if TYPE_CHECKING:
    from app.context import JournalContext
    from app.instance_lock import InstanceLock
    from app.paths import DataPaths


def read_passphrase_file(path: Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInputError(f"Cannot read the passphrase file {path}: {error}.") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InvalidInputError(f"The passphrase file {path} is empty.")
    return line


def ask(prompt: str) -> str:
    """Ask on the terminal without echo; refuse when there is no terminal to ask on."""
    if not _has_terminal():
        raise InvalidInputError(
            "The journal is encrypted and there is no terminal to ask for the passphrase. "
            "Give it with --passphrase-file PATH."
        )
    return getpass.getpass(prompt)


def _has_terminal() -> bool:
    if sys.platform == "win32":
        return sys.stdin is not None and sys.stdin.isatty()
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """The passphrase from --passphrase-file, else asked on the terminal."""
    path = getattr(args, "passphrase_file", None)
    return read_passphrase_file(path) if path else ask(prompt)


def journal_key(args: argparse.Namespace) -> bytes | None:
    """The key of the journal in `args.paths` (None when it is not encrypted)."""
    from app.startup import inspect_journal

    state = inspect_journal(args.paths)
    if not state.needs_passphrase:
        return None
    return _unlock(args)


def _unlock(args: argparse.Namespace) -> bytes:
    """The key of the encrypted journal in `args.paths`, from the user's passphrase."""
    from app.security.errors import EncryptionError, WrongPassphraseError
    from app.security.unlock import unlock_key

    try:
        return unlock_key(args.paths.journal, passphrase(args, "Passphrase of the journal: "))
    except (WrongPassphraseError, EncryptionError) as error:
        from app.startup import unlock_problem

        raise unlock_problem(args.paths, error) from None


def take_lock(args: argparse.Namespace) -> InstanceLock:
    from app.instance_lock import InstanceLock
    from app.security.leftovers import remove_leftovers
    from app.startup import ProblemKind, StartupFailedError, inspect_journal

    try:
        inspect_journal(args.paths)
    except StartupFailedError as failure:
        # A missing folder is reported as such, not created by the lock file; any other
        # problem is for the command to report (or, for `restore`, to repair).
        if failure.problem.kind is ProblemKind.MISSING_FOLDER:
            raise
    lock = InstanceLock(args.paths.lock)
    lock.acquire()
    remove_leftovers(args.paths)  # only the lock's holder may: see app.security.leftovers
    return lock


_ASK = object()  # open_for_command: no key given, find out (and ask) as usual


def open_for_command(
    args: argparse.Namespace, *, write: bool, key: bytes | object | None = _ASK
) -> JournalContext:
    """Open the journal for a command; `write` commands hold the instance lock until close.

    `key`, when given, is the journal's key already asked for (None: not encrypted).
    """
    from app.startup import open_checked

    lock = take_lock(args) if write else None
    try:
        known = journal_key(args) if key is _ASK else cast("bytes | None", key)
        context = open_checked(args.paths, key=known)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is not None:
        context.on_close.append(lock.release)
    return context


# ----- plain connections for read-only exports ------------------------------------------


def open_for_reading(args: argparse.Namespace) -> Any:
    """A plain DB-API connection to the journal, for a read-only whole-journal command.

    The rules of `open_for_command(write=False)` hold: no instance lock (as for every read
    command), the passphrase of an encrypted journal, the schema at its head revision. Only
    a journal that opens cleanly at head is read without SQLAlchemy; any other (none yet,
    an upgrade due, a problem of any kind) goes through the normal open first, which
    creates, upgrades or reports it exactly as for every command. Close it when done.
    """
    paths = args.paths
    encrypted = _quick_state(paths)
    key = _unlock(args) if encrypted else None
    if encrypted is not None and not (encrypted and _unlabelled_copies(paths)):
        connection = _plain_at_head(paths.journal, key)
        if connection is not None:
            return connection
    context = open_for_command(args, write=False, key=_ASK if encrypted is None else key)
    key = context.database.key
    context.close()
    try:
        connection = connect_file(paths.journal, key)
        apply_pragmas(connection)
    except driver_errors() as error:
        raise describe_open_failure(paths.journal, error) from error
    return connection


def _quick_state(paths: DataPaths) -> bool | None:
    """True/False for an existing encrypted/plain journal the checks of `inspect_journal`
    would pass without a word; None for anything else (left to the normal open)."""
    journal = paths.journal
    if not (
        paths.root.is_dir()
        and os.access(journal, os.R_OK | os.W_OK)
        and os.access(paths.root, os.W_OK)
    ):
        return None
    try:
        prefix = read_prefix(journal)
    except OSError:
        return None
    if is_plain_sqlite(prefix):
        from app.journal_presence import header_file

        # A plain file beside a key file: left to the normal open to report.
        return None if header_file(journal).exists() else False
    from app.security.unlock import JournalCipherState, cipher_state

    return True if cipher_state(journal) is JournalCipherState.ENCRYPTED else None


def _unlabelled_copies(paths: DataPaths) -> bool:
    """Copies from before an upgrade still waiting for their header: the normal open of an
    encrypted journal gives them one (app.backups.adopt_headerless_copies)."""
    from app.security.unlock import JournalCipherState, cipher_state

    return paths.backups.is_dir() and any(
        cipher_state(copy) is JournalCipherState.UNREADABLE
        for copy in paths.backups.glob("pre-migration-*.db")
    )


def _plain_at_head(journal: Path, key: bytes | None) -> Any:
    """A connection with our pragmas when the file opens and is at head; None otherwise."""
    from models.migrate import HEAD_REVISION, plain_revision

    try:
        connection = connect_file(journal, key)
    except driver_errors():
        return None
    try:
        apply_pragmas(connection)
        if plain_revision(connection) == HEAD_REVISION:
            return connection
    except driver_errors():
        pass
    connection.close()
    return None


# ----- a plain connection for the command line's import ---------------------------------


class PlainWriter:
    """A journal opened for one write command without SQLAlchemy: the connection and the
    instance lock, released together by `close`."""

    def __init__(self, connection: Any, lock: InstanceLock) -> None:
        self.connection = connection
        self._lock = lock

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            self._lock.release()


def open_for_writing(args: argparse.Namespace) -> PlainWriter | None:
    """The journal for a write command over a plain connection, holding the instance lock;
    None when the command is to use `open_for_command(write=True)` instead.

    As `open_for_reading`, this covers the clean cases only (a journal at its head revision,
    or none yet, which is made with the head schema as a new journal always is); any other
    gives None, and the normal open creates, upgrades or reports it as for every command.
    """
    paths = args.paths
    root = paths.root
    if not (root.is_dir() or (not root.exists() and root.parent.is_dir())):
        return None  # for the start-up checks to word
    from app.instance_lock import InstanceLock
    from app.security.leftovers import remove_leftovers

    lock = InstanceLock(paths.lock)
    lock.acquire()
    remove_leftovers(paths)
    try:
        connection = _writable_connection(args)
    except BaseException:
        lock.release()
        raise
    if connection is None:
        lock.release()
        return None
    return PlainWriter(connection, lock)


def _writable_connection(args: argparse.Namespace) -> Any:
    paths = args.paths
    journal = paths.journal
    from app.journal_presence import is_new

    if is_new(journal, paths.backups) and os.access(paths.root, os.W_OK):
        return _new_journal(journal)
    encrypted = _quick_state(paths)
    if encrypted is None or (encrypted and _unlabelled_copies(paths)):
        return None
    return _plain_at_head(journal, _unlock(args) if encrypted else None)


def _new_journal(journal: Path) -> Any:
    """A new journal with the head schema (as models.migrate makes one), or None."""
    from models.migrate import create_at_head
    from models.snapshot import create_private_file

    try:
        create_private_file(journal)
        connection = connect_file(journal)
    except (OSError, *driver_errors()):
        return None
    try:
        apply_pragmas(connection)
        connection.execute("BEGIN")
        create_at_head(connection.execute)
        connection.execute("COMMIT")
        return connection
    except driver_errors():
        connection.close()  # the transaction is rolled back: the file stays empty
        return None
