"""The fast path into a journal file: bulk inserts in one transaction, then one FTS rebuild.

Only the benchmarks (and the generator's smoke test) load journals this way. The FTS
triggers are dropped for the load and recreated after it, inside the same transaction,
so a 100k journal costs one index build instead of 100k trigger runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert

from app.journal.context import ensure_data_dir
from app.journal.paths import DataPaths
from benchmarks.generator import Dataset
from models import fulltext
from models.database import Database
from models.schema import AnswerRow, CourseRow, EntryRow, EntryTagRow, ModuleRow, TagRow

CHUNK = 5000


def _chunks(rows: Sequence[dict[str, Any]], size: int = CHUNK) -> Iterable[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert_all(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        connection.execute(insert(table), list(chunk))


def _trigger_statements(statements: Iterable[str], verb: str) -> list[str]:
    return [s for s in statements if s.lstrip().upper().startswith(f"{verb} TRIGGER")]


def load(data: Dataset, paths: DataPaths) -> Path:
    """Write `data` into a new journal in `paths` (which must not hold one yet)."""
    if paths.journal.exists():
        raise FileExistsError(f"{paths.journal} exists; load into an empty data folder.")
    ensure_data_dir(paths)
    database = Database.open(paths.journal, backup_dir=paths.backups)
    try:
        with database.engine.connect() as connection, connection.begin():
            for statement in _trigger_statements(fulltext.DROP_STATEMENTS, "DROP"):
                connection.exec_driver_sql(statement)
            _insert_all(connection, TagRow.__table__, data.tags)
            _insert_all(connection, CourseRow.__table__, data.courses)
            _insert_all(connection, ModuleRow.__table__, data.modules)
            _insert_all(connection, EntryRow.__table__, data.entries)
            _insert_all(connection, AnswerRow.__table__, data.answers)
            _insert_all(connection, EntryTagRow.__table__, data.entry_tags)
            fulltext.rebuild(connection)
            for statement in _trigger_statements(fulltext.CREATE_STATEMENTS, "CREATE"):
                connection.exec_driver_sql(statement)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return paths.journal
