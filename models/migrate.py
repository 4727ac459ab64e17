"""New journals and schema upgrades, run from code at start-up.

A new journal is created from the declaration at head (models.schema) and stamped with
HEAD_REVISION, without Alembic: its "create from scratch, then stamp head" recipe. Only an
existing journal is upgraded through Alembic. The revision check is a plain query, so
Alembic is imported only when an upgrade is due. An existing journal is copied with the
backup API before any upgrade, and the whole upgrade runs in one transaction: a failure
leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import MigrationFailedError, SchemaTooNewError
from models.snapshot import CopyConnect, copy_database

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from models.schema import Execute

#: The revision new journals are created at; the newest file in migrations/versions.
HEAD_REVISION = "0007_course_uuids"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_HAS_VERSION_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
_VERSION = "SELECT version_num FROM alembic_version"


def plain_revision(dbapi_connection: Any) -> str | None:
    """The Alembic revision stamped in the file, or None for a file without one."""
    if dbapi_connection.execute(_HAS_VERSION_TABLE).fetchone() is None:
        return None
    row = dbapi_connection.execute(_VERSION).fetchone()
    return None if row is None else str(row[0])


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def upgrade_existing(
    engine: Engine,
    *,
    db_path: Path,
    revision: str,
    backup_dir: Path | None,
    copy_connect: CopyConnect | None = None,
) -> Path:
    """Bring the journal at `db_path`, stamped `revision`, to HEAD_REVISION; returns the
    copy taken before the upgrade. (New and foreign files are models.opening's.)

    `copy_connect` opens the pre-upgrade backup file (keyed like the journal when encrypted).
    """
    if revision not in known_revisions():
        raise SchemaTooNewError(
            f"{db_path} was written by a newer version of Refleks (schema {revision}). "
            "Install the newer version to open it; the file has not been changed.",
            path=db_path,
        )
    folder = backup_dir or db_path.parent / "backups"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    raw = engine.raw_connection()
    try:
        backup = copy_database(
            raw.driver_connection,
            folder / f"pre-migration-{revision}-{stamp}.db",
            connect=copy_connect,
        )
    finally:
        raw.close()
    upgrade(engine, db_path=db_path, backup=backup)
    return backup


def create_at_head(execute: Execute) -> None:
    """Make an empty database a journal at HEAD_REVISION through `execute(sql)`, inside the
    caller's transaction. The one way a journal is made, for the window and every command."""
    from models.schema import create_schema

    create_schema(execute, stamp=HEAD_REVISION)


def upgrade(engine: Engine, *, db_path: Path, backup: Path | None, target: str = "head") -> None:
    """Run the migrations up to `target` in one transaction."""
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except Exception as error:
        kept = f" A copy from before the upgrade is at {backup}." if backup else ""
        raise MigrationFailedError(
            f"Upgrading {db_path} failed and was rolled back; the journal is unchanged.{kept} "
            f"({error})",
            path=db_path,
        ) from error
