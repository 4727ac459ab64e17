"""Writing an `ImportBatch` into a journal: all of it in one transaction, or nothing.

Entries whose uuid is already in the journal are skipped, or replaced with
`on_conflict="update"`. Courses are matched by name and creation time, modules by their
position in the course, tags by family and key (an own tag keeps the label it has here).

The writing goes through the store's entry writers (app.store.writes) over a DB-API
connection (`write_batch`): the window runs it under a session of its open journal
(`apply_batch`), the command line over a plain connection, without importing SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.backup_commitments import write_tail
from app.exchange.batch import (
    ON_CONFLICT_CHOICES,
    ImportBatch,
    ImportedEntry,
    ImportResult,
    ModuleRef,
    OnConflict,
)
from app.exchange.errors import ImportFormatError
from app.records import OWN_FAMILY, text_problems
from app.store import writes as store_writes
from app.store.entries import read_entries
from app.store.writes import EntryValues

if TYPE_CHECKING:
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
        for where, problem in text_problems(entry.body, entry.answers):
            raise ImportFormatError(path, f"entries[{index}].{where}", problem)


def existing_uuids(database: Database, uuids: Iterable[str]) -> set[str]:
    """Which of `uuids` are in the journal already."""
    with database.transaction() as connection:
        return set(store_writes.ids_of_uuids(connection, list(uuids)))


def apply_batch(
    database: Database, batch: ImportBatch, *, on_conflict: OnConflict = "skip"
) -> ImportResult:
    """Write `batch` in one transaction; any failure leaves the journal as it was."""
    if on_conflict not in ON_CONFLICT_CHOICES:
        raise ValueError(on_conflict)
    with database.transaction() as connection:
        return write_batch(connection, batch, on_conflict=on_conflict)


def write_batch(
    connection: Any, batch: ImportBatch, *, on_conflict: OnConflict = "skip"
) -> ImportResult:
    """Write `batch` over a DB-API connection, inside the caller's write transaction.

    Entries already in the journal (same uuid) are skipped, or replaced with
    `on_conflict="update"`. Courses, modules and the batch's own tags are found or made
    first, then the entries go in through the store (app.store.writes), as a save does,
    then a backup's commitments and coaching sessions (app.exchange.backup_commitments).
    """
    modules = _courses(connection, batch)
    present = store_writes.ids_of_uuids(connection, [entry.uuid for entry in batch.entries])
    new_entries = [entry for entry in batch.entries if entry.uuid not in present]
    update = on_conflict == "update"
    changed = [entry for entry in batch.entries if entry.uuid in present] if update else []
    # The batch's own list first: a tag made here takes the label of its first mention.
    tags = store_writes.tag_ids(connection, batch.tags)
    if changed:
        # A uuid twice in the file: the last one is what the entry holds afterwards.
        latest = {entry.uuid: entry for entry in changed}
        olds = read_entries(connection, [present[uuid] for uuid in latest])
        for old, entry in zip(olds, latest.values(), strict=True):
            store_writes.replace_entry(connection, old, _values(entry, modules), tags)
    store_writes.insert_entries(connection, [_values(e, modules) for e in new_entries], tags)
    write_tail(connection, batch, update=update)
    skipped = 0 if update else len(batch.entries) - len(new_entries)
    return ImportResult(len(new_entries), skipped, len(changed), batch.source_format, batch.notes)


def _values(entry: ImportedEntry, modules: dict[ModuleRef, int]) -> EntryValues:
    return EntryValues(
        uuid=entry.uuid,
        day=entry.day,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        title=entry.title,
        body=entry.body,
        tags=entry.tags,
        answers=entry.answers,
        template_key=entry.template_key,
        template_version=entry.template_version,
        private=entry.private,
        coaching=entry.coaching,
        trashed_at=entry.trashed_at,
        module_id=modules.get(entry.module) if entry.module is not None else None,
        time=entry.time,
    )


def _courses(connection: Any, batch: ImportBatch) -> dict[ModuleRef, int]:
    """Module ids by (course index, position); courses matched by name and creation time,
    modules by their position in the course, the missing ones made."""
    ids: dict[ModuleRef, int] = {}
    for index, course in enumerate(batch.courses):
        course_id = store_writes.course_id(connection, course.name, course.created_at)
        by_position = store_writes.module_ids_by_position(connection, course_id)
        for module in course.modules:
            module_id = by_position.get(module.position)
            if module_id is None:
                module_id = by_position[module.position] = store_writes.add_module(
                    connection,
                    course_id,
                    name=module.name,
                    day=module.day,
                    position=module.position,
                    place=module.place,
                    notes=module.notes,
                )
            ids[ModuleRef(index, module.position)] = module_id
    return ids
