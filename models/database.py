"""The engine over one journal file: pragmas, transactions and the session factory.

Pragmas are set in a `connect` event because `PRAGMA journal_mode=WAL` inside a
transaction silently does nothing. pysqlite's own transaction handling is switched off
and `BEGIN` is emitted by us, so that DDL in migrations is transactional too.

An encrypted journal is opened through SQLCipher with a raw 32-byte key (derived once by
app.security); the key is applied before any other statement on each new connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models.connection import (
    apply_pragmas,
    connect_file,
    describe_access_failure,
    describe_open_failure,
    driver_errors,
)
from models.errors import NotAJournalError, ReadOnlyJournalError
from models.snapshot import create_private_file

__all__ = ["Database", "connect_file", "describe_access_failure", "make_engine"]


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    apply_pragmas(dbapi_connection)


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(
    path: Path, *, creator: Callable[[], Any] | None = None, key: bytes | None = None
) -> Engine:
    """An engine over the SQLite file at `path`, with our pragmas and transaction handling.

    `creator`, when given, opens the DB-API connection itself; `key` opens the file through
    SQLCipher (the dialect then uses sqlcipher3's module, so its errors are recognised).
    """
    kwargs: dict[str, Any] = {"creator": creator or (lambda: connect_file(path, key))}
    if key is not None:
        from sqlcipher3 import dbapi2

        kwargs["module"] = dbapi2
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _forget_empty(path: Path) -> None:
    """Remove the journal file this start created, if nothing was written to it."""
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass  # left for the next start to report


def _driver_errors() -> tuple[type[BaseException], ...]:
    """The drivers' errors (models.connection) and SQLAlchemy's wrappers of them."""
    return (SQLAlchemyError, *driver_errors())


class Database:
    """One open journal file. Sessions are short: one per user action."""

    def __init__(self, engine: Engine, *, path: Path, key: bytes | None = None) -> None:
        self.engine = engine
        self.path = path
        self.key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backup_dir: Path | None = None,
        creator: Callable[[], Any] | None = None,
        key: bytes | None = None,
    ) -> Database:
        """Open (creating if absent) and migrate the journal at `path`.

        With `key`, the file is a SQLCipher database under that raw 32-byte key.
        """
        from models.migrate import ensure_schema

        path = Path(path)
        created = False
        if path.is_symlink() and not path.exists():
            # Creating it would make a new, empty journal wherever the link points.
            raise NotAJournalError(
                f"{path} links to {path.readlink()}, which does not exist. Connect the drive "
                "it is on, or restore the journal from a backup.",
                path=path,
            )
        try:
            if not path.exists():
                create_private_file(path)
                created = True
        except OSError as error:
            raise ReadOnlyJournalError(
                f"Cannot create {path}: {error.strerror}. Choose a folder you can write to.",
                path=path,
            ) from error
        engine = make_engine(path, creator=creator, key=key)
        try:
            ensure_schema(
                engine,
                db_path=path,
                backup_dir=backup_dir,
                copy_connect=lambda target: connect_file(target, key),
            )
        except BaseException as error:
            engine.dispose()
            if created:
                _forget_empty(path)  # else the next start would take it for a lost journal
            if isinstance(error, (DatabaseError, OperationalError, sqlite3.DatabaseError)):
                raise describe_open_failure(path, error) from error
            raise
        return cls(engine, path=path, key=key)

    def reopen(self, key: bytes | None) -> None:
        """Close every connection and continue on the same file under `key`.

        Used after the file was converted in place (encrypted, re-keyed or decrypted):
        services holding this Database keep working without being rebuilt.
        """
        self.engine.dispose()
        self.engine = make_engine(self.path, key=key)
        self.key = key
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def connect_copy(self, path: Path) -> Any:
        """A DB-API connection to another file (a backup) keyed like this journal."""
        return connect_file(path, self.key)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Driver errors leave as JournalAccessError, so callers above models/ never need to
        know the driver's exception types.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except _driver_errors() as error:
            raise describe_access_failure(self.path, error) from error

    def close(self) -> None:
        self.engine.dispose()
