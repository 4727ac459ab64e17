"""Coaching sessions: recorded, listed, and the last one before a day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.coaching.records import CoachingSession
from app.store.rows import day_text, stored_day, stored_text, stored_utc
from app.store.uuids import ids_of_uuids as uuids_in

_SELECT = "SELECT id, uuid, day, note, created_at FROM coaching_sessions"


def _session(row: tuple[Any, ...]) -> CoachingSession:
    return CoachingSession(
        id=int(row[0]),
        uuid=row[1],
        day=stored_day(row[2]),
        note=row[3],
        created_at=stored_utc(row[4]),  # type: ignore[arg-type]
    )


def insert(
    connection: Any, *, uuid: str, day: dt.date, note: str | None, created_at: dt.datetime
) -> int:
    cursor = connection.execute(
        "INSERT INTO coaching_sessions (uuid, day, note, created_at) VALUES (?, ?, ?, ?)",
        (uuid, day_text(day), note, stored_text(created_at)),
    )
    return int(cursor.lastrowid)


def get(connection: Any, session_id: int) -> CoachingSession | None:
    row = connection.execute(_SELECT + " WHERE id = ?", (session_id,)).fetchone()
    return None if row is None else _session(row)


def on_day(connection: Any, day: dt.date) -> CoachingSession | None:
    """The session recorded on `day` (the first, should there be several)."""
    row = connection.execute(
        _SELECT + " WHERE day = ? ORDER BY id LIMIT 1", (day_text(day),)
    ).fetchone()
    return None if row is None else _session(row)


def listed(connection: Any) -> list[CoachingSession]:
    """Every session, the latest first."""
    rows = connection.execute(_SELECT + " ORDER BY day DESC, id DESC").fetchall()
    return [_session(row) for row in rows]


def last_before(connection: Any, day: dt.date) -> CoachingSession | None:
    """The latest session on a day before `day`, or None."""
    row = connection.execute(
        _SELECT + " WHERE day < ? ORDER BY day DESC, id DESC LIMIT 1", (day_text(day),)
    ).fetchone()
    return None if row is None else _session(row)


def delete(connection: Any, session_id: int) -> bool:
    cursor = connection.execute("DELETE FROM coaching_sessions WHERE id = ?", (session_id,))
    return cursor.rowcount > 0


def ids_of_uuids(connection: Any, uuids: list[str]) -> dict[str, int]:
    """The ids of the sessions with these uuids that are here already."""
    return uuids_in(connection, "coaching_sessions", uuids)


def replace(
    connection: Any, session_id: int, *, day: dt.date, note: str | None, created_at: dt.datetime
) -> None:
    connection.execute(
        "UPDATE coaching_sessions SET day = ?, note = ?, created_at = ? WHERE id = ?",
        (day_text(day), note, stored_text(created_at), session_id),
    )
