"""The editor's bookkeeping without widgets: drafts, dirty tracking and the retry policy.

The widgets read their fields into `FieldValues`; everything that decides what gets saved,
whether anything changed since the last commit, and how long to wait before retrying a
failed save lives here, so it can be tested without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.errors import RefleksError
from app.records import Answer, EntryDraft, TagRef
from models.errors import JournalAccessError, StorageError

# Errors a save may raise that the editor survives: the text stays and saving retries.
SAVE_ERRORS: tuple[type[BaseException], ...] = (
    RefleksError,
    StorageError,
    OSError,
)


@dataclass(frozen=True, slots=True)
class FieldValues:
    """What the editor's fields hold right now."""

    day: dt.date
    title: str
    body: str
    answers: tuple[tuple[str, str], ...]  # (prompt_key, text) in the order shown
    tags: tuple[TagRef, ...]
    private: bool
    coaching: bool
    time: dt.time | None = None  # local time of day, to the minute


@dataclass(frozen=True, slots=True)
class EntrySetup:
    """What an entry keeps that the user does not edit in a field."""

    template_key: str | None = None
    template_version: int | None = None
    module_id: int | None = None


def default_language() -> str:
    """The catalog language to start in before the window says: Danish on a Danish system."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def unique_tags(tags: Iterable[TagRef]) -> tuple[TagRef, ...]:
    """Tags without repeats, sorted so that two drafts with the same tags compare equal."""
    return tuple(sorted(dict.fromkeys(tags)))


def build_draft(values: FieldValues, setup: EntrySetup) -> EntryDraft:
    """The draft to hand to the journal. Empty answers are left out (nothing to keep)."""
    answered = [(key, text) for key, text in values.answers if text.strip()]
    return EntryDraft(
        day=values.day,
        title=values.title,
        body=values.body,
        tags=unique_tags(values.tags),
        answers=tuple(Answer(key, text, position) for position, (key, text) in enumerate(answered)),
        template_key=setup.template_key,
        template_version=setup.template_version,
        private=values.private,
        coaching=values.coaching,
        module_id=setup.module_id,
        time=values.time,
    )


def has_text(draft: EntryDraft) -> bool:
    """True when the user has written anything at all: a title, the body or an answer."""
    return bool(
        draft.title.strip() or draft.body.strip() or any(a.text.strip() for a in draft.answers)
    )


class SaveTracker:
    """Remembers what was last committed and tells whether the fields differ from it.

    A new entry (no id yet) starts from `baseline`, the draft it was opened with; it only
    needs saving once the user has written something or added a tag of their own, so an
    untouched new entry never becomes an empty row in the journal.
    """

    def __init__(self, baseline: EntryDraft, *, entry_id: int | None = None) -> None:
        self._baseline = baseline
        self._saved = baseline
        self._entry_id = entry_id

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    @property
    def saved_draft(self) -> EntryDraft:
        return self._saved

    def needs_save(self, draft: EntryDraft) -> bool:
        if draft == self._saved:
            return False
        if self._entry_id is None:
            added_tags = set(draft.tags) - set(self._baseline.tags)
            # A title the entry was opened with (a postcard's "Postkort — Modul 2") is not
            # something the user wrote: alone it never makes an entry.
            written = replace(draft, title="") if draft.title == self._baseline.title else draft
            return has_text(written) or bool(added_tags)
        return True

    def mark_saved(self, entry_id: int, draft: EntryDraft) -> None:
        self._entry_id = entry_id
        self._saved = draft


class RetryPolicy:
    """How long to wait before the next attempt after failed saves: a capped backoff."""

    DEFAULT_DELAYS_MS: tuple[int, ...] = (2_000, 5_000, 10_000, 30_000, 60_000)

    def __init__(self, delays_ms: Sequence[int] = DEFAULT_DELAYS_MS) -> None:
        if not delays_ms or any(delay <= 0 for delay in delays_ms):
            raise ValueError("RetryPolicy needs at least one positive delay")
        self._delays = tuple(delays_ms)
        self._failures = 0

    @property
    def failures(self) -> int:
        """Failed attempts since the last success."""
        return self._failures

    def next_delay_ms(self) -> int:
        """Record one more failure and return how long to wait before trying again."""
        delay = self._delays[min(self._failures, len(self._delays) - 1)]
        self._failures += 1
        return delay

    def reset(self) -> None:
        """A save succeeded: the next failure starts the backoff from the beginning."""
        self._failures = 0


def saved_status(at: QTime) -> str:
    """The status after a save committed at `at` ("Saved 14:02"), in the current language."""
    return QCoreApplication.translate("EntryEditor", "Saved {time}").format(
        time=at.toString("HH:mm")
    )


def failure_reason(error: BaseException) -> str:
    """One sentence for the user: why the save failed and what they can do about it."""
    kind = error.kind if isinstance(error, JournalAccessError) else ""
    if isinstance(error, RefleksError | StorageError) and not kind:
        return error.message
    detail = kind or str(error).lower()
    if "locked" in detail or "busy" in detail:
        return QCoreApplication.translate(
            "EntryEditor",
            "The journal is locked by another program, so your text is not saved yet. "
            "It stays here and Refleks keeps trying.",
        )
    if "full" in detail or "no space" in detail:  # kind "disk_full" too
        return QCoreApplication.translate(
            "EntryEditor",
            "The disk is full, so your text is not saved yet. Free some space; "
            "the text stays here and Refleks keeps trying.",
        )
    if ("read" in detail and "only" in detail) or "permission" in detail:
        return QCoreApplication.translate(
            "EntryEditor",
            "The journal file cannot be written (it is read-only), so your text is not "
            "saved yet. It stays here and Refleks keeps trying.",
        )
    return QCoreApplication.translate(
        "EntryEditor",
        "Your text could not be saved ({reason}). It stays here and Refleks keeps trying.",
    ).format(reason=str(error))
