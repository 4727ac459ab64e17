"""Writing an `ImportBatch` into a journal: all of it in one transaction, or nothing.

Entries whose uuid is already in the journal are skipped, or replaced with
`on_conflict="update"`. Courses are matched by name and creation time, modules by their
position in the course, tags by family and key (an own tag keeps the label it has here).

The writing is plain SQL over a DB-API connection (`write_batch`): the window runs it in a
session of its open journal (`apply_batch`), the command line over a plain connection,
without importing SQLAlchemy at all. Only replacing entries in place goes through the ORM.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.batch import (
    ON_CONFLICT_CHOICES,
    ImportBatch,
    ImportedEntry,
    ImportResult,
    ModuleRef,
    OnConflict,
)
from app.exchange.errors import ImportFormatError
from app.records import OWN_FAMILY, TagRef, length_problem

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from models.database import Database

__all__ = [
    "ON_CONFLICT_CHOICES",
    "OnConflict",
    "apply_batch",
    "check_lengths",
    "check_tags",
    "existing_uuids",
    "write_batch",
]

_CHUNK = 500
TagIds = dict[tuple[str, str], int]
# Updates entries already in the journal: (entries, module ids, tag ids) -> None.
Updater = Callable[[list[ImportedEntry], dict[ModuleRef, int], TagIds], None]

# The full-text triggers that fire on inserts. A bulk import drops them for its inserts
# and indexes the new entries with one INSERT ... SELECT instead: 10k trigger runs (each
# with its own answers subquery) cost about a second. They are recreated from their own
# text in sqlite_master, and DDL is transactional in SQLite, so a failed import rolls
# them back with everything else.
_INSERT_TRIGGERS = ("entries_fts_insert", "answers_fts_insert")
# Same text as the entries_fts_insert trigger indexes for one entry (models.fulltext).
_INDEX_NEW_ENTRIES = (
    "INSERT INTO entries_fts(rowid, title, body, answers) "
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
    known: set[tuple[str, str]] = set()  # a tag recurs in thousands of entries
    for index, entry in enumerate(batch.entries):
        for ref in entry.tags:
            pair = (ref.family, ref.key)
            if ref.family == OWN_FAMILY or pair in known:
                continue
            if catalog.item(ref.family, ref.key) is not None:  # type: ignore[attr-defined]
                known.add(pair)
            else:
                raise ImportFormatError(
                    path,
                    f"entries[{index}].tags",
                    f"'{ref}' is not a tag this version of Refleks knows",
                )


def check_lengths(batch: ImportBatch, path: Path | str) -> None:
    """Refuse an entry whose text or an answer is longer than an entry may hold."""
    for index, entry in enumerate(batch.entries):
        texts = [("body", "text", entry.body)]
        texts += [(f"answers[{n}]", "answer", a.text) for n, a in enumerate(entry.answers)]
        for where, name, text in texts:
            problem = length_problem(name, text)
            if problem:
                raise ImportFormatError(path, f"entries[{index}].{where}", problem)


def existing_uuids(database: Database, uuids: Iterable[str]) -> set[str]:
    """Which of `uuids` are in the journal already."""
    with database.session() as session:
        cursor = _dbapi(session).cursor()
        try:
            return _present(cursor, list(uuids))
        finally:
            cursor.close()


def _dbapi(session: Session) -> Any:
    return session.connection().connection.dbapi_connection


def apply_batch(
    database: Database, batch: ImportBatch, *, on_conflict: OnConflict = "skip"
) -> ImportResult:
    """Write `batch` in one transaction; any failure leaves the journal as it was."""
    if on_conflict not in ON_CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    with database.session() as session:
        update = _orm_updater(session) if on_conflict == "update" else None
        return write_batch(_dbapi(session), batch, update=update)


def write_batch(
    connection: Any, batch: ImportBatch, *, update: Updater | None = None
) -> ImportResult:
    """Write `batch` over a DB-API connection, inside the caller's write transaction.

    Entries already in the journal (same uuid) are skipped, or handed to `update`.
    Courses, modules and tags are found or made first; new entries then go in as bulk
    inserts (see _insert_new). Values are stored as SQLAlchemy's SQLite types store them,
    so the ORM reads them back as if it had written them.
    """
    cursor = connection.cursor()
    try:
        modules = _courses(cursor, batch)
        present = _present(cursor, [entry.uuid for entry in batch.entries])
        new_entries = [entry for entry in batch.entries if entry.uuid not in present]
        changed = [e for e in batch.entries if e.uuid in present] if update is not None else []
        tag_ids = _tags(
            cursor,
            [*batch.tags, *(ref for entry in (*changed, *new_entries) for ref in entry.tags)],
        )
        if update is not None:
            update(changed, modules, tag_ids)
        _insert_new(cursor, new_entries, modules, tag_ids)
    finally:
        cursor.close()
    skipped = 0 if update is not None else len(batch.entries) - len(new_entries)
    return ImportResult(len(new_entries), skipped, len(changed), batch.source_format, batch.notes)


def _courses(cursor: Any, batch: ImportBatch) -> dict[ModuleRef, int]:
    """Module ids by (course index, position); courses matched by name and creation time,
    modules by their position in the course, the missing ones made."""
    ids: dict[ModuleRef, int] = {}
    for index, course in enumerate(batch.courses):
        created = _stored(course.created_at)
        row = cursor.execute(
            "SELECT id FROM courses WHERE name = ? AND created_at = ? ORDER BY id LIMIT 1",
            (course.name, created),
        ).fetchone()
        if row is None:
            cursor.execute(
                "INSERT INTO courses (name, created_at) VALUES (?, ?)", (course.name, created)
            )
            course_id = cursor.lastrowid
        else:
            course_id = row[0]
        by_position = dict(
            cursor.execute(
                "SELECT position, id FROM modules WHERE course_id = ? ORDER BY position, id",
                (course_id,),
            ).fetchall()
        )
        for module in course.modules:
            module_id = by_position.get(module.position)
            if module_id is None:
                cursor.execute(
                    "INSERT INTO modules (course_id, name, day, position, place, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        course_id,
                        module.name,
                        module.day.isoformat(),
                        module.position,
                        module.place,
                        module.notes,
                    ),
                )
                module_id = by_position[module.position] = cursor.lastrowid
            ids[ModuleRef(index, module.position)] = module_id
    return ids


def _tags(cursor: Any, refs: Iterable[TagRef]) -> TagIds:
    """Ids of the tags `refs` name, in order of first mention; a missing tag is made with
    the label of that first mention, a present one keeps the label it has here."""
    ids: TagIds = {}
    for ref in refs:
        key = (ref.family, ref.key)
        if key in ids:
            continue
        row = cursor.execute(
            "SELECT id FROM tags WHERE family = ? AND key = ? ORDER BY id LIMIT 1", key
        ).fetchone()
        if row is None:
            cursor.execute(
                "INSERT INTO tags (family, key, label) VALUES (?, ?, ?)", (*key, ref.label)
            )
            ids[key] = cursor.lastrowid
        else:
            ids[key] = row[0]
    return ids


def _present(cursor: Any, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in cursor.execute(f"SELECT uuid FROM entries WHERE uuid IN ({marks})", chunk)
        )
    return found


def _insert_new(
    cursor: Any,
    batch_entries: list[ImportedEntry],
    modules: dict[ModuleRef, int],
    tag_ids: TagIds,
) -> None:
    """Insert new entries with their answers and tags, each table in one executemany.

    The full-text insert triggers are off meanwhile; the new entries are indexed in one
    statement at the end (see _INSERT_TRIGGERS). Answers go in before their entries, so
    foreign keys are checked at commit, and the ids are given out here (the transaction
    already holds the write lock: courses and tags were written, so no other writer can
    take them in between).
    """
    if not batch_entries:
        return
    cursor.execute("PRAGMA defer_foreign_keys = ON")  # until this commit
    first_id = cursor.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()[0]
    ids = {entry.uuid: first_id + n for n, entry in enumerate(batch_entries, start=1)}
    marks = ",".join("?" * len(_INSERT_TRIGGERS))
    triggers = cursor.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        _INSERT_TRIGGERS,
    ).fetchall()
    for name, _sql in triggers:
        cursor.execute(f"DROP TRIGGER {name}")
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
    cursor.execute(_INDEX_NEW_ENTRIES, (first_id,))
    for _name, sql in triggers:
        cursor.execute(sql)


def _stored(value: dt.datetime | None) -> str | None:
    """A naive-UTC datetime as SQLAlchemy's SQLite DateTime stores it (microseconds always)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _orm_updater(session: Session) -> Updater:
    """Replaces entries already in the journal through the ORM (answers are reused by
    prompt, see app.journal.answer_rows); the window's import with "update"."""
    from sqlalchemy import select

    from app.journal import answer_rows
    from models.schema import EntryRow, TagRow

    def update(
        entries: list[ImportedEntry], modules: dict[ModuleRef, int], tag_ids: TagIds
    ) -> None:
        uuids = [entry.uuid for entry in entries]
        rows: dict[str, EntryRow] = {}
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start : start + _CHUNK]
            rows.update(
                (row.uuid, row)
                for row in session.scalars(select(EntryRow).where(EntryRow.uuid.in_(chunk)))
            )
        for entry in entries:
            row = rows[entry.uuid]
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
            refs = dict.fromkeys((ref.family, ref.key) for ref in entry.tags)
            row.tags = [session.get(TagRow, tag_ids[key]) for key in refs]  # type: ignore[misc]
            row.answers = answer_rows(row, entry.answers)
        session.flush()

    return update
