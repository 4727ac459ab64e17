"""0003_entry_time: an existing journal's entries get their local time of day from
created_at, and the timeline index orders by day, time, id."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from models.database import Database
from models.migrate import HEAD_REVISION


def _journal_at_0002(path: Path) -> None:
    """A journal as 0002_commitments left it: no time column, the old timeline index."""
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP INDEX ix_entries_timeline")
        connection.execute("ALTER TABLE entries DROP COLUMN time")
        connection.execute("CREATE INDEX ix_entries_timeline ON entries (trashed_at, day, id)")
        connection.execute("UPDATE alembic_version SET version_num = '0002_commitments'")
        connection.execute(
            "INSERT INTO entries (uuid, day, created_at, updated_at, title, body) VALUES "
            "('u1', '2026-05-01', '2026-05-01 16:06:00.000000', '2026-05-01 16:06:00.000000', "
            "'Styregruppen', 'om ansvar')"
        )
    connection.close()


def test_upgrade_gives_existing_entries_their_local_time(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    _journal_at_0002(path)

    Database.open(path, backup_dir=tmp_path / "backups").close()

    utc = dt.datetime(2026, 5, 1, 16, 6, tzinfo=dt.UTC)
    expected = utc.astimezone().strftime("%H:%M")
    with sqlite3.connect(path) as connection:
        (time,) = connection.execute("SELECT time FROM entries").fetchone()
        (index_sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_entries_timeline'"
        ).fetchone()
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        found = connection.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'ansvar'"
        ).fetchall()
        plan = " ".join(
            row[3]
            for row in connection.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM entries WHERE trashed_at IS NULL "
                "ORDER BY day DESC, time DESC, id DESC LIMIT 10"
            )
        )
    connection.close()
    assert time == expected
    assert "day, time, id" in index_sql.replace('"', "")
    assert revision == HEAD_REVISION
    assert found == [(1,)]
    assert "TEMP B-TREE" not in plan
