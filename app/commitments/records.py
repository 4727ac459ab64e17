"""Plain values of commitments: a commitment, its status, and a review between sessions."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.errors import InvalidInputError, RefleksError

#: The most characters a commitment's text may hold: a sentence or a short paragraph
#: (an answer is taken whole; a longer one is shortened by the user first).
MAX_TEXT = 2_000
#: The most characters of the note written when it is closed.
MAX_NOTE = 20_000


class CommitmentNotFoundError(RefleksError):
    pass


class CommitmentStatus(enum.StrEnum):
    """As stored (models.schema.COMMITMENT_STATUSES) and shown in the commands' JSON."""

    OPEN = "open"
    KEPT = "kept"
    CHANGED = "changed"
    DROPPED = "dropped"

    @classmethod
    def closing(cls, value: str | CommitmentStatus) -> CommitmentStatus:
        """`value` as the status a commitment is closed with; InvalidInputError if it is
        not kept, changed or dropped."""
        try:
            status = cls(value)
        except ValueError:
            status = cls.OPEN
        if status is cls.OPEN:
            raise InvalidInputError(
                f"'{value}' is not a way to close a commitment; use kept, changed or dropped."
            )
        return status


#: The statuses a commitment can be closed with, in the order they are shown.
CLOSED_STATUSES = (CommitmentStatus.KEPT, CommitmentStatus.CHANGED, CommitmentStatus.DROPPED)


@dataclass(frozen=True, slots=True)
class Commitment:
    """One commitment as stored, with what a list shows of the entry it came from."""

    id: int
    uuid: str
    entry_id: int
    text: str
    prompt_key: str | None  # the question it answered; None for a marked line
    due: dt.date | None
    status: CommitmentStatus
    note: str
    created_at: dt.datetime  # aware, UTC
    closed_at: dt.datetime | None  # aware, UTC
    closed_on: dt.date | None  # the user's day it was closed: the follow-up entry's day
    follow_up_entry_id: int | None
    #: Its entry's flag: a commitment from a private entry is private.
    private: bool
    entry_day: dt.date
    entry_title: str
    #: Whether its entry is in the trash (listings leave those out unless asked).
    entry_trashed: bool = False

    @property
    def is_open(self) -> bool:
        return self.status is CommitmentStatus.OPEN

    def is_due(self, today: dt.date) -> bool:
        """Open with a due date on or before `today`."""
        return self.is_open and self.due is not None and self.due <= today


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """How many commitments were closed each way in a period (and made in it)."""

    made: int = 0
    kept: int = 0
    changed: int = 0
    dropped: int = 0

    @property
    def closed(self) -> int:
        return self.kept + self.changed + self.dropped


@dataclass(frozen=True, slots=True)
class CommitmentReview:
    """The commitments to talk about at the session on or after `until`.

    `since` is the day of the last coaching session before `until` (None when there was
    none): `commitments` holds every commitment still open, and every one closed on a day
    after `since` up to and including `until`, open ones first, each group by due date.
    """

    since: dt.date | None
    until: dt.date
    commitments: tuple[Commitment, ...]

    @property
    def open(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.commitments if c.is_open)

    @property
    def closed(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.commitments if not c.is_open)
