"""A bulk import indexes its entries for search and leaves the full-text triggers in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.exchange.backup import dump_journal, parse_backup
from app.exchange.importer import apply_batch
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from app.store import writes as store_writes


def _titles(journal, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {item.title for item in journal.all_matching(TimelineFilter(text=text))}


@pytest.mark.parametrize("bulk_from", [1, store_writes.BULK_INDEX_FROM])
def test_imported_entries_are_found_by_title_body_and_answer(
    context, tmp_path: Path, catalog, monkeypatch: pytest.MonkeyPatch, bulk_from: int
) -> None:  # type: ignore[no-untyped-def]
    """Indexed in one statement (bulk) or by the triggers (a few entries): found alike."""
    monkeypatch.setattr(store_writes, "BULK_INDEX_FROM", bulk_from)
    context.journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppe",
            body="Kontrol og tillid",
            answers=(Answer("situation", "Mødet om budgettet"), Answer("action", "Lyttede")),
            template_key="dilemma",
            template_version=1,
        )
    )
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="Fravær"))
    document = dump_journal(context.database)
    other = open_journal(DataPaths(tmp_path / "other"), catalog=catalog)
    try:
        other.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="Før importen"))
        apply_batch(other.database, parse_backup(document, "backup.json"))
        assert _titles(other.journal, "styregruppe") == {"Styregruppe"}
        assert _titles(other.journal, "tillid") == {"Styregruppe"}
        assert _titles(other.journal, "budgettet") == {"Styregruppe"}
        assert _titles(other.journal, "lyttede") == {"Styregruppe"}
        assert _titles(other.journal, "fravær") == {"Fravær"}
        assert _titles(other.journal, "importen") == {"Før importen"}
        # The insert triggers are back: an entry written after the import is found too.
        other.journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, 5),
                title="Efter",
                answers=(Answer("situation", "Netværksmøde"),),
                template_key="dilemma",
                template_version=1,
            )
        )
        assert _titles(other.journal, "netværksmøde") == {"Efter"}
    finally:
        other.close()


def test_an_import_that_updates_entries_keeps_the_index_in_step(context) -> None:  # type: ignore[no-untyped-def]
    created = context.journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppe",
            answers=(Answer("situation", "Mødet om budgettet"), Answer("action", "Lyttede")),
            tags=(TagRef("dilemma", "control"),),
            template_key="dilemma",
            template_version=1,
        )
    )
    document = dump_journal(context.database)
    (entry,) = document["entries"]
    entry["title"] = "Netværk"
    entry["answers"] = [{"prompt_key": "action", "text": "Spurgte først", "position": 0}]
    entry["tags"] = ["own:ny-vane"]
    document["tags"] = [{"family": "own", "key": "ny-vane", "label": "Ny vane"}]
    result = apply_batch(
        context.database, parse_backup(document, "backup.json"), on_conflict="update"
    )
    assert (result.added, result.skipped, result.updated) == (0, 0, 1)
    updated = context.journal.get_entry(created.id)
    assert updated.title == "Netværk" and updated.uuid == created.uuid
    assert [(a.prompt_key, a.text) for a in updated.answers] == [("action", "Spurgte først")]
    assert [(t.family, t.key, t.label) for t in updated.tags] == [("own", "ny-vane", "Ny vane")]
    journal = context.journal
    assert _titles(journal, "styregruppe") == _titles(journal, "budgettet") == set()
    assert _titles(journal, "netværk") == _titles(journal, "spurgte") == {"Netværk"}
