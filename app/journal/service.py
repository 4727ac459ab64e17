"""The journal service: create, update, trash, restore and purge entries, and read them back.

Each public method is one user action: it opens a session, commits, and returns plain
records. Deck tags are checked against the catalog; own tags are made on first use.
Entries are written and read through the store (app.store.writes, app.store.entries)
under the session, with the same writers an import uses.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Iterable
from typing import Any

from app.errors import EntryNotFoundError, InvalidInputError, UnknownTagError
from app.journal.changes import ChangeFeed, Changes
from app.journal.own_tags import own_tag_key
from app.records import (
    OWN_FAMILY,
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
    text_problems,
)
from app.store import entries as store_entries
from app.store import search_rows as store_search_rows
from app.store import timeline as store_timeline
from app.store import writes as store_writes
from app.store.writes import EntryValues
from models.database import Database

DEFAULT_PAGE_SIZE = 200


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as stored in the database."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class JournalService:
    """Entries in one journal file."""

    def __init__(
        self,
        *,
        database: Database,
        catalog: object | None = None,
        changes: ChangeFeed | None = None,
    ) -> None:
        # `catalog` is an app.catalog.catalog.Catalog; typed loosely to keep start-up imports small.
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
        values = _values(draft, uuid=str(uuid_module.uuid4()), created_at=now, updated_at=now)
        # No time given: the writer's clock now (EntryValues reads created_at locally).
        with self._db.transaction(write=True) as connection:
            (entry_id,) = store_writes.insert_entries(connection, [values])
            # Read back: an own tag that was there already keeps its label.
            (entry,) = store_entries.read_entries(connection, [entry_id])
        self.changes.publish(Changes.entries((entry.id,), created=entry.id))
        return entry

    def update_entry(self, entry_id: int, draft: EntryDraft) -> Entry:
        self._validate(draft)
        with self._db.transaction(write=True) as connection:
            old = self._read(connection, entry_id)
            values = _values(
                draft,
                uuid=old.uuid,
                created_at=old.created_at,
                updated_at=utc_now(),
                trashed_at=old.trashed_at,
                time=old.time if draft.time is None else draft.time,
            )
            store_writes.replace_entry(connection, old, values)
            (entry,) = store_entries.read_entries(connection, [entry_id])
        self.changes.publish(Changes.entries((entry.id,)))
        return entry

    def trash_entry(self, entry_id: int) -> None:
        self._set_trashed(entry_id, utc_now())

    def restore_entry(self, entry_id: int) -> None:
        self._set_trashed(entry_id, None)

    def purge_entry(self, entry_id: int) -> None:
        """Delete a trashed entry for good."""
        with self._db.transaction(write=True) as connection:
            trashed = store_writes.is_trashed(connection, entry_id)
            if trashed is None:
                raise _not_found(entry_id)
            if not trashed:
                raise InvalidInputError("Only entries in the trash can be deleted for good.")
            store_writes.delete_trashed(connection, entry_id)
        self.changes.publish(Changes.entries((entry_id,)))

    def empty_trash(self) -> int:
        with self._db.transaction(write=True) as connection:
            removed = store_writes.delete_trashed(connection)
        self.changes.publish(Changes.entries())
        return removed

    # ----- reading -------------------------------------------------------------------

    def get_entry(self, entry_id: int) -> Entry:
        with self._db.transaction() as connection:
            return self._read(connection, entry_id)

    def get_entries(self, entry_ids: Iterable[int]) -> list[Entry]:
        """Full entries for many ids, in the order given; unknown ids are left out."""
        with self._db.transaction() as connection:
            return store_entries.read_entries(connection, list(entry_ids))

    def timeline(
        self,
        where: TimelineFilter | None = None,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        after: TimelineCursor | None = None,
    ) -> TimelinePage:
        """One page of entries, newest first (or best match first while searching, with
        `order="match"`); pass `next_cursor` back for the next page."""
        with self._db.transaction() as connection:
            return store_search_rows.page(
                connection, where or TimelineFilter(), limit=limit, after=after
            )

    def timeline_entry(
        self, entry_id: int, where: TimelineFilter | None = None
    ) -> EntrySummary | None:
        """One entry as a timeline row, or None when it is gone or does not match `where`."""
        with self._db.transaction() as connection:
            return store_search_rows.row(connection, where or TimelineFilter(), entry_id)

    def all_matching(self, where: TimelineFilter | None = None) -> list[EntrySummary]:
        """Every matching entry, in the filter's order, read page by page."""
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
        with self._db.transaction() as connection:
            return store_timeline.ids_oldest_first(connection, where or TimelineFilter())

    def count(self, where: TimelineFilter | None = None) -> int:
        with self._db.transaction() as connection:
            return store_timeline.count(connection, where or TimelineFilter())

    def any_match(self, where: TimelineFilter | None = None) -> bool:
        with self._db.transaction() as connection:
            return store_timeline.any_match(connection, where or TimelineFilter())

    def tag_counts(self, where: TimelineFilter | None = None) -> list[TagCount]:
        with self._db.transaction() as connection:
            rows = store_timeline.tag_counts(connection, where or TimelineFilter())
        return [TagCount(tag, n) for tag, n in rows]

    def family_counts(self, where: TimelineFilter | None = None) -> list[FamilyCount]:
        """Entries per tag family (an entry with two dilemmas counts once for dilemma)."""
        where = where or TimelineFilter()
        counts: list[FamilyCount] = []
        families = sorted({count.tag.family for count in self.tag_counts(where)})
        with self._db.transaction() as connection:
            for family in families:
                narrowed = TimelineFilter(**{**_fields(where), "families": (family,)})
                counts.append(FamilyCount(family, store_timeline.count(connection, narrowed)))
        return sorted(counts, key=lambda c: (-c.count, c.family))

    # ----- helpers -------------------------------------------------------------------

    def _validate(self, draft: EntryDraft) -> None:
        if not isinstance(draft.day, dt.date):
            raise InvalidInputError("The entry needs a day.")
        problem = day_problem(draft.day)
        problem = problem or next(
            (why for _, why in text_problems(draft.body, draft.answers)), None
        )
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

    def _read(self, connection: Any, entry_id: int) -> Entry:
        found = store_entries.read_entries(connection, [entry_id])
        if not found:
            raise _not_found(entry_id)
        return found[0]

    def _set_trashed(self, entry_id: int, when: dt.datetime | None) -> None:
        with self._db.transaction(write=True) as connection:
            if not store_writes.set_trashed(connection, entry_id, when):
                raise _not_found(entry_id)
        self.changes.publish(Changes.entries((entry_id,)))


