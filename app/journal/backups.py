"""Automatic and manual backups of the open journal, their retention, listing and restore.

Copies go through SQLite's online backup API into `<data-dir>/backups/`, each verified with
`PRAGMA integrity_check` before it counts: a copy is written as `.partial` and renamed
only once it checked out. A backup of an encrypted journal is encrypted with the same key
and gets its own header file beside it. Retention keeps the newest backup of each of the
last 7 days and of each of the last 12 months (both configurable); copies taken before a
restore or a schema upgrade are never pruned.

Retention errs on the side of keeping, since a backup deleted by mistake cannot come back:
- nothing is pruned unless a backup verified good is among those kept, so the last good
  backup always stays, and a backup of a journal without entries prunes nothing;
- a backup stamped later than now (the clock was wrong then, or is now) neither is pruned
  nor pushes others out;
- within one day or month, the newest by stamp replaces the others only if it is not older
  on disk (modification time) than they are: when the two clocks disagree, both stay.

A restore stages and verifies the backup first, then secures the current journal: a
verified pre-restore backup, or, when the journal is too damaged to copy faithfully, the
file itself renamed `journal.db.<time>.damaged`, byte for byte. A restore that is refused
or fails leaves the journal as it was and nothing behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import RefleksError
from app.security.header import header_for, header_path, pending_header_path, write_header
from app.security.unlock import JournalCipherState, cipher_state
from app.store import checks
from models.connection import connect_file
from models.journal_file import replace_file
from models.snapshot import copy_database

if TYPE_CHECKING:
    from models.database import Database

PREFIX = "refleks-"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
KINDS = ("auto", "manual", "pre-restore")
PRUNED_KINDS = frozenset({"auto", "manual"})
_NAME = re.compile(r"^refleks-(?P<stamp>\d{8}T\d{12}Z)-(?P<kind>[a-z-]+)\.db$")
_MIGRATION_NAME = re.compile(r"^pre-migration-.+-(?P<stamp>\d{8}T\d{6}Z)\.db$")


class BackupError(RefleksError):
    """A backup could not be made, read or restored."""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    daily: int = 7
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as the Restore dialog and `restore` show it."""

    path: Path
    created_at: dt.datetime  # aware, UTC
    kind: str  # auto, manual, pre-restore, pre-migration
    size: int
    encrypted: bool
    modified_at: dt.datetime | None = None  # the file's mtime (aware, UTC), for retention


