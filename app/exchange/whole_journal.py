"""The entries a whole-journal export lets out, read over a plain DB-API connection.

The command line's Markdown folder without tag, family or module filters reads here, so
that it never imports SQLAlchemy (a third of a second of the command). The entries come
from the store (`app.store.filters.selection` and `app.store.entries.stream_entries`),
as the summary's selection reads them; private ones are counted as they are left out,
as `app.summary.builder.select_entries` counts them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.records import Entry, TimelineFilter
from app.store.entries import stream_entries
from app.store.filters import selection


@dataclass(frozen=True, slots=True)
class WholeSelection:
    """The entries a whole-journal export lets out, and how many private ones stay in."""

    entries: tuple[Entry, ...]
    private_left_out: int


class SelectionReader:
    """The untrashed entries `where` matches (oldest first: day, then id), with tags and
    answers; private ones left out unless `include_private` (counted as they pass).

    Iterating streams the entries, so a caller can write each one out while the next is
    read. `connection` stays inside one read transaction for as long as the iteration runs.
    """

    def __init__(
        self, connection: Any, where: TimelineFilter, *, include_private: bool = False
    ) -> None:
        self._connection = connection
        self._where = where
        self._include_private = include_private
        self.private_left_out = 0

    def __iter__(self) -> Iterator[Entry]:
        chosen = selection(self._connection, self._where)
        for entry in stream_entries(self._connection, chosen):
            if entry.private and not self._include_private:
                self.private_left_out += 1
                continue
            yield entry


def read_selection(
    connection: Any, where: TimelineFilter, *, include_private: bool = False
) -> WholeSelection:
    """All of a `SelectionReader`'s entries at once."""
    reader = SelectionReader(connection, where, include_private=include_private)
    entries = tuple(reader)
    return WholeSelection(entries, reader.private_left_out)
