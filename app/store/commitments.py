"""Commitments: written, closed, listed and counted.

A commitment's privacy is its entry's `is_private` and its place in the trash its entry's
`trashed_at`, both read through the join: nothing is copied that could drift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from app.commitments.records import Commitment, CommitmentStatus, OutcomeCounts
from app.store.rows import day_text, stored_day, stored_text, stored_utc
from app.store.uuids import ids_of_uuids as uuids_in

_SELECT = (
    "SELECT c.id, c.uuid, c.entry_id, c.text, c.prompt_key, c.due, c.status, c.note, "
    "c.created_at, c.closed_at, c.closed_on, c.follow_up_entry_id, "
    "e.is_private, e.day, e.title, e.trashed_at IS NOT NULL "
    "FROM commitments AS c JOIN entries AS e ON e.id = c.entry_id"
)
# Open ones first, soonest due first (no due date last), then as they were made.
_ORDER = " ORDER BY c.status != 'open', c.due IS NULL, c.due, c.closed_on DESC, c.id"


def _commitment(row: tuple[Any, ...]) -> Commitment:
    return Commitment(
        id=int(row[0]),
        uuid=row[1],
        entry_id=int(row[2]),
        text=row[3],
        prompt_key=row[4],
        due=None if row[5] is None else stored_day(row[5]),
        status=CommitmentStatus(row[6]),
        note=row[7] or "",
        created_at=stored_utc(row[8]),  # type: ignore[arg-type]
        closed_at=stored_utc(row[9]),
        closed_on=None if row[10] is None else stored_day(row[10]),
        follow_up_entry_id=None if row[11] is None else int(row[11]),
        private=bool(row[12]),
        entry_day=stored_day(row[13]),
        entry_title=row[14] or "",
        entry_trashed=bool(row[15]),
    )


def _where(conditions: Iterable[str], *, include_private: bool, include_trashed: bool) -> str:
    parts = list(conditions)
    if not include_private:
        parts.append("e.is_private = 0")
    if not include_trashed:
        parts.append("e.trashed_at IS NULL")
    return (" WHERE " + " AND ".join(parts)) if parts else ""


def _select(
    connection: Any,
    conditions: Iterable[str] = (),
    values: tuple[Any, ...] = (),
    *,
    include_private: bool = True,
    include_trashed: bool = False,
) -> list[Commitment]:
    where = _where(conditions, include_private=include_private, include_trashed=include_trashed)
    rows = connection.execute(_SELECT + where + _ORDER, values).fetchall()
    return [_commitment(row) for row in rows]


def insert(
    connection: Any,
    *,
    uuid: str,
    entry_id: int,
    text: str,
    prompt_key: str | None,
    due: dt.date | None,
    created_at: dt.datetime,
) -> int:
    """A new open commitment; returns its id."""
    cursor = connection.execute(
        "INSERT INTO commitments (uuid, entry_id, text, prompt_key, due, status, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, 'open', '', ?)",
        (
            uuid,
            entry_id,
            text,
            prompt_key,
            None if due is None else day_text(due),
            stored_text(created_at),
        ),
    )
    return int(cursor.lastrowid)


def get(connection: Any, commitment_id: int) -> Commitment | None:
    """The commitment with that id, wherever its entry is (private, in the trash)."""
    found = _select(
        connection, ("c.id = ?",), (commitment_id,), include_private=True, include_trashed=True
    )
    return found[0] if found else None


def listed(
    connection: Any,
    *,
    open_only: bool = False,
    include_private: bool = True,
    include_trashed: bool = False,
) -> list[Commitment]:
    """Commitments, open first by due date, then the closed ones, last closed first."""
    conditions = ("c.status = 'open'",) if open_only else ()
    return _select(
        connection, conditions, include_private=include_private, include_trashed=include_trashed
    )


def of_entry(connection: Any, entry_id: int) -> list[Commitment]:
    """The commitments taken from the entry (whether it is private or in the trash)."""
    return _select(
        connection, ("c.entry_id = ?",), (entry_id,), include_private=True, include_trashed=True
    )


def followed_up_by(connection: Any, entry_id: int) -> Commitment | None:
    """The commitment whose closing wrote the entry, or None."""
    found = _select(
        connection,
        ("c.follow_up_entry_id = ?",),
        (entry_id,),
        include_private=True,
        include_trashed=True,
    )
    return found[0] if found else None


def due_by(connection: Any, today: dt.date, *, include_private: bool = True) -> list[Commitment]:
    """Open commitments due on or before `today` (their entries not in the trash)."""
    return _select(
        connection,
        ("c.status = 'open'", "c.due IS NOT NULL", "c.due <= ?"),
        (day_text(today),),
        include_private=include_private,
    )


def open_count(connection: Any, *, include_private: bool = True) -> int:
    where = _where(("c.status = 'open'",), include_private=include_private, include_trashed=False)
    row = connection.execute(
        "SELECT count(*) FROM commitments AS c JOIN entries AS e ON e.id = c.entry_id" + where
    ).fetchone()
    return int(row[0])


def since(
    connection: Any, since: dt.date | None, until: dt.date, *, include_private: bool
) -> list[Commitment]:
    """Every open commitment, and those closed on a day after `since` (any day when None)
    up to and including `until`; entries in the trash left out."""
    conditions = ["(c.status = 'open' OR (c.closed_on <= ?"]
    values: list[Any] = [day_text(until)]
    if since is not None:
        conditions[0] += " AND c.closed_on > ?"
        values.append(day_text(since))
    conditions[0] += "))"
    return _select(connection, conditions, tuple(values), include_private=include_private)


def close(
    connection: Any,
    commitment_id: int,
    *,
    status: CommitmentStatus,
    note: str,
    closed_at: dt.datetime,
    closed_on: dt.date,
    follow_up_entry_id: int | None,
) -> bool:
    """Close an open commitment; False when it is not open (or not there)."""
    cursor = connection.execute(
        "UPDATE commitments SET status = ?, note = ?, closed_at = ?, closed_on = ?, "
        "follow_up_entry_id = ? WHERE id = ? AND status = 'open'",
        (
            status.value,
            note,
            stored_text(closed_at),
            day_text(closed_on),
            follow_up_entry_id,
            commitment_id,
        ),
    )
    return cursor.rowcount > 0


def update(connection: Any, commitment_id: int, *, text: str, due: dt.date | None) -> bool:
    """Change a commitment's text and due date; False when there is none."""
    cursor = connection.execute(
        "UPDATE commitments SET text = ?, due = ? WHERE id = ?",
        (text, None if due is None else day_text(due), commitment_id),
    )
    return cursor.rowcount > 0


