"""Full entries, with their answers and tags, many at a time.

Loading thousands of ORM objects with their collections costs seconds; three queries per
batch and a frozen record per entry cost a fraction of that. Entries are read by id (in
the order asked for) or as a filter's selection (streamed, oldest first), with the same
three statements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from app.records import Answer, Entry, TagRef
from app.store.filters import Selection
from app.store.rows import stored_day, stored_time, stored_utc
from app.store.uuids import CHUNK

_COLUMNS = (
    "e.id, e.uuid, e.day, e.title, e.body, e.template_key, e.template_version, "
    "e.is_private, e.for_coaching, e.created_at, e.updated_at, e.trashed_at, e.module_id, "
    "e.time"
)


def _read(connection: Any, ids: str, values: tuple[Any, ...], order: str) -> Iterator[Entry]:
    """Entries whose id is in the subquery or list `ids`, streamed in `order`."""
    answers_of: dict[int, list[Answer]] = defaultdict(list)
    for entry_id, prompt_key, text, position in connection.execute(
        "SELECT entry_id, prompt_key, text, position FROM answers "
        f"WHERE entry_id IN ({ids}) ORDER BY entry_id, position",
        values,
    ):
        answers_of[entry_id].append(Answer(prompt_key, text, position))
    tags_of: dict[int, list[TagRef]] = defaultdict(list)
    for entry_id, family, key, label in connection.execute(
        "SELECT et.entry_id, t.family, t.key, t.label FROM entry_tags AS et "
        f"JOIN tags AS t ON t.id = et.tag_id WHERE et.entry_id IN ({ids})",
        values,
    ):
        tags_of[entry_id].append(TagRef(family, key, label))
    for row in connection.execute(
        f"SELECT {_COLUMNS} FROM entries AS e WHERE e.id IN ({ids}) ORDER BY {order}", values
    ):
        entry_id = row[0]
        tags = tags_of.get(entry_id)
        answers = answers_of.get(entry_id)
        yield Entry(
            id=entry_id,
            uuid=row[1],
            day=stored_day(row[2]),
            title=row[3],
            body=row[4],
            tags=tuple(sorted(tags)) if tags else (),
            answers=tuple(answers) if answers else (),
            template_key=row[5],
            template_version=row[6],
            private=bool(row[7]),
            coaching=bool(row[8]),
            created_at=stored_utc(row[9]),  # type: ignore[arg-type]
            updated_at=stored_utc(row[10]),  # type: ignore[arg-type]
            trashed_at=stored_utc(row[11]),
            module_id=row[12],
            time=stored_time(row[13]),
        )


def read_entries(connection: Any, entry_ids: Sequence[int]) -> list[Entry]:
    """Full entries for `entry_ids`, in that order; unknown ids are left out."""
    found: dict[int, Entry] = {}
    unique = list(dict.fromkeys(entry_ids))
    for start in range(0, len(unique), CHUNK):
        chunk = tuple(unique[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        found.update((entry.id, entry) for entry in _read(connection, marks, chunk, "e.id"))
    return [found[i] for i in entry_ids if i in found]


def stream_entries(connection: Any, chosen: Selection) -> Iterator[Entry]:
    """The selection's entries, oldest first (day, time, then id), one at a time.

    `connection` must stay inside one read transaction while the iteration runs.
    """
    ids, values = chosen.ids()
    return _read(connection, ids, values, "e.day, e.time, e.id")
