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


def own_tag_states(connection: Any, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), CHUNK):
        chunk = tuple(unique[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for key, label in connection.execute(
            f"SELECT key, label FROM tags WHERE family = 'own' AND key IN ({marks})", chunk
        ):
            found[key] = {"label": label}
    return found


def write_own_tag(connection: Any, key: str, state: dict[str, Any] | None) -> bool:
    """Make the own tag `key` carry `state`'s label, or delete it (None) with its links."""
    if state is None:
        connection.execute("DELETE FROM tags WHERE family = 'own' AND key = ?", (key,))
        return True
    label = None if state["label"] is None else str(state["label"])
    connection.execute(
        "INSERT INTO tags (family, key, label) VALUES ('own', ?, ?) "
        "ON CONFLICT (family, key) DO UPDATE SET label = excluded.label "
        "WHERE label IS NOT excluded.label",
        (key, label),
    )
    return True


def conflict_count(connection: Any, marker: str) -> int:
    """Entries (not in the trash) whose title carries the conflict-copy `marker`."""
    return connection.execute(
        "SELECT count(*) FROM entries WHERE trashed_at IS NULL AND instr(title, ?) > 0",
        (marker,),
    ).fetchone()[0]


# ----- commitments and coaching sessions by uuid, as change files carry them --------------

_COMMITMENT_STATE = (
    "SELECT c.uuid, e.uuid, c.text, c.prompt_key, c.due, c.status, c.note, c.created_at, "
    "c.closed_at, c.closed_on, f.uuid FROM commitments AS c "
    "JOIN entries AS e ON e.id = c.entry_id "
    "LEFT JOIN entries AS f ON f.id = c.follow_up_entry_id"
)


def commitment_states(connection: Any, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), CHUNK):
        chunk = tuple(unique[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in connection.execute(f"{_COMMITMENT_STATE} WHERE c.uuid IN ({marks})", chunk):
            found[row[0]] = {
                "entry": row[1],
                "text": row[2],
                "prompt_key": row[3],
                "due": row[4],
                "status": row[5],
                "note": row[6],
                "created": row[7],
                "closed_at": row[8],
                "closed_on": row[9],
                "follow_up": row[10],
            }
    return found


def write_commitment(connection: Any, key: str, state: dict[str, Any] | None) -> bool:
    """Make the commitment `key` hold `state` (None: delete it). False when its entry is
    not here (deleted for good on this device), so there is nothing to attach it to."""
    row = connection.execute("SELECT id FROM commitments WHERE uuid = ?", (key,)).fetchone()
    if state is None:
        if row is not None:
            connection.execute("DELETE FROM commitments WHERE id = ?", (row[0],))
        return True
    entry = connection.execute(
        "SELECT id FROM entries WHERE uuid = ?", (state["entry"],)
    ).fetchone()
    if entry is None:
        return False
    follow_up = None
    if state["follow_up"] is not None:
        found = connection.execute(
            "SELECT id FROM entries WHERE uuid = ?", (state["follow_up"],)
        ).fetchone()
        follow_up = None if found is None else found[0]
    values = (
        entry[0],
        str(state["text"]),
        state["prompt_key"],
        state["due"],
        str(state["status"]),
        str(state["note"] or ""),
        str(state["created"]),
        state["closed_at"],
        state["closed_on"],
        follow_up,
    )
    if row is None:
        connection.execute(
            "INSERT INTO commitments (entry_id, text, prompt_key, due, status, note, created_at, "
            "closed_at, closed_on, follow_up_entry_id, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, key),
        )
    else:
        connection.execute(
            "UPDATE commitments SET entry_id = ?, text = ?, prompt_key = ?, due = ?, status = ?, "
            "note = ?, created_at = ?, closed_at = ?, closed_on = ?, follow_up_entry_id = ? "
            "WHERE id = ?",
            (*values, row[0]),
        )
    return True


def coaching_states(connection: Any, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), CHUNK):
        chunk = tuple(unique[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for key, day, note, created in connection.execute(
            f"SELECT uuid, day, note, created_at FROM coaching_sessions WHERE uuid IN ({marks})",
            chunk,
        ):
            found[key] = {"day": day, "note": note, "created": created}
    return found


def write_coaching(connection: Any, key: str, state: dict[str, Any] | None) -> bool:
    row = connection.execute("SELECT id FROM coaching_sessions WHERE uuid = ?", (key,)).fetchone()
    if state is None:
        if row is not None:
            connection.execute("DELETE FROM coaching_sessions WHERE id = ?", (row[0],))
        return True
    values = (
        dt.date.fromisoformat(str(state["day"])).isoformat(),
        None if state["note"] is None else str(state["note"]),
        str(state["created"]),
    )
    if row is None:
        connection.execute(
            "INSERT INTO coaching_sessions (day, note, created_at, uuid) VALUES (?, ?, ?, ?)",
            (*values, key),
        )
    else:
        connection.execute(
            "UPDATE coaching_sessions SET day = ?, note = ?, created_at = ? WHERE id = ?",
            (*values, row[0]),
        )
    return True


def mark_all(connection: Any) -> None:
    """Note every synced row as changed: a device that starts syncing sends what it holds."""
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'entry', uuid FROM entries"
    )
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'commitment', uuid FROM commitments"
    )
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) "
        "SELECT 'coaching', uuid FROM coaching_sessions"
    )
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'tag', key FROM tags "
        "WHERE family = 'own'"
    )
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'course', uuid FROM courses"
    )
    connection.execute(
        "INSERT OR IGNORE INTO sync_pending (kind, key) SELECT 'module', uuid FROM modules"
    )


