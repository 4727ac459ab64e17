"""Typed search text as SQL: the entries whose text, tags or course match every term.

Each term (app/search/terms.py) is looked up where it can be found fast and exactly:

- a word of three letters or more in the trigram index (`entries_trigram`), which finds
  it at the start of a word and inside compounds;
- a shorter word as a word prefix, and a quoted phrase, in the word index (`entries_fts`);
- besides the text, in the names of the tags on the entry (a deck tag's Danish and English
  label, an own tag's name) and of the course and module the entry belongs to. Those names
  are few: they are matched here, as the query is built, against the tables as they are
  now, so a renamed tag or module is found by its new name at once and nothing has to be
  indexed again.

Every term becomes a quoted FTS5 string, so operators typed by accident never reach the
MATCH syntax. The terms are combined with AND; each text lookup is an uncorrelated
`IN (SELECT …)`, which SQLite runs once into a list it then probes, never again per
candidate row. (A MATERIALIZED common table expression did the same with one copy more:
half again as slow at 100,000 entries.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.records import OWN_FAMILY
from app.search.spans import term_matches
from app.search.tag_names import deck_tag_names
from app.search.terms import Term, parse
from app.store.rows import day_text
from models.fulltext import FTS_TABLE, TRIGRAM_TABLE

#: bm25 weights of (title, body, answers): a word in the title says most about an entry.
_WEIGHTS = "6.0, 1.0, 1.0"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def word_index_expr(term: Term) -> str:
    """`term` for the word index: a phrase as a phrase, a short word as a word prefix."""
    return _quote(term.text) if term.phrase else _quote(term.text) + "*"


def trigram_expr(term: Term) -> str:
    return _quote(term.text)


@dataclass(frozen=True, slots=True)
class TextSearch:
    """The SQL of a text search over `entries AS e`.

    `ctes` go into the statement's WITH clause (with `cte_params`), `where` (with
    `params`) is one more condition. For the order of best match, `rank_join` joins the
    scores (`rank_score` is the expression to sort on, ascending).
    """

    ctes: tuple[str, ...]
    cte_params: tuple[Any, ...]
    where: str
    params: tuple[Any, ...]
    rank_join: str = ""
    rank_score: str = ""


_NOTHING = TextSearch((), (), "0", ())


def _text_hits(name: str, terms: Sequence[Term]) -> tuple[str, tuple[Any, ...]]:
    """A CTE of the ids of entries whose text matches every one of `terms`."""
    infix = [trigram_expr(term) for term in terms if term.infix]
    words = [word_index_expr(term) for term in terms if not term.infix]
    parts: list[str] = []
    params: list[str] = []
    if infix:
        parts.append(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?")
        params.append(" AND ".join(infix))
    if words:
        parts.append(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?")
        params.append(" AND ".join(words))
    return f"{name} AS NOT MATERIALIZED ({' INTERSECT '.join(parts)})", tuple(params)


def _name_matches(connection: Any, term: Term) -> tuple[list[int], list[int]]:
    """Ids of the tags and of the modules whose names `term` matches."""
    deck = deck_tag_names()
    tag_ids: list[int] = []
    for tag_id, family, key, label in connection.execute("SELECT id, family, key, label FROM tags"):
        names = (label or key,) if family == OWN_FAMILY else deck.get((family, key), (key,))
        if any(term_matches(term, name) for name in names):
            tag_ids.append(int(tag_id))
    module_ids = [
        int(module_id)
        for module_id, name, course in connection.execute(
            "SELECT m.id, m.name, c.name FROM modules AS m JOIN courses AS c ON c.id = m.course_id"
        )
        if term_matches(term, name) or term_matches(term, course)
    ]
    return tag_ids, module_ids


def _in_modules(connection: Any, module_ids: Sequence[int]) -> tuple[str, list[Any]]:
    """Entries belonging to any of `module_ids`: linked by hand, or unlinked and dated in
    the module's days (the rule of app/store/filters.py's module filter)."""
    from app.store.filters import module_window

    clauses: list[str] = []
    params: list[Any] = []
    for module_id in module_ids:
        start, end = module_window(connection, module_id)
        by_date = "e.module_id IS NULL AND e.day >= ?" + ("" if end is None else " AND e.day < ?")
        clauses.append(f"e.module_id = ? OR ({by_date})")
        params.extend([module_id, day_text(start)])
        if end is not None:
            params.append(day_text(end))
    return " OR ".join(f"({clause})" for clause in clauses), params


def text_search(connection: Any, typed: str, *, ranked: bool = False) -> TextSearch:
    """The entries matching `typed` (see the module's docstring); nothing matches when
    nothing searchable was typed."""
    terms = parse(typed)
    if not terms:
        return _NOTHING
    ctes: list[str] = []
    cte_params: list[Any] = []
    where: list[str] = []
    params: list[Any] = []
    text_only: list[Term] = []
    for term in terms:
        tag_ids, module_ids = _name_matches(connection, term)
        if not tag_ids and not module_ids:
            text_only.append(term)
            continue
        name = f"term_hits_{len(ctes)}"
        cte, values = _text_hits(name, [term])
        ctes.append(cte)
        cte_params.extend(values)
        either = [f"e.id IN (SELECT rowid FROM {name})"]
        if tag_ids:
            marks = ",".join("?" * len(tag_ids))
            either.append(f"e.id IN (SELECT entry_id FROM entry_tags WHERE tag_id IN ({marks}))")
            params.extend(tag_ids)
        if module_ids:
            clause, values_ = _in_modules(connection, module_ids)
            either.append(clause)
            params.extend(values_)
        where.append("(" + " OR ".join(either) + ")")
    if text_only:
        cte, values = _text_hits("fts_hits", text_only)
        ctes.insert(0, cte)
        cte_params[:0] = values
        where.insert(0, "e.id IN (SELECT rowid FROM fts_hits)")
    search = TextSearch(tuple(ctes), tuple(cte_params), " AND ".join(where), tuple(params))
    return _with_rank(search, terms) if ranked else search


def _with_rank(search: TextSearch, terms: Sequence[Term]) -> TextSearch:
    """Add scores for the order of best match: bm25 in the trigram index for how often and
    where (title first) the terms occur, plus bm25 in the word index for whole words, so
    "far" ranks an entry about a "far" above one about "farlig". An entry found only by
    its tags or course scores 0 and comes after those found in their text.

    Both scores go into one CTE, summed per entry, joined once: SQLite gives that join an
    automatic index, where two joined CTEs had one of them scanned for every row."""
    ctes = list(search.ctes)
    params = list(search.cte_params)
    parts: list[str] = []
    infix = [trigram_expr(term) for term in terms if term.infix]
    if infix:
        parts.append(
            f"SELECT rowid AS entry_id, bm25({TRIGRAM_TABLE}, {_WEIGHTS}) AS score "
            f"FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?"
        )
        params.append(" OR ".join(infix))
    whole = [
        _quote(term.text) if term.phrase or term.infix else word_index_expr(term) for term in terms
    ]
    parts.append(
        f"SELECT rowid AS entry_id, bm25({FTS_TABLE}, {_WEIGHTS}) AS score "
        f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    )
    params.append(" OR ".join(whole))
    if len(parts) == 1:
        # One index: one score per entry already (and bm25 may not sit under a GROUP BY).
        ctes.append(f"match_scores AS MATERIALIZED ({parts[0]})")
    else:
        ctes.append(
            "match_scores AS MATERIALIZED (SELECT entry_id, sum(score) AS score FROM "
            f"({' UNION ALL '.join(parts)}) GROUP BY entry_id)"
        )
    return TextSearch(
        tuple(ctes),
        tuple(params),
        search.where,
        search.params,
        rank_join="LEFT JOIN match_scores ON match_scores.entry_id = e.id",
        rank_score="coalesce(match_scores.score, 0)",
    )
