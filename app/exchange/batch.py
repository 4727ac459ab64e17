"""What a reader hands to the importer: entries, tags, courses and modules as plain records.

Every reader (Refleks backup, jrnl, Day One) produces one `ImportBatch`; nothing here
touches the database. Timestamps are naive UTC, as the journal stores them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from app.records import Answer, TagRef

#: What an import does with an entry whose uuid is in the journal already.
OnConflict = Literal["skip", "update"]
ON_CONFLICT_CHOICES: tuple[str, ...] = ("skip", "update")


@dataclass(frozen=True, slots=True)
class ModuleRef:
    """Which course module an entry was filed under: a course by index, a module by position."""

    course: int
    position: int


@dataclass(frozen=True, slots=True)
class ImportedModule:
    name: str
    day: dt.date
    position: int
    place: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedCourse:
    name: str
    created_at: dt.datetime
    modules: tuple[ImportedModule, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedEntry:
    uuid: str
    day: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    title: str = ""
    body: str = ""
    tags: tuple[TagRef, ...] = ()
    answers: tuple[Answer, ...] = ()
    template_key: str | None = None
    template_version: int | None = None
    private: bool = False
    coaching: bool = False
    trashed_at: dt.datetime | None = None
    module: ModuleRef | None = None
    #: The local wall-clock time of day; None takes it from created_at, read here.
    time: dt.time | None = None


@dataclass(frozen=True, slots=True)
class ImportedCommitment:
    """A commitment, naming its entry (and its follow-up entry) by uuid."""

    uuid: str
    entry_uuid: str
    text: str
    created_at: dt.datetime
    status: str = "open"  # open, kept, changed or dropped
    note: str = ""
    prompt_key: str | None = None
    due: dt.date | None = None
    closed_at: dt.datetime | None = None
    closed_on: dt.date | None = None
    follow_up_uuid: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedCoachingSession:
    uuid: str
    day: dt.date
    created_at: dt.datetime
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Everything one file holds, ready to be written in one transaction."""

    source_format: str
    entries: tuple[ImportedEntry, ...]
    tags: tuple[TagRef, ...] = ()  # tags to exist even if no entry carries them (own tags)
    courses: tuple[ImportedCourse, ...] = ()
    notes: tuple[str, ...] = field(default=())  # what the reader changed on the way, for the user
    # Only a Refleks backup carries these (from its schema 2 on).
    commitments: tuple[ImportedCommitment, ...] = ()
    coaching_sessions: tuple[ImportedCoachingSession, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did: entries added, skipped (uuid already present) and updated."""

    added: int = 0
    skipped: int = 0
    updated: int = 0
    source_format: str = ""
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.added + self.skipped + self.updated
