"""The first-paint reader: the same rows as the journal's timeline, or None when unsure."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.journal.context import JournalContext
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from app.store.plain_timeline import open_plain_timeline
from models.errors import JournalAccessError
from tests.conftest import damage_entries_table


def fill(context: JournalContext) -> None:
    journal = context.journal
    start = dt.date(2025, 12, 30)
    for n in range(23):
        day = start + dt.timedelta(days=n // 3)  # three entries a day: keys tie on the day
        tags = (TagRef("dilemma", "control"), TagRef("own", "skole", "Skole")) if n % 4 else ()
        answers = (Answer("q1", "Svaret på *kortet* kommer først", 0),) if n % 5 == 0 else ()
        entry_id = journal.create_entry(
            EntryDraft(
                day=day,
                title=f"Indlæg {n} om æ, ø og å",
                body="" if answers else f"**Kroppen** {n} med [et link](https://x.dk) " * 30,
                tags=tags,
                answers=answers,
                template_key="postcard" if answers else None,
                private=n % 6 == 0,
                coaching=n % 7 == 0,
            )
        ).id
        if n % 9 == 0:
            journal.trash_entry(entry_id)


def test_pages_equal_the_journals_unfiltered_timeline(
    context: JournalContext, data_paths: DataPaths
) -> None:
    fill(context)
    reader = open_plain_timeline(data_paths.journal)
    assert reader is not None
    try:
        cursor = expected_cursor = None
        pages = 0
        while True:
            expected = context.journal.timeline(TimelineFilter(), limit=5, after=expected_cursor)
            got = reader.timeline(limit=5, after=cursor)
            assert got == expected
            pages += 1
            if expected.next_cursor is None:
                break
            cursor = got.next_cursor
            expected_cursor = expected.next_cursor
        assert pages == 4  # 23 entries, 3 trashed: 20 in pages of 5
        with pytest.raises(ValueError):
            reader.timeline(TimelineFilter(text="x"), limit=5)
    finally:
        reader.close()


def test_the_reader_never_writes(context: JournalContext, data_paths: DataPaths) -> None:
    fill(context)
    reader = open_plain_timeline(data_paths.journal)
    assert reader is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._connection.execute("DELETE FROM entries")
    reader.close()
    assert context.journal.count() == 20


def test_none_for_a_missing_or_foreign_file(data_paths: DataPaths) -> None:
    assert open_plain_timeline(data_paths.journal) is None
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"not a database at all" * 100)
    assert open_plain_timeline(data_paths.journal) is None
    data_paths.journal.unlink()
    other = sqlite3.connect(data_paths.journal)
    other.execute("CREATE TABLE notes (x)")
    other.close()
    assert open_plain_timeline(data_paths.journal) is None


def test_none_when_the_schema_is_not_at_head(
    context: JournalContext, data_paths: DataPaths
) -> None:
    with context.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000_older'")
    assert open_plain_timeline(data_paths.journal) is None


def test_none_for_an_encrypted_journal(context: JournalContext, data_paths: DataPaths) -> None:
    fill(context)
    context.close()
    encrypt_journal(
        data_paths.journal,
        "correct horse battery",
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    assert open_plain_timeline(data_paths.journal) is None


def test_a_damaged_page_is_a_journal_access_error(
    context: JournalContext, data_paths: DataPaths
) -> None:
    fill(context)
    context.close()
    journal = data_paths.journal
    damage_entries_table(journal)  # the entries table's root page becomes noise
    reader = open_plain_timeline(journal)
    assert reader is not None  # header and revision still read fine
    try:
        with pytest.raises(JournalAccessError) as raised:
            reader.timeline(limit=5)
        assert raised.value.kind == "damaged"
    finally:
        reader.close()
