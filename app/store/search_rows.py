"""Timeline rows while searching: best match first, and excerpts that show the match.

`page` and `row` are the timeline's (app/store/timeline.py) with two additions: in the
order of best match (`TimelineFilter.order == "match"`) the entries come by score, paged
by position; and a row whose excerpt would not show what was searched for gets an excerpt
from around the first match in its text or answers instead of its first lines.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from app.records import EntrySummary, TimelineCursor, TimelineFilter, TimelinePage
from app.search.spans import first_span
from app.search.terms import Term, parse
from app.store import timeline as store_timeline
from app.store.excerpt import EXCERPT_SOURCE_CHARS, excerpt_of
from app.store.filters import selection

#: How much of the text before a match the excerpt keeps, to show it in its sentence.
LEAD_CHARS = 40
#: How far into an excerpt a match surely shows in a row's two lines (a narrow timeline
#: shows some 50 characters a line); a later one gets an excerpt of its own.
SHOWN_CHARS = 80


def page(
    connection: Any,
    where: TimelineFilter,
    *,
    limit: int,
    after: TimelineCursor | None = None,
) -> TimelinePage:
    """One page of matching entries, in the filter's order, with excerpts at the match."""
    if where.ranked():
        found = _ranked_page(connection, where, limit=limit, after=after)
    else:
        found = store_timeline.page(connection, where, limit=limit, after=after)
    if not where.text.strip():
        return found
    items = with_match_excerpts(connection, where.text, found.items)
    return TimelinePage(items=items, next_cursor=found.next_cursor)


def row(connection: Any, where: TimelineFilter, entry_id: int) -> EntrySummary | None:
    found = store_timeline.row(connection, where, entry_id)
    if found is None or not where.text.strip():
        return found
    return with_match_excerpts(connection, where.text, (found,))[0]


def _ranked_page(
    connection: Any, where: TimelineFilter, *, limit: int, after: TimelineCursor | None
) -> TimelinePage:
    """A page by score: first the ids (sorting thousands of hits by a number is quick),
    then the rows of just those (a row's columns cost a subquery each)."""
    chosen = selection(connection, where, ranked=True)
    offset = after.offset if after is not None else 0
    # Nothing searchable typed: nothing matches, and there is no score to sort on.
    score = chosen.rank_score or "e.day DESC"
    sql, values = chosen.select(
        "e.id",
        f"ORDER BY {score}, e.day DESC, e.id DESC LIMIT ? OFFSET ?",
        (limit + 1, offset),
        joins=chosen.rank_join,
    )
    ids = [entry_id for (entry_id,) in connection.execute(sql, values)]
    shown = ids[:limit]
    rows: list[Any] = []
    if shown:
        marks = ",".join("?" * len(shown))
        found = connection.execute(
            f"SELECT {store_timeline._ROW_COLUMNS} FROM entries AS e WHERE e.id IN ({marks})",
            tuple(shown),
        ).fetchall()
        by_id = {row[0]: row for row in found}
        rows = [by_id[entry_id] for entry_id in shown if entry_id in by_id]
    items = store_timeline._summaries(connection, rows)
    more = len(ids) > limit and bool(items)
    cursor = (
        TimelineCursor(items[-1].day, items[-1].id, offset=offset + len(items)) if more else None
    )
    return TimelinePage(items=tuple(items), next_cursor=cursor)


def with_match_excerpts(
    connection: Any, typed: str, items: Sequence[EntrySummary]
) -> tuple[EntrySummary, ...]:
    """`items`, each with an excerpt around its first match when its title and its first
    lines do not show one (the text is read only for those)."""
    terms = parse(typed)
    if not terms:
        return tuple(items)
    hidden = [
        item.id
        for item in items
        if first_span(item.title, terms) is None and not _shown_early(item.excerpt, terms)
    ]
    if not hidden:
        return tuple(items)
    excerpts = _excerpts_at_match(connection, hidden, terms)
    return tuple(
        dataclasses.replace(item, excerpt=excerpts[item.id]) if item.id in excerpts else item
        for item in items
    )


def _shown_early(excerpt: str, terms: tuple[Term, ...]) -> bool:
    """True when a match starts where a row's two lines of excerpt surely show it."""
    span = first_span(excerpt, terms)
    return span is not None and span[0] < SHOWN_CHARS


def _excerpts_at_match(
    connection: Any, entry_ids: Sequence[int], terms: tuple[Term, ...]
) -> dict[int, str]:
    """Excerpts from the text where it matches, else from the answers (read only then)."""
    excerpts: dict[int, str] = {}
    marks = ",".join("?" * len(entry_ids))
    for entry_id, body in connection.execute(
        f"SELECT id, body FROM entries WHERE id IN ({marks})", tuple(entry_ids)
    ):
        span = first_span(body or "", terms)
        if span is not None:
            excerpts[entry_id] = excerpt_around(body, span[0])
    rest = [entry_id for entry_id in entry_ids if entry_id not in excerpts]
    if rest:
        marks = ",".join("?" * len(rest))
        for entry_id, text in connection.execute(
            "SELECT entry_id, group_concat(text, char(10)) FROM "
            f"(SELECT entry_id, text FROM answers WHERE entry_id IN ({marks}) AND text != '' "
            "ORDER BY entry_id, position) GROUP BY entry_id",
            tuple(rest),
        ):
            span = first_span(text or "", terms)
            if span is not None:
                excerpts[entry_id] = excerpt_around(text, span[0])
    return excerpts


def excerpt_around(text: str, start: int) -> str:
    """The excerpt of `text` from a little before `start`, beginning at a word."""
    begin = max(0, start - LEAD_CHARS)
    if begin > 0:
        space = text.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    excerpt = excerpt_of(text[begin : begin + EXCERPT_SOURCE_CHARS])
    return excerpt if begin == 0 else "…" + excerpt
