"""The engine over one journal file: pragmas, transactions and the session factory.

Pragmas are set in a `connect` event because `PRAGMA journal_mode=WAL` inside a
transaction silently does nothing. pysqlite's own transaction handling is switched off
and `BEGIN` is emitted by us, so that DDL in migrations is transactional too.

An encrypted journal is opened through SQLCipher with a raw 32-byte key (derived once by
app.security); the key is applied before any other statement on each new connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models.connection import (
    apply_pragmas,
    connect_file,
    describe_access_failure,
    driver_errors,
)

__all__ = ["Database", "connect_file", "describe_access_failure", "make_engine"]


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    apply_pragmas(dbapi_connection)


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, key: bytes | None = None) -> Engine:
    """An engine over the SQLite file at `path`, with our pragmas and transaction handling.

    Its connections come from models.connection.connect_file, as every connection does;
    with `key` the file is opened through SQLCipher (the dialect then uses sqlcipher3's
    module, so its errors are recognised).
    """
    kwargs: dict[str, Any] = {"creator": lambda: connect_file(path, key)}
    if key is not None:
        from sqlcipher3 import dbapi2

        kwargs["module"] = dbapi2
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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
        cls, path: Path, *, backup_dir: Path | None = None, key: bytes | None = None
    ) -> Database:
        """The journal at `path` made ready (models.opening: created, upgraded or refused),
        with an engine over it. With `key`, the file is SQLCipher under that raw key."""
        from models.opening import prepare_file

        prepare_file(Path(path), key=key, backup_dir=backup_dir)
        return cls(make_engine(Path(path), key=key), path=Path(path), key=key)

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
