"""A timeline filter as SQL: the WHERE clause over `entries AS e`, with its parameters.

Every list of entries (timeline pages, counts, weeks, summaries, exports) selects through
`Selection`, so a filter means the same everywhere. The free text is app/store/search_text's:
its lookups run once, in MATERIALIZED common table expressions, so a combined text + tag
filter never makes SQLite run the full-text search again per candidate row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.records import TagRef, TimelineFilter
from app.store.rows import day_text
from app.store.search_text import text_search

_TAG_OF_ENTRY = "SELECT et.entry_id FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id"


@dataclass(frozen=True, slots=True)
class Selection:
    """The entries a filter matches: `WITH … SELECT … FROM entries AS e WHERE …`."""

    where: str
    params: tuple[Any, ...] = ()
    with_clause: str = ""  # "WITH fts_hits AS MATERIALIZED (…) " when searching
    with_params: tuple[Any, ...] = field(default=())
    #: When searching, ranked: the join of the scores and the expression to sort on
    #: (ascending: best match first).
    rank_join: str = ""
    rank_score: str = ""

    def select(
        self,
        columns: str,
        tail: str = "",
        tail_params: tuple[Any, ...] = (),
        *,
        joins: str = "",
    ) -> tuple[str, tuple[Any, ...]]:
        """The statement selecting `columns` of the matching entries, and its parameters.
        `joins` (without parameters) follow `entries AS e`; `tail` follows the WHERE
        clause (more conditions, GROUP BY, ORDER BY, LIMIT)."""
        sql = (
            f"{self.with_clause}SELECT {columns} FROM entries AS e {joins} "
            f"WHERE {self.where} {tail}"
        )
        return sql, (*self.with_params, *self.params, *tail_params)

    def ids(self) -> tuple[str, tuple[Any, ...]]:
        """A subquery of the matching ids (for `IN (…)`), and its parameters."""
        return self.select("e.id")


def _tag_pair(ref: TagRef) -> tuple[str, tuple[Any, ...]]:
    return "(t.family = ? AND t.key = ?)", (ref.family, ref.key)


def module_window(connection: Any, module_id: int) -> tuple[dt.date, dt.date | None]:
    """The days an entry must fall in to belong to a module by date: [start, next start)."""
    row = connection.execute(
        "SELECT day, course_id FROM modules WHERE id = ?", (module_id,)
    ).fetchone()
    if row is None:
        return dt.date.max, None
    start, course_id = row
    (next_start,) = connection.execute(
        "SELECT min(day) FROM modules WHERE course_id = ? AND day > ?", (course_id, start)
    ).fetchone()
    return (
        dt.date.fromisoformat(start),
        None if next_start is None else dt.date.fromisoformat(next_start),
    )


def selection(connection: Any, where: TimelineFilter, *, ranked: bool = False) -> Selection:
    """`where` as SQL over `entries AS e` (module windows are looked up on `connection`);
    `ranked` adds the scores of the text search (`rank_join`, `rank_score`)."""
    clauses = ["e.trashed_at IS NOT NULL" if where.trashed else "e.trashed_at IS NULL"]
    params: list[Any] = []
    if where.date_from is not None:
        clauses.append("e.day >= ?")
        params.append(day_text(where.date_from))
    if where.date_to is not None:
        clauses.append("e.day <= ?")
        params.append(day_text(where.date_to))
    if where.private is not None:
        clauses.append("e.is_private = ?")
        params.append(int(where.private))
    if where.coaching is not None:
        clauses.append("e.for_coaching = ?")
        params.append(int(where.coaching))
    if where.closed_as is not None:
        clauses.append(
            "e.id IN (SELECT c.follow_up_entry_id FROM commitments AS c "
            "JOIN entries AS made ON made.id = c.entry_id "
            "WHERE c.status = ? AND made.trashed_at IS NULL)"
        )
        params.append(where.closed_as)
    if where.tags and where.match_all_tags:
        for ref in where.tags:
            pair, values = _tag_pair(ref)
            clauses.append(f"EXISTS ({_TAG_OF_ENTRY} WHERE et.entry_id = e.id AND {pair})")
            params.extend(values)
    elif where.tags:
        pairs = [_tag_pair(ref) for ref in where.tags]
        clauses.append(f"e.id IN ({_TAG_OF_ENTRY} WHERE {' OR '.join(p for p, _ in pairs)})")
        for _pair, values in pairs:
            params.extend(values)
    if where.families:
        marks = ",".join("?" * len(where.families))
        clauses.append(f"e.id IN ({_TAG_OF_ENTRY} WHERE t.family IN ({marks}))")
        params.extend(where.families)
    if where.module_id is not None:
        start, end = module_window(connection, where.module_id)
        # An entry linked by hand belongs to that module only (in any course); only
        # unlinked entries fall in a module by date.
        by_date = "e.module_id IS NULL AND e.day >= ?" + ("" if end is None else " AND e.day < ?")
        clauses.append(f"(e.module_id = ? OR ({by_date}))")
        params.extend([where.module_id, day_text(start)])
        if end is not None:
            params.append(day_text(end))
    if not where.text.strip():
        return Selection(" AND ".join(clauses), tuple(params))
    search = text_search(connection, where.text, ranked=ranked)
    clauses.append(search.where)
    params.extend(search.params)
    return Selection(
        " AND ".join(clauses),
        tuple(params),
        f"WITH {', '.join(search.ctes)} " if search.ctes else "",
        search.cte_params,
        search.rank_join,
        search.rank_score,
    )
