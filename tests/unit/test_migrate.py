"""Opening journal files: a new file is migrated to head; newer or foreign files are refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from models.database import Database
from models.errors import NotAJournalError, SchemaTooNewError
from models.migrate import HEAD_REVISION, known_revisions


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from models.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_empty_file_is_migrated_to_head_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    database = Database.open(path)
    try:
        with database.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
            fks = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
            tables = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table'"
                )
            }
    finally:
        database.close()
    assert version == HEAD_REVISION
    assert (mode, sync, fks) == ("wal", 2, 1)
    assert {
        "entries",
        "answers",
        "tags",
        "entry_tags",
        "courses",
        "modules",
        "entries_fts",
    } <= tables
    assert path.stat().st_mode & 0o777 == 0o600


def test_reopening_a_current_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    Database.open(path).close()
    before = digest(path)
    Database.open(path).close()
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_schema_newer_than_the_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = digest(path)
    with pytest.raises(SchemaTooNewError, match="newer version of Refleks"):
        Database.open(path)
    assert digest(path) == before


def test_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    path.write_bytes(b"this is a shopping list, not a journal\n" * 200)
    before = digest(path)
    with pytest.raises(NotAJournalError, match="damaged or is not a Refleks journal"):
        Database.open(path)
    assert digest(path) == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(NotAJournalError, match="not a Refleks journal"):
        Database.open(path)
