"""Many full entries at once, read with Core queries: exports and summaries of thousands.

Loading thousands of EntryRow objects with their collections costs seconds in the ORM;
three plain queries per chunk of ids and a dataclass per entry cost a fraction of that.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.records import Answer, Entry, TagRef
from models.schema import AnswerRow, EntryRow, EntryTagRow, TagRow

CHUNK = 500  # ids per IN (...) list

entries = EntryRow.__table__
answers = AnswerRow.__table__
entry_tags = EntryTagRow.__table__
tags = TagRow.__table__


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.replace(tzinfo=dt.UTC)


def _chunk(session: Session, ids: Sequence[int]) -> dict[int, Entry]:
    answers_of: dict[int, list[Answer]] = defaultdict(list)
    for entry_id, prompt_key, text, position in session.execute(
        select(answers.c.entry_id, answers.c.prompt_key, answers.c.text, answers.c.position)
        .where(answers.c.entry_id.in_(ids))
        .order_by(answers.c.entry_id, answers.c.position)
    ):
        answers_of[entry_id].append(Answer(prompt_key, text, position))
    tags_of: dict[int, list[TagRef]] = defaultdict(list)
    for entry_id, family, key, label in session.execute(
        select(entry_tags.c.entry_id, tags.c.family, tags.c.key, tags.c.label)
        .join(tags, tags.c.id == entry_tags.c.tag_id)
        .where(entry_tags.c.entry_id.in_(ids))
    ):
        tags_of[entry_id].append(TagRef(family, key, label))
    found: dict[int, Entry] = {}
    for row in session.execute(select(entries).where(entries.c.id.in_(ids))):
        found[row.id] = Entry(
            id=row.id,
            uuid=row.uuid,
            day=row.day,
            title=row.title,
            body=row.body,
            tags=tuple(sorted(tags_of.get(row.id, ()))),
            answers=tuple(answers_of.get(row.id, ())),
            template_key=row.template_key,
            template_version=row.template_version,
            private=bool(row.is_private),
            coaching=bool(row.for_coaching),
            created_at=_aware(row.created_at),  # type: ignore[arg-type]
            updated_at=_aware(row.updated_at),  # type: ignore[arg-type]
            trashed_at=_aware(row.trashed_at),
            module_id=row.module_id,
        )
    return found


def read_entries(session: Session, entry_ids: Sequence[int]) -> list[Entry]:
    """Full entries for `entry_ids`, in that order; unknown ids are left out."""
    found: dict[int, Entry] = {}
    unique = list(dict.fromkeys(entry_ids))
    for start in range(0, len(unique), CHUNK):
        found.update(_chunk(session, unique[start : start + CHUNK]))
    return [found[i] for i in entry_ids if i in found]
