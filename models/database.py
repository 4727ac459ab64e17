"""One open journal file: plain transactions for the store, sessions for the ORM.

`transaction()` runs one transaction on the journal's own DB-API connection (from
models.connection), which is all the store in app/store needs; SQLAlchemy is not even
imported for it. `session()` is for the few writes the ORM makes simpler (courses, own
tags): the engine behind it is built, and SQLAlchemy imported, the first time one is asked
for. So a window that only reads and writes entries starts without the ORM.

The engine's pragmas are set in a `connect` event because `PRAGMA journal_mode=WAL`
inside a transaction silently does nothing. pysqlite's own transaction handling is
switched off and `BEGIN` is emitted by us, so that DDL in migrations is transactional too.
An encrypted journal is opened through SQLCipher with a raw 32-byte key (derived once by
app.security); the key is applied before any other statement on each new connection.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.connection import (
    apply_pragmas,
    connect_file,
    describe_access_failure,
    driver_errors,
    write_transaction,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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
    from sqlalchemy import create_engine, event

    kwargs: dict[str, Any] = {"creator": lambda: connect_file(path, key)}
    if key is not None:
        from sqlcipher3 import dbapi2

        kwargs["module"] = dbapi2
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One open journal file. Transactions are short: one per user action."""

    def __init__(self, *, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._connection: Any = None
        # The window's thread and an export's worker may both ask; one transaction at a time.
        self._guard = threading.RLock()

    @classmethod
    def open(
        cls, path: Path, *, backup_dir: Path | None = None, key: bytes | None = None
    ) -> Database:
        """The journal at `path` made ready (models.opening: created, upgraded or refused).
        With `key`, the file is SQLCipher under that raw key."""
        from models.opening import prepare_file

        prepare_file(Path(path), key=key, backup_dir=backup_dir)
        return cls(path=Path(path), key=key)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine over the file, made (and SQLAlchemy imported) at first use."""
        with self._guard:
            if self._engine is None:
                self._engine = make_engine(self.path, key=self.key)
            return self._engine

    @contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Any]:
        """The journal's DB-API connection inside one transaction: committed when the block
        succeeds, rolled back on any error. Driver errors leave as JournalAccessError.

        `write` takes the write lock at BEGIN (waiting, up to the busy timeout, for a sync
        that holds it): a transaction that reads first and writes later could otherwise be
        refused at its first write if another connection committed in between."""
        with (
            self._guard,
            write_transaction(self._own_connection(), self.path, immediate=write) as connection,
        ):
            yield connection

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """The journal's DB-API connection outside any transaction (for the backup API);
        no other caller of this Database uses it meanwhile."""
        with self._guard:
            yield self._own_connection()

    def _own_connection(self) -> Any:
        if self._connection is None:
            try:
                connection = connect_file(self.path, self.key, shared=True)
                apply_pragmas(connection)
            except driver_errors() as error:
                raise describe_access_failure(self.path, error) from error
            self._connection = connection
        return self._connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session inside one transaction: committed on success, rolled back on error.

        Driver errors leave as JournalAccessError, so callers above models/ never need to
        know the driver's exception types.
        """
        from sqlalchemy.exc import SQLAlchemyError
        from sqlalchemy.orm import sessionmaker

        engine = self.engine
        if self._sessions is None:
            self._sessions = sessionmaker(engine, expire_on_commit=False)
        try:
            with self._sessions() as session, session.begin():
                yield session
        except (SQLAlchemyError, *driver_errors()) as error:
            raise describe_access_failure(self.path, error) from error

    def reopen(self, key: bytes | None) -> None:
        """Close every connection and continue on the same file under `key`.

        Used after the file was converted in place (encrypted, re-keyed or decrypted):
        services holding this Database keep working without being rebuilt.
        """
        self.close()
        self.key = key

    def connect_copy(self, path: Path) -> Any:
        """A DB-API connection to another file (a backup) keyed like this journal."""
        return connect_file(path, self.key)

    def close(self) -> None:
        with self._guard:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
                self._sessions = None