class Unreadable(enum.Enum):
    """Why a backup's entries could not be counted."""

    OTHER_PASSPHRASE = "other-passphrase"  # encrypted under a key we do not have
    DAMAGED = "damaged"  # it is ours to read, and reading it failed


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match:
        stamp = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
        kind = match["kind"]
    else:
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            return None
        stamp = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ")
        kind = "pre-migration"
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return BackupInfo(
        path=path,
        created_at=stamp.replace(tzinfo=dt.UTC),
        kind=kind,
        size=status.st_size,
        encrypted=cipher_state(path) is JournalCipherState.ENCRYPTED,
        modified_at=dt.datetime.fromtimestamp(status.st_mtime, dt.UTC),
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = (_parse(path) for path in folder.iterdir() if path.suffix == ".db")
    return sorted((info for info in found if info), key=lambda b: b.created_at, reverse=True)


def entry_count(backup: Path, key: bytes | None) -> int | None:
    """Entries (outside the trash) in `backup`, or None when it cannot be read with `key`."""
    try:
        connection = connect_file(backup, key)
        try:
            count = checks.entry_count(connection, outside_trash=True)
        finally:
            connection.close()
    except Exception:  # damaged, or encrypted under another key: shown as unknown
        return None
    return count


def count_or_reason(backup: BackupInfo, key: bytes | None) -> int | Unreadable:
    """Entries in `backup` read with `key`, or why they cannot be: another passphrase (an
    encrypted backup without a key that matches it) or damage (anything else that fails)."""
    if backup.encrypted and (key is None or not _key_fits(backup.path, key)):
        return Unreadable.OTHER_PASSPHRASE
    count = entry_count(backup.path, key if backup.encrypted else None)
    return Unreadable.DAMAGED if count is None else count


def _key_fits(path: Path, key: bytes) -> bool:
    from app.security.kdf import key_matches

    try:
        header = header_for(path)
    except ValueError:  # a damaged key file
        return False
    return header is not None and key_matches(key, header.key_check)


def verify_file(path: Path, key: bytes | None) -> None:
    """Raise BackupError unless `path` passes `PRAGMA integrity_check` under `key`."""
    try:
        connection = connect_file(path, key)
        try:
            result = checks.integrity(connection)
        finally:
            connection.close()
    except Exception as error:
        raise BackupError(f"{path.name} cannot be read: {error}.") from error
    if result != ["ok"]:
        raise BackupError(f"{path.name} is damaged: {'; '.join(result[:3])}.")


def to_keep(
    backups: Iterable[BackupInfo], policy: RetentionPolicy, *, now: dt.datetime | None = None
) -> set[Path]:
    """The backups retention keeps: the newest of each of the last N days and M months.

    With `now`, a backup stamped later is kept and takes no day's or month's place; a
    backup older on disk than the newer-stamped one that would replace it is kept too (see
    the module docstring).
    """
    prunable = [b for b in backups if b.kind in PRUNED_KINDS]
    future = {b.path for b in prunable if now is not None and b.created_at > now}
    ordered = sorted(
        (b for b in prunable if b.path not in future), key=lambda b: b.created_at, reverse=True
    )
    keep: set[Path] = set(future)
    for limit, bucket in (
        (policy.daily, lambda b: b.created_at.date()),
        (policy.monthly, lambda b: (b.created_at.year, b.created_at.month)),
    ):
        leaders: dict[object, BackupInfo] = {}
        for backup in ordered:
            key = bucket(backup)
            leader = leaders.get(key)
            if leader is None and len(leaders) < limit:
                leaders[key] = backup
                keep.add(backup.path)
            elif leader is not None and _written_before(leader, backup):
                keep.add(backup.path)  # "newer" by its stamp only: the clocks disagree
    return keep


def _written_before(newer: BackupInfo, older: BackupInfo) -> bool:
    """True when `newer` (by stamp) was written to disk before `older` was."""
    if newer.modified_at is None or older.modified_at is None:
        return False
    return newer.modified_at < older.modified_at


class BackupService:
    """Backups of one open journal."""

    def __init__(
        self,
        *,
        database: Database,
        folder: Path,
        policy: RetentionPolicy | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self._database = database
        self.folder = folder
        self.policy = policy or RetentionPolicy()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def entry_count(self, backup: BackupInfo) -> int | None:
        return entry_count(backup.path, self._key_for(backup.path))

    def count_or_reason(self, backup: BackupInfo) -> int | Unreadable:
        return count_or_reason(backup, self._database.key)

    def last_backup(self) -> BackupInfo | None:
        regular = [b for b in self.list_backups() if b.kind in PRUNED_KINDS]
        return regular[0] if regular else None

    def backup_if_due(self, max_age: dt.timedelta = dt.timedelta(days=1)) -> BackupInfo | None:
        """Back up when the newest backup is older than `max_age` (at start).

        A backup stamped later than now (made while the clock ran ahead) does not count:
        it would put off every automatic backup until the clock caught up with it.
        """
        now = self._clock()
        regular = [b for b in self.list_backups() if b.kind in PRUNED_KINDS and b.created_at <= now]
        if regular and now - regular[0].created_at < max_age:
            return None
        return self.backup_now("auto")

    def backup_now(self, kind: str = "manual") -> BackupInfo:
        """Copy the journal now, verify the copy, then apply retention."""
        if kind not in KINDS:
            raise ValueError(kind)
        stamp = self._clock().astimezone(dt.UTC).strftime(STAMP_FORMAT)
        final = self.folder / f"{PREFIX}{stamp}-{kind}.db"
        partial = final.with_name(final.name + ".partial")
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            partial.unlink(missing_ok=True)
            with self._database.connection() as source:
                copy_database(source, partial, connect=self._database.connect_copy)
            verify_file(partial, self._database.key)
            self._write_header(partial, final)
            replace_file(partial, final)
        except (OSError, BackupError) as error:
            partial.unlink(missing_ok=True)
            detail = error.message if isinstance(error, BackupError) else error.strerror
            raise BackupError(
                f"The backup could not be made in {self.folder}: {detail} "
                "Check the free disk space; the journal itself is unchanged."
            ) from error
        except Exception as error:  # driver errors while copying
            partial.unlink(missing_ok=True)
            raise BackupError(
                f"The backup could not be made in {self.folder}: {error}. "
                "The journal itself is unchanged."
            ) from error
        self.prune(verified=final)
        info = _parse(final)
        assert info is not None
        return info

    def prune(self, verified: Path | None = None) -> list[Path]:
        """Delete the backups retention no longer keeps; returns what was deleted.

        `verified` is a backup known good (the one just made). Without one among those
        kept, the newest kept is verified first; if none checks out, nothing is deleted.
        A backup of a journal without entries prunes nothing: a journal emptied behind our
        back must not push out the backups that still hold it.
        """
        backups = self.list_backups()
        keep = to_keep(backups, self.policy, now=self._clock())
        doomed = [b for b in backups if b.kind in PRUNED_KINDS and b.path not in keep]
        if not doomed or not self._keeps_a_good_one(backups, keep, verified):
            return []
        if verified is not None and entry_count(verified, self._database.key) == 0:
            return []
        removed = []
        for backup in doomed:
            backup.path.unlink(missing_ok=True)
            header_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
        return removed

    def _keeps_a_good_one(
        self, backups: list[BackupInfo], keep: set[Path], verified: Path | None
    ) -> bool:
        if verified is not None and verified in keep:
            return True
        for backup in backups:  # newest first
            if backup.path in keep and backup.kind in PRUNED_KINDS:
                try:
                    verify_file(backup.path, self._key_for(backup.path))
                except BackupError:
                    continue
                return True
        return False

    def _write_header(self, partial: Path, final: Path) -> None:
        if self._database.key is None:
            return
        journal_header = header_for(self._database.path)
        if journal_header is None:
            raise BackupError("the journal's key information is missing.")
        write_header(header_path(final), journal_header.for_file(partial))

    def _key_for(self, backup: Path) -> bytes | None:
        """The current key if `backup` was encrypted with it, else None."""
        if self._database.key is None:
            return None
        current = header_for(self._database.path)
        theirs = header_for(backup)
        if current and theirs and current.key_check == theirs.key_check:
            return self._database.key
        return None


def adopt_headerless_copies(folder: Path, journal: Path, key: bytes) -> list[Path]:
    """Give encrypted copies made without our help (the copy taken before a schema upgrade,
    in models/) the header they need, once the journal's key is known to open them."""
    journal_header = header_for(journal)
    if journal_header is None or not folder.is_dir():
        return []
    adopted = []
    for path in sorted(folder.glob("pre-migration-*.db")):
        if cipher_state(path) is not JournalCipherState.UNREADABLE:
            continue
        try:
            verify_file(path, key)
        except BackupError:
            continue  # not ours to label: left as it is
        write_header(header_path(path), journal_header.for_file(path))
        adopted.append(path)
    return adopted


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What a restore did with the journal it replaced."""

    kept: Path | None  # the pre-restore backup, or the damaged file set aside; None: none was
    set_aside: bool  # True when `kept` is the journal file itself, renamed


# Makes the verified pre-restore backup of the current journal and returns its path; raises
# BackupError when the journal cannot be copied faithfully (it is then set aside instead).
SafetyCopy = Callable[[], Path]


def damaged_name(journal: Path, now: dt.datetime | None = None) -> Path:
    """Where a journal that is set aside goes: `journal.db.<time>.damaged` beside it."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return journal.with_name(f"{journal.name}.{stamp}.damaged")


def restore_backup(
    backup: Path,
    journal: Path,
    *,
    backup_key: bytes | None,
    safety_copy: SafetyCopy | None,
    release: Callable[[], None] | None = None,
) -> RestoreOutcome:
    """Put a verified copy of `backup` in place of `journal`.

    In order: the backup is copied beside the journal and verified (a damaged backup, or a
    wrong key, stops here with nothing changed and nothing left); `safety_copy` secures the
    current journal (None, or a BackupError from it: the journal file is set aside as
    `.damaged`, byte for byte, with its key file and WAL); `release` lets go of the
    journal's connections; then the copy is renamed onto the journal. If a step fails, the
    journal is put back and the pre-restore backup removed. The backup is restored as it
    is, encrypted or not, with its key file.
    """
    staging = _stage(backup, journal, backup_key)
    kept: Path | None = None
    aside: Path | None = None
    try:
        if safety_copy is not None:
            with contextlib.suppress(BackupError):
                kept = safety_copy()
        if release is not None:
            release()
        if kept is None and (journal.exists() or journal.is_symlink()):
            aside = damaged_name(journal)
            _set_aside(journal, aside)
        _swap_in(staging, journal, backup, backup_key)
    except BaseException:
        staging.unlink(missing_ok=True)
        if aside is not None and not journal.exists():
            _set_aside(aside, journal)  # back where it was
        if kept is not None:
            kept.unlink(missing_ok=True)
            header_path(kept).unlink(missing_ok=True)
        raise
    return RestoreOutcome(kept=aside or kept, set_aside=aside is not None)


def restore_file(
    backup: Path,
    journal: Path,
    *,
    backup_key: bytes | None,
    keep_current_as: Path | None = None,
) -> None:
    """Put a verified copy of `backup` in place of `journal` (which must be closed).

    `keep_current_as` moves the present journal file aside instead of replacing it.
    """
    staging = _stage(backup, journal, backup_key)
    try:
        if keep_current_as is not None and journal.exists():
            _set_aside(journal, keep_current_as)
        _swap_in(staging, journal, backup, backup_key)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def _stage(backup: Path, journal: Path, backup_key: bytes | None) -> Path:
    """A verified byte copy of `backup` beside `journal`; BackupError leaves nothing."""
    staging = journal.with_name(journal.name + ".restoring")
    try:
        if backup_key is not None and header_for(backup) is None:
            raise BackupError(f"the key information of {backup.name} is missing.")
        verify_file(backup, backup_key)
        _copy_bytes(backup, staging)
        verify_file(staging, backup_key)
    except (OSError, BackupError) as error:
        staging.unlink(missing_ok=True)
        raise BackupError(
            f"Restoring {backup.name} failed and the journal was not changed: {error}"
        ) from error
    return staging


def _set_aside(journal: Path, target: Path) -> None:
    """Rename `journal` with its key file and WAL (a rename opens nothing: no lock is lost)."""
    replace_file(journal, target)
    for suffix in (".header.json", "-wal"):
        source = journal.with_name(journal.name + suffix)
        if source.exists():  # a damaged encrypted file keeps its key facts; the WAL its commits
            replace_file(source, target.with_name(target.name + suffix))


def _swap_in(staging: Path, journal: Path, backup: Path, backup_key: bytes | None) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{journal}{suffix}").unlink(missing_ok=True)
    if backup_key is not None:
        theirs = header_for(backup)
        if theirs is None:
            raise BackupError(f"The key information of {backup.name} is missing.")
        write_header(pending_header_path(journal), theirs.for_file(staging))
        replace_file(staging, journal)
        replace_file(pending_header_path(journal), header_path(journal))
    else:
        replace_file(staging, journal)
        with contextlib.suppress(FileNotFoundError):
            header_path(journal).unlink()


def _copy_bytes(source: Path, target: Path) -> None:
    """A byte copy: fine for a backup file, which nothing has open (unlike the journal)."""
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with open(source, "rb") as handle:
            while chunk := handle.read(1 << 20):
                os.write(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)
