"""An entry's time of day: stored, edited, ordered within its day, carried by the backup,
the Markdown folder and the command line's JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.dates import local_clock, parse_clock
from app.exchange.backup import dump_journal, parse_backup
from app.exchange.importer import apply_batch
from app.exchange.markdown_folder import CatalogNames, entry_markdown
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.journal.service import JournalService
from app.records import EntryDraft, TimelineFilter

DAY = dt.date(2026, 11, 3)


def _add(journal: JournalService, title: str, time: dt.time | None, day: dt.date = DAY) -> int:
    return journal.create_entry(EntryDraft(day=day, title=title, time=time)).id


def test_a_new_entry_takes_the_time_now_and_an_update_keeps_it(journal: JournalService) -> None:
    entry = journal.create_entry(EntryDraft(day=DAY, title="Nu"))
    assert entry.time == local_clock(entry.created_at)
    updated = journal.update_entry(entry.id, EntryDraft(day=DAY, title="Stadig nu"))
    assert updated.time == entry.time
    moved = journal.update_entry(
        entry.id, EntryDraft(day=DAY, title="Om aftenen", time=dt.time(21, 5))
    )
    assert moved.time == dt.time(21, 5)
    assert journal.get_entry(entry.id).time == dt.time(21, 5)


def test_entries_of_one_day_are_ordered_by_time_newest_first(journal: JournalService) -> None:
    morning = _add(journal, "Morgen", dt.time(8, 0))
    evening = _add(journal, "Aften", dt.time(20, 30))
    noon = _add(journal, "Middag", dt.time(12, 0))
    also_noon = _add(journal, "Også middag", dt.time(12, 0))
    yesterday = _add(journal, "I går sent", dt.time(23, 59), DAY - dt.timedelta(days=1))
    expected = [evening, also_noon, noon, morning, yesterday]
    assert [e.id for e in journal.all_matching()] == expected
    # Paging one row at a time continues inside the day by time, then id.
    seen, cursor = [], None
    while True:
        page = journal.timeline(limit=1, after=cursor)
        seen.extend(e.id for e in page.items)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == expected
    assert journal.ids_oldest_first() == [(i, False) for i in reversed(expected)]
    # Editing the time moves the entry within its day.
    journal.update_entry(morning, EntryDraft(day=DAY, title="Morgen", time=dt.time(22, 0)))
    assert [e.id for e in journal.all_matching()][:2] == [morning, evening]


def test_the_rank_of_an_entry_follows_the_time(context) -> None:  # type: ignore[no-untyped-def]
    from app.journal.timeline_stats import TimelineStats

    journal = context.journal
    early = _add(journal, "Tidlig", dt.time(7, 0))
    late = _add(journal, "Sen", dt.time(19, 0))
    stats = TimelineStats(database=journal.database)
    assert stats.rank_of_entry(TimelineFilter(), late) == 0
    assert stats.rank_of_entry(TimelineFilter(), early) == 1


def test_an_edited_time_survives_backup_and_restore(context, tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    entry_id = _add(context.journal, "Styregruppen", dt.time(18, 6))
    document = dump_journal(context.database)
    (written,) = document["entries"]
    assert written["time"] == "18:06"
    other = open_journal(DataPaths(tmp_path / "other"), catalog=catalog)
    try:
        apply_batch(other.database, parse_backup(document, "backup.json"))
        (restored,) = other.journal.all_matching()
        assert restored.time == dt.time(18, 6)
        assert other.journal.get_entry(restored.id).uuid == context.journal.get_entry(entry_id).uuid
    finally:
        other.close()


def test_a_backup_without_times_takes_them_from_created_at(
    context, tmp_path: Path, catalog
) -> None:  # type: ignore[no-untyped-def]
    _add(context.journal, "Før tider", dt.time(9, 0))
    document = dump_journal(context.database)
    del document["entries"][0]["time"]
    document["entries"][0]["created_at"] = "2026-11-03T16:06:00.000000Z"
    other = open_journal(DataPaths(tmp_path / "other"), catalog=catalog)
    try:
        apply_batch(other.database, parse_backup(document, "backup.json"))
        (restored,) = other.journal.all_matching()
        assert restored.time == local_clock(dt.datetime(2026, 11, 3, 16, 6))
    finally:
        other.close()


def test_the_markdown_folder_writes_the_time(context, catalog) -> None:  # type: ignore[no-untyped-def]
    entry_id = _add(context.journal, "Kl. seks", dt.time(18, 6))
    text = entry_markdown(context.journal.get_entry(entry_id), CatalogNames(catalog, "da"))
    assert 'time: "18:06"' in text


def test_parse_clock() -> None:
    assert parse_clock("18:06") == dt.time(18, 6)
    assert parse_clock(" 9.05 ") == dt.time(9, 5)
    assert parse_clock("7") == dt.time(7, 0)
    assert parse_clock("24:00") is None
    assert parse_clock("12:60") is None
    assert parse_clock("kl. 9") is None
