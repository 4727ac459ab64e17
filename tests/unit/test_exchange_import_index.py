"""A bulk import indexes its entries for search and leaves the full-text triggers in place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.context import open_journal
from app.exchange.backup import dump_journal, parse_backup
from app.exchange.importer import apply_batch
from app.paths import DataPaths
from app.records import Answer, EntryDraft, TimelineFilter


def _titles(journal, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {item.title for item in journal.all_matching(TimelineFilter(text=text))}


def test_imported_entries_are_found_by_title_body_and_answer(
    context, tmp_path: Path, catalog
) -> None:  # type: ignore[no-untyped-def]
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
