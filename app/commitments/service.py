"""The commitment service: make, list, change, close and delete commitments.

Each public method is one user action in one transaction, publishing a `Changes` with
`Change.COMMITMENTS` after its commit (`entry_ids`: the entries whose commitments
changed). Closing also writes the follow-up entry in that same transaction, so either
both are stored or neither; it publishes `Change.ENTRIES` too.

Privacy: a commitment is private when its entry is. Listings for the user's own screen
and terminal include private ones; whatever leaves the app (summaries, exports) asks with
`include_private=False` unless the user included private entries explicitly.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from app.commitments import follow_up
from app.commitments.records import (
    MAX_NOTE,
    MAX_TEXT,
    Commitment,
    CommitmentNotFoundError,
    CommitmentReview,
    CommitmentStatus,
    OutcomeCounts,
)
from app.errors import EntryNotFoundError, InvalidInputError
from app.journal.changes import Change, ChangeFeed, Changes
from app.records import day_problem
from app.store import coaching as store_coaching
from app.store import commitments as store
from app.store import writes as store_writes
from app.store.writes import EntryValues
from models.database import Database

MAX_PROMPT_KEY = 64


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as stored."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CommitmentService:
    """Commitments of one journal."""

    def __init__(self, *, database: Database, changes: ChangeFeed | None = None) -> None:
        self._db = database
        self.changes = changes if changes is not None else ChangeFeed()

    # ----- writing -------------------------------------------------------------------

    def add(
        self,
        entry_id: int,
        text: str,
        due: dt.date | None = None,
        *,
        prompt_key: str | None = None,
    ) -> Commitment:
        """A new open commitment taken from the entry (an answer to `prompt_key`, or a
        line the user marked). Refused for an unknown entry or one in the trash."""
        text = _clean_text(text)
        _check_due(due)
        if prompt_key is not None and (not prompt_key or len(prompt_key) > MAX_PROMPT_KEY):
            raise InvalidInputError("A commitment's question key must be 1 to 64 characters.")
        with self._db.transaction(write=True) as connection:
            _live_entry(connection, entry_id)
            new_id = store.insert(
                connection,
                uuid=str(uuid_module.uuid4()),
                entry_id=entry_id,
                text=text,
                prompt_key=prompt_key,
                due=due,
                created_at=utc_now(),
            )
            made = store.get(connection, new_id)
        assert made is not None
        self.changes.publish(Changes(Change.COMMITMENTS, frozenset({entry_id})))
        return made

    def update(self, commitment_id: int, *, text: str, due: dt.date | None) -> Commitment:
        """Change an open commitment's text and due date."""
        text = _clean_text(text)
        _check_due(due)
        with self._db.transaction(write=True) as connection:
            current = self._read(connection, commitment_id)
            if not current.is_open:
                raise InvalidInputError(
                    f"Commitment {commitment_id} is closed ({current.status}); "
                    "only an open one can be changed."
                )
            store.update(connection, commitment_id, text=text, due=due)
            changed = self._read(connection, commitment_id)
        self.changes.publish(Changes(Change.COMMITMENTS, frozenset({changed.entry_id})))
        return changed

    def close(
        self,
        commitment_id: int,
        status: CommitmentStatus | str,
        note: str = "",
        *,
        language: str,
        today: dt.date | None = None,
    ) -> Commitment:
        """Close an open commitment as kept, changed or dropped, with a note on how it went.

        One transaction records the status, note and time, and writes the follow-up entry
        (on `today`, default the local date; private when the commitment is; its title and
        first lines in `language`, 'da' or 'en'), linked from the commitment's
        `follow_up_entry_id`. Returns the closed commitment.
        """
        status = CommitmentStatus.closing(status)
        note = note.strip()
        _check_storable("note", note)
        if len(note) > MAX_NOTE:
            raise InvalidInputError(
                f"The note is {len(note):,} characters long; a note can hold {MAX_NOTE:,}."
            )
        day = today or dt.date.today()
        now = utc_now()
        with self._db.transaction(write=True) as connection:
            current = self._read(connection, commitment_id)
            if not current.is_open:
                raise InvalidInputError(
                    f"Commitment {commitment_id} is already closed ({current.status}); "
                    "nothing was changed."
                )
            if current.entry_trashed:
                raise InvalidInputError(
                    f"The entry of commitment {commitment_id} is in the trash; restore it "
                    "first. Nothing was changed."
                )
            (follow_up_id,) = store_writes.insert_entries(
                connection,
                [
                    EntryValues(
                        uuid=str(uuid_module.uuid4()),
                        day=day,
                        created_at=now,
                        updated_at=now,
                        title=follow_up.follow_up_title(current.text, language),
                        body=follow_up.follow_up_body(
                            current.text,
                            status,
                            note,
                            made_on=current.entry_day.isoformat(),
                            language=language,
                        ),
                        private=current.private,
                    )
                ],
            )
            store.close(
                connection,
                commitment_id,
                status=status,
                note=note,
                closed_at=now,
                closed_on=day,
                follow_up_entry_id=follow_up_id,
            )
            closed = self._read(connection, commitment_id)
        self.changes.publish(
            Changes(
                Change.COMMITMENTS | Change.ENTRIES,
                frozenset({closed.entry_id, follow_up_id}),
            )
        )
        return closed

    def delete(self, commitment_id: int) -> None:
        """Delete a commitment made by mistake; a follow-up entry it wrote stays."""
        with self._db.transaction(write=True) as connection:
            current = self._read(connection, commitment_id)
            store.delete(connection, commitment_id)
        self.changes.publish(Changes(Change.COMMITMENTS, frozenset({current.entry_id})))

    # ----- reading -------------------------------------------------------------------

    def get(self, commitment_id: int) -> Commitment:
        with self._db.transaction() as connection:
            return self._read(connection, commitment_id)

    def list(self, *, open_only: bool = False, include_private: bool = True) -> list[Commitment]:
        """Commitments whose entries are not in the trash: open ones first, soonest due
        first (no due date last), then closed ones, last closed first."""
        with self._db.transaction() as connection:
            return store.listed(connection, open_only=open_only, include_private=include_private)

    def open_count(self, *, include_private: bool = True) -> int:
        """How many are open (the window's badge)."""
        with self._db.transaction() as connection:
            return store.open_count(connection, include_private=include_private)

    def of_entry(self, entry_id: int) -> list[Commitment]:
        """The commitments taken from the entry, with their follow-ups' ids."""
        with self._db.transaction() as connection:
            return store.of_entry(connection, entry_id)

    def followed_up_by(self, entry_id: int) -> Commitment | None:
        """The commitment whose follow-up the entry is (its link to the original)."""
        with self._db.transaction() as connection:
            return store.followed_up_by(connection, entry_id)

    def due_commitments(self, today: dt.date, *, include_private: bool = True) -> list[Commitment]:
        """Open commitments due on or before `today`, soonest first (for reminders)."""
        with self._db.transaction() as connection:
            return store.due_by(connection, today, include_private=include_private)

    def since_last_session(
        self, until: dt.date | None = None, *, include_private: bool = False
    ) -> CommitmentReview:
        """What to bring to the session on `until` (default today): see CommitmentReview.

        The last session is the latest one on a day before `until`; a session on `until`
        itself is the one being prepared for, so it does not count.
        """
        day = until or dt.date.today()
        with self._db.transaction() as connection:
            last = store_coaching.last_before(connection, day)
            since = last.day if last is not None else None
            found = store.since(connection, since, day, include_private=include_private)
        return CommitmentReview(since=since, until=day, commitments=tuple(found))

    def outcome_counts(
        self,
        date_from: dt.date | None,
        date_to: dt.date | None,
        *,
        include_private: bool = True,
    ) -> OutcomeCounts:
        """Made and closed each way in the period (see app.store.commitments)."""
        with self._db.transaction() as connection:
            return store.outcome_counts(
                connection, date_from, date_to, include_private=include_private
            )

    # ----- helpers -------------------------------------------------------------------

    def _read(self, connection: Any, commitment_id: int) -> Commitment:
        found = store.get(connection, commitment_id)
        if found is None:
            raise CommitmentNotFoundError(f"There is no commitment with id {commitment_id}.")
        return found


