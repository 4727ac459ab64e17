"""Writing an `ImportBatch` into a journal: all of it in one transaction, or nothing.

Entries whose uuid is already in the journal are skipped, or replaced with
`on_conflict="update"`. Courses are matched by name and creation time, modules by their
position in the course, tags by family and key (an own tag keeps the label it has here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.exchange.batch import (
    ON_CONFLICT_CHOICES,
    ImportBatch,
    ImportedEntry,
    ImportResult,
    ModuleRef,
    OnConflict,
)
from app.exchange.errors import ImportFormatError
from app.journal import answer_rows
from app.records import OWN_FAMILY, TagRef
from models import fulltext
from models.database import Database
from models.schema import CourseRow, EntryRow, ModuleRow, TagRow

__all__ = ["ON_CONFLICT_CHOICES", "OnConflict", "apply_batch", "check_tags", "existing_uuids"]
_CHUNK = 500

# The full-text triggers that fire on inserts. A bulk import drops them for its inserts
# and indexes the new entries with one INSERT ... SELECT instead: 10k trigger runs (each
# with its own answers subquery) cost about a second. DDL is transactional in SQLite, so
# a failed import rolls the triggers back with everything else.
_INSERT_TRIGGERS = ("entries_fts_insert", "answers_fts_insert")
_CREATE_INSERT_TRIGGERS = tuple(
    statement
    for statement in fulltext.CREATE_STATEMENTS
    if any(f"TRIGGER {name} " in statement for name in _INSERT_TRIGGERS)
)
# Same text as the entries_fts_insert trigger indexes for one entry.
_INDEX_NEW_ENTRIES = (
    f"INSERT INTO {fulltext.FTS_TABLE}(rowid, title, body, answers) "
    "SELECT e.id, e.title, e.body, (SELECT coalesce(group_concat(text, char(10)), '') "
    "FROM answers WHERE entry_id = e.id) FROM entries AS e WHERE e.id > ?"
)


def check_tags(batch: ImportBatch, catalog: object | None, path: Path | str) -> None:
    """Refuse deck tags the catalog does not know, naming the entry."""
    if catalog is None:
        return
    for index, ref in enumerate(batch.tags):
        if ref.family != OWN_FAMILY and catalog.item(ref.family, ref.key) is None:  # type: ignore[attr-defined]
            raise ImportFormatError(
                path, f"tags[{index}]", f"'{ref}' is not a tag this version of Refleks knows"
            )
    for index, entry in enumerate(batch.entries):
        for ref in entry.tags:
            if ref.family == OWN_FAMILY:
                continue
            if catalog.item(ref.family, ref.key) is None:  # type: ignore[attr-defined]
                raise ImportFormatError(
                    path,
                    f"entries[{index}].tags",
                    f"'{ref}' is not a tag this version of Refleks knows",
                )


def existing_uuids(database: Database, uuids: Iterable[str]) -> set[str]:
    """Which of `uuids` are in the journal already."""
    wanted = list(uuids)
    found: set[str] = set()
    with database.session() as session:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            found.update(session.scalars(select(EntryRow.uuid).where(EntryRow.uuid.in_(chunk))))
    return found


def apply_batch(
    database: Database, batch: ImportBatch, *, on_conflict: OnConflict = "skip"
) -> ImportResult:
    """Write `batch` in one transaction; any failure leaves the journal as it was."""
    if on_conflict not in ON_CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    skipped = updated = 0
    with database.session() as session:
        writer = _Writer(session)
        modules = writer.courses(batch)
        for ref in batch.tags:
            writer.tag(ref)
        present = _present(session, [entry.uuid for entry in batch.entries])
        new_entries = [entry for entry in batch.entries if entry.uuid not in present]
        if on_conflict == "skip":
            skipped = len(batch.entries) - len(new_entries)
        else:
            rows = _rows(session, [e.uuid for e in batch.entries if e.uuid in present])
            for entry in batch.entries:
                if entry.uuid in rows:
                    updated += 1
                    writer.fill(rows[entry.uuid], entry, modules)
        session.flush()
        # New entries go in as Core bulk inserts: thousands of ORM objects cost seconds.
        _insert_new(session, writer, new_entries, modules)
    return ImportResult(len(new_entries), skipped, updated, batch.source_format, batch.notes)


def _insert_new(
    session: Session,
    writer: _Writer,
    batch_entries: list[ImportedEntry],
    modules: dict[ModuleRef, int],
) -> None:
    """Insert new entries with their answers and tags, each table in one executemany.

    The full-text insert triggers are off meanwhile; the new entries are indexed in one
    statement at the end (see _INSERT_TRIGGERS). Answers go in before their entries, so
    foreign keys are checked at commit, and the ids are given out here (the session
    already holds the write lock: tags and courses were flushed, so no other writer can
    take them in between).
    """
    if not batch_entries:
        return
    tag_ids = writer.tag_ids({ref for entry in batch_entries for ref in entry.tags})
    connection = session.connection()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # until this commit
    first_id = connection.execute(select(func.coalesce(func.max(EntryRow.id), 0))).scalar_one()
    ids = {entry.uuid: first_id + n for n, entry in enumerate(batch_entries, start=1)}
    for name in _INSERT_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    # Plain DB-API executemany: SQLAlchemy's per-value bind processing was half a second
    # for 10k entries. Values are stored as its SQLite types store them (see _stored).
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    cursor.executemany(
        "INSERT INTO answers (entry_id, prompt_key, position, text) VALUES (?, ?, ?, ?)",
        [
            (ids[entry.uuid], answer.prompt_key, position, answer.text)
            for entry in batch_entries
            for position, answer in enumerate(entry.answers)
        ],
    )
    cursor.executemany(
        "INSERT INTO entries (id, uuid, day, created_at, updated_at, title, body, "
        "template_key, template_version, is_private, for_coaching, trashed_at, module_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                ids[entry.uuid],
                entry.uuid,
                entry.day.isoformat(),
                _stored(entry.created_at),
                _stored(entry.updated_at),
                entry.title,
                entry.body,
                entry.template_key,
                entry.template_version,
                int(bool(entry.private)),
                int(bool(entry.coaching)),
                _stored(entry.trashed_at),
                modules.get(entry.module) if entry.module is not None else None,
            )
            for entry in batch_entries
        ],
    )
    cursor.executemany(
        "INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
        [
            (ids[entry.uuid], tag_id)
            for entry in batch_entries
            for tag_id in dict.fromkeys(tag_ids[(ref.family, ref.key)] for ref in entry.tags)
        ],
    )
    cursor.close()
    connection.exec_driver_sql(_INDEX_NEW_ENTRIES, (first_id,))
    for statement in _CREATE_INSERT_TRIGGERS:
        connection.exec_driver_sql(statement)


def _stored(value: dt.datetime | None) -> str | None:
    """A naive-UTC datetime as SQLAlchemy's SQLite DateTime stores it (microseconds always)."""
    if value is None:
        return None
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _present(session: Session, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        found.update(session.scalars(select(EntryRow.uuid).where(EntryRow.uuid.in_(chunk))))
    return found


def _rows(session: Session, uuids: list[str]) -> dict[str, EntryRow]:
    found: dict[str, EntryRow] = {}
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        for row in session.scalars(select(EntryRow).where(EntryRow.uuid.in_(chunk))):
            found[row.uuid] = row
    return found


class _Writer:
    """Get-or-create helpers over one session, with caches so each row is looked up once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._tags: dict[tuple[str, str], TagRow] = {}

    def courses(self, batch: ImportBatch) -> dict[ModuleRef, int]:
        ids: dict[ModuleRef, int] = {}
        for index, course in enumerate(batch.courses):
            row = self.session.scalars(
                select(CourseRow).where(
                    CourseRow.name == course.name, CourseRow.created_at == course.created_at
                )
            ).first()
            if row is None:
                row = CourseRow(name=course.name, created_at=course.created_at)
                self.session.add(row)
                self.session.flush()
            by_position = {module.position: module for module in row.modules}
            for module in course.modules:
                module_row = by_position.get(module.position)
                if module_row is None:
                    module_row = ModuleRow(
                        course_id=row.id,
                        name=module.name,
                        day=module.day,
                        position=module.position,
                        place=module.place,
                        notes=module.notes,
                    )
                    self.session.add(module_row)
                    self.session.flush()
                ids[ModuleRef(index, module.position)] = module_row.id
        return ids

    def tag(self, ref: TagRef) -> TagRow:
        cache_key = (ref.family, ref.key)
        row = self._tags.get(cache_key)
        if row is None:
            row = self.session.scalars(
                select(TagRow).where(TagRow.family == ref.family, TagRow.key == ref.key)
            ).first()
            if row is None:
                row = TagRow(family=ref.family, key=ref.key, label=ref.label)
                self.session.add(row)
            self._tags[cache_key] = row
        return row

    def tag_ids(self, refs: Iterable[TagRef]) -> dict[tuple[str, str], int]:
        """Ids of the tags `refs` name, made where missing."""
        rows = {(ref.family, ref.key): self.tag(ref) for ref in refs}
        self.session.flush()
        return {key: row.id for key, row in rows.items()}

    def fill(self, row: EntryRow, entry: ImportedEntry, modules: dict[ModuleRef, int]) -> None:
        row.day = entry.day
        row.created_at = entry.created_at
        row.updated_at = entry.updated_at
        row.title = entry.title
        row.body = entry.body
        row.template_key = entry.template_key
        row.template_version = entry.template_version
        row.is_private = entry.private
        row.for_coaching = entry.coaching
        row.trashed_at = entry.trashed_at
        row.module_id = modules.get(entry.module) if entry.module is not None else None
        row.tags = [self.tag(ref) for ref in dict.fromkeys(entry.tags)]
        row.answers = answer_rows(row, entry.answers)
