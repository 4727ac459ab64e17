"""The timeline's reads: keyset pages of rows, one row, counts, tag counts, weeks, ranks.

The window's first paint (over a plain connection, before SQLAlchemy is loaded) and the
journal service (under its session) read their pages here, with the same statement.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from app.records import EntrySummary, TagRef, TimelineCursor, TimelineFilter, TimelinePage
from app.store.excerpt import EXCERPT_SOURCE_CHARS, excerpt_of
from app.store.filters import Selection, selection
from app.store.rows import day_text, stored_day, stored_time, stored_utc, time_text

_ROW_COLUMNS = f"""e.id, e.uuid, e.day, e.title, substr(e.body, 1, {EXCERPT_SOURCE_CHARS}),
       substr((SELECT a.text FROM answers AS a
               WHERE a.entry_id = e.id AND a.text != ''
               ORDER BY a.position LIMIT 1), 1, {EXCERPT_SOURCE_CHARS}),
       e.template_key, e.is_private, e.for_coaching, e.trashed_at, e.time"""
# Within a day, by time of day; the timeline index (trashed_at, day, time, id) serves both.
_NEWEST_FIRST = "ORDER BY e.day DESC, e.time DESC, e.id DESC"
_AFTER = "AND (e.day, e.time, e.id) < (?, ?, ?)"


def tags_of(connection: Any, entry_ids: Sequence[int]) -> dict[int, tuple[TagRef, ...]]:
    """Tags of many entries in one query, in a stable order (family, key)."""
    if not entry_ids:
        return {}
    found: dict[int, list[TagRef]] = defaultdict(list)
    marks = ",".join("?" * len(entry_ids))
    for entry_id, family, key, label in connection.execute(
        "SELECT et.entry_id, t.family, t.key, t.label "
        "FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id "
        f"WHERE et.entry_id IN ({marks}) ORDER BY et.entry_id, t.family, t.key",
        tuple(entry_ids),
    ):
        found[entry_id].append(TagRef(family, key, label))
    return {entry_id: tuple(refs) for entry_id, refs in found.items()}


def _summaries(connection: Any, rows: Sequence[tuple[Any, ...]]) -> list[EntrySummary]:
    tags = tags_of(connection, [row[0] for row in rows])
    return [
        EntrySummary(
            id=entry_id,
            uuid=uuid,
            day=stored_day(day),
            title=title,
            excerpt=excerpt_of(body_start or answer_start or ""),
            template_key=template_key,
            tags=tags.get(entry_id, ()),
            private=bool(private),
            coaching=bool(coaching),
            trashed_at=stored_utc(trashed_at),
            time=stored_time(time),
        )
        for (
            entry_id,
            uuid,
            day,
            title,
            body_start,
            answer_start,
            template_key,
            private,
            coaching,
            trashed_at,
            time,
        ) in rows
    ]


def page(
    connection: Any,
    where: TimelineFilter,
    *,
    limit: int,
    after: TimelineCursor | None = None,
) -> TimelinePage:
    """One page of matching entries, newest first; `next_cursor` continues after it."""
    chosen = selection(connection, where)
    if after is None:
        tail, values = f"{_NEWEST_FIRST} LIMIT ?", (limit + 1,)
    else:
        position = (day_text(after.day), time_text(after.time), after.id)
        tail, values = f"{_AFTER} {_NEWEST_FIRST} LIMIT ?", (*position, limit + 1)
    rows = connection.execute(*chosen.select(_ROW_COLUMNS, tail, values)).fetchall()
    more = len(rows) > limit
    items = _summaries(connection, rows[:limit])
    last = items[-1] if more and items else None
    cursor = None if last is None else TimelineCursor(last.day, last.id, last.time)
    return TimelinePage(items=tuple(items), next_cursor=cursor)


def row(connection: Any, where: TimelineFilter, entry_id: int) -> EntrySummary | None:
    """One entry as a timeline row, or None when it is gone or does not match `where`."""
    chosen = selection(connection, where)
    rows = connection.execute(*chosen.select(_ROW_COLUMNS, "AND e.id = ?", (entry_id,)))
    found = _summaries(connection, rows.fetchall())
    return found[0] if found else None


def rows_where(
    connection: Any, where: TimelineFilter, tail: str, values: tuple[Any, ...] = ()
) -> list[EntrySummary]:
    """Timeline rows of matching entries narrowed by `tail` (more conditions, an order, a
    limit), for lists beside the timeline (app/store/recall.py)."""
    rows = connection.execute(*selection(connection, where).select(_ROW_COLUMNS, tail, values))
    return _summaries(connection, rows.fetchall())


def count(connection: Any, where: TimelineFilter) -> int:
    return int(connection.execute(*selection(connection, where).select("count(*)")).fetchone()[0])


def any_match(connection: Any, where: TimelineFilter) -> bool:
    """Whether any entry matches: the first one found ends the search (no count)."""
    sql, values = selection(connection, where).select("1", "LIMIT 1")
    return connection.execute(sql, values).fetchone() is not None


def count_selection(connection: Any, chosen: Selection) -> int:
    return int(connection.execute(*chosen.select("count(*)")).fetchone()[0])


def tag_counts(connection: Any, where: TimelineFilter) -> list[tuple[TagRef, int]]:
    """Each tag on a matching entry with its number of matching entries, most used first."""
    if where == TimelineFilter():
        return _tag_counts_outside_trash(connection)
    ids, values = selection(connection, where).ids()
    rows = connection.execute(
        "SELECT t.family, t.key, t.label, count(*) AS n "
        "FROM tags AS t JOIN entry_tags AS et ON et.tag_id = t.id "
        f"WHERE et.entry_id IN ({ids}) GROUP BY t.id ORDER BY n DESC, t.family, t.key",
        values,
    )
    return [(TagRef(family, key, label), int(n)) for family, key, label, n in rows]


def _tag_counts_outside_trash(connection: Any) -> list[tuple[TagRef, int]]:
    """Tag counts of the whole journal: every link counted on the tag index, minus the
    few links of trashed entries. The general query visits every entry (0.1 s at 100k
    entries, paid at each start); this reads the (tag, entry) index alone."""
    per_tag = dict(
        connection.execute("SELECT tag_id, count(*) FROM entry_tags GROUP BY tag_id").fetchall()
    )
    for tag_id, n in connection.execute(
        "SELECT tag_id, count(*) FROM entry_tags WHERE entry_id IN "
        "(SELECT id FROM entries WHERE trashed_at IS NOT NULL) GROUP BY tag_id"
    ):
        per_tag[tag_id] -= n
    found = [
        (TagRef(family, key, label), int(per_tag[tag_id]))
        for tag_id, family, key, label in connection.execute(
            "SELECT id, family, key, label FROM tags"
        )
        if per_tag.get(tag_id, 0) > 0
    ]
    return sorted(found, key=lambda item: (-item[1], item[0].family, item[0].key))


def ids_oldest_first(connection: Any, where: TimelineFilter) -> list[tuple[int, bool]]:
    """(id, private) of every matching entry, oldest first (day, time, then id)."""
    chosen = selection(connection, where)
    sql, values = chosen.select("e.id, e.is_private", "ORDER BY e.day, e.time, e.id")
    return [(entry_id, bool(private)) for entry_id, private in connection.execute(sql, values)]


def rows_newer_than(connection: Any, where: TimelineFilter, day: dt.date) -> int:
    """How many matching entries are dated after `day` (they come first in the list)."""
    chosen = selection(connection, where)
    sql, values = chosen.select("count(*)", "AND e.day > ?", (day_text(day),))
    return int(connection.execute(sql, values).fetchone()[0])


def rank_of_entry(connection: Any, where: TimelineFilter, entry_id: int) -> int | None:
    """The entry's position among matching entries, newest first; None if it is not one."""
    chosen = selection(connection, where)
    found = connection.execute(
        *chosen.select("e.day, e.time", "AND e.id = ?", (entry_id,))
    ).fetchone()
    if found is None:
        return None
    newer = "AND (e.day, e.time, e.id) > (?, ?, ?)"
    sql, values = chosen.select("count(*)", newer, (found[0], found[1], entry_id))
    return int(connection.execute(sql, values).fetchone()[0])