def _live_entry(connection: Any, entry_id: int) -> None:
    """Refuse an entry that is not there or is in the trash."""
    trashed = store_writes.is_trashed(connection, entry_id)
    if trashed is None:
        raise EntryNotFoundError(f"There is no entry with id {entry_id}.")
    if trashed:
        raise InvalidInputError(
            f"Entry {entry_id} is in the trash; restore it before making a commitment from it."
        )


def _clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInputError("A commitment needs a text saying what you will do.")
    if len(cleaned) > MAX_TEXT:
        raise InvalidInputError(
            f"The commitment is {len(cleaned):,} characters long; keep it to {MAX_TEXT:,}."
        )
    _check_storable("text", cleaned)
    return cleaned


def _check_due(due: dt.date | None) -> None:
    if due is None:
        return
    if not isinstance(due, dt.date):
        raise InvalidInputError("A due date must be a date.")
    problem = day_problem(due)
    if problem:
        raise InvalidInputError(f"{problem}. Nothing was saved.")


def _check_storable(name: str, value: str) -> None:
    """Refuse text UTF-8 cannot hold (an unpaired surrogate from a broken paste)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidInputError(
            f"The {name} contains a broken character at position {error.start + 1} that "
            "cannot be saved; nothing was saved."
        ) from None
