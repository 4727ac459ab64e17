"""The coaching summary as plain data: what was asked for, and what the document holds.

Renderers read only these records, so Markdown, HTML and PDF always say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from app.records import TagRef

Selection = Literal["all", "coaching", "picked"]
SELECTIONS: tuple[str, ...] = ("all", "coaching", "picked")
LANGUAGES: tuple[str, ...] = ("da", "en")


@dataclass(frozen=True, slots=True)
class SummaryRequest:
    """What the user chose: period or module, filters, which entries and which parts."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    module_id: int | None = None
    families: tuple[str, ...] = ()
    tags: tuple[TagRef, ...] = ()
    selection: Selection = "all"
    picked_ids: frozenset[int] = frozenset()
    # Private entries stay in unless asked for: all of them (command line flag) or the
    # ones ticked one by one in the dialog.
    include_private: bool = False
    private_ids: frozenset[int] = frozenset()
    include_answers: bool = True
    include_body: bool = True
    include_tags: bool = True
    language: str = "da"
    author: str = ""
    # The section on commitments since the last coaching session, and the day of the
    # session the document is for (the export's "brought to coaching on"; default: the
    # day it is made). A private entry's commitments follow the private choices above.
    include_commitments: bool = True
    coaching_day: dt.date | None = None


@dataclass(frozen=True, slots=True)
class SummaryAnswer:
    question: str
    text: str


@dataclass(frozen=True, slots=True)
class SummaryEntry:
    id: int
    day: dt.date
    title: str
    template: str  # the template's title, or "" for a free entry
    tags: tuple[str, ...]  # labels in the chosen language, e.g. "Dilemma: Kontrol"
    body: str  # Markdown
    answers: tuple[SummaryAnswer, ...]
    coaching: bool
    private: bool


@dataclass(frozen=True, slots=True)
class ThemeCount:
    """How many of the summary's entries carry a family or a tag."""

    key: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class FamilyTheme:
    family: ThemeCount
    tags: tuple[ThemeCount, ...]


@dataclass(frozen=True, slots=True)
class CrossTable:
    """Dilemmas, then paradoxes (rows) × forms of legitimacy (columns): entries carrying both
    tags."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    @property
    def is_empty(self) -> bool:
        return not any(any(row) for row in self.counts)


@dataclass(frozen=True, slots=True)
class SummaryCommitment:
    """One commitment as the document shows it."""

    text: str
    status: str  # open, kept, changed or dropped
    note: str
    due: dt.date | None
    closed_on: dt.date | None
    entry_day: dt.date
    entry_title: str


@dataclass(frozen=True, slots=True)
class CommitmentSection:
    """Commitments since the last session (`since`, None before the first one) up to the
    session on `until`, grouped by how they went."""

    since: dt.date | None
    until: dt.date
    kept: tuple[SummaryCommitment, ...] = ()
    changed: tuple[SummaryCommitment, ...] = ()
    dropped: tuple[SummaryCommitment, ...] = ()
    still_open: tuple[SummaryCommitment, ...] = ()

    @property
    def groups(self) -> tuple[tuple[str, tuple[SummaryCommitment, ...]], ...]:
        """(label key, commitments) of each group that has any, in the order shown."""
        every = (
            ("kept", self.kept),
            ("changed", self.changed),
            ("dropped", self.dropped),
            ("still_open", self.still_open),
        )
        return tuple((key, items) for key, items in every if items)

    @property
    def is_empty(self) -> bool:
        return not self.groups


@dataclass(frozen=True, slots=True)
class Summary:
    """Everything one coaching summary document says, in one language."""

    language: str
    title: str
    author: str
    period: str
    generated_on: dt.date
    include_tags: bool
    themes: tuple[FamilyTheme, ...]
    cross: CrossTable
    entries: tuple[SummaryEntry, ...]  # date order
    coaching: tuple[SummaryEntry, ...] = field(default=())
    #: None when the request left the section out, or there was nothing to put in it.
    commitments: CommitmentSection | None = None
    # For the export dialog and the command line to tell the user; never written into the
    # document, which would tell the coach that a private entry exists.
    private_left_out: int = 0

    @property
    def private_included(self) -> int:
        return sum(1 for entry in self.entries if entry.private)
