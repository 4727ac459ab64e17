"""Making a journal file ready to use: create it at head, upgrade it, or refuse it.

`prepare_file` is the one place that decides what the file at a journal's path is, for
the window, every command and every export: a new journal is created at head, an older
one is upgraded (with a copy first), and a foreign, newer, damaged or unreadable file is
refused with our own error. It speaks through a plain connection (models.connection), so
SQLAlchemy and Alembic are imported only when an upgrade is due. `probe_at_head` is the
read-only look the window's first paint takes: a connection when the journal is ready as
it is, else None, and nothing created, upgraded or written.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

from models import migrate
from models.connection import (
    BUSY_TIMEOUT_MS,
    apply_pragmas,
    connect_file,
    describe_open_failure,
    driver_errors,
)
from models.errors import MigrationFailedError, NotAJournalError, ReadOnlyJournalError
from models.journal_file import is_plain_sqlite, read_prefix
from models.migrate import create_at_head, plain_revision
from models.snapshot import create_private_file

_HAS_TABLES = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def prepare_file(path: Path, *, key: bytes | None = None, backup_dir: Path | None = None) -> None:
    """Bring the journal at `path` to HEAD_REVISION, creating it when it is absent.

    With `key`, the file is a SQLCipher database under that raw 32-byte key. Failures are
    our StorageErrors; a file this call created is removed again when nothing was written.
    """
    path = Path(path)
    if path.is_symlink() and not path.exists():
        # Creating it would make a new, empty journal wherever the link points.
        raise NotAJournalError(
            f"{path} links to {path.readlink()}, which does not exist. Connect the drive "
            "it is on, or restore the journal from a backup.",
            path=path,
        )
    created = False
    try:
        if not path.exists():
            create_private_file(path)
            created = True
    except OSError as error:
        raise ReadOnlyJournalError(
            f"Cannot create {path}: {error.strerror}. Choose a folder you can write to.",
            path=path,
        ) from error
    try:
        revision = _ready_or_created(path, key)
        if revision is not None:
            _upgrade(path, key, revision, backup_dir)
    except BaseException as error:
        if created:
            _forget_empty(path)  # else the next start would take it for a lost journal
        if isinstance(error, driver_errors()):
            raise describe_open_failure(path, error) from error
        raise


def _ready_or_created(path: Path, key: bytes | None) -> str | None:
    """None when the file is at head, or was empty and is now a journal at head; else the
    older or newer revision it is stamped with."""
    connection = connect_file(path, key)
    try:
        apply_pragmas(connection)
        revision = plain_revision(connection)
        if revision == migrate.HEAD_REVISION:
            return None
        if revision is not None:
            return revision  # older (to upgrade) or newer (to refuse): models.migrate decides
        if connection.execute(_HAS_TABLES).fetchone() is not None:
            raise NotAJournalError(
                f"{path} is a database, but not a Refleks journal. Choose another file.",
                path=path,
            )
        _create(connection, path)
        return None
    finally:
        connection.close()


def _create(connection: Any, path: Path) -> None:
    """A journal at head in one transaction: a failure leaves the file empty."""
    connection.execute("BEGIN")
    try:
        create_at_head(connection.execute)
        connection.execute("COMMIT")
    except Exception as error:
        with suppress(*driver_errors()):
            connection.execute("ROLLBACK")
        raise MigrationFailedError(
            f"Creating the journal {path} failed and was rolled back ({error})", path=path
        ) from error


def _upgrade(path: Path, key: bytes | None, revision: str, backup_dir: Path | None) -> None:
    from models.database import make_engine
    from models.migrate import upgrade_existing

    engine = make_engine(path, key=key)
    try:
        upgrade_existing(
            engine,
            db_path=path,
            revision=revision,
            backup_dir=backup_dir,
            copy_connect=lambda target: connect_file(target, key),
        )
    finally:
        engine.dispose()


def _forget_empty(path: Path) -> None:
    """Remove the journal file this start created, if nothing was written to it."""
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass  # left for the next start to report


PROBE_BUSY_MS = 200  # a writer holding the file: give way to the usual start instead


def probe_at_head(path: Path) -> Any | None:
    """A read-only connection to the plain journal at `path` when it is at head; else None.

    None for a missing, empty, encrypted, damaged, busy or foreign file and for one whose
    schema is not at head: nothing here may create, upgrade or change the file.
    """
    try:
        if not is_plain_sqlite(read_prefix(path)):
            return None
    except OSError:
        return None
    connection: Any = None
    try:
        # Not `mode=ro`: a read-only connection cannot open a WAL journal whose -shm is
        # missing. query_only refuses every write on this connection instead.
        connection = connect_file(path)
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout = {min(PROBE_BUSY_MS, BUSY_TIMEOUT_MS)}")
        connection.execute("PRAGMA query_only = 1")
        if plain_revision(connection) == migrate.HEAD_REVISION:
            return connection
    except driver_errors():
        pass
    if connection is not None:
        connection.close()
    return None
