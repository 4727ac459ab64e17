"""Merging change records into the journal, inside the sync's one write transaction.

Each row is merged by its uuid and version vector (app/sync/vectors.py):
- a version this device has already seen (or an older one) changes nothing;
- a version that has seen this device's one replaces it;
- two concurrent versions keep both: the later one (by hybrid-clock stamp, then device
  id) stays the entry, the other becomes a conflict copy beside it, an entry of its own
  with a uuid made from the losing version, so every device makes the same copy. A
  delete racing an edit keeps the edit.
Every device that has seen the same versions holds the same journal, in whatever order
they arrived.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.records import Entry
from app.store import entries as store_entries
from app.store import sync_rows
from app.store import writes as store_writes
from app.sync import vectors
from app.sync.change_file import ChangeRecord
from app.sync.entry_state import State, conflict_copy, state_of, values_of
from app.sync.vectors import Order

ENTRY = "entry"
TAG = "tag"
COURSE = "course"
MODULE = "module"
COMMITMENT = "commitment"
COACHING = "coaching"
_COPY_NAMESPACE = uuid_module.UUID("6f1c2a52-4d2b-4d55-9a54-3f0c1d1e7a10")


@dataclass
class MergeResult:
    merged: int = 0
    conflicts: int = 0
    changed_ids: set[int] = field(default_factory=set)
    #: Conflict copies made here, to send like own changes (others make the same ones).
    copies: list[ChangeRecord] = field(default_factory=list)


class EntryMerge:
    """Merges entry records over one connection; `finish()` writes what is held back."""

    def __init__(self, connection: Any, *, name_of: Callable[[str], str]) -> None:
        self._connection = connection
        self._name_of = name_of
        self._versions: dict[str, sync_rows.StoredVersion] = {}
        self._ids: dict[str, int] = {}
        self._new: dict[str, store_writes.EntryValues] = {}  # inserted together at the end
        self._tags: store_writes.TagIds = {}
        self._missing: set[str] = set()  # keys known to have no version here
        self._changed: set[str] = set()  # keys whose version this merge set
        self.result = MergeResult()

    def preload(self, keys: list[str]) -> None:
        """Read the versions and ids of `keys` in a few statements (not one per record);
        what this merge already holds stays."""
        versions = [k for k in dict.fromkeys(keys) if k not in self._versions]
        for key, version in sync_rows.versions(self._connection, ENTRY, versions).items():
            self._versions[key] = version
        self._missing.update(k for k in versions if k not in self._versions)
        ids = [k for k in dict.fromkeys(keys) if k not in self._ids and k not in self._new]
        self._ids.update(store_writes.ids_of_uuids(self._connection, ids))

    def version(self, key: str) -> sync_rows.StoredVersion | None:
        if key not in self._versions and key not in self._missing:
            self.preload([key])
        return self._versions.get(key)

    def set_version(self, key: str, version: sync_rows.StoredVersion) -> None:
        self._versions[key] = version
        self._changed.add(key)

    def state(self, key: str) -> State | None:
        if key in self._new:
            self._flush()
        entry_id = self._id(key)
        if entry_id is None:
            return None
        (entry,) = store_entries.read_entries(self._connection, [entry_id])
        return entry_state(self._connection, entry)

    def merge(self, record: ChangeRecord) -> None:
        local = self.version(record.key)
        incoming = sync_rows.StoredVersion(
            vectors.dumps(record.vector), record.stamp, record.device
        )
        if local is None:
            self._apply(record.key, record.data)
            self.set_version(record.key, incoming)
            self.result.merged += 1
            return
        local_vector = vectors.loads(local.vector)
        order = vectors.compare(record.vector, local_vector)
        if order in (Order.SAME, Order.BEFORE):
            return
        if order is Order.AFTER:
            self._apply(record.key, record.data)
            self.set_version(record.key, incoming)
            self.result.merged += 1
            return
        # Concurrent: both are kept.
        here = self.state(record.key)
        incoming_wins = _wins(
            record.data, (record.stamp, record.device), here, (local.stamp, local.device)
        )
        winner, loser = (record, local) if incoming_wins else (local, record)
        loser_state = here if incoming_wins else record.data
        winner_state = record.data if incoming_wins else here
        if incoming_wins:
            self._apply(record.key, record.data)
        # The entry keeps the winner's version, not both joined: a later edit on top of
        # the winner then simply replaces it, and one on top of the loser meets the
        # winner as a concurrent edit again (and is kept beside it).
        self.set_version(
            record.key,
            sync_rows.StoredVersion(
                vectors.dumps(record.vector if incoming_wins else local_vector),
                winner.stamp,
                winner.device,
            ),
        )
        self.result.merged += 1
        if loser_state is not None and winner_state is not None and loser_state != winner_state:
            loser_vector = local_vector if incoming_wins else record.vector
            self._keep_copy(record.key, loser_state, loser_vector, loser.stamp, loser.device)

    def _keep_copy(
        self, key: str, state: State, vector: vectors.Vector, stamp: str, device: str
    ) -> None:
        """Keep the losing side as the entry's conflict copy from that device: one copy per
        entry and device, so a later losing edit from the same line updates the copy
        rather than adding another. Every device derives the same copy record."""
        copy_key = str(uuid_module.uuid5(_COPY_NAMESPACE, f"{key}/{device}"))
        copy = ChangeRecord(
            ENTRY, copy_key, vector, stamp, device, conflict_copy(state, self._name_of(device))
        )
        before = self.result.merged
        self.merge(copy)
        if self.result.merged != before:
            self.result.merged = before  # a copy is counted as a conflict, not a merge
            self.result.conflicts += 1
            self.result.copies.append(copy)

    def _id(self, key: str) -> int | None:
        if key not in self._ids:
            self._ids.update(store_writes.ids_of_uuids(self._connection, [key]))
        return self._ids.get(key)

    def _apply(self, key: str, state: State | None) -> None:
        if key in self._new:
            self._flush()

        entry_id = self._id(key)
        if state is None:
            if entry_id is not None:
                sync_rows.delete_entry(self._connection, entry_id)
                self._ids.pop(key, None)
                self.result.changed_ids.add(entry_id)
            return
        module = state.get("module")
        module_id = None if module is None else sync_rows.module_id(self._connection, module)
        if entry_id is None:
            self._new[key] = values_of(key, state, module_id=module_id)
            return
        (old,) = store_entries.read_entries(self._connection, [entry_id])
        store_writes.replace_entry(
            self._connection, old, values_of(key, state, module_id=module_id), self._tags
        )
        self.result.changed_ids.add(entry_id)

    def _flush(self) -> None:
        if not self._new:
            return
        keys = list(self._new)
        ids = store_writes.insert_entries(self._connection, list(self._new.values()), self._tags)
        self._new.clear()
        self._ids.update(zip(keys, ids, strict=True))
        self.result.changed_ids.update(ids)

    def flush(self) -> None:
        """Write the entries held back, before rows that belong to them are merged."""
        self._flush()

    def finish(self) -> None:
        self._flush()
        sync_rows.save_versions(
            self._connection, ((ENTRY, key, self._versions[key]) for key in self._changed)
        )


def entry_state(connection: Any, entry: Entry) -> State:
    """The entry as change files carry it, its module link as the module's uuid."""
    module = None
    if entry.module_id is not None:
        module = sync_rows.module_uuids(connection, [entry.module_id]).get(entry.module_id)
    return state_of(entry, module)


