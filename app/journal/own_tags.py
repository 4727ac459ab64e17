"""The user's own tags: made, renamed, merged and deleted from the tag manager.

An own tag is keyed by a slug of its first name (letters and digits, æ/ø/å kept);
renaming changes only the label, so `own:key` on the command line keeps working.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.errors import InvalidInputError, UnknownTagError
from app.journal.changes import Change, ChangeFeed, Changes
from app.records import OWN_FAMILY, TagCount, TagRef
from app.store import under
from app.store.writes import find_or_add_tag
from models.database import Database
from models.schema import EntryTagRow, TagRow

_NOT_SLUG = re.compile(r"[^\w]+", re.UNICODE)
MAX_LABEL = 80


def own_tag_key(label: str) -> str:
    """The stable key of an own tag named `label`: lower case, words joined by '-'."""
    normal = unicodedata.normalize("NFC", label).strip().lower()
    return _NOT_SLUG.sub("-", normal).strip("-_")


def _clean_label(label: str) -> str:
    cleaned = " ".join(label.split())
    if not own_tag_key(cleaned):
        raise InvalidInputError("A tag name needs at least one letter or digit.")
    if len(cleaned) > MAX_LABEL:
        raise InvalidInputError(f"A tag name can be at most {MAX_LABEL} characters.")
    return cleaned


class OwnTagService:
    """Own tags of one journal."""

    def __init__(self, *, database: Database, changes: ChangeFeed | None = None) -> None:
        self._db = database
        self.changes = changes if changes is not None else ChangeFeed()

    def list(self) -> list[TagCount]:
        """Every own tag with the number of entries (not in the trash) that carry it."""
        with self._db.session() as session:
            rows = session.execute(
                select(TagRow.key, TagRow.label, func.count(EntryTagRow.entry_id))
                .outerjoin(EntryTagRow, EntryTagRow.tag_id == TagRow.id)
                .where(TagRow.family == OWN_FAMILY)
                .group_by(TagRow.id)
                .order_by(func.lower(func.coalesce(TagRow.label, TagRow.key)))
            ).all()
        return [TagCount(TagRef(OWN_FAMILY, key, label or key), int(n)) for key, label, n in rows]

    def create(self, label: str) -> TagRef:
        label = _clean_label(label)
        key = own_tag_key(label)
        with self._db.session() as session:
            _id, stored, made = find_or_add_tag(under(session), TagRef(OWN_FAMILY, key, label))
        if made:
            self.changes.publish(Changes(Change.TAGS))
        return TagRef(OWN_FAMILY, key, stored.label or key)

    def rename(self, key: str, label: str) -> TagRef:
        label = _clean_label(label)
        with self._db.session() as session:
            row = self._row(session, key)
            row.label = label
            renamed = TagRef(OWN_FAMILY, row.key, label)
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))
        return renamed

    def merge(self, source_key: str, target_key: str) -> TagRef:
        """Give every entry tagged `source_key` the tag `target_key`, then drop the source."""
        if source_key == target_key:
            raise InvalidInputError("Choose two different tags to merge.")
        with self._db.session() as session:
            source = self._row(session, source_key)
            target = self._row(session, target_key)
            already = select(EntryTagRow.entry_id).where(EntryTagRow.tag_id == target.id)
            session.execute(
                update(EntryTagRow)
                .where(EntryTagRow.tag_id == source.id, EntryTagRow.entry_id.not_in(already))
                .values(tag_id=target.id)
            )
            session.execute(delete(EntryTagRow).where(EntryTagRow.tag_id == source.id))
            session.delete(source)
            merged = TagRef(OWN_FAMILY, target.key, target.label or target.key)
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))
        return merged

    def delete(self, key: str) -> None:
        """Remove the tag from every entry and from the list of own tags."""
        with self._db.session() as session:
            session.delete(self._row(session, key))
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))

    def _row(self, session: Session, key: str) -> TagRow:
        row = session.scalars(
            select(TagRow).where(TagRow.family == OWN_FAMILY, TagRow.key == key)
        ).first()
        if row is None:
            raise UnknownTagError(f"There is no own tag '{key}'.")
        return row


__all__ = ["OwnTagService", "own_tag_key"]