def delete(connection: Any, commitment_id: int) -> bool:
    """Delete a commitment (its follow-up entry, if any, stays); False when there is none."""
    cursor = connection.execute("DELETE FROM commitments WHERE id = ?", (commitment_id,))
    return cursor.rowcount > 0


def _utc_start(day: dt.date) -> str:
    """The first instant of the user's local `day`, as stored UTC text."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return stored_text(local.astimezone(dt.UTC))  # type: ignore[return-value]


def outcome_counts(
    connection: Any,
    date_from: dt.date | None,
    date_to: dt.date | None,
    *,
    include_private: bool,
) -> OutcomeCounts:
    """Commitments made in the period (by the local day of `created_at`) and closed in it
    each way (by `closed_on`), from `date_from` to `date_to` inclusive (None: open-ended).
    Commitments of entries in the trash are not counted."""
    closed_in: list[str] = []
    made_in: list[str] = []
    values_closed: list[Any] = []
    values_made: list[Any] = []
    if date_from is not None:
        closed_in.append("c.closed_on >= ?")
        values_closed.append(day_text(date_from))
        made_in.append("c.created_at >= ?")
        values_made.append(_utc_start(date_from))
    if date_to is not None:
        closed_in.append("c.closed_on <= ?")
        values_closed.append(day_text(date_to))
        made_in.append("c.created_at < ?")
        values_made.append(_utc_start(date_to + dt.timedelta(days=1)))
    closed_when = " AND ".join(closed_in) or "1"
    made_when = " AND ".join(made_in) or "1"
    where = _where((), include_private=include_private, include_trashed=False)
    row = connection.execute(
        f"SELECT coalesce(sum({made_when}), 0), "
        f"coalesce(sum(c.status = 'kept' AND {closed_when}), 0), "
        f"coalesce(sum(c.status = 'changed' AND {closed_when}), 0), "
        f"coalesce(sum(c.status = 'dropped' AND {closed_when}), 0) "
        "FROM commitments AS c JOIN entries AS e ON e.id = c.entry_id" + where,
        (*values_made, *values_closed, *values_closed, *values_closed),
    ).fetchone()
    return OutcomeCounts(
        made=int(row[0]), kept=int(row[1]), changed=int(row[2]), dropped=int(row[3])
    )


# ----- whole rows, as an import writes them ------------------------------------------


def ids_of_uuids(connection: Any, uuids: list[str]) -> dict[str, int]:
    """The ids of the commitments with these uuids that are here already."""
    return uuids_in(connection, "commitments", uuids)


def write_row(
    connection: Any,
    row_id: int | None,
    *,
    uuid: str,
    entry_id: int,
    text: str,
    prompt_key: str | None,
    due: dt.date | None,
    status: str,
    note: str,
    created_at: dt.datetime,
    closed_at: dt.datetime | None,
    closed_on: dt.date | None,
    follow_up_entry_id: int | None,
) -> None:
    """Insert a whole commitment (`row_id` None) or overwrite the one with that id."""
    values = (
        uuid,
        entry_id,
        text,
        prompt_key,
        None if due is None else day_text(due),
        status,
        note,
        stored_text(created_at),
        stored_text(closed_at),
        None if closed_on is None else day_text(closed_on),
        follow_up_entry_id,
    )
    if row_id is None:
        connection.execute(
            "INSERT INTO commitments (uuid, entry_id, text, prompt_key, due, status, note, "
            "created_at, closed_at, closed_on, follow_up_entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    else:
        connection.execute(
            "UPDATE commitments SET uuid = ?, entry_id = ?, text = ?, prompt_key = ?, due = ?, "
            "status = ?, note = ?, created_at = ?, closed_at = ?, closed_on = ?, "
            "follow_up_entry_id = ? WHERE id = ?",
            (*values, row_id),
        )
