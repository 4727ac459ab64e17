"""A new journal made with plain DDL (models.head_schema) equals one made by the migrations.

New journals skip Alembic; this is the guard that the two ways never drift apart. A new
migration makes these tests fail until models.head_schema describes its head too.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from models import head_schema
from models.database import Database, make_engine
from models.migrate import HEAD_REVISION, upgrade

REPO_ROOT = Path(__file__).resolve().parents[2]


def _schema(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        master = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
        ).fetchall()
        config = connection.execute("SELECT k, v FROM entries_fts_config ORDER BY k").fetchall()
        stamp = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        pragmas = [
            connection.execute(f"PRAGMA {name}").fetchall()
            for name in ("user_version", "application_id", "auto_vacuum", "page_size")
        ]
    finally:
        connection.close()
    return [*master, *config, *stamp, *pragmas]


def test_the_ddl_describes_the_head_revision() -> None:
    assert head_schema.REVISION == HEAD_REVISION


def test_a_new_journal_has_exactly_the_migrated_schema(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    engine = make_engine(migrated)
    try:
        upgrade(engine, db_path=migrated, backup=None)
    finally:
        engine.dispose()
    created = tmp_path / "created.db"
    Database.open(created).close()
    assert _schema(created) == _schema(migrated)
    assert len(_schema(created)) > 20


def test_making_a_new_journal_does_not_import_alembic(tmp_path: Path) -> None:
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from models.database import Database\n"
        f"Database.open(Path({str(tmp_path / 'journal.db')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=REPO_ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
