"""A generated journal (the benchmark generator) and the insights' numbers counted
independently: raw rows read with plain SQL and counted in Python, one entry at a time."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from pathlib import Path

from app.journal.paths import DataPaths
from benchmarks.generator import generate
from benchmarks.loader import load


def generated_journal(folder: Path, catalog, size: int = 800, seed: int = 11) -> DataPaths:  # type: ignore[no-untyped-def]
    paths = DataPaths(folder)
    load(generate(size, seed=seed, catalog=catalog), paths)
    return paths


def counted_rows(
    journal: Path, first: dt.date, last: dt.date, *, include_private: bool
) -> tuple[dict[int, str], dict[int, set[tuple[str, str]]]]:
    """The day of every counted entry in [first, last] (untrashed; private ones only if
    included), and each one's tags."""
    with sqlite3.connect(journal) as connection:
        entries = {
            entry_id: day
            for entry_id, day, private, trashed in connection.execute(
                "SELECT id, day, is_private, trashed_at FROM entries"
            )
            if trashed is None
            and (include_private or not private)
            and first.isoformat() <= day <= last.isoformat()
        }
        tags: dict[int, set[tuple[str, str]]] = {entry_id: set() for entry_id in entries}
        for entry_id, family, key in connection.execute(
            "SELECT et.entry_id, t.family, t.key FROM entry_tags AS et "
            "JOIN tags AS t ON t.id = et.tag_id"
        ):
            if entry_id in tags:
                tags[entry_id].add((family, key))
    connection.close()
    return entries, tags


def month_of(day: str) -> str:
    return day[:7]


def quarter_of(day: str) -> str:
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def expected_by_tag(
    entries: dict[int, str], tags: dict[int, set[tuple[str, str]]], bucket
) -> Counter[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(family:key, period) → entries."""
    found: Counter[tuple[str, str]] = Counter()
    for entry_id, day in entries.items():
        for family, key in tags[entry_id]:
            found[(f"{family}:{key}", bucket(day))] += 1
    return found


def expected_pairs(
    entries: dict[int, str], tags: dict[int, set[tuple[str, str]]]
) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for entry_id in entries:
        rows = [f"{f}:{k}" for f, k in tags[entry_id] if f in ("dilemma", "paradox")]
        columns = [k for f, k in tags[entry_id] if f == "legitimacy"]
        found.update((row, column) for row in rows for column in columns)
    return found


def expected_weeks(entries: dict[int, str]) -> Counter[str]:
    """ISO week label → entries."""
    found: Counter[str] = Counter()
    for day in entries.values():
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        found[f"{year}-W{week:02d}"] += 1
    return found
