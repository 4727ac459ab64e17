"""0004_search_trigram: an existing journal gets the trigram index, built from its text,
and triggers that keep both indexes in step from then on."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from models.database import Database
from models.migrate import HEAD_REVISION

_0003 = importlib.import_module("models.migrations.versions.0004_search_trigram")


def _journal_at_0002(path: Path) -> None:
    """A journal as 0003_entry_time left it: the word index alone, its old triggers, and
    entries with answers and tags written through those triggers."""
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        for name in _0003._TRIGGERS:
            connection.execute(f"DROP TRIGGER {name}")
        connection.execute("DROP TABLE entries_trigram")
        for statement in _0003._TRIGGERS_0001:
            connection.execute(statement)
        connection.execute("UPDATE alembic_version SET version_num = '0003_entry_time'")
        connection.execute(
            "INSERT INTO entries (id, uuid, day, created_at, updated_at, title, body) VALUES "
            "(1, 'u1', '2026-05-01', '2026-05-01 16:06:00', '2026-05-01 16:06:00', "
            "'Kontrollen', 'Hvad er kerneopgaven?')"
        )
        connection.execute(
            "INSERT INTO answers (entry_id, prompt_key, position, text) "
            "VALUES (1, 'q1', 0, 'Det handler om legitimiteten')"
        )
        connection.execute("INSERT INTO tags (id, family, key) VALUES (1, 'dilemma', 'risk')")
        connection.execute("INSERT INTO entry_tags (entry_id, tag_id) VALUES (1, 1)")
    connection.close()


def test_upgrade_builds_the_trigram_index_from_existing_entries(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    _journal_at_0002(paths.journal)

    context = open_journal(paths)
    try:
        journal = context.journal

        def found(text: str) -> set[int]:
            return {e.id for e in journal.all_matching(TimelineFilter(text=text))}

        assert found("opgave") == {1}  # inside a compound of the body
        assert found("legitim") == {1}  # the start of a word in an answer
        assert found("kontro") == {1}
        assert found("risiko") == {1}  # the deck tag's Danish name
        # The new triggers keep both indexes in step after the upgrade.
        entry = journal.get_entry(1)
        journal.update_entry(
            1,
            EntryDraft(
                day=entry.day,
                title="Tillid",
                answers=(Answer("q1", "Borgerinddragelse"),),
                tags=(TagRef("dilemma", "risk"),),
            ),
        )
        assert found("opgave") == set()
        assert found("inddragelse") == {1}
        assert found("tilli") == {1}
    finally:
        context.close()
    with sqlite3.connect(paths.journal) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.execute(
            "INSERT INTO entries_trigram(entries_trigram) VALUES ('integrity-check')"
        )
        connection.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
    connection.close()
    assert revision == HEAD_REVISION  # through 0004_search_trigram to the head
    assert list((paths.backups).glob("pre-migration-0003_entry_time-*.db"))
