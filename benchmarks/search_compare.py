"""The two ways to Danish search of issue 13, side by side (docs/search.md).

    .venv/bin/python -m benchmarks.search_compare            # 10k and 100k
    .venv/bin/python -m benchmarks.search_compare --sizes 10000

Both are built from the same text (titles, bodies, answers) of a prepared benchmark
journal, in a scratch database:

- **trigram**: the word index (`unicode61`, as before) plus an FTS5 `trigram` index of the
  same text (what Refleks keeps: models/fulltext.py). A word of three letters or more is
  a trigram substring; shorter words are word prefixes in the word index.
- **stem**: a Danish Snowball stemmer (`snowballstemmer`, the `bench` extra) applied to
  the text as it is indexed and to the typed words; each typed word is a prefix of stems.

It reports what each finds (the issue's table on a small corpus, and hit counts of
infixes on the benchmark journal), how it ranks (the entry that is about the word first),
its index size per 10,000 entries, the time to index the text, and the p95 of a search
as the timeline runs it (the hits, newest first, first page of 200) and of a count.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from benchmarks.measure import percentile

WORD = re.compile(r"[^\W_]+")

#: The issue's table, plus diacritics and case: (typed, titles it must find, titles it
#: must not find).
TABLE: tuple[tuple[str, set[str], set[str]], ...] = (
    ("kontro", {"kontrollen", "Kontrollen", "kontrollerede"}, set()),
    ("kontrol", {"kontrollen", "Kontrollen", "kontrollerede"}, set()),
    ("opgave", {"kerneopgaven"}, set()),
    ("ledelse", {"ledelsen", "ledelsesrummet"}, {"leder", "ledig"}),
    ("legitim", {"legitimiteten"}, set()),
    ("får", {"får"}, {"far"}),
    ("far", {"far"}, {"får"}),
    ("ÆBLET", {"æblet"}, set()),
)
#: A small corpus: title = the word it is about, body = a sentence with it.
CORPUS = (
    ("kontrollen", "Jeg mistede kontrollen et øjeblik."),
    ("Kontrollen", "Kontrollen var grundig."),
    ("kontrollerede", "De kontrollerede alt."),
    ("kerneopgaven", "Hvad er kerneopgaven?"),
    ("ledelsen", "Ledelsen var enig."),
    ("ledelsesrummet", "Vi talte i ledelsesrummet."),
    ("legitimiteten", "Det handler om legitimiteten."),
    ("får", "Hvad får vi ud af det?"),
    ("far", "Samtale med min far."),
    ("farlig", "En farlig beslutning, farlig for os."),
    ("æblet", "Æblet falder ikke langt fra stammen."),
    ("ledig", "En ledig stilling."),
    ("leder", "Som leder står jeg alene."),
)
#: Ranking: (typed, the title that should come first).
RANKING = (("far", "far"), ("kontrol", "Kontrollen"), ("ledelse", "ledelsen"), ("leder", "leder"))
#: Searches timed on the benchmark journal.
TIMED = {
    "word": ("kontrol", "legitimitet", "tillid", "borgere"),
    "prefix": ("kontro", "legitim", "medarb", "ansv"),
    "infix": ("opgave", "ledelse", "sikkerhed", "inddragelse"),
}


@cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("danish")


@cache
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word.lower()))


def stemmed(text: str) -> str:
    return WORD.sub(lambda match: stem(match.group(0)), text)


class Way:
    """One way to search: its tables in `db`, how a row is indexed, how a query reads."""

    name = ""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def create(self) -> None: ...

    def index(self, rows: Sequence[tuple[int, str, str, str]]) -> None: ...

    def hits_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        raise NotImplementedError

    def ranked_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        raise NotImplementedError

    def tables(self) -> tuple[str, ...]:
        raise NotImplementedError


class Trigram(Way):
    name = "trigram + word index"

    def create(self) -> None:
        self.db.execute(
            "CREATE VIRTUAL TABLE w USING fts5(title, body, answers, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        self.db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(title, body, answers, tokenize = 'trigram', "
            "content = 'w', content_rowid = 'rowid')"
        )

    def index(self, rows: Sequence[tuple[int, str, str, str]]) -> None:
        self.db.executemany("INSERT INTO w(rowid, title, body, answers) VALUES (?,?,?,?)", rows)
        self.db.execute(
            "INSERT INTO t(rowid, title, body, answers) SELECT rowid, title, body, answers FROM w"
        )

    def _parts(self, typed: str) -> tuple[list[str], list[str]]:
        words = WORD.findall(typed)
        long = [f'"{w}"' for w in words if len(w) >= 3]
        short = [f'"{w}"*' for w in words if len(w) < 3]
        return long, short

    def hits_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        long, short = self._parts(typed)
        parts, params = [], []
        if long:
            parts.append("SELECT rowid FROM t WHERE t MATCH ?")
            params.append(" AND ".join(long))
        if short:
            parts.append("SELECT rowid FROM w WHERE w MATCH ?")
            params.append(" AND ".join(short))
        return " INTERSECT ".join(parts), tuple(params)

    def ranked_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        hits, params = self.hits_sql(typed)
        long, _short = self._parts(typed)
        whole = " OR ".join(f'"{w}"' for w in WORD.findall(typed))
        return (
            f"WITH h AS MATERIALIZED ({hits}), "
            "tr AS MATERIALIZED (SELECT rowid AS id, bm25(t, 6.0, 1.0, 1.0) AS s FROM t "
            "WHERE t MATCH ?), "
            "wr AS MATERIALIZED (SELECT rowid AS id, bm25(w, 6.0, 1.0, 1.0) AS s FROM w "
            "WHERE w MATCH ?) "
            "SELECT h.rowid FROM h LEFT JOIN tr ON tr.id = h.rowid LEFT JOIN wr ON wr.id = h.rowid "
            "ORDER BY coalesce(tr.s, 0) + coalesce(wr.s, 0), h.rowid DESC",
            (*params, " OR ".join(long) or whole, whole),
        )

    def tables(self) -> tuple[str, ...]:
        return ("w", "t")


class Stem(Way):
    name = "Snowball stems"

    def create(self) -> None:
        self.db.execute(
            "CREATE VIRTUAL TABLE s USING fts5(title, body, answers, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )

    def index(self, rows: Sequence[tuple[int, str, str, str]]) -> None:
        self.db.executemany(
            "INSERT INTO s(rowid, title, body, answers) VALUES (?,?,?,?)",
            [(i, stemmed(a), stemmed(b), stemmed(c)) for i, a, b, c in rows],
        )

    def _expr(self, typed: str) -> str:
        return " AND ".join(f'"{stem(w)}"*' for w in WORD.findall(typed))

    def hits_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        return "SELECT rowid FROM s WHERE s MATCH ?", (self._expr(typed),)

    def ranked_sql(self, typed: str) -> tuple[str, tuple[Any, ...]]:
        return (
            "SELECT rowid FROM s WHERE s MATCH ? ORDER BY bm25(s, 6.0, 1.0, 1.0), rowid DESC",
            (self._expr(typed),),
        )

    def tables(self) -> tuple[str, ...]:
        return ("s",)


WAYS: tuple[Callable[[sqlite3.Connection], Way], ...] = (Trigram, Stem)


def _mib(db: sqlite3.Connection, tables: Sequence[str], suffixes: Sequence[str]) -> float:
    names = [f"{table}_{suffix}" for table in tables for suffix in suffixes]
    marks = ",".join("?" * len(names))
    (size,) = db.execute(
        f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ({marks})", names
    ).fetchone()
    return size / 2**20


def _corpus_checks(make: Callable[[sqlite3.Connection], Way]) -> dict[str, Any]:
    db = sqlite3.connect(":memory:")
    way = make(db)
    way.create()
    way.index([(i + 1, title, body, "") for i, (title, body) in enumerate(CORPUS)])
    title_of = {i + 1: title for i, (title, _body) in enumerate(CORPUS)}
    table = {}
    for typed, wanted, unwanted in TABLE:
        sql, params = way.hits_sql(typed)
        got = {title_of[row[0]] for row in db.execute(sql, params)}
        table[typed] = {"found": sorted(got), "ok": wanted <= got and not unwanted & got}
    ranking = {}
    for typed, best in RANKING:
        sql, params = way.ranked_sql(typed)
        order = [title_of[row[0]] for row in db.execute(sql, params)]
        ranking[typed] = {"order": order, "rank_of_best": order.index(best) + 1}
    return {"table": table, "ranking": ranking}


def _text_rows(journal: Path) -> list[tuple[int, str, str, str]]:
    source = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        return source.execute(
            "SELECT e.id, e.title, e.body, coalesce((SELECT group_concat(text, char(10)) "
            "FROM answers WHERE entry_id = e.id), '') FROM entries AS e"
        ).fetchall()
    finally:
        source.close()


def _timed(db: sqlite3.Connection, sql: str, params: tuple[Any, ...], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        db.execute(sql, params).fetchall()
        samples.append(time.perf_counter() - start)
    return samples


def measure(journal: Path, size: int, repeats: int) -> dict[str, Any]:
    rows = _text_rows(journal)
    result: dict[str, Any] = {}
    for make in WAYS:
        with tempfile.TemporaryDirectory() as folder:
            db = sqlite3.connect(Path(folder) / "compare.db")
            way = make(db)
            way.create()
            start = time.perf_counter()
            way.index(rows)
            db.commit()
            built = time.perf_counter() - start
            per_10k = 10_000 / size
            figures: dict[str, Any] = {
                "index_s": round(built, 2),
                "index_mib_per_10k": round(_mib(db, way.tables(), ("data", "idx")) * per_10k, 1),
                "text_copy_mib_per_10k": round(
                    _mib(db, way.tables(), ("content", "docsize")) * per_10k, 1
                ),
                "infix_hits": {},
                "page_p95_ms": {},
                "count_p95_ms": {},
            }
            for typed in TIMED["infix"]:
                sql, params = way.hits_sql(typed)
                figures["infix_hits"][typed] = len(db.execute(sql, params).fetchall())
            for kind, queries in TIMED.items():
                pages: list[float] = []
                counts: list[float] = []
                for typed in queries:
                    hits, params = way.hits_sql(typed)
                    page = f"SELECT rowid FROM ({hits}) ORDER BY rowid DESC LIMIT 200"
                    count = f"SELECT count(*) FROM ({hits})"
                    db.execute(page, params).fetchall()  # warm the page cache
                    pages += _timed(db, page, params, repeats)
                    counts += _timed(db, count, params, repeats)
                figures["page_p95_ms"][kind] = round(percentile(pages, 0.95) * 1000, 1)
                figures["count_p95_ms"][kind] = round(percentile(counts, 0.95) * 1000, 1)
            db.close()
        result[way.name] = figures
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_compare")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    from benchmarks import datasets

    report: dict[str, Any] = {"corpus": {}}
    for make in WAYS:
        way = make(sqlite3.connect(":memory:"))
        report["corpus"][way.name] = _corpus_checks(make)
    for size in (int(s) for s in args.sizes.split(",")):
        prepared = datasets.prepare(size, seed=args.seed)
        report[str(size)] = measure(prepared.paths.journal, size, args.repeats)
    import random

    from benchmarks.textgen import paragraphs

    # What stemming adds to a save: one entry of ~350 words, no stem remembered yet.
    samples = [paragraphs(random.Random(n), True, 350) for n in range(20)]
    start = time.perf_counter()
    for text in samples:
        stem.cache_clear()
        stemmed(text)
    report["stem_ms_per_entry_uncached"] = round((time.perf_counter() - start) / 20 * 1000, 2)
    import json

    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
