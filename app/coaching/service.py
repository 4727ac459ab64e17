"""The coaching service: record the days the user met a coach, list and delete them.

A session on day D ends the period "since the last session" for everything after it:
the review for a later day starts the day after D (CommitmentService.since_last_session).
An export marked "brought to coaching on D" records the session on D through
`mark_brought_to_coaching`, so both ways mean the same. Each write publishes
`Change.COACHING` after its commit.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from app.coaching.records import MAX_NOTE, CoachingSession, CoachingSessionNotFoundError
from app.errors import InvalidInputError
from app.journal.changes import Change, ChangeFeed, Changes
from app.records import day_problem
from app.store import coaching as store
from models.database import Database


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CoachingService:
    """Coaching sessions of one journal."""

    def __init__(self, *, database: Database, changes: ChangeFeed | None = None) -> None:
        self._db = database
        self.changes = changes if changes is not None else ChangeFeed()

    def add(self, day: dt.date, note: str | None = None) -> CoachingSession:
        """Record a session on `day`; refused when one is recorded on that day already."""
        _check_day(day)
        note = _clean_note(note)
        with self._db.transaction(write=True) as connection:
            if store.on_day(connection, day) is not None:
                raise InvalidInputError(
                    f"A coaching session on {day.isoformat()} is recorded already; "
                    "nothing was added."
                )
            made = self._insert(connection, day, note)
        self.changes.publish(Changes(Change.COACHING))
        return made

    def mark_brought_to_coaching(self, day: dt.date) -> CoachingSession:
        """The session on `day` an export was brought to: the one recorded on that day, or
        a new one. Marking twice records one session."""
        _check_day(day)
        with self._db.transaction() as connection:
            found = store.on_day(connection, day)
            if found is not None:
                return found
            made = self._insert(connection, day, None)
        self.changes.publish(Changes(Change.COACHING))
        return made

    def delete(self, session_id: int) -> None:
        with self._db.transaction(write=True) as connection:
            if not store.delete(connection, session_id):
                raise CoachingSessionNotFoundError(
                    f"There is no coaching session with id {session_id}."
                )
        self.changes.publish(Changes(Change.COACHING))

    def list(self) -> list[CoachingSession]:
        """Every session, the latest first."""
        with self._db.transaction() as connection:
            return store.listed(connection)

    def last_before(self, day: dt.date) -> CoachingSession | None:
        """The latest session on a day before `day`: where "since the last session" for
        `day` starts (the day after it)."""
        with self._db.transaction() as connection:
            return store.last_before(connection, day)

    def _insert(self, connection: Any, day: dt.date, note: str | None) -> CoachingSession:
        new_id = store.insert(
            connection, uuid=str(uuid_module.uuid4()), day=day, note=note, created_at=utc_now()
        )
        made = store.get(connection, new_id)
        assert made is not None
        return made


def _check_day(day: dt.date) -> None:
    if not isinstance(day, dt.date):
        raise InvalidInputError("A coaching session needs a date.")
    problem = day_problem(day)
    if problem:
        raise InvalidInputError(f"{problem}. Nothing was saved.")


def _clean_note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidInputError(f"A session's note can hold {MAX_NOTE:,} characters.")
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInputError(
            "The note contains a broken character that cannot be saved; nothing was saved."
        ) from None
    return note
