"""Automatic and manual backups of the open journal, their retention, listing and restore.

Copies go through SQLite's online backup API into `<data-dir>/backups/`, each verified with
`PRAGMA integrity_check` before it counts: a copy is written as `.partial` and renamed
only once it checked out. A backup of an encrypted journal is encrypted with the same key
and gets its own header file beside it. Retention keeps the newest backup of each of the
last 7 days and of each of the last 12 months (both configurable); copies taken before a
restore or a schema upgrade are never pruned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import RefleksError
from app.security.header import header_for, header_path, pending_header_path, write_header
from app.security.unlock import JournalCipherState, cipher_state
from models.database import Database, connect_file
from models.snapshot import copy_database

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
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    return BackupInfo(
        path=path,
        created_at=stamp.replace(tzinfo=dt.UTC),
        kind=kind,
        size=size,
        encrypted=cipher_state(path) is JournalCipherState.ENCRYPTED,
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
            row = connection.execute(
                "SELECT count(*) FROM entries WHERE trashed_at IS NULL"
            ).fetchone()
        finally:
            connection.close()
    except Exception:  # damaged, or encrypted under another key: shown as unknown
        return None
    return int(row[0])


def verify_file(path: Path, key: bytes | None) -> None:
    """Raise BackupError unless `path` passes `PRAGMA integrity_check` under `key`."""
    try:
        connection = connect_file(path, key)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except Exception as error:
        raise BackupError(f"{path.name} cannot be read: {error}.") from error
    if result != ["ok"]:
        raise BackupError(f"{path.name} is damaged: {'; '.join(result[:3])}.")


def to_keep(backups: Iterable[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """The backups retention keeps: the newest of each of the last N days and M months."""
    prunable = sorted(
        (b for b in backups if b.kind in PRUNED_KINDS), key=lambda b: b.created_at, reverse=True
    )
    keep: set[Path] = set()
    for limit, bucket in (
        (policy.daily, lambda b: b.created_at.date()),
        (policy.monthly, lambda b: (b.created_at.year, b.created_at.month)),
    ):
        seen: set[object] = set()
        for backup in prunable:
            key = bucket(backup)
            if key not in seen and len(seen) < limit:
                seen.add(key)
                keep.add(backup.path)
    return keep


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

    def last_backup(self) -> BackupInfo | None:
        regular = [b for b in self.list_backups() if b.kind in PRUNED_KINDS]
        return regular[0] if regular else None

    def backup_if_due(self, max_age: dt.timedelta = dt.timedelta(days=1)) -> BackupInfo | None:
        """Back up when the newest backup is older than `max_age` (at start)."""
        last = self.last_backup()
        if last is not None and self._clock() - last.created_at < max_age:
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
            copy_database(self._database.engine, partial, connect=self._database.connect_copy)
            verify_file(partial, self._database.key)
            self._write_header(partial, final)
            os.replace(partial, final)
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
        self.prune()
        info = _parse(final)
        assert info is not None
        return info

    def prune(self) -> list[Path]:
        """Delete the backups retention no longer keeps; returns what was deleted."""
        backups = self.list_backups()
        keep = to_keep(backups, self.policy)
        removed = []
        for backup in backups:
            if backup.kind in PRUNED_KINDS and backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                header_path(backup.path).unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

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


def restore_file(
    backup: Path,
    journal: Path,
    *,
    backup_key: bytes | None,
    keep_current_as: Path | None = None,
) -> None:
    """Put a verified copy of `backup` in place of `journal` (which must be closed).

    The backup is copied as it is, encrypted or not, with its header. `keep_current_as`
    moves the present journal file aside instead of replacing it (used when it is damaged
    and no backup of it could be taken).
    """
    verify_file(backup, backup_key)
    staging = journal.with_name(journal.name + ".restoring")
    try:
        _copy_bytes(backup, staging)
        verify_file(staging, backup_key)
    except (OSError, BackupError) as error:
        staging.unlink(missing_ok=True)
        raise BackupError(
            f"Restoring {backup.name} failed and the journal was not changed: {error}"
        ) from error
    if keep_current_as is not None and journal.exists():
        os.replace(journal, keep_current_as)
        if header_path(journal).exists():  # a damaged encrypted file keeps its key facts
            os.replace(header_path(journal), header_path(keep_current_as))
        wal = Path(f"{journal}-wal")
        if wal.exists():  # it may hold the last commits of the file kept aside
            os.replace(wal, Path(f"{keep_current_as}-wal"))
    for suffix in ("-wal", "-shm"):
        Path(f"{journal}{suffix}").unlink(missing_ok=True)
    if backup_key is not None:
        theirs = header_for(backup)
        if theirs is None:
            raise BackupError(f"The key information of {backup.name} is missing.")
        write_header(pending_header_path(journal), theirs.for_file(staging))
        os.replace(staging, journal)
        os.replace(pending_header_path(journal), header_path(journal))
    else:
        os.replace(staging, journal)
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
