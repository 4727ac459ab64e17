"""Plain values of coaching sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import RefleksError

#: The most characters of a session's note.
MAX_NOTE = 20_000


class CoachingSessionNotFoundError(RefleksError):
    pass


@dataclass(frozen=True, slots=True)
class CoachingSession:
    id: int
    uuid: str
    day: dt.date
    note: str | None
    created_at: dt.datetime  # aware, UTC
