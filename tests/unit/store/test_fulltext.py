"""Full-text search with Danish words: æ/ø/å kept exact, case folded, phrases and prefixes."""

from __future__ import annotations

import datetime as dt

import pytest

from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from app.store.search_text import to_fts_query


def add(journal: JournalService, title: str, body: str = "", **kw: object) -> int:
    return journal.create_entry(
        EntryDraft(day=dt.date(2026, 5, 1), title=title, body=body, **kw)  # type: ignore[arg-type]
    ).id


def found(journal: JournalService, text: str, **kw: object) -> set[int]:
    return {e.id for e in journal.all_matching(TimelineFilter(text=text, **kw))}  # type: ignore[arg-type]


@pytest.fixture
def entries(journal: JournalService) -> dict[str, int]:
    return {
        "far": add(journal, "Samtale med min far", "Han spurgte til arbejdet"),
        "får": add(journal, "Hvad får vi ud af det?", "Medarbejderne får mere ansvar"),
        "ansvar": add(journal, "Ansvar", "Ansvar for andres ansvar og relationel magtudøvelse"),
        "answer": add(journal, "Postkort", answers=(Answer("q1", "Jeg blev optaget af Æblet"),)),
        "magt": add(journal, "Magt", "magt til og magt over"),
    }


def test_diacritics_stay_exact(journal: JournalService, entries: dict[str, int]) -> None:
    assert found(journal, "får") == {entries["får"]}
    assert found(journal, "far") == {entries["far"]}


def test_case_is_folded_for_danish_letters(
    journal: JournalService, entries: dict[str, int]
) -> None:
    assert found(journal, "æblet") == {entries["answer"]}
    assert found(journal, "FÅR") == {entries["får"]}


def test_phrase_prefix_and_answers(journal: JournalService, entries: dict[str, int]) -> None:
    assert found(journal, '"magt over"') == {entries["magt"]}
    assert found(journal, '"over magt"') == set()
    assert found(journal, "magtud*") == {entries["ansvar"]}
    assert found(journal, "optaget") == {entries["answer"]}
    assert found(journal, "ansvar andres") == {entries["ansvar"]}


def test_index_follows_updates_answers_and_deletes(
    journal: JournalService, entries: dict[str, int]
) -> None:
    entry = journal.get_entry(entries["answer"])
    journal.update_entry(
        entry.id,
        entry.to_draft().__class__(
            day=entry.day, title="Postkort", answers=(Answer("q1", "Nu handler det om tillid"),)
        ),
    )
    assert found(journal, "æblet") == set()
    assert found(journal, "tillid") == {entry.id}
    journal.trash_entry(entry.id)
    assert found(journal, "tillid") == set()
    assert found(journal, "tillid", trashed=True) == {entry.id}
    journal.purge_entry(entry.id)
    assert found(journal, "tillid", trashed=True) == set()


def test_text_combined_with_tags(journal: JournalService) -> None:
    tagged = add(
        journal, "Kontrol", "slip uden at miste kontrollen", tags=(TagRef("dilemma", "control"),)
    )
    add(journal, "Kontrol uden tag", "slip uden at miste kontrollen")
    assert found(journal, "kontrollen", tags=(TagRef("dilemma", "control"),)) == {tagged}
    assert found(journal, "kontrollen", families=("dilemma",)) == {tagged}


@pytest.mark.parametrize("typed", ["AND", "-", '"', "a:b", "^x", "NEAR(", "*", "OR OR"])
def test_operators_typed_by_accident_never_fail(
    journal: JournalService, entries: dict[str, int], typed: str
) -> None:
    journal.all_matching(TimelineFilter(text=typed))


def test_query_translation() -> None:
    assert to_fts_query('"magt over" net* får') == '"magt over" AND "net"* AND "får"'
    assert to_fts_query("  ") is None
    assert to_fts_query('a"b') == '"a" AND "b"'


def test_text_and_tag_filter_runs_the_match_once(journal: JournalService) -> None:
    """The MATCH sits in a materialized subquery, not re-run per candidate row."""
    from app.store.filters import selection

    where = TimelineFilter(text="ansvar", tags=(TagRef("dilemma", "control"),))
    with journal.database.transaction() as connection:
        sql, values = selection(connection, where).select(
            "e.id", "ORDER BY e.day DESC, e.id DESC LIMIT 10"
        )
        plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, values)]
    assert any(step.startswith("MATERIALIZE fts_hits") for step in plan), plan
    assert not any("CORRELATED" in step and "fts" in step for step in plan), plan
    assert any("ix_entries_timeline" in step for step in plan), plan
