"""SQL for the timeline: filters, keyset pages, counts. Core queries, no ORM objects.

The free-text MATCH runs once in a MATERIALIZED common table expression, so a combined
text + tag filter never makes SQLite re-run the full-text search per candidate row.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from app.excerpt import EXCERPT_SOURCE_CHARS, excerpt_of
from app.records import EntrySummary, TagRef, TimelineCursor, TimelineFilter
from app.search_text import to_fts_query
from models.fulltext import FTS_TABLE
from models.schema import AnswerRow, EntryRow, EntryTagRow, ModuleRow, TagRow

entries = EntryRow.__table__
entry_tags = EntryTagRow.__table__
tags = TagRow.__table__
answers = AnswerRow.__table__
modules = ModuleRow.__table__


def _module_window(session: Session, module_id: int) -> tuple[dt.date, dt.date | None]:
    """The days an entry must fall in to belong to a module by date: [start, next start)."""
    row = session.execute(
        select(modules.c.day, modules.c.course_id).where(modules.c.id == module_id)
    ).first()
    if row is None:
        return dt.date.max, None
    start, course_id = row
    next_start = session.execute(
        select(func.min(modules.c.day)).where(
            modules.c.course_id == course_id, modules.c.day > start
        )
    ).scalar()
    return start, next_start


def _tag_condition(refs: Sequence[TagRef]) -> ColumnElement[bool]:
    pairs = [(ref.family, ref.key) for ref in refs]
    return tuple_(tags.c.family, tags.c.key).in_(pairs)


def conditions(session: Session, where: TimelineFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses for `where`, over the `entries` table."""
    clauses: list[ColumnElement[bool]] = [
        entries.c.trashed_at.is_not(None) if where.trashed else entries.c.trashed_at.is_(None)
    ]
    if where.date_from is not None:
        clauses.append(entries.c.day >= where.date_from)
    if where.date_to is not None:
        clauses.append(entries.c.day <= where.date_to)
    if where.private is not None:
        clauses.append(entries.c.is_private == where.private)
    if where.coaching is not None:
        clauses.append(entries.c.for_coaching == where.coaching)
    if where.tags and where.match_all_tags:
        for ref in where.tags:
            clauses.append(
                exists()
                .where(entry_tags.c.entry_id == entries.c.id)
                .where(entry_tags.c.tag_id == tags.c.id)
                .where(tags.c.family == ref.family, tags.c.key == ref.key)
            )
    elif where.tags:
        clauses.append(
            entries.c.id.in_(
                select(entry_tags.c.entry_id)
                .join(tags, tags.c.id == entry_tags.c.tag_id)
                .where(_tag_condition(where.tags))
            )
        )
    if where.families:
        clauses.append(
            entries.c.id.in_(
                select(entry_tags.c.entry_id)
                .join(tags, tags.c.id == entry_tags.c.tag_id)
                .where(tags.c.family.in_(where.families))
            )
        )
    if where.module_id is not None:
        start, end = _module_window(session, where.module_id)
        # An entry linked by hand belongs to that module only (in any course); only
        # unlinked entries fall in a module by date.
        by_date = and_(entries.c.module_id.is_(None), entries.c.day >= start)
        if end is not None:
            by_date = and_(by_date, entries.c.day < end)
        clauses.append(or_(entries.c.module_id == where.module_id, by_date))
    if where.text.strip():
        query = to_fts_query(where.text)
        if query is None:
            clauses.append(false())
        else:
            hits = (
                select(literal_column("rowid").label("entry_id"))
                .select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=query))
                .cte("fts_hits")
                .prefix_with("MATERIALIZED")
            )
            clauses.append(entries.c.id.in_(select(hits.c.entry_id)))
    return clauses


def page_query(
    session: Session, where: TimelineFilter, *, limit: int, after: TimelineCursor | None
) -> Select[tuple]:
    excerpt_answer = (
        select(answers.c.text)
        .where(answers.c.entry_id == entries.c.id, answers.c.text != "")
        .order_by(answers.c.position)
        .limit(1)
        .scalar_subquery()
    )
    query = select(
        entries.c.id,
        entries.c.uuid,
        entries.c.day,
        entries.c.title,
        func.substr(entries.c.body, 1, EXCERPT_SOURCE_CHARS).label("body_start"),
        func.substr(excerpt_answer, 1, EXCERPT_SOURCE_CHARS).label("answer_start"),
        entries.c.template_key,
        entries.c.is_private,
        entries.c.for_coaching,
        entries.c.trashed_at,
    ).where(*conditions(session, where))
    if after is not None:
        query = query.where(
            or_(
                entries.c.day < after.day,
                and_(entries.c.day == after.day, entries.c.id < after.id),
            )
        )
    return query.order_by(entries.c.day.desc(), entries.c.id.desc()).limit(limit)


