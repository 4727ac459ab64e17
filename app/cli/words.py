"""Counts in the commands' English: "1 entry", "2 entries"."""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """`count` and the noun that fits it: plural(1, "entry", "entries") == "1 entry"."""
    return f"{count} {one if count == 1 else many}"
