"""Insights' counts, in SQL: tags per month, dilemma-or-paradox × legitimacy, entries per day.

Each function takes the `Selection` of the entries to count (a timeline filter's, or an
export's ids through `of_ids`) and returns grouped rows: months × tags, pairs of tags,
days. No entry is read into Python; the service folds months into quarters and days into
weeks, which are a few thousand rows at most.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from app.records import TagRef
from app.store.filters import Selection

# The month of an entry as "YYYY-MM": the stored day is ISO text.
_MONTH = "substr(e.day, 1, 7)"

#: The families whose tags are rows of the dilemma × legitimacy table, and its columns.
PAIR_ROW_FAMILIES: tuple[str, ...] = ("dilemma", "paradox")
PAIR_COLUMN_FAMILY = "legitimacy"


def of_ids(ids: Iterable[int]) -> Selection:
    """The untrashed entries among `ids` (an export's), as one JSON parameter: a quarter's
    or ten years' ids alike, never thousands of `?`."""
    return Selection(
        "e.trashed_at IS NULL AND e.id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(ids))),),
    )


def _tags_by_id(connection: Any) -> dict[int, TagRef]:
    return {
        tag_id: TagRef(family, key, label)
        for tag_id, family, key, label in connection.execute(
            "SELECT id, family, key, label FROM tags"
        )
    }


def entries_per_day(connection: Any, chosen: Selection) -> list[tuple[str, int]]:
    """("YYYY-MM-DD", entries) for each day with chosen entries, oldest first."""
    sql, values = chosen.select("e.day, count(*)", "GROUP BY e.day ORDER BY e.day")
    return [(day, int(n)) for day, n in connection.execute(sql, values)]


def tags_per_month(connection: Any, chosen: Selection) -> list[tuple[str, TagRef, int]]:
    """("YYYY-MM", tag, entries carrying it) for every tag on chosen entries, by month."""
    tags = _tags_by_id(connection)
    sql, values = chosen.select(
        f"{_MONTH} AS month, it.tag_id, count(*)",
        "GROUP BY month, it.tag_id",
        joins="JOIN entry_tags AS it ON it.entry_id = e.id",
    )
    return [
        (month, tags[tag_id], int(n))
        for month, tag_id, n in connection.execute(sql, values)
        if tag_id in tags
    ]


def dilemma_legitimacy(connection: Any, chosen: Selection) -> list[tuple[TagRef, TagRef, int]]:
    """(dilemma or paradox, form of legitimacy, entries carrying both) over chosen entries."""
    tags = _tags_by_id(connection)
    rows = [i for i, ref in tags.items() if ref.family in PAIR_ROW_FAMILIES]
    columns = [i for i, ref in tags.items() if ref.family == PAIR_COLUMN_FAMILY]
    if not rows or not columns:
        return []
    # The tag ids are the journal's own integers, written inline so SQLite plans the
    # (tag, entry) lookups from short constant lists.
    sql, values = chosen.select(
        "ia.tag_id, ib.tag_id, count(*)",
        f"AND ia.tag_id IN ({','.join(map(str, rows))}) "
        f"AND ib.tag_id IN ({','.join(map(str, columns))}) GROUP BY ia.tag_id, ib.tag_id",
        joins="JOIN entry_tags AS ia ON ia.entry_id = e.id "
        "JOIN entry_tags AS ib ON ib.entry_id = e.id",
    )
    return [(tags[a], tags[b], int(n)) for a, b, n in connection.execute(sql, values)]


def outcomes_per_month(
    connection: Any, chosen: Selection, first: str, last: str
) -> list[tuple[str, str, int]]:
    """("YYYY-MM", status, commitments) of the chosen entries' commitments closed (kept,
    changed, dropped) from day `first` to day `last`, by the month they were closed in."""
    sql, values = chosen.select(
        "substr(c.closed_on, 1, 7) AS month, c.status, count(*)",
        "AND c.status != 'open' AND c.closed_on >= ? AND c.closed_on <= ? GROUP BY month, c.status",
        (first, last),
        joins="JOIN commitments AS c ON c.entry_id = e.id",
    )
    return [(month, status, int(n)) for month, status, n in connection.execute(sql, values)]
