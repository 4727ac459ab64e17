"""Sync's own rows: this device's settings, the change log, versions, peers and refusals;
and entries read and written by uuid for the merge (app/sync/).

The entries themselves are written through app/store/writes.py, as every save is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.store.rows import stored_text, stored_utc
from app.store.uuids import CHUNK


@dataclass(frozen=True, slots=True)
class SyncSettings:
    device_id: str
    device_name: str
    folder: str | None
    clock: str
    last_seq: int
    last_sync: dt.datetime | None


@dataclass(frozen=True, slots=True)
class StoredVersion:
    vector: str  # JSON: device id -> hybrid-clock stamp
    stamp: str
    device: str


@dataclass(frozen=True, slots=True)
class Peer:
    device_id: str
    name: str
    last_seq: int
    last_seen: dt.datetime | None


def settings(connection: Any) -> SyncSettings | None:
    row = connection.execute(
        "SELECT device_id, device_name, folder, clock, last_seq, last_sync "
        "FROM sync_settings WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return SyncSettings(row[0], row[1], row[2], row[3], row[4], stored_utc(row[5]))


def save_settings(connection: Any, value: SyncSettings) -> None:
    connection.execute(
        "INSERT INTO sync_settings (id, device_id, device_name, folder, clock, last_seq, "
        "last_sync) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "device_id = excluded.device_id, device_name = excluded.device_name, "
        "folder = excluded.folder, clock = excluded.clock, last_seq = excluded.last_seq, "
        "last_sync = excluded.last_sync",
        (
            value.device_id,
            value.device_name,
            value.folder,
            value.clock,
            value.last_seq,
            stored_text(value.last_sync),
        ),
    )


def pending(connection: Any, kinds: Sequence[str]) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(kinds))
    return connection.execute(
        f"SELECT kind, key FROM sync_pending WHERE kind IN ({marks}) ORDER BY kind, key",
        tuple(kinds),
    ).fetchall()


def clear_pending(connection: Any, kinds: Sequence[str]) -> None:
    marks = ",".join("?" * len(kinds))
    connection.execute(f"DELETE FROM sync_pending WHERE kind IN ({marks})", tuple(kinds))


def mark_all_entries(connection: Any) -> None:
    """Note every entry as changed: a device that starts syncing sends what it holds."""
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'entry', uuid FROM entries"
    )


def versions(connection: Any, kind: str, keys: Sequence[str]) -> dict[str, StoredVersion]:
    found: dict[str, StoredVersion] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), CHUNK):
        chunk = tuple(unique[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for key, vector, stamp, device in connection.execute(
            f"SELECT key, vector, stamp, device FROM sync_versions "
            f"WHERE kind = ? AND key IN ({marks})",
            (kind, *chunk),
        ):
            found[key] = StoredVersion(vector, stamp, device)
    return found


def all_versions(connection: Any) -> list[tuple[str, str, StoredVersion]]:
    return [
        (kind, key, StoredVersion(vector, stamp, device))
        for kind, key, vector, stamp, device in connection.execute(
            "SELECT kind, key, vector, stamp, device FROM sync_versions ORDER BY kind, key"
        )
    ]


def save_versions(connection: Any, rows: Iterable[tuple[str, str, StoredVersion]]) -> None:
    connection.executemany(
        "INSERT INTO sync_versions (kind, key, vector, stamp, device) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, key) DO UPDATE SET vector = excluded.vector, "
        "stamp = excluded.stamp, device = excluded.device",
        [(kind, key, v.vector, v.stamp, v.device) for kind, key, v in rows],
    )


def peers(connection: Any) -> list[Peer]:
    return [
        Peer(device_id, name, last_seq, stored_utc(last_seen))
        for device_id, name, last_seq, last_seen in connection.execute(
            "SELECT device_id, name, last_seq, last_seen FROM sync_peers ORDER BY name, device_id"
        )
    ]


def save_peer(connection: Any, peer: Peer) -> None:
    connection.execute(
        "INSERT INTO sync_peers (device_id, name, last_seq, last_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, "
        "last_seq = excluded.last_seq, last_seen = excluded.last_seen",
        (peer.device_id, peer.name, peer.last_seq, stored_text(peer.last_seen)),
    )


def refused(connection: Any) -> list[tuple[str, str]]:
    return connection.execute("SELECT name, reason FROM sync_refused ORDER BY name").fetchall()


def replace_refused(connection: Any, rows: Iterable[tuple[str, str]]) -> None:
    connection.execute("DELETE FROM sync_refused")
    connection.executemany("INSERT OR REPLACE INTO sync_refused (name, reason) VALUES (?, ?)", rows)


def delete_entry(connection: Any, entry_id: int) -> None:
    """Delete an entry for good (another device emptied it from its trash)."""
    connection.execute("DELETE FROM entries WHERE id = ?", (entry_id,))


def conflict_count(connection: Any, marker: str) -> int:
    """Entries (not in the trash) whose title carries the conflict-copy `marker`."""
    return connection.execute(
        "SELECT count(*) FROM entries WHERE trashed_at IS NULL AND instr(title, ?) > 0",
        (marker,),
    ).fetchone()[0]
