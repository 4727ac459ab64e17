"""What stands between a start and an open journal, told as data the UI and CLI present.

`inspect_journal` looks at the data folder and the journal file without changing either;
`open_checked` opens the journal and turns every failure into a `StartupProblem` saying
which of the known cases it is (missing folder, corrupt, not a database, wrong passphrase,
schema newer, locked, read-only, failed upgrade, a journal emptied, missing or replaced)
and what the user can do about it. Nothing here modifies, moves or deletes a damaged file.

Only a folder with no journal, no key file and no backups holds a new journal
(app/journal/presence.py): an emptied or missing journal beside its backups is reported,
with Restore offered, never silently started afresh.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import RefleksError
from app.journal.backups import adopt_headerless_copies, list_backups
from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.journal.presence import Presence, has_backups, presence
from app.security.errors import EncryptionError, WrongPassphraseError
from app.security.header import file_prefix, header_path, is_plain_sqlite
from app.security.unlock import JournalCipherState, cipher_state
from app.store import checks
from models.connection import connect_file, driver_errors
from models.errors import (
    JournalLockedError,
    MigrationFailedError,
    NotAJournalError,
    ReadOnlyJournalError,
    SchemaTooNewError,
    StorageError,
)


class ProblemKind(enum.Enum):
    MISSING_FOLDER = "missing-folder"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not-a-database"
    WRONG_PASSPHRASE = "wrong-passphrase"
    SCHEMA_TOO_NEW = "schema-too-new"
    LOCKED = "locked"
    READ_ONLY = "read-only"
    MIGRATION_FAILED = "migration-failed"
    EMPTIED = "emptied"  # journal.db is there with 0 bytes
    JOURNAL_MISSING = "journal-missing"  # gone (or a dangling link) beside its key file/backups
    REPLACED = "replaced"  # a plain journal.db beside the key file of an encrypted one


class Remedy(enum.Enum):
    """What the start-up dialog offers; Quit is always there."""

    RESTORE_BACKUP = "restore"
    CHOOSE_FILE = "choose"
    RETRY = "retry"
    RETRY_PASSPHRASE = "passphrase"


@dataclass(frozen=True, slots=True)
class StartupProblem:
    kind: ProblemKind
    path: Path
    message: str  # one or two sentences in English; the UI shows its own translated title
    remedies: tuple[Remedy, ...]


class StartupFailedError(RefleksError):
    """Opening the journal failed in one of the known ways; `problem` says which."""

    def __init__(self, problem: StartupProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class JournalState:
    """What a start found: the file exists or not, and whether it needs a passphrase."""

    paths: DataPaths
    cipher: JournalCipherState

    @property
    def needs_passphrase(self) -> bool:
        return self.cipher is JournalCipherState.ENCRYPTED


# Problems a backup put in place of the journal can solve.
RESTORABLE = frozenset(
    {
        ProblemKind.CORRUPT,
        ProblemKind.NOT_A_DATABASE,
        ProblemKind.MIGRATION_FAILED,
        ProblemKind.EMPTIED,
        ProblemKind.JOURNAL_MISSING,
        ProblemKind.REPLACED,
    }
)


def _problem(kind: ProblemKind, path: Path, message: str, paths: DataPaths) -> StartupFailedError:
    remedies: list[Remedy] = []
    if kind in RESTORABLE and list_backups(paths.backups):
        remedies.append(Remedy.RESTORE_BACKUP)
    if kind is ProblemKind.WRONG_PASSPHRASE:
        remedies.append(Remedy.RETRY_PASSPHRASE)
    retry = (ProblemKind.LOCKED, ProblemKind.READ_ONLY, ProblemKind.MISSING_FOLDER)
    if kind in retry or (kind is ProblemKind.JOURNAL_MISSING and paths.journal.is_symlink()):
        remedies.append(Remedy.RETRY)  # a link's target may be on a drive to connect
    remedies.append(Remedy.CHOOSE_FILE)
    return StartupFailedError(StartupProblem(kind, path, message, tuple(remedies)))


def _default_root() -> Path:
    from app.journal.paths import default_data_dir

    return default_data_dir().expanduser().resolve()


def inspect_journal(paths: DataPaths) -> JournalState:
    """Look at the folder and the file (read-only); raise StartupFailedError on a problem."""
    root = paths.root
    if not root.exists():
        # A folder chosen by the user whose parent is gone is most likely on a drive that
        # is not connected; the platform's own data folder is simply made on a first run.
        if not root.parent.exists() and root != _default_root():
            raise _problem(
                ProblemKind.MISSING_FOLDER,
                root,
                f"The folder {root} does not exist, and neither does {root.parent}. If the "
                "journal is on a drive that is not connected, connect it and try again.",
                paths,
            )
        return JournalState(paths, JournalCipherState.ABSENT)
    if not root.is_dir():
        raise _problem(
            ProblemKind.MISSING_FOLDER,
            root,
            f"{root} is a file, not a folder. Choose the folder that holds journal.db.",
            paths,
        )
    journal = paths.journal
    _refuse_lost_journal(paths)
    if journal.exists():
        if not journal.is_file():  # a folder (or a device) where the file should be
            raise _problem(
                ProblemKind.NOT_A_DATABASE,
                journal,
                f"{journal} is a folder or another kind of file, not a journal. Move it "
                "aside (or choose another data folder) and try again; it has not been changed.",
                paths,
            )
        if not os.access(journal, os.R_OK):
            raise _problem(
                ProblemKind.READ_ONLY,
                journal,
                f"{journal} cannot be read with your permissions. Fix its permissions "
                "or choose another file.",
                paths,
            )
        if not os.access(journal, os.W_OK) or not os.access(root, os.W_OK):
            raise _problem(
                ProblemKind.READ_ONLY,
                journal,
                f"{journal} or its folder is read-only, so nothing you write could be "
                "saved. Make it writable (or copy it somewhere writable) and try again.",
                paths,
            )
    elif not os.access(root, os.W_OK):
        raise _problem(
            ProblemKind.READ_ONLY,
            root,
            f"The folder {root} is read-only, so a journal cannot be created there. "
            "Choose another folder.",
            paths,
        )
    state = cipher_state(journal)
    if state is JournalCipherState.UNREADABLE:
        raise _problem(
            ProblemKind.NOT_A_DATABASE,
            journal,
            f"{journal} is not a Refleks journal: it is not a database, or it is an "
            "encrypted journal whose key information (journal.db.header.json) is missing or "
            "damaged. "
            "The file has not been changed.",
            paths,
        )
    if state is JournalCipherState.PLAIN and header_path(journal).exists():
        raise _problem(
            ProblemKind.REPLACED,
            journal,
            f"{journal} is not encrypted, but the key file beside it "
            f"({header_path(journal).name}) belongs to an encrypted journal: the encrypted "
            "journal was replaced by a plain file, or removing its passphrase was "
            "interrupted. Restore it from a backup, or choose another journal; nothing has "
            "been changed. If you removed the passphrase yourself, delete "
            f"{header_path(journal).name} and start again.",
            paths,
        )
    return JournalState(paths, state)


def _refuse_lost_journal(paths: DataPaths) -> None:
    """Raise unless the journal is there with contents, or the folder is new to Refleks."""
    journal = paths.journal
    found = presence(journal, paths.backups)
    if found in (Presence.NEW, Presence.PRESENT):
        return
    backups = has_backups(paths.backups)
    remedy = (
        "Restore it from a backup, or choose another journal; nothing has been changed."
        if backups
        else "There is no backup to restore it from: choose another journal, or, if you "
        "had written nothing in it yet, delete the empty file and start again."
    )
    if found is Presence.EMPTIED:
        was = " It was an encrypted journal." if header_path(journal).exists() else ""
        raise _problem(
            ProblemKind.EMPTIED,
            journal,
            f"{journal} is empty (0 bytes): the journal that was in it has been lost, for "
            f"instance by an interrupted copy or sync.{was} {remedy}",
            paths,
        )
    if found is Presence.DANGLING_LINK:
        target = os.readlink(journal)
        raise _problem(
            ProblemKind.JOURNAL_MISSING,
            journal,
            f"{journal} links to {target}, which does not exist. If it is on a drive that "
            "is not connected, connect it and try again; otherwise restore the journal "
            "from a backup or choose another one. Nothing has been changed.",
            paths,
        )
    left = [
        what
        for what, there in (
            (f"its key file ({header_path(journal).name})", header_path(journal).exists()),
            ("its backups", backups),
        )
        if there
    ]
    verb = "is" if len(left) == 1 and not backups else "are"
    raise _problem(
        ProblemKind.JOURNAL_MISSING,
        journal,
        f"{journal} is missing, but {' and '.join(left)} {verb} still in {paths.root}, so "
        "this is not a new journal. Restore it from a backup, or choose the folder that "
        "holds it; nothing has been changed. To start a new journal here instead, first "
        f"move {' and '.join(left)} out of the folder.",
        paths,
    )


def open_checked(paths: DataPaths, *, key: bytes | None = None) -> JournalContext:
    """Open the journal; every known failure becomes a StartupFailedError."""
    inspect_journal(paths)
    try:
        context = open_journal(paths, key=key)
        if key is not None:
            adopt_headerless_copies(paths.backups, paths.journal, key)
        return context
    except SchemaTooNewError as error:
        raise _problem(ProblemKind.SCHEMA_TOO_NEW, paths.journal, error.message, paths) from None
    except MigrationFailedError as error:
        raise _problem(ProblemKind.MIGRATION_FAILED, paths.journal, error.message, paths) from None
    except JournalLockedError as error:
        raise _problem(ProblemKind.LOCKED, paths.journal, error.message, paths) from None
    except ReadOnlyJournalError as error:
        raise _problem(ProblemKind.READ_ONLY, paths.journal, error.message, paths) from None
    except NotAJournalError as error:
        raise classify_unopenable(paths, error) from None
    except StorageError as error:
        raise classify_unopenable(paths, error) from None


def classify_unopenable(paths: DataPaths, error: StorageError) -> StartupFailedError:
    """A file that would not open: damaged (it looks like a journal) or not a database."""
    journal = paths.journal
    looks_like_journal = is_plain_sqlite(file_prefix(journal)) or (
        cipher_state(journal) is JournalCipherState.ENCRYPTED
    )
    foreign = "is a database, but not a refleks journal" in error.message.lower()
    if looks_like_journal and not foreign:
        return _problem(
            ProblemKind.CORRUPT,
            journal,
            f"{journal} is damaged and cannot be opened. Restore it from a backup, or "
            "choose another file; the damaged file has not been changed.",
            paths,
        )
    return _problem(ProblemKind.NOT_A_DATABASE, journal, error.message, paths)


def unlock_problem(paths: DataPaths, error: RefleksError) -> StartupFailedError:
    """The problem for a failed unlock: wrong passphrase, or missing key information."""
    if isinstance(error, WrongPassphraseError):
        return _problem(ProblemKind.WRONG_PASSPHRASE, paths.journal, error.message, paths)
    if isinstance(error, EncryptionError):
        return _problem(ProblemKind.NOT_A_DATABASE, paths.journal, error.message, paths)
    return _problem(ProblemKind.CORRUPT, paths.journal, error.message, paths)


def key_file_damaged(paths: DataPaths, passphrase: str) -> bool:
    """Whether the journal's key file, not `passphrase`, is what is wrong.

    True when the passphrase, through the key file of one of the journal's encrypted
    backups, gives a key that opens the journal itself: the journal's own key file then has
    a damaged key check or salt. Call it only while this process has no connection to the
    journal (it opens one).
    """
    from app.security.header import header_for
    from app.security.kdf import derive_key, key_matches

    tried: set[object] = set()
    for backup in list_backups(paths.backups):
        try:
            theirs = header_for(backup.path) if backup.encrypted else None
        except ValueError:  # a damaged header of its own: no witness
            continue
        if theirs is None or (theirs.kdf, theirs.key_check) in tried:
            continue
        tried.add((theirs.kdf, theirs.key_check))
        try:
            key = derive_key(passphrase, theirs.kdf)
        except (ValueError, RefleksError):
            continue
        if key_matches(key, theirs.key_check) and _opens(paths.journal, key):
            return True
    return False


def _opens(journal: Path, key: bytes) -> bool:
    """Whether `key` reads the encrypted `journal` (a wrong key fails at the first read)."""
    try:
        connection = connect_file(journal, key)
        try:
            checks.readable(connection)
        finally:
            connection.close()
    except driver_errors():
        return False
    return True


def damaged_key_file_problem(paths: DataPaths) -> StartupFailedError:
    """The problem for a journal whose key file is damaged (see `key_file_damaged`)."""
    journal = paths.journal
    return _problem(
        ProblemKind.CORRUPT,
        journal,
        f"The key file beside {journal} ({header_path(journal).name}) is damaged: your "
        "passphrase opens the journal's backups, but not the journal through this key "
        "file. Restore the journal from a backup; the journal and its key file are kept "
        "beside it as they are.",
        paths,
    )


def locked_problem(paths: DataPaths) -> StartupFailedError:
    return _problem(
        ProblemKind.LOCKED,
        paths.lock,
        f"Refleks is already using {paths.root} in another window or command that did "
        "not answer. Close it, or wait for the command to finish, and try again.",
        paths,
    )
