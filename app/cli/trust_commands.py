"""`backup`, `restore`, `encrypt`, `rekey`, `decrypt`: the journal's safety from the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.journal_access import (
    ask,
    journal_key,
    open_for_command,
    passphrase,
    read_passphrase_file,
    take_lock,
)
from app.cli.passphrase_option import add_passphrase_option
from app.cli.words import plural
from app.errors import InvalidInputError
from app.journal.backups import (
    BackupError,
    BackupInfo,
    BackupService,
    Unreadable,
    count_or_reason,
    list_backups,
    restore_backup,
)
from app.journal.backups import entry_count as backup_entry_count
from app.journal.context import ensure_data_dir, open_journal
from app.journal.paths import DataPaths
from app.journal.startup import (
    ProblemKind,
    StartupFailedError,
    inspect_journal,
    key_file_damaged,
    open_checked,
    unlock_problem,
)
from app.security import service
from app.security.errors import EncryptionError, WrongPassphraseError
from app.security.header import file_prefix, header_for, is_plain_sqlite
from app.security.kdf import check_passphrase, key_matches
from app.security.unlock import JournalCipherState, unlock_key

# A journal that cannot be opened for these reasons is renamed, kept, and replaced by the
# backup when the user asks for a restore; for any other problem nothing is touched.
SET_ASIDE = frozenset(
    {
        ProblemKind.CORRUPT,
        ProblemKind.NOT_A_DATABASE,
        ProblemKind.MIGRATION_FAILED,
        ProblemKind.SCHEMA_TOO_NEW,
        ProblemKind.EMPTIED,
        ProblemKind.JOURNAL_MISSING,
        ProblemKind.REPLACED,
    }
)


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="make a verified backup of the journal now")
    add_passphrase_option(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="list backups, or restore one (the current journal is backed up first)"
    )
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup's file name or path; without it, the backups are listed",
    )
    add_passphrase_option(restore)
    restore.add_argument(
        "--backup-passphrase-file",
        metavar="PATH",
        type=Path,
        help="the passphrase the backup was made under, if it differs from the journal's",
    )
    restore.set_defaults(handler=run_restore)

    for name, text, handler in (
        ("encrypt", "encrypt the journal and its backups with a passphrase", run_encrypt),
        ("rekey", "change the passphrase of the encrypted journal", run_rekey),
        ("decrypt", "remove the encryption from the journal and its backups", run_decrypt),
    ):
        command = subparsers.add_parser(name, help=text)
        add_passphrase_option(command)
        if name == "rekey":
            command.add_argument(
                "--new-passphrase-file",
                metavar="PATH",
                type=Path,
                help="read the new passphrase from PATH (default: ask twice on the terminal)",
            )
        command.set_defaults(handler=handler)


def run_backup(args: argparse.Namespace) -> int:
    # The backup API reads a consistent snapshot even while the window writes: no lock.
    context = open_for_command(args, write=False)
    try:
        backups = BackupService(database=context.database, folder=args.paths.backups)
        made = backups.backup_now("manual")
        count = backups.entry_count(made)
    finally:
        context.close()
    print(f"Backed up {plural(count, 'entry', 'entries')} to {made.path}")
    return 0


def _describe(info: BackupInfo, count: int | Unreadable) -> str:
    local = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if count is Unreadable.DAMAGED:
        entries = "damaged (cannot be read)"
    elif count is Unreadable.OTHER_PASSPHRASE:
        entries = "? entries (other passphrase)"
    else:
        entries = plural(count, "entry", "entries")
    lock = "  encrypted" if info.encrypted else ""
    return f"{local}  {info.kind:<13} {entries:<28} {info.path.name}{lock}"


def _find_backup(paths: DataPaths, text: str) -> Path:
    candidate = Path(text).expanduser()
    if not candidate.exists():
        candidate = paths.backups / text
    if not candidate.is_file():
        names = ", ".join(b.path.name for b in list_backups(paths.backups)[:3]) or "none yet"
        raise InvalidInputError(
            f"There is no backup '{text}'. Run `restore` without a name to list them "
            f"(newest: {names})."
        )
    return candidate.resolve()


def run_restore(args: argparse.Namespace) -> int:
    if args.backup is None:
        return _list_backups(args)
    paths: DataPaths = args.paths
    backup = _find_backup(paths, args.backup)
    lock = take_lock(args)
    try:
        encrypted, current_key, damaged = _current_journal(args, paths)
        # The backup's key is settled before anything is written: a refusal leaves nothing.
        backup_key = _backup_key(args, backup, current_key)
        outcome = restore_backup(
            backup,
            paths.journal,
            backup_key=backup_key,
            safety_copy=None if damaged else lambda: _pre_restore_copy(paths, current_key),
        )
        count = backup_entry_count(paths.journal, backup_key)
    finally:
        lock.release()
    print(f"Restored {backup.name}: the journal now holds {plural(count, 'entry', 'entries')}.")
    if outcome.set_aside:
        print(
            "The journal as it was could not be backed up (it is damaged), so the file itself "
            f"is kept, unchanged, as {outcome.kept}"
        )
    elif outcome.kept:
        print(f"The journal as it was before is kept in {outcome.kept}")
    if backup_key is None and encrypted:
        print(
            "Note: this backup is not encrypted, so the journal is not encrypted now. "
            "Run `encrypt` to encrypt it again."
        )
    return 0


def _current_journal(args: argparse.Namespace, paths: DataPaths) -> tuple[bool, bytes | None, bool]:
    """(encrypted, its key, damaged) for the journal a restore replaces.

    A journal that cannot be opened (SET_ASIDE), or whose key file is damaged, is set aside
    rather than backed up: restoring is what it needs.
    """
    try:
        state = inspect_journal(paths)
    except StartupFailedError as failure:
        if failure.problem.kind not in SET_ASIDE:
            raise
        return False, None, True
    if not state.needs_passphrase:
        return False, None, False
    text = passphrase(args, "Passphrase of the journal: ")
    try:
        return True, unlock_key(paths.journal, text), False
    except (WrongPassphraseError, EncryptionError) as error:
        if key_file_damaged(paths, text):
            return True, None, True
        raise unlock_problem(paths, error) from None


def _list_backups(args: argparse.Namespace) -> int:
    paths: DataPaths = args.paths
    backups = list_backups(paths.backups)
    if not backups:
        print(f"There are no backups in {paths.backups} yet. Make one with `backup`.")
        return 0
    key = None
    if any(b.encrypted for b in backups):
        try:
            key = journal_key(args)
        except StartupFailedError:
            key = None  # counts of encrypted backups are shown as unknown
    for info in backups:
        print(_describe(info, count_or_reason(info, key)))
    print(f"\nRestore one with: restore <file name>   (backups are in {paths.backups})")
    return 0


def _pre_restore_copy(paths: DataPaths, key: bytes | None) -> Path:
    """The verified backup of the journal a restore replaces; BackupError when the journal
    cannot be opened or copied faithfully (restore_backup then sets the file aside)."""
    try:
        context = open_checked(paths, key=key)
    except StartupFailedError as failure:
        if failure.problem.kind not in SET_ASIDE:
            raise  # locked, read-only, a missing folder: restoring would not help
        raise BackupError(failure.problem.message) from None
    try:
        made = BackupService(database=context.database, folder=paths.backups).backup_now(
            "pre-restore"
        )
    finally:
        context.close()
    return made.path


def _backup_key(args: argparse.Namespace, backup: Path, current: bytes | None) -> bytes | None:
    header = header_for(backup)
    if header is None:
        if is_plain_sqlite(file_prefix(backup)):
            return None
        raise BackupError(f"{backup.name} is not a Refleks backup, or its key file is missing.")
    if current is not None and key_matches(current, header.key_check):
        return current
    if args.backup_passphrase_file:
        text = read_passphrase_file(args.backup_passphrase_file)
    elif current is None and getattr(args, "passphrase_file", None):
        text = passphrase(args)
    else:
        text = ask("Passphrase the backup was made under: ")
    try:
        return unlock_key(backup, text, header)
    except WrongPassphraseError:
        raise WrongPassphraseError(
            f"That passphrase does not open {backup.name}; it was made under another one. "
            "Nothing was changed."
        ) from None


def _new_passphrase(args: argparse.Namespace, option: str) -> str:
    path = getattr(args, option, None)
    if path:
        text = read_passphrase_file(path)
        check_passphrase(text)
        return text
    first = ask("New passphrase: ")
    check_passphrase(first)
    if ask("The same passphrase again: ") != first:
        raise InvalidInputError("The two passphrases differ; nothing was changed.")
    return first


def _report(report: service.ConversionReport, done: str) -> None:
    print(f"{done} ({report.backups_converted} backups converted along).")
    for path in report.backups_skipped:
        print(f"Left as it was (made under an older passphrase): {path.name}")


def run_encrypt(args: argparse.Namespace) -> int:
    paths: DataPaths = args.paths
    lock = take_lock(args)
    try:
        state = inspect_journal(paths)
        if state.needs_passphrase:
            if not service.unfinished(paths):
                raise InvalidInputError(
                    "The journal is already encrypted. Use `rekey` to change the passphrase."
                )
            # An earlier `encrypt` stopped after the journal: finish its backups.
            report = service.finish(paths, _require_key(args))
            _report(report, f"Finished encrypting {paths.journal}")
            return 0
        new = _new_passphrase(args, "passphrase_file")
        if state.cipher is JournalCipherState.ABSENT:
            ensure_data_dir(paths)
            open_journal(paths).close()  # an empty journal, so there is something to encrypt
        else:
            open_checked(paths).close()  # refuses a damaged or too-new file before converting
        report = service.encrypt(paths, new)
    finally:
        lock.release()
    _report(report, f"Encrypted {paths.journal}")
    print(
        "Keep the passphrase safe: without it the journal cannot be opened by anyone, "
        "including you."
    )
    return 0


def run_rekey(args: argparse.Namespace) -> int:
    paths: DataPaths = args.paths
    lock = take_lock(args)
    try:
        key = _require_key(args)
        if service.interrupted_change(paths, key):
            # An earlier change stopped after the journal: its backups follow first, and
            # the journal's passphrase is then the one just given.
            report = service.finish(paths, key)
            _report(report, "Finished the interrupted change of passphrase")
            return 0
        new = _new_passphrase(args, "new_passphrase_file")
        report = service.change_passphrase(paths, key, new)
    finally:
        lock.release()
    _report(report, "Changed the passphrase")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    paths: DataPaths = args.paths
    lock = take_lock(args)
    try:
        key = _require_key(args)
        report = service.remove_encryption(paths, key)
    finally:
        lock.release()
    _report(report, f"Removed the encryption from {paths.journal}")
    return 0


def _require_key(args: argparse.Namespace) -> bytes:
    key = journal_key(args)
    if key is None:
        raise InvalidInputError("The journal is not encrypted. Use `encrypt` to encrypt it.")
    open_checked(args.paths, key=key).close()  # a damaged file is reported, not converted
    return key