def _not_found(entry_id: int) -> EntryNotFoundError:
    return EntryNotFoundError(f"There is no entry with id {entry_id}.")


def _check_storable(name: str, value: str) -> None:
    """Refuse text UTF-8 cannot hold (unpaired surrogates, e.g. from a broken paste)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidInputError(
            f"The {name} contains a broken character at position {error.start + 1} that "
            "cannot be saved. Delete it or type it again; nothing was saved."
        ) from None


def _values(
    draft: EntryDraft,
    *,
    uuid: str,
    created_at: dt.datetime,
    updated_at: dt.datetime,
    trashed_at: dt.datetime | None = None,
    time: dt.time | None = None,
) -> EntryValues:
    """What the store writes for `draft`: its fields, own tags keyed by their slug."""
    return EntryValues(
        uuid=uuid,
        day=draft.day,
        created_at=created_at,
        updated_at=updated_at,
        title=draft.title,
        body=draft.body,
        tags=tuple(dict.fromkeys(_canonical(draft.tags))),
        answers=draft.answers,
        template_key=draft.template_key,
        template_version=draft.template_version,
        private=draft.private,
        coaching=draft.coaching,
        trashed_at=trashed_at,
        module_id=draft.module_id,
        time=draft.time if time is None else time,
    )


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
