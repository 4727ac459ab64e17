"""A migration that fails halfway rolls back completely, and the pre-upgrade backup stays.

A temporary copy of the migrations folder gets an extra revision that creates a table,
adds a column and rewrites rows before it fails; `alembic_config` is pointed at the copy.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

import models.migrate as migrate
from app.journal.backups import list_backups, verify_file
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.journal.startup import ProblemKind, Remedy, StartupFailedError, open_checked
from app.records import EntryDraft
from models.errors import MigrationFailedError

BROKEN = f'''"""A revision that fails halfway (test only)."""

import sqlalchemy as sa
from alembic import op

revision = "9002_broken"
down_revision = "{migrate.HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("mood", sa.Text, nullable=True))
    op.execute("UPDATE entries SET title = 'overwritten'")
    raise RuntimeError("simulated failure halfway through the upgrade")


def downgrade() -> None:
    pass
'''


def break_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """From now on the app knows one more revision, which fails halfway."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9002_broken.py").write_text(BROKEN, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9002_broken")
    return folder


def make_journal(paths: DataPaths) -> None:
    context = open_journal(paths)
    try:
        context.journal.create_entry(
            EntryDraft(day=dt.date(2026, 2, 28), title="before the upgrade")
        )
    finally:
        context.close()


def state(path: Path) -> tuple[str, list[str], list[str], list[str]]:
    connection = sqlite3.connect(path)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
        columns = [r[1] for r in connection.execute("PRAGMA table_info(entries)")]
        titles = [r[0] for r in connection.execute("SELECT title FROM entries")]
    finally:
        connection.close()
    return revision, sorted(tables), columns, titles


def test_failed_migration_rolls_back_and_keeps_the_backup(
    data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_journal(data_paths)
    break_migrations(tmp_path, monkeypatch)
    before = state(data_paths.journal)

    with pytest.raises(MigrationFailedError, match="rolled back") as caught:
        open_journal(data_paths)
    assert "simulated failure" in caught.value.message

    after = state(data_paths.journal)
    assert after == before
    assert "half_done" not in after[1] and "mood" not in after[2]
    assert after[3] == ["before the upgrade"]
    connection = sqlite3.connect(data_paths.journal)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()

    backups = list_backups(data_paths.backups)
    assert [b.kind for b in backups] == ["pre-migration"]
    verify_file(backups[0].path, None)
    assert state(backups[0].path) == before
    assert str(backups[0].path) in caught.value.message


def test_start_up_names_the_failed_upgrade_and_offers_the_backup(
    data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_journal(data_paths)
    break_migrations(tmp_path, monkeypatch)
    with pytest.raises(StartupFailedError) as caught:
        open_checked(data_paths)
    assert caught.value.problem.kind is ProblemKind.MIGRATION_FAILED
    assert caught.value.problem.remedies[0] is Remedy.RESTORE_BACKUP