# Weeks are grouped in SQL by the Julian day number of their Monday: JDN 0 was a Monday,
# so `jdn - jdn % 7` is the week's Monday. Grouping there keeps ten years to ~520 rows.
_JDN_OF_ORDINAL_ZERO = 1_721_425
_WEEK = "(CAST(julianday(e.day) + 0.5 AS INTEGER) - CAST(julianday(e.day) + 0.5 AS INTEGER) % 7)"


def monday_of(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_ZERO)


def week_of(day: dt.date) -> int:
    """The Julian day number of the Monday of `day`'s week (as `_WEEK` computes it)."""
    jdn = day.toordinal() + _JDN_OF_ORDINAL_ZERO
    return jdn - jdn % 7


def entries_per_week(connection: Any, where: TimelineFilter) -> dict[int, int]:
    """Matching entries per week (keyed by the Julian day number of its Monday).

    Counted per day in SQL, on the timeline index alone, and gathered into weeks here: ten
    years are some 3,650 rows, where a week computed in SQL is worked out for every entry."""
    chosen = selection(connection, where)
    weeks: dict[int, int] = defaultdict(int)
    for day, n in connection.execute(*chosen.select("e.day, count(*)", "GROUP BY e.day")):
        weeks[week_of(stored_day(day))] += int(n)
    return dict(weeks)


def families_per_week(connection: Any, where: TimelineFilter) -> list[tuple[int, str, int]]:
    """Per week and tag family, how many matching entries carry that family (an entry with
    two dilemma tags counts once for dilemma)."""
    chosen = selection(connection, where)
    columns = f"{_WEEK} AS week, wt.family, count(DISTINCT e.id)"
    # Aliases of their own: the filter's tag subqueries must not correlate with this join.
    joins = "JOIN entry_tags AS wl ON wl.entry_id = e.id JOIN tags AS wt ON wt.id = wl.tag_id"
    sql, values = chosen.select(columns, "GROUP BY week, wt.family", joins=joins)
    return [(int(week), family, int(n)) for week, family, n in connection.execute(sql, values)]


def modules(connection: Any) -> list[tuple[int, str, str, dt.date]]:
    """Every course module as (id, name, course name, day), by course and date."""
    rows = connection.execute(
        "SELECT m.id, m.name, c.name, m.day FROM modules AS m "
        "JOIN courses AS c ON c.id = m.course_id ORDER BY c.name, m.day, m.position"
    )
    return [(id_, name, course, stored_day(day)) for id_, name, course, day in rows]
