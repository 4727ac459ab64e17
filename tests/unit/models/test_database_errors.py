"""Driver errors on an open journal leave models/ as JournalAccessError with a kind."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

import models.connection
from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from models.errors import JournalAccessError


def test_a_locked_journal_reports_kind_locked(
    data_paths: DataPaths, catalog, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(models.connection, "BUSY_TIMEOUT_MS", 50)
    context: JournalContext = open_journal(data_paths, catalog=catalog)
    holder = sqlite3.connect(data_paths.journal, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(JournalAccessError) as caught:
            context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="låst"))
        assert caught.value.kind == "locked"
        assert str(data_paths.journal) in caught.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    saved = context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="fri"))
    assert context.journal.get_entry(saved.id).title == "fri"
    context.close()


def test_a_damaged_file_reports_kind_damaged(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths, catalog=catalog)
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="x"))
    context.database.close()
    with open(data_paths.journal, "r+b") as handle:  # overwrite the header page
        handle.write(b"\0" * 100)
    with pytest.raises(JournalAccessError) as caught:
        context.journal.count()
    assert caught.value.kind in {"damaged", "other"}
    context.close()
