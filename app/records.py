"""Plain values that cross from services to the command line and widgets.

Frozen dataclasses, never live ORM objects: a widget can hold one for as long as it likes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

OWN_FAMILY = "own"
ORDER_DATE = "date"
ORDER_MATCH = "match"

#: The days an entry may be about. A journal reflects on a life: anything outside these
#: years is a typing slip, and dates near the ends of the calendar overflow day arithmetic.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2200, 12, 31)

#: The most characters an entry's text (and each answer) may hold. A diary entry is a few
#: thousand; a million is several books, and keeps exports (a PDF above all) bounded.
MAX_BODY_CHARS = 1_000_000


def day_problem(day: dt.date) -> str | None:
    """Why `day` cannot be an entry's day, or None when it can."""
    if EARLIEST_DAY <= day <= LATEST_DAY:
        return None
    return (
        f"{day.isoformat()} is outside the dates Refleks accepts "
        f"({EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}); check the year"
    )


def length_problem(name: str, text: str) -> str | None:
    """Why `text` is too long for the entry's `name` field ("text", "answer"), or None."""
    if len(text) <= MAX_BODY_CHARS:
        return None
    return (
        f"The {name} is {len(text):,} characters long, more than the {MAX_BODY_CHARS:,} "
        "an entry can hold; shorten it or split it into several entries"
    )


def text_problems(body: str, answers: Iterable[Answer]) -> Iterator[tuple[str, str]]:
    """(field, why) for the entry's text ("body") and each answer ("answers[n]") that is
    longer than an entry may hold: a save refuses the first, an import names where it is."""
    problem = length_problem("text", body)
    if problem:
        yield "body", problem
    for index, answer in enumerate(answers):
        problem = length_problem("answer", answer.text)
        if problem:
            yield f"answers[{index}]", problem


@dataclass(frozen=True, slots=True, order=True)
class TagRef:
    """A tag as `family:key`; own tags carry the user's label too."""

    family: str
    key: str
    label: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.family}:{self.key}"

    @classmethod
    def parse(cls, text: str) -> TagRef:
        """Parse `family:key`; raises ValueError when there is no colon."""
        family, sep, key = text.strip().partition(":")
        if not sep or not family or not key:
            raise ValueError(text)
        return cls(family.strip().lower(), key.strip())


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to one prompt of a guided template."""

    prompt_key: str
    text: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """What a user hands in to create or update an entry."""

    day: dt.date
    title: str = ""
    body: str = ""
    tags: tuple[TagRef, ...] = ()
    answers: tuple[Answer, ...] = ()
    template_key: str | None = None
    template_version: int | None = None
    private: bool = False
    coaching: bool = False
    module_id: int | None = None
    #: Local wall-clock time to the minute; None: now for a new entry, unchanged for an update.
    time: dt.time | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry as stored, with its answers and tags."""

    id: int
    uuid: str
    day: dt.date
    title: str
    body: str
    tags: tuple[TagRef, ...]
    answers: tuple[Answer, ...]
    template_key: str | None
    template_version: int | None
    private: bool
    coaching: bool
    created_at: dt.datetime  # aware, UTC
    updated_at: dt.datetime  # aware, UTC
    trashed_at: dt.datetime | None
    module_id: int | None
    time: dt.time = dt.time(0)  # local wall-clock time of day, to the minute

    def to_draft(self) -> EntryDraft:
        return EntryDraft(
            day=self.day,
            title=self.title,
            body=self.body,
            tags=self.tags,
            answers=self.answers,
            template_key=self.template_key,
            template_version=self.template_version,
            private=self.private,
            coaching=self.coaching,
            module_id=self.module_id,
            time=self.time,
        )


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """What a timeline row shows of an entry."""

    id: int
    uuid: str
    day: dt.date
    title: str
    excerpt: str
    template_key: str | None
    tags: tuple[TagRef, ...]
    private: bool
    coaching: bool
    trashed_at: dt.datetime | None = None
    time: dt.time = dt.time(0)  # local wall-clock time of day


@dataclass(frozen=True, slots=True)
class Memory:
    """An entry that comes back on this day: written `months_ago` months (12, 24, … for
    whole years) before the day it is shown on."""

    entry: EntrySummary
    months_ago: int


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which entries the timeline shows. Empty fields do not filter."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tags: tuple[TagRef, ...] = ()
    match_all_tags: bool = False
    families: tuple[str, ...] = ()
    text: str = ""
    module_id: int | None = None
    private: bool | None = None
    coaching: bool | None = None
    trashed: bool = False
    #: "kept", "changed" or "dropped": only the follow-up entries written when a commitment
    #: was closed that way (Insights' "How commitments ended"), whose entry is not in the trash.
    closed_as: str | None = None
    #: "date" (newest first) or "match" (best match first; it orders only while searching).
    order: str = "date"

    def is_empty(self) -> bool:
        return self == TimelineFilter(trashed=self.trashed, order=self.order)

    def ranked(self) -> bool:
        """True when the entries come best match first: searching, ordered by match."""
        return self.order == ORDER_MATCH and bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Keyset position: the last row of the previous page (ordered by day, time, id)."""

    day: dt.date
    id: int
    time: dt.time = dt.time(0)
    #: In the order of best match: how many entries came before (pages by position).
    offset: int = 0


@dataclass(frozen=True, slots=True)
class TimelinePage:
    items: tuple[EntrySummary, ...]
    next_cursor: TimelineCursor | None


@dataclass(frozen=True, slots=True)
class TagCount:
    tag: TagRef
    count: int


@dataclass(frozen=True, slots=True)
class FamilyCount:
    family: str
    count: int
