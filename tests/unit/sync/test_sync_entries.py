"""Entries, tags, answers and the trash sync between devices; concurrent edits keep both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import SyncError
from app.journal.changes import Changes
from app.records import Answer, TagRef
from tests.unit.sync.conftest import draft, snapshot, titles


def test_an_entry_written_on_one_device_reaches_the_other(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    entry = laptop.journal.create_entry(draft("Samtale med Mette", "om ansvar"))

    sent = laptop.sync.sync_now()
    got = home.sync.sync_now()

    assert sent.sent == 1
    assert got.merged == 1
    assert titles(home) == ["Samtale med Mette"]
    (copy,) = home.journal.all_matching()
    assert home.journal.get_entry(copy.id).uuid == entry.uuid
    assert snapshot(home) == snapshot(laptop)


def test_tags_answers_time_and_trash_travel_with_the_entry(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(
        draft("Guidet", "tekst").__class__(
            day=dt.date(2026, 5, 2),
            time=dt.time(18, 6),
            title="Guidet",
            body="tekst",
            tags=(TagRef("own", "mod", "Mod"),),
            answers=(Answer("what_happened", "Et møde"),),
        )
    )
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert snapshot(home) == snapshot(laptop)

    laptop.journal.trash_entry(made.id)
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert snapshot(home) == snapshot(laptop)
    (row,) = snapshot(home)
    assert row[-1] is True  # in the trash there too

    laptop.journal.empty_trash()
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert snapshot(home) == [] == snapshot(laptop)


def test_an_edit_on_the_other_device_comes_back(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(draft("Før"))
    laptop.sync.sync_now()
    home.sync.sync_now()
    (there,) = home.journal.all_matching()
    home.journal.update_entry(there.id, draft("Efter", "ny tekst"))
    home.sync.sync_now()
    report = laptop.sync.sync_now()
    assert report.changed_entry_ids == frozenset({made.id})
    assert laptop.journal.get_entry(made.id).title == "Efter"
    assert report.conflicts == 0


def test_concurrent_edits_keep_both_as_a_visible_conflict_copy(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(draft("Møde"))
    laptop.sync.sync_now()
    home.sync.sync_now()
    (there,) = home.journal.all_matching()
    laptop.journal.update_entry(made.id, draft("Møde", "skrevet på arbejdet"))
    home.journal.update_entry(there.id, draft("Møde", "skrevet derhjemme"))

    for device in (laptop, home, laptop, home):
        device.sync.sync_now()

    assert snapshot(laptop) == snapshot(home)
    bodies = sorted(row[2] for row in snapshot(home))
    assert bodies == ["skrevet derhjemme", "skrevet på arbejdet"]
    copies = [t for t in titles(home) if "conflict copy from" in t]
    assert len(copies) == 1
    assert home.sync.status().conflicts == 1


def test_a_delete_racing_an_edit_keeps_the_edit(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(draft("Slet mig"))
    laptop.journal.trash_entry(made.id)
    laptop.sync.sync_now()
    home.sync.sync_now()
    (there,) = home.journal.all_matching(None) or home.journal.get_entries([1])
    laptop.journal.empty_trash()
    home.journal.update_entry(there.id, draft("Slet mig", "men jeg skrev videre"))
    for device in (laptop, home, laptop, home):
        device.sync.sync_now()
    assert snapshot(laptop) == snapshot(home)
    assert [row[2] for row in snapshot(home)] == ["men jeg skrev videre"]


def test_sync_publishes_the_merged_entries_after_its_commit(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Ny"))
    laptop.sync.sync_now()
    heard: list[Changes] = []
    home.changes.subscribe(heard.append)
    report = home.sync.sync_now()
    assert len(heard) == 1
    assert heard[0].entry_ids == report.changed_entry_ids != frozenset()


def test_a_journal_not_set_up_writes_no_change_log(make_device) -> None:  # type: ignore[no-untyped-def]
    alone = make_device("alone", setup=False)
    alone.journal.create_entry(draft("Lokal"))
    with alone.database.transaction() as connection:
        assert connection.execute("SELECT count(*) FROM sync_pending").fetchone() == (0,)
    with pytest.raises(SyncError, match="not set up"):
        alone.sync.sync_now()
    assert alone.sync.status().enabled is False


def test_entries_written_before_setup_are_sent(make_device, shared: Path) -> None:  # type: ignore[no-untyped-def]
    laptop = make_device("laptop", setup=False)
    laptop.journal.create_entry(draft("Gammel"))
    laptop.sync.setup(shared)
    home = make_device("home")
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert titles(home) == ["Gammel"]


def test_stop_leaves_the_folder_and_stops_noting_changes(make_device, shared: Path) -> None:  # type: ignore[no-untyped-def]
    laptop = make_device("laptop")
    laptop.journal.create_entry(draft("Et"))
    laptop.sync.sync_now()
    files = sorted(p.name for p in shared.rglob("*.rfk"))
    laptop.sync.stop()
    laptop.journal.create_entry(draft("To"))
    assert sorted(p.name for p in shared.rglob("*.rfk")) == files
    status = laptop.sync.status()
    assert status.enabled is False and status.folder is None
    with laptop.database.transaction() as connection:
        assert connection.execute("SELECT count(*) FROM sync_pending").fetchone() == (0,)


def test_setup_refuses_a_file_and_a_missing_parent(make_device, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    device = make_device("laptop", setup=False)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(SyncError, match="is a file"):
        device.sync.setup(tmp_path / "a-file")
    with pytest.raises(SyncError, match="does not exist"):
        device.sync.setup(tmp_path / "nowhere" / "Sync")


def test_status_names_the_other_devices(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Hej"))
    laptop.sync.sync_now()
    home.sync.sync_now()
    status = home.sync.status()
    assert status.enabled and status.last_sync is not None
    assert [d.device_id for d in status.devices] == [laptop.sync.status().device_id]
    assert status.devices[0].last_seen is not None


def test_a_journal_copied_to_another_device_becomes_a_device_of_its_own(  # type: ignore[no-untyped-def]
    make_device, tmp_path, catalog
) -> None:
    import sqlite3

    from app.journal.context import open_journal
    from app.journal.paths import DataPaths

    laptop = make_device("laptop")
    made = laptop.journal.create_entry(draft("Før kopien"))
    laptop.sync.sync_now()
    copy = DataPaths(tmp_path / "copied")
    copy.root.mkdir()
    with laptop.database.connection() as source:  # as a backup restored on the new device
        target = sqlite3.connect(copy.journal)
        source.backup(target)
        target.close()
    home = open_journal(copy, catalog=catalog)
    try:
        assert home.sync.status().enabled  # the settings came along with the copy
        home.sync.sync_now()
        assert home.sync.status().device_id != laptop.sync.status().device_id
        (there,) = home.journal.all_matching()
        home.journal.update_entry(there.id, draft("Før kopien", "skrevet på kopien"))
        laptop.journal.create_entry(draft("På den bærbare"))
        for device in (home, laptop, home):
            device.sync.sync_now()
        assert snapshot(home) == snapshot(laptop)
        assert laptop.journal.get_entry(made.id).body == "skrevet på kopien"
        assert [d.device_id for d in laptop.sync.status().devices] == [home.sync.status().device_id]
    finally:
        home.close()
