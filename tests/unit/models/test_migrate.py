"""Opening journal files: a new file is made at head; newer or foreign files are refused.

A new journal is created from the declaration (models.schema) and stamped; Alembic only
upgrades journals that exist. These tests check that both meet: Alembic reads the stamp
of a new journal and upgrades it, and its comparison finds nothing between a new file
and the declaration.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine

import models.migrate as migrate
from models.database import Database, make_engine
from models.errors import NotAJournalError, SchemaTooNewError
from models.migrate import HEAD_REVISION, known_revisions
from models.sync_log import TRIGGER_NAMES

REPO_ROOT = Path(__file__).resolve().parents[3]

# A later revision as an engineer would write one: a column, a table and rewritten rows.
ADD_MOOD = f'''"""Entries get a mood (test only)."""

import sqlalchemy as sa
from alembic import op

revision = "9999_mood"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("moods", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("mood", sa.Text, nullable=True))
    op.execute("UPDATE entries SET mood = 'calm'")


def downgrade() -> None:
    pass
'''


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


def _made_by_database_open(path: Path) -> None:
    Database.open(path).close()


def _made_by_the_migrations(path: Path) -> None:
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, db_path=path, backup=None)
    finally:
        engine.dispose()


def _differences_from_the_declaration(engine: Engine) -> list[object]:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import models.schema  # noqa: F401  (registers the tables on Base.metadata)
    from models.base import Base
    from models.fulltext import FTS_TABLE, TRIGRAM_TABLE

    def declared(name: str | None, type_: str, _parent: object) -> bool:
        # The full-text table and its shadow tables are plain DDL, not declarations.
        return not (
            type_ == "table" and name is not None and name.startswith((FTS_TABLE, TRIGRAM_TABLE))
        )

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": declared, "compare_server_default": True}
        )
        return list(compare_metadata(context, Base.metadata))


@pytest.mark.parametrize("make", [_made_by_database_open, _made_by_the_migrations])
def test_a_new_journal_is_the_declaration_at_head(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    path = tmp_path / "journal.db"
    make(path)
    engine = make_engine(path)
    try:
        assert _differences_from_the_declaration(engine) == []
        with engine.connect() as connection:
            assert migrate.plain_revision(connection.connection.driver_connection) == HEAD_REVISION
            triggers = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            ).scalar()
    finally:
        engine.dispose()
    assert triggers == 6 + len(TRIGGER_NAMES)


def test_a_later_revision_upgrades_a_journal_made_at_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.db"
    database = Database.open(path)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO entries (uuid, day, created_at, updated_at, title, body) "
                "VALUES ('u1', '2026-05-01', '2026-05-01 10:00:00', '2026-05-01 10:00:00', "
                "'Samtale', 'om ansvar')"
            )
    finally:
        database.close()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_mood.py").write_text(ADD_MOOD, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_mood")

    Database.open(path, backup_dir=tmp_path / "backups").close()

    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        rows = connection.execute("SELECT title, mood FROM entries").fetchall()
        moods = connection.execute("SELECT count(*) FROM moods").fetchone()
        found = connection.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'ansvar'"
        ).fetchall()
    connection.close()
    assert revision == [("9999_mood",)]
    assert rows == [("Samtale", "calm")]
    assert moods == (0,)
    assert found == [(1,)]
    assert len(list((tmp_path / "backups").glob(f"pre-migration-{HEAD_REVISION}-*.db"))) == 1


def test_downgrading_a_new_journal_to_base_leaves_no_tables_of_ours(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "journal.db"
    Database.open(path).close()
    engine = make_engine(path)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with engine.connect() as connection:
            left = connection.exec_driver_sql(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchall()
            assert migrate.plain_revision(connection.connection.driver_connection) is None
    finally:
        engine.dispose()
    assert left == [("table", "alembic_version")]


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
