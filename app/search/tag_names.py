"""The names a deck tag is searched by: its label in Danish and in English."""

from __future__ import annotations

from functools import cache


@cache
def deck_tag_names() -> dict[tuple[str, str], tuple[str, str]]:
    """(family, key) → (Danish label, English label) of every item of the deck."""
    from app.catalog.catalog import Catalog

    return {
        (family.key, item.key): (item.label.get("da"), item.label.get("en"))
        for family in Catalog.load().families
        for item in family.items
    }
