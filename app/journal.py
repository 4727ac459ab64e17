"""The journal service: create, update, trash, restore and purge entries, and read them back.

Each public method is one user action: it opens a session, commits, and returns plain
records. Deck tags are checked against the catalog; own tags are made on first use.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session

from app.changes import ChangeFeed, Changes
from app.errors import EntryNotFoundError, InvalidInputError, UnknownTagError
from app.own_tags import own_tag_key
from app.records import (
    OWN_FAMILY,
    Answer,
    Entry,
    EntryDraft,
    EntrySummary,
    FamilyCount,
    TagCount,
    TagRef,
    TimelineCursor,
    TimelineFilter,
    TimelinePage,
    day_problem,
    length_problem,
)
from app.store import entries as store_entries
from app.store import timeline as store_timeline
from app.store import under
from models.database import Database
from models.schema import AnswerRow, EntryRow, TagRow

DEFAULT_PAGE_SIZE = 200


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as stored in the database."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_aware(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.replace(tzinfo=dt.UTC)


def entry_record(row: EntryRow) -> Entry:
    return Entry(
        id=row.id,
        uuid=row.uuid,
        day=row.day,
        title=row.title,
        body=row.body,
        tags=tuple(sorted(TagRef(t.family, t.key, t.label) for t in row.tags)),
        answers=tuple(Answer(a.prompt_key, a.text, a.position) for a in row.answers),
        template_key=row.template_key,
        template_version=row.template_version,
        private=row.is_private,
        coaching=row.for_coaching,
        created_at=as_aware(row.created_at),  # type: ignore[arg-type]
        updated_at=as_aware(row.updated_at),  # type: ignore[arg-type]
        trashed_at=as_aware(row.trashed_at),
        module_id=row.module_id,
    )


def answer_rows(row: EntryRow, answers: Iterable[Answer]) -> list[AnswerRow]:
    """The entry's answer rows for `answers`, in order, reusing a row per prompt.

    Deleting and re-inserting the same prompt in one flush would trip the
    (entry, prompt) unique constraint, so existing rows are updated instead.
    """
    existing = {answer.prompt_key: answer for answer in row.answers}
    kept: list[AnswerRow] = []
    for position, answer in enumerate(answers):
        answer_row = existing.get(answer.prompt_key) or AnswerRow(prompt_key=answer.prompt_key)
        answer_row.text = answer.text
        answer_row.position = position
        kept.append(answer_row)
    return kept


class JournalService:
    """Entries in one journal file."""

    def __init__(
        self,
        *,
        database: Database,
        catalog: object | None = None,
        changes: ChangeFeed | None = None,
    ) -> None:
        # `catalog` is an app.catalog.Catalog; typed loosely to keep start-up imports small.
        self._db = database
        self._catalog = catalog
        #: Every write here and in the services built on this one is published on it.
        self.changes = changes if changes is not None else ChangeFeed()

    @property
    def database(self) -> Database:
        return self._db

    # ----- writing -------------------------------------------------------------------

    def create_entry(self, draft: EntryDraft) -> Entry:
        self._validate(draft)
        now = utc_now()
        with self._db.session() as session:
            row = EntryRow(
                uuid=str(uuid_module.uuid4()), created_at=now, updated_at=now, trashed_at=None
            )
            self._apply(session, row, draft)
            session.add(row)
            session.flush()
            entry = entry_record(row)
        self.changes.publish(Changes.entries((entry.id,), created=entry.id))
        return entry

    def update_entry(self, entry_id: int, draft: EntryDraft) -> Entry:
        self._validate(draft)
        with self._db.session() as session:
            row = self._load(session, entry_id)
            self._apply(session, row, draft)
            row.updated_at = utc_now()
            session.flush()
            entry = entry_record(row)
        self.changes.publish(Changes.entries((entry.id,)))
        return entry

    def trash_entry(self, entry_id: int) -> None:
        self._set_trashed(entry_id, utc_now())

    def restore_entry(self, entry_id: int) -> None:
        self._set_trashed(entry_id, None)

    def purge_entry(self, entry_id: int) -> None:
        """Delete a trashed entry for good."""
        with self._db.session() as session:
            row = self._load(session, entry_id)
            if row.trashed_at is None:
                raise InvalidInputError("Only entries in the trash can be deleted for good.")
            session.delete(row)
        self.changes.publish(Changes.entries((entry_id,)))

    def empty_trash(self) -> int:
        with self._db.session() as session:
            result = session.execute(delete(EntryRow).where(EntryRow.trashed_at.is_not(None)))
            removed = int(result.rowcount or 0)
        self.changes.publish(Changes.entries())
        return removed

    # ----- reading -------------------------------------------------------------------

    def get_entry(self, entry_id: int) -> Entry:
        with self._db.session() as session:
            return entry_record(self._load(session, entry_id))

    def get_entries(self, entry_ids: Iterable[int]) -> list[Entry]:
        """Full entries for many ids, in the order given; unknown ids are left out."""
        with self._db.session() as session:
            return store_entries.read_entries(under(session), list(entry_ids))

    def timeline(
        self,
        where: TimelineFilter | None = None,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        after: TimelineCursor | None = None,
    ) -> TimelinePage:
        """One page of entries, newest first; pass `next_cursor` back for the next page."""
        with self._db.session() as session:
            return store_timeline.page(
                under(session), where or TimelineFilter(), limit=limit, after=after
            )

    def timeline_entry(
        self, entry_id: int, where: TimelineFilter | None = None
    ) -> EntrySummary | None:
        """One entry as a timeline row, or None when it is gone or does not match `where`."""
        with self._db.session() as session:
            return store_timeline.row(under(session), where or TimelineFilter(), entry_id)

    def all_matching(self, where: TimelineFilter | None = None) -> list[EntrySummary]:
        """Every matching entry, newest first, read page by page."""
        found: list[EntrySummary] = []
        cursor: TimelineCursor | None = None
        while True:
            page = self.timeline(where, limit=1000, after=cursor)
            found.extend(page.items)
            if page.next_cursor is None:
                return found
            cursor = page.next_cursor

    def ids_oldest_first(self, where: TimelineFilter | None = None) -> list[tuple[int, bool]]:
        """(id, private) of every matching entry, oldest first: two columns, not rows."""
        with self._db.session() as session:
            return store_timeline.ids_oldest_first(under(session), where or TimelineFilter())

    def count(self, where: TimelineFilter | None = None) -> int:
        with self._db.session() as session:
            return store_timeline.count(under(session), where or TimelineFilter())

    def tag_counts(self, where: TimelineFilter | None = None) -> list[TagCount]:
        with self._db.session() as session:
            rows = store_timeline.tag_counts(under(session), where or TimelineFilter())
        return [TagCount(tag, n) for tag, n in rows]

    def family_counts(self, where: TimelineFilter | None = None) -> list[FamilyCount]:
        """Entries per tag family (an entry with two dilemmas counts once for dilemma)."""
        where = where or TimelineFilter()
        counts: list[FamilyCount] = []
        families = sorted({count.tag.family for count in self.tag_counts(where)})
        with self._db.session() as session:
            for family in families:
                narrowed = TimelineFilter(**{**_fields(where), "families": (family,)})
                counts.append(FamilyCount(family, store_timeline.count(under(session), narrowed)))
        return sorted(counts, key=lambda c: (-c.count, c.family))

    # ----- helpers -------------------------------------------------------------------

    def _validate(self, draft: EntryDraft) -> None:
        if not isinstance(draft.day, dt.date):
            raise InvalidInputError("The entry needs a day.")
        problem = day_problem(draft.day) or length_problem("text", draft.body)
        for answer in draft.answers:
            problem = problem or length_problem("answer", answer.text)
        if problem:
            raise InvalidInputError(f"{problem}. Nothing was saved.")
        keys = [answer.prompt_key for answer in draft.answers]
        if len(keys) != len(set(keys)):
            raise InvalidInputError("Each prompt can be answered only once per entry.")
        fields = [("title", draft.title), ("text", draft.body)]
        fields += [("answer", answer.text) for answer in draft.answers]
        fields += [("tag", ref.label or ref.key) for ref in draft.tags]
        for name, value in fields:
            _check_storable(name, value)
        for ref in draft.tags:
            self.check_tag(ref)

    def check_tag(self, ref: TagRef) -> None:
        """Raise UnknownTagError when `ref` names no family or item of the deck."""
        if ref.family == OWN_FAMILY:
            if not own_tag_key(ref.label or ref.key):
                raise UnknownTagError("An own tag needs a name with at least one letter.")
            return
        catalog = self._catalog
        if catalog is None:
            return
        family = catalog.family(ref.family)  # type: ignore[attr-defined]
        if family is None:
            names = ", ".join(f.key for f in catalog.families)  # type: ignore[attr-defined]
            raise UnknownTagError(f"Unknown tag family '{ref.family}'. Families: {names}.")
        if family.item(ref.key) is None:
            keys = ", ".join(item.key for item in family.items)
            raise UnknownTagError(
                f"Unknown tag '{ref.family}:{ref.key}'. Valid keys for {ref.family}: {keys}."
            )

    def _load(self, session: Session, entry_id: int) -> EntryRow:
        row = session.get(EntryRow, entry_id)
        if row is None:
            raise EntryNotFoundError(f"There is no entry with id {entry_id}.")
        return row

    def _set_trashed(self, entry_id: int, when: dt.datetime | None) -> None:
        with self._db.session() as session:
            self._load(session, entry_id)
            session.execute(update(EntryRow).where(EntryRow.id == entry_id).values(trashed_at=when))
        self.changes.publish(Changes.entries((entry_id,)))

    def _apply(self, session: Session, row: EntryRow, draft: EntryDraft) -> None:
        row.day = draft.day
        row.title = draft.title
        row.body = draft.body
        row.template_key = draft.template_key
        row.template_version = draft.template_version
        row.is_private = draft.private
        row.for_coaching = draft.coaching
        row.module_id = draft.module_id
        wanted = list(dict.fromkeys(_canonical(draft.tags)))
        # An autosave mostly leaves the tags as they were: then there is nothing to look
        # up or replace (a query per tag and a collection swap were a third of a save).
        if {(t.family, t.key) for t in row.tags} != {(r.family, r.key) for r in wanted}:
            row.tags = self._tag_rows(session, wanted)
        kept = answer_rows(row, draft.answers)
        if kept != list(row.answers):
            row.answers = kept

    def _tag_rows(self, session: Session, refs: list[TagRef]) -> list[TagRow]:
        """Rows for `refs` in that order, made where missing; one query for all."""
        if not refs:
            return []
        pairs = [(ref.family, ref.key) for ref in refs]
        found = {
            (tag.family, tag.key): tag
            for tag in session.scalars(
                select(TagRow).where(tuple_(TagRow.family, TagRow.key).in_(pairs))
            )
        }
        rows: list[TagRow] = []
        for ref in refs:
            tag = found.get((ref.family, ref.key))
            if tag is None:
                tag = TagRow(family=ref.family, key=ref.key, label=ref.label)
                session.add(tag)
                found[(ref.family, ref.key)] = tag
            rows.append(tag)
        return rows


def _check_storable(name: str, value: str) -> None:
    """Refuse text UTF-8 cannot hold (unpaired surrogates, e.g. from a broken paste)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidInputError(
            f"The {name} contains a broken character at position {error.start + 1} that "
            "cannot be saved. Delete it or type it again; nothing was saved."
        ) from None


def _canonical(refs: Iterable[TagRef]) -> list[TagRef]:
    """Own tags keyed by their slug; deck tags as given."""
    result: list[TagRef] = []
    for ref in refs:
        if ref.family == OWN_FAMILY:
            label = ref.label or ref.key
            result.append(TagRef(OWN_FAMILY, own_tag_key(label), label))
        else:
            result.append(TagRef(ref.family, ref.key))
    return result


def _fields(where: TimelineFilter) -> dict[str, object]:
    return {name: getattr(where, name) for name in TimelineFilter.__slots__}
