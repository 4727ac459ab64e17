"""The benchmark generator makes a valid small journal through the fast path."""

from __future__ import annotations

from pathlib import Path

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import TimelineFilter
from benchmarks import jrnl_side
from benchmarks.generator import generate
from benchmarks.loader import load


def test_same_seed_same_rows(catalog) -> None:  # type: ignore[no-untyped-def]
    first = generate(50, seed=3, catalog=catalog)
    again = generate(50, seed=3, catalog=catalog)
    other = generate(50, seed=4, catalog=catalog)
    assert first.entries == again.entries and first.answers == again.answers
    assert first.entries != other.entries


def test_fifty_entries_load_into_a_searchable_journal(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    data = generate(50, seed=7, catalog=catalog)
    assert len(data.entries) == 50
    for link in data.entry_tags:
        family, key = data.tag_names()[link["tag_id"]]
        assert family == "own" or catalog.item(family, key) is not None
    assert all(len(e["body"].split()) >= 100 for e in data.entries)
    assert any(e["template_key"] for e in data.entries) and data.answers
    assert len(data.courses) == 2 and data.modules

    paths = DataPaths(tmp_path / "journal")
    load(data, paths)
    context = open_journal(paths, catalog=catalog)
    try:
        journal = context.journal
        trashed = sum(1 for e in data.entries if e["trashed_at"] is not None)
        assert journal.count() == 50 - trashed
        kept = next(e for e in data.entries if e["trashed_at"] is None)
        word = kept["body"].split()[3].strip(".,?!*")
        assert journal.count(TimelineFilter(text=word)) >= 1
        guided = next(e for e in data.entries if e["template_key"])
        entry = journal.get_entry(guided["id"])
        assert entry.answers and entry.template_key == guided["template_key"]
    finally:
        context.close()


def test_jrnl_text_has_every_kept_entry(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    data = generate(50, seed=7, catalog=catalog)
    journal, config = jrnl_side.write_journal(data, tmp_path)
    text = journal.read_text(encoding="utf-8")
    kept = sum(1 for e in data.entries if e["trashed_at"] is None)
    assert sum(1 for line in text.splitlines() if line.startswith("[20")) == kept
    assert str(journal) in config.read_text(encoding="utf-8")
