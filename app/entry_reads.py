"""Many full entries at once, read with plain queries: exports and summaries of thousands.

Loading thousands of EntryRow objects with their collections costs seconds in the ORM;
three DB-API queries per chunk of ids and a dataclass per entry cost a fraction of that.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.records import Answer, Entry, TagRef

CHUNK = 500  # ids per IN (...) list (SQLite allows 999 parameters before 3.32)


def _stored_utc(text: str | None) -> dt.datetime | None:
    """A stored naive-UTC DATETIME (`YYYY-MM-DD HH:MM:SS.ffffff`) as an aware datetime."""
    return None if text is None else dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _chunk(session: Session, ids: Sequence[int]) -> dict[int, Entry]:
    # Plain DB-API queries: SQLAlchemy's result rows and its regex parsing of SQLite's
    # DATE/DATETIME text were most of the time; fromisoformat reads the same text faster.
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    marks = ",".join("?" * len(ids))
    answers_of: dict[int, list[Answer]] = defaultdict(list)
    for entry_id, prompt_key, text, position in cursor.execute(
        "SELECT entry_id, prompt_key, text, position FROM answers "
        f"WHERE entry_id IN ({marks}) ORDER BY entry_id, position",
        tuple(ids),
    ):
        answers_of[entry_id].append(Answer(prompt_key, text, position))
    tags_of: dict[int, list[TagRef]] = defaultdict(list)
    for entry_id, family, key, label in cursor.execute(
        "SELECT entry_tags.entry_id, tags.family, tags.key, tags.label FROM entry_tags "
        f"JOIN tags ON tags.id = entry_tags.tag_id WHERE entry_tags.entry_id IN ({marks})",
        tuple(ids),
    ):
        tags_of[entry_id].append(TagRef(family, key, label))
    found: dict[int, Entry] = {}
    rows = cursor.execute(
        "SELECT id, uuid, day, title, body, template_key, template_version, is_private, "
        f"for_coaching, created_at, updated_at, trashed_at, module_id FROM entries "
        f"WHERE id IN ({marks})",
        tuple(ids),
    ).fetchall()
    cursor.close()
    for (
        entry_id,
        uuid,
        day,
        title,
        body,
        template_key,
        template_version,
        is_private,
        for_coaching,
        created_at,
        updated_at,
        trashed_at,
        module_id,
    ) in rows:
        found[entry_id] = Entry(
            id=entry_id,
            uuid=uuid,
            day=dt.date.fromisoformat(day),
            title=title,
            body=body,
            tags=tuple(sorted(tags_of.get(entry_id, ()))),
            answers=tuple(answers_of.get(entry_id, ())),
            template_key=template_key,
            template_version=template_version,
            private=bool(is_private),
            coaching=bool(for_coaching),
            created_at=_stored_utc(created_at),  # type: ignore[arg-type]
            updated_at=_stored_utc(updated_at),  # type: ignore[arg-type]
            trashed_at=_stored_utc(trashed_at),
            module_id=module_id,
        )
    return found


def read_entries(session: Session, entry_ids: Sequence[int]) -> list[Entry]:
    """Full entries for `entry_ids`, in that order; unknown ids are left out."""
    found: dict[int, Entry] = {}
    unique = list(dict.fromkeys(entry_ids))
    for start in range(0, len(unique), CHUNK):
        found.update(_chunk(session, unique[start : start + CHUNK]))
    return [found[i] for i in entry_ids if i in found]
