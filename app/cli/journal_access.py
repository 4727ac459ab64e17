"""Opening the journal for a command: the instance lock, the passphrase, clear failures.

Every command opens its journal through `open_for_command`: write commands take the same
lock as the window (so nothing writes under an open window's feet), an encrypted journal
is unlocked with `--passphrase-file PATH` or a no-echo prompt on the terminal, and every
start-up problem becomes the one-line error the command line prints (exit status 2).

A command that reads or writes through the store alone (the whole-journal exports, the
import) takes a plain connection from the context (`context.connect()`), so it never
imports SQLAlchemy (a third of a second). The start-up checks and the instance lock are
imported where they are used, for the same reason.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.errors import InvalidInputError

if TYPE_CHECKING:
    from app.journal.context import JournalContext
    from app.journal.instance_lock import InstanceLock


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
    from app.journal.startup import inspect_journal

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
        from app.journal.startup import unlock_problem

        raise unlock_problem(args.paths, error) from None


def take_lock(args: argparse.Namespace) -> InstanceLock:
    from app.journal.instance_lock import InstanceLock
    from app.journal.startup import ProblemKind, StartupFailedError, inspect_journal
    from app.security.leftovers import remove_leftovers

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
    from app.journal.startup import open_checked

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
