"""The user's own tags: made, renamed, merged and deleted from the tag manager.

An own tag is keyed by a slug of its first name (letters and digits, æ/ø/å kept);
renaming changes only the label, so `own:key` on the command line keeps working.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInputError, UnknownTagError
from app.journal.changes import Change, ChangeFeed, Changes
from app.records import OWN_FAMILY, TagCount, TagRef
from app.store import own_tags as store_own_tags
from app.store.writes import find_or_add_tag

if TYPE_CHECKING:
    from models.database import Database

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
        """Every own tag with the number of entries that carry it."""
        with self._db.transaction() as connection:
            rows = store_own_tags.listed(connection)
        return [TagCount(TagRef(OWN_FAMILY, key, label or key), int(n)) for key, label, n in rows]

    def create(self, label: str) -> TagRef:
        label = _clean_label(label)
        key = own_tag_key(label)
        with self._db.transaction(write=True) as connection:
            _id, stored, made = find_or_add_tag(connection, TagRef(OWN_FAMILY, key, label))
        if made:
            self.changes.publish(Changes(Change.TAGS))
        return TagRef(OWN_FAMILY, key, stored.label or key)

    def rename(self, key: str, label: str) -> TagRef:
        label = _clean_label(label)
        with self._db.transaction(write=True) as connection:
            store_own_tags.rename(connection, self._id(connection, key), label)
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))
        return TagRef(OWN_FAMILY, key, label)

    def merge(self, source_key: str, target_key: str) -> TagRef:
        """Give every entry tagged `source_key` the tag `target_key`, then drop the source."""
        if source_key == target_key:
            raise InvalidInputError("Choose two different tags to merge.")
        with self._db.transaction(write=True) as connection:
            source = self._id(connection, source_key)
            target = self._id(connection, target_key)
            store_own_tags.merge(connection, source, target)
            label = store_own_tags.label_of(connection, target)
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))
        return TagRef(OWN_FAMILY, target_key, label or target_key)

    def delete(self, key: str) -> None:
        """Remove the tag from every entry and from the list of own tags."""
        with self._db.transaction(write=True) as connection:
            store_own_tags.delete(connection, self._id(connection, key))
        self.changes.publish(Changes(Change.TAGS | Change.ENTRIES))

    @staticmethod
    def _id(connection: Any, key: str) -> int:
        found = store_own_tags.tag_id(connection, key)
        if found is None:
            raise UnknownTagError(f"There is no own tag '{key}'.")
        return found


__all__ = ["OwnTagService", "own_tag_key"]
