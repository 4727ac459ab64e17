"""The engine over one journal file: pragmas, transactions and the session factory.

Pragmas are set in a `connect` event because `PRAGMA journal_mode=WAL` inside a
transaction silently does nothing. pysqlite's own transaction handling is switched off
and `BEGIN` is emitted by us, so that DDL in migrations is transactional too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.errors import (
    JournalLockedError,
    NotAJournalError,
    ReadOnlyJournalError,
    StorageError,
)
from models.snapshot import create_private_file

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, creator: Callable[[], Any] | None = None) -> Engine:
    """An engine over the SQLite file at `path`, with our pragmas and transaction handling.

    `creator`, when given, opens the DB-API connection itself (e.g. SQLCipher with a key).
    """
    kwargs: dict[str, Any] = {}
    if creator is not None:
        kwargs["creator"] = creator
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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


class Database:
    """One open journal file. Sessions are short: one per user action."""

    def __init__(self, engine: Engine, *, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backup_dir: Path | None = None,
        creator: Callable[[], Any] | None = None,
    ) -> Database:
        """Open (creating if absent) and migrate the journal at `path`."""
        from models.migrate import ensure_schema

        path = Path(path)
        try:
            if not path.exists():
                create_private_file(path)
        except OSError as error:
            raise ReadOnlyJournalError(
                f"Cannot create {path}: {error.strerror}. Choose a folder you can write to.",
                path=path,
            ) from error
        engine = make_engine(path, creator=creator)
        try:
            ensure_schema(engine, db_path=path, backup_dir=backup_dir)
        except StorageError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
            engine.dispose()
            raise describe_open_failure(path, error) from error
        return cls(engine, path=path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