def _wins(
    incoming: State | None,
    incoming_order: tuple[str, str],
    here: State | None,
    here_order: tuple[str, str],
) -> bool:
    """Whether the incoming side of two concurrent versions stays the entry: an edit beats
    a delete; otherwise the later stamp (then the larger device id) wins."""
    if (incoming is None) != (here is None):
        return incoming is not None
    return incoming_order > here_order


class RowMerge:
    """Commitments or coaching sessions: rows without a text to keep twice, so of two
    concurrent versions the later (by stamp, then device id) wins whole, and an edit beats
    a delete. Merged after the entries of the same file, which they belong to."""

    def __init__(
        self,
        connection: Any,
        kind: str,
        write: Callable[[Any, str, State | None], bool],
        read: Callable[[Any, list[str]], dict[str, State]],
    ) -> None:
        self._connection = connection
        self.kind = kind
        self._write = write
        self._read = read
        self._versions: dict[str, sync_rows.StoredVersion | None] = {}
        self.merged = 0

    def version(self, key: str) -> sync_rows.StoredVersion | None:
        if key not in self._versions:
            self._versions[key] = sync_rows.versions(self._connection, self.kind, [key]).get(key)
        return self._versions[key]

    def set_version(self, key: str, version: sync_rows.StoredVersion) -> None:
        self._versions[key] = version

    def merge(self, record: ChangeRecord) -> None:
        local = self.version(record.key)
        incoming = sync_rows.StoredVersion(
            vectors.dumps(record.vector), record.stamp, record.device
        )
        if local is not None:
            order = vectors.compare(record.vector, vectors.loads(local.vector))
            if order in (Order.SAME, Order.BEFORE):
                return
            if order is Order.CONCURRENT:
                here = self._read(self._connection, [record.key]).get(record.key)
                if not _wins(
                    record.data, (record.stamp, record.device), here, (local.stamp, local.device)
                ):
                    return
        self._write(self._connection, record.key, record.data)
        self._versions[record.key] = incoming
        self.merged += 1

    def finish(self) -> None:
        sync_rows.save_versions(
            self._connection,
            ((self.kind, key, v) for key, v in self._versions.items() if v is not None),
        )
