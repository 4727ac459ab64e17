"""0005_counted_index: a journal at 0004 with entries gains the index and keeps search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.database import Database
from models.migrate import HEAD_REVISION


def _journal_at_0004(path: Path) -> None:
    """A journal as 0004 left it: the declaration without the new index, stamped 0004."""
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP INDEX ix_entries_counted")
        connection.execute("UPDATE alembic_version SET version_num = '0004_search_trigram'")
        connection.execute(
            "INSERT INTO entries (uuid, day, created_at, updated_at, title, body, is_private) "
            "VALUES ('u1', '2026-05-01', '2026-05-01 10:00:00', '2026-05-01 10:00:00', "
            "'Samtale', 'om ansvar', 1)"
        )
    connection.close()


def test_upgrade_from_0004_adds_the_index_and_keeps_rows_and_search(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    _journal_at_0004(path)

    Database.open(path, backup_dir=tmp_path / "backups").close()

    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        index = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_entries_counted'"
        ).fetchone()
        rows = connection.execute("SELECT title, is_private FROM entries").fetchall()
        found = connection.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'ansvar'"
        ).fetchall()
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT day, count(*) FROM entries "
            "WHERE trashed_at IS NULL AND is_private = 0 GROUP BY day"
        ).fetchall()
    connection.close()
    assert revision == (HEAD_REVISION,)
    assert index is not None and "trashed_at, is_private, day" in index[0].replace('"', "")
    assert rows == [("Samtale", 1)]
    assert found == [(1,)]
    assert any("COVERING INDEX ix_entries_counted" in step[-1] for step in plan)
