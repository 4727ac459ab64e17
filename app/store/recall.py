"""The past that comes back: entries of this date in earlier months and years, earlier
entries with the same tags as the open one, and entries per day of a month (the calendar).

Each read walks an index: the days asked for are listed in Python and looked up on the
timeline index (trashed_at, day, time, id); the tags on the (tag, entry) index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.records import EntrySummary, TimelineFilter
from app.store.filters import selection
from app.store.rows import day_text, stored_day, time_text
from app.store.timeline import rows_where

_NEWEST_FIRST = "ORDER BY e.day DESC, e.time DESC, e.id DESC"


def first_day(connection: Any) -> dt.date | None:
    """The day of the oldest entry outside the trash (one step on the timeline index)."""
    row = connection.execute("SELECT min(day) FROM entries WHERE trashed_at IS NULL").fetchone()
    return None if row is None or row[0] is None else stored_day(row[0])


def on_days(connection: Any, days: Sequence[dt.date]) -> list[EntrySummary]:
    """Entries outside the trash dated on any of `days`, newest first."""
    if not days:
        return []
    marks = ",".join("?" * len(days))
    return rows_where(
        connection,
        TimelineFilter(),
        f"AND e.day IN ({marks}) {_NEWEST_FIRST}",
        tuple(day_text(day) for day in days),
    )


def earlier_with_tags(
    connection: Any,
    tag_pairs: Sequence[tuple[str, str]],
    *,
    before: tuple[dt.date, dt.time, int],
    limit: int,
) -> list[EntrySummary]:
    """The latest entries outside the trash carrying any of the tags (family, key), dated
    before `before` (day, time, id, the timeline's order), newest first."""
    if not tag_pairs:
        return []
    pairs = " OR ".join("(family = ? AND key = ?)" for _ in tag_pairs)
    tag_ids = [
        row[0]
        for row in connection.execute(
            f"SELECT id FROM tags WHERE {pairs}", tuple(v for pair in tag_pairs for v in pair)
        )
    ]
    if not tag_ids:
        return []
    marks = ",".join("?" * len(tag_ids))
    day, time, entry_id = before
    # The ids carrying the tags come off ix_entry_tags_tag_entry; the timeline index then
    # walks back from `before` until `limit` of them are found.
    tail = (
        f"AND e.id IN (SELECT entry_id FROM entry_tags WHERE tag_id IN ({marks})) "
        f"AND (e.day, e.time, e.id) < (?, ?, ?) {_NEWEST_FIRST} LIMIT ?"
    )
    values = (*tag_ids, day_text(day), time_text(time), entry_id, limit)
    return rows_where(connection, TimelineFilter(), tail, values)


def entries_per_day(
    connection: Any, where: TimelineFilter, first: dt.date, last: dt.date
) -> dict[dt.date, int]:
    """Matching entries on each day of [first, last] that has any: one aggregate."""
    sql, values = selection(connection, where).select(
        "e.day, count(*)",
        "AND e.day >= ? AND e.day <= ? GROUP BY e.day",
        (day_text(first), day_text(last)),
    )
    return {stored_day(day): int(n) for day, n in connection.execute(sql, values)}
