"""Turning another journal's tag names (`@kontrol`) into Refleks tags.

A name that matches a deck item's key or its Danish or English label (case, spaces,
dashes and underscores ignored) becomes that deck tag; any other name an own tag.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from app.records import OWN_FAMILY, TagRef

_SEPARATORS = re.compile(r"[\s_\-]+")
STARRED_LABEL = "starred"


def _normal(name: str) -> str:
    folded = unicodedata.normalize("NFC", name).casefold().strip()
    return _SEPARATORS.sub(" ", folded).strip()


class TagMatcher:
    """Looks names up in the catalog's items; a catalog of None gives own tags only."""

    def __init__(self, catalog: object | None) -> None:
        # Here, not at the top: app.journal.own_tags brings SQLAlchemy, which the exports that
        # import this module (through the format detection) never need.
        from app.journal.own_tags import own_tag_key

        self._own_key: Callable[[str], str] = own_tag_key
        self._deck: dict[str, TagRef] = {}
        families = getattr(catalog, "families", ()) if catalog is not None else ()
        for family in families:
            if family.key == OWN_FAMILY:
                continue
            for item in family.items:
                for name in (item.key, item.label.da, item.label.en):
                    self._deck.setdefault(_normal(name), TagRef(family.key, item.key))

    def tag(self, name: str) -> TagRef | None:
        """The tag for `name` (without its @), or None when it has no letter or digit."""
        name = name.strip().lstrip("@#").strip()
        found = self._deck.get(_normal(name))
        if found is not None:
            return found
        key = self._own_key(name)
        if not key:
            return None
        return TagRef(OWN_FAMILY, key, name[:80])

    def tags(self, names: list[str]) -> tuple[TagRef, ...]:
        refs = (self.tag(name) for name in names)
        return tuple(dict.fromkeys(ref for ref in refs if ref is not None))

    def starred(self) -> TagRef:
        return TagRef(OWN_FAMILY, self._own_key(STARRED_LABEL), STARRED_LABEL)
