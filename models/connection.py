"""DB-API connections to a journal file without SQLAlchemy: open, pragmas, error wording.

The engine in models/database.py builds on these, and so do the paths that must not pay
SQLAlchemy's import (the window's first page, the whole-journal exports): they open a
plain connection through `connect_file` and `apply_pragmas` and speak SQL directly.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from models import journal_file
from models.errors import (
    JournalAccessError,
    JournalLockedError,
    NotAJournalError,
    ReadOnlyJournalError,
    StorageError,
)

BUSY_TIMEOUT_MS = 5000


class _PlainConnection(sqlite3.Connection):
    """A stdlib connection that tells models.journal_file when it closes."""

    def close(self) -> None:
        try:
            super().close()
        finally:
            journal_file.release(self)


@functools.cache
def _cipher_connection_class() -> type:
    from sqlcipher3 import dbapi2

    class CipherConnection(dbapi2.Connection):  # type: ignore[misc, name-defined]
        """A SQLCipher connection that tells models.journal_file when it closes."""

        def close(self) -> None:
            try:
                super().close()
            finally:
                journal_file.release(self)

    return CipherConnection


def connect_file(
    path: Path, key: bytes | None = None, *, cipher: bool = False, shared: bool = False
) -> Any:
    """A DB-API connection to `path`: stdlib sqlite3, or SQLCipher keyed with the raw `key`.

    The one way this process opens a journal or a copy of one: the connection is counted in
    models.journal_file, so nothing reads the file's bytes behind SQLite's back while it is
    open. `cipher` opens a plain file through SQLCipher's library (for `sqlcipher_export`);
    `shared` lets other threads use the connection (the caller serialises them).
    """
    plain = key is None
    prefix = journal_file.prefix_before_connect(path, plain=plain)
    if plain and not cipher:
        connection: Any = sqlite3.connect(
            path, factory=_PlainConnection, check_same_thread=not shared
        )
        journal_file.track(connection, path, prefix)
        return connection
    from sqlcipher3 import dbapi2

    connection = dbapi2.connect(
        str(path), factory=_cipher_connection_class(), check_same_thread=not shared
    )
    journal_file.track(connection, path, prefix)
    # SQLCipher logs failed decryptions to stderr; a wrong key is reported by us instead.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    # Sorts and temporary indexes stay in memory: no plaintext temporary files on disk.
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def apply_pragmas(dbapi_connection: Any) -> None:
    """Our pragmas on a new connection; pysqlite's own transaction handling switched off."""
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not _foreign(cursor):  # switching rewrites the file: another program's stays as it is
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _foreign(cursor: Any) -> bool:
    """A database with tables but no schema revision: not a journal (models.migrate says so)."""
    row = cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%'), EXISTS (SELECT 1 FROM sqlite_master "
        "WHERE type = 'table' AND name = 'alembic_version')"
    ).fetchone()
    return bool(row[0]) and not row[1]


def describe_open_failure(path: Path, error: BaseException) -> StorageError:
    """Turn a driver error at open time into the matching user-facing StorageError."""
    text = str(getattr(error, "orig", error) or error).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return NotAJournalError(
            f"{path} is damaged or is not a Refleks journal. "
            "Restore it from a backup or choose another file.",
            path=path,
        )
    if "locked" in text or "busy" in text:
        return JournalLockedError(
            f"{path} is locked by another program. Close it there and try again.", path=path
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyJournalError(
            f"{path} cannot be opened for writing. Check that the file and its folder "
            "are writable and that the disk is not full.",
            path=path,
        )
    return StorageError(f"{path} could not be opened: {error}", path=path)


def describe_access_failure(path: Path, error: BaseException) -> JournalAccessError:
    """Turn a driver error while the journal is open into a JournalAccessError with its kind."""
    detail = str(getattr(error, "orig", None) or error)
    text = detail.lower()
    if "locked" in text or "busy" in text:
        kind, message = "locked", f"{path} is locked by another program."
    elif "full" in text or "no space" in text:
        kind, message = "disk_full", f"The disk holding {path} is full."
    elif "readonly" in text or "read-only" in text or "permission" in text:
        kind, message = "read_only", f"{path} cannot be written (it is read-only)."
    elif "malformed" in text or "not a database" in text:
        kind, message = "damaged", f"{path} is damaged; restore it from a backup."
    else:
        kind, message = "other", f"{path} could not be read or written ({detail})."
    return JournalAccessError(message, kind=kind, path=path)


def driver_errors() -> tuple[type[BaseException], ...]:
    """Errors of the drivers in use; SQLCipher's do not derive from sqlite3's."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def _begin(connection: Any, path: Path, *, immediate: bool = False) -> None:
    try:
        connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    except driver_errors() as error:
        raise describe_access_failure(path, error) from error


@contextmanager
def read_snapshot(connection: Any, path: Path) -> Iterator[Any]:
    """One read transaction on a plain connection (from `connect_file` and `apply_pragmas`):
    everything read inside sees the same state of the journal. Driver errors leave as
    JournalAccessError, as from `Database.session`."""
    _begin(connection, path)
    try:
        yield connection
    except driver_errors() as error:
        raise describe_access_failure(path, error) from error
    finally:
        with suppress(*driver_errors()):
            connection.execute("ROLLBACK")


@contextmanager
def write_transaction(connection: Any, path: Path, *, immediate: bool = False) -> Iterator[Any]:
    """One write transaction on a plain connection: committed when the block succeeds,
    rolled back on any error (so the file is as it was). Driver errors leave as
    JournalAccessError, as from `Database.session`. `immediate` takes the write lock at
    the start (a transaction that reads before it writes is then never refused midway)."""
    _begin(connection, path, immediate=immediate)
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException as error:
        with suppress(*driver_errors()):
            connection.execute("ROLLBACK")
        if isinstance(error, driver_errors()):
            raise describe_access_failure(path, error) from error
        raise
