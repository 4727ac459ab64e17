"""Entries for whole-journal exports, read over a plain DB-API connection.

The Markdown-folder export of a whole journal reads thousands of entries; here that is
three queries and a dataclass per entry, without SQLAlchemy, whose import alone would be
a third of a second of the command. The records are the `Entry` values
`JournalService.get_entries` gives (app/entry_reads.py); a test keeps the two equal. The
selection is the summary's (app.summary.builder.select_entries) for a request without
tag, family or module filters: untrashed entries, oldest first, private ones only when
asked for.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.records import Answer, Entry, TagRef


@dataclass(frozen=True, slots=True)
class WholeSelection:
    """The entries a whole-journal export lets out, and how many private ones stay in."""

    entries: tuple[Entry, ...]
    private_left_out: int


def _stored_utc(text: str | None) -> dt.datetime | None:
    """A stored naive-UTC DATETIME (`YYYY-MM-DD HH:MM:SS.ffffff`) as an aware datetime."""
    # One parse with the offset is a fifth of parsing and then replacing the tzinfo;
    # Python gives datetime.UTC itself for +00:00.
    return None if text is None else dt.datetime.fromisoformat(text + "+00:00")


def _where(
    date_from: dt.date | None, date_to: dt.date | None, coaching_only: bool
) -> tuple[str, list[Any]]:
    # Dates are stored and compared as ISO text, as SQLAlchemy's Date binds them.
    clauses = ["trashed_at IS NULL"]
    values: list[Any] = []
    if date_from is not None:
        clauses.append("day >= ?")
        values.append(date_from.isoformat())
    if date_to is not None:
        clauses.append("day <= ?")
        values.append(date_to.isoformat())
    if coaching_only:
        clauses.append("for_coaching = 1")
    return " AND ".join(clauses), values


class SelectionReader:
    """The untrashed entries in the period (oldest first: day, then id), with tags and
    answers; private ones left out unless `include_private` (counted as they pass).

    Iterating streams the entries from the cursor, so a caller can write each one out
    while the next is read. `connection` is a DB-API connection inside a read transaction
    (one snapshot) for as long as the iteration runs.
    """

    def __init__(
        self,
        connection: Any,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        coaching_only: bool = False,
        include_private: bool = False,
    ) -> None:
        self._connection = connection
        self._where = _where(date_from, date_to, coaching_only)
        self._include_private = include_private
        self.private_left_out = 0

    def __iter__(self) -> Iterator[Entry]:
        where, values = self._where
        chosen = f"SELECT id FROM entries WHERE {where}"
        connection = self._connection
        answers_of: dict[int, list[Answer]] = defaultdict(list)
        for entry_id, prompt_key, text, position in connection.execute(
            "SELECT entry_id, prompt_key, text, position FROM answers "
            f"WHERE entry_id IN ({chosen}) ORDER BY entry_id, position",
            values,
        ):
            answers_of[entry_id].append(Answer(prompt_key, text, position))
        tags_of: dict[int, list[TagRef]] = defaultdict(list)
        for entry_id, family, key, label in connection.execute(
            "SELECT entry_tags.entry_id, tags.family, tags.key, tags.label FROM entry_tags "
            f"JOIN tags ON tags.id = entry_tags.tag_id WHERE entry_tags.entry_id IN ({chosen})",
            values,
        ):
            tags_of[entry_id].append(TagRef(family, key, label))
        rows = connection.execute(
            "SELECT id, uuid, day, title, body, template_key, template_version, is_private, "
            "for_coaching, created_at, updated_at, trashed_at, module_id FROM entries "
            f"WHERE {where} ORDER BY day, id",
            values,
        )
        include_private = self._include_private
        for row in rows:
            entry_id = row[0]
            if row[7] and not include_private:
                self.private_left_out += 1
                continue
            tags = tags_of.get(entry_id)
            answers = answers_of.get(entry_id)
            yield Entry(
                id=entry_id,
                uuid=row[1],
                day=dt.date.fromisoformat(row[2]),
                title=row[3],
                body=row[4],
                tags=tuple(sorted(tags)) if tags else (),
                answers=tuple(answers) if answers else (),
                template_key=row[5],
                template_version=row[6],
                private=bool(row[7]),
                coaching=bool(row[8]),
                created_at=_stored_utc(row[9]),  # type: ignore[arg-type]
                updated_at=_stored_utc(row[10]),  # type: ignore[arg-type]
                trashed_at=_stored_utc(row[11]),
                module_id=row[12],
            )


def read_selection(
    connection: Any,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    coaching_only: bool = False,
    include_private: bool = False,
) -> WholeSelection:
    """All of a `SelectionReader`'s entries at once."""
    reader = SelectionReader(
        connection,
        date_from=date_from,
        date_to=date_to,
        coaching_only=coaching_only,
        include_private=include_private,
    )
    entries = tuple(reader)
    return WholeSelection(entries, reader.private_left_out)