def tags_of(session: Session, entry_ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    """Tags of many entries in one query, in a stable order."""
    found: dict[int, list[TagRef]] = defaultdict(list)
    if not entry_ids:
        return {}
    rows = session.execute(
        select(entry_tags.c.entry_id, tags.c.family, tags.c.key, tags.c.label)
        .join(tags, tags.c.id == entry_tags.c.tag_id)
        .where(entry_tags.c.entry_id.in_(entry_ids))
        .order_by(entry_tags.c.entry_id, tags.c.family, tags.c.key)
    )
    for entry_id, family, key, label in rows:
        found[entry_id].append(TagRef(family, key, label))
    return {entry_id: tuple(refs) for entry_id, refs in found.items()}


def fetch_page(
    session: Session, where: TimelineFilter, *, limit: int, after: TimelineCursor | None
) -> list[EntrySummary]:
    rows = session.execute(page_query(session, where, limit=limit, after=after)).all()
    return _summaries(session, rows)


def fetch_entry(session: Session, where: TimelineFilter, entry_id: int) -> EntrySummary | None:
    """The summary of one entry, or None when it does not match `where`."""
    query = page_query(session, where, limit=1, after=None).where(entries.c.id == entry_id)
    found = _summaries(session, session.execute(query).all())
    return found[0] if found else None


def _summaries(session: Session, rows: Sequence[Row[Any]]) -> list[EntrySummary]:
    tag_map = tags_of(session, [row.id for row in rows])
    return [
        EntrySummary(
            id=row.id,
            uuid=row.uuid,
            day=row.day,
            title=row.title,
            excerpt=excerpt_of(row.body_start or row.answer_start or ""),
            template_key=row.template_key,
            tags=tag_map.get(row.id, ()),
            private=bool(row.is_private),
            coaching=bool(row.for_coaching),
            trashed_at=row.trashed_at,
        )
        for row in rows
    ]


def count(session: Session, where: TimelineFilter) -> int:
    query = select(func.count()).select_from(entries).where(*conditions(session, where))
    return int(session.execute(query).scalar_one())


def tag_counts(session: Session, where: TimelineFilter) -> list[tuple[TagRef, int]]:
    if where == TimelineFilter():
        return _tag_counts_outside_trash(session)
    matching = select(entries.c.id).where(*conditions(session, where))
    rows = session.execute(
        select(tags.c.family, tags.c.key, tags.c.label, func.count().label("n"))
        .join(entry_tags, entry_tags.c.tag_id == tags.c.id)
        .where(entry_tags.c.entry_id.in_(matching))
        .group_by(tags.c.id)
        .order_by(func.count().desc(), tags.c.family, tags.c.key)
    )
    return [(TagRef(family, key, label), int(n)) for family, key, label, n in rows]


def _tag_counts_outside_trash(session: Session) -> list[tuple[TagRef, int]]:
    """Tag counts of the whole journal: every link counted on the tag index, minus the
    few links of trashed entries. The general query visits every entry (0.1 s at 100k
    entries, paid at each start); this reads the (tag, entry) index alone."""
    per_tag = dict(
        session.execute(
            select(entry_tags.c.tag_id, func.count()).group_by(entry_tags.c.tag_id)
        ).all()
    )
    trashed = select(entries.c.id).where(entries.c.trashed_at.is_not(None))
    for tag_id, n in session.execute(
        select(entry_tags.c.tag_id, func.count())
        .where(entry_tags.c.entry_id.in_(trashed))
        .group_by(entry_tags.c.tag_id)
    ):
        per_tag[tag_id] -= n
    found = [
        (TagRef(family, key, label), int(per_tag[tag_id]))
        for tag_id, family, key, label in session.execute(
            select(tags.c.id, tags.c.family, tags.c.key, tags.c.label)
        )
        if per_tag.get(tag_id, 0) > 0
    ]
    return sorted(found, key=lambda item: (-item[1], item[0].family, item[0].key))