# ----- courses and modules by uuid ---------------------------------------------------------


def course_states(connection: Any, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = tuple(keys[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for key, name, created in connection.execute(
            f"SELECT uuid, name, created_at FROM courses WHERE uuid IN ({marks})", chunk
        ):
            found[key] = {"name": name, "created": created}
    return found


def write_course(connection: Any, key: str, state: dict[str, Any] | None) -> bool:
    row = connection.execute("SELECT id FROM courses WHERE uuid = ?", (key,)).fetchone()
    if state is None:
        if row is not None:
            connection.execute("DELETE FROM courses WHERE id = ?", (row[0],))
        return True
    values = (str(state["name"]), str(state["created"]))
    if row is None:
        connection.execute(
            "INSERT INTO courses (name, created_at, uuid) VALUES (?, ?, ?)", (*values, key)
        )
    else:
        connection.execute(
            "UPDATE courses SET name = ?, created_at = ? WHERE id = ?", (*values, row[0])
        )
    return True


def module_states(connection: Any, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = tuple(keys[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        for key, course, name, day, position, place, notes in connection.execute(
            "SELECT m.uuid, c.uuid, m.name, m.day, m.position, m.place, m.notes "
            f"FROM modules AS m JOIN courses AS c ON c.id = m.course_id WHERE m.uuid IN ({marks})",
            chunk,
        ):
            found[key] = {
                "course": course,
                "name": name,
                "day": day,
                "position": position,
                "place": place,
                "notes": notes,
            }
    return found


def write_module(connection: Any, key: str, state: dict[str, Any] | None) -> bool:
    """False when the module's course is not here to hold it."""
    row = connection.execute("SELECT id FROM modules WHERE uuid = ?", (key,)).fetchone()
    if state is None:
        if row is not None:
            connection.execute("DELETE FROM modules WHERE id = ?", (row[0],))
        return True
    course = connection.execute(
        "SELECT id FROM courses WHERE uuid = ?", (state["course"],)
    ).fetchone()
    if course is None:
        return False
    values = (
        course[0],
        str(state["name"]),
        dt.date.fromisoformat(str(state["day"])).isoformat(),
        int(state["position"]),
        None if state["place"] is None else str(state["place"]),
        None if state["notes"] is None else str(state["notes"]),
    )
    if row is None:
        connection.execute(
            "INSERT INTO modules (course_id, name, day, position, place, notes, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*values, key),
        )
    else:
        connection.execute(
            "UPDATE modules SET course_id = ?, name = ?, day = ?, position = ?, place = ?, "
            "notes = ? WHERE id = ?",
            (*values, row[0]),
        )
    return True


def module_uuids(connection: Any, module_ids: Iterable[int]) -> dict[int, str]:
    ids = tuple(dict.fromkeys(module_ids))
    found: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            connection.execute(f"SELECT id, uuid FROM modules WHERE id IN ({marks})", chunk)
        )
    return found


def module_id(connection: Any, key: str) -> int | None:
    row = connection.execute("SELECT id FROM modules WHERE uuid = ?", (key,)).fetchone()
    return None if row is None else int(row[0])
