"""The faults sync must survive: half-arrived, damaged, tampered, duplicated and
out-of-order files, a device offline for months, clocks an hour apart, edits in the same
minute, and the folder vanishing. In each, no save is lost and the devices converge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.errors import SyncError
from app.sync import change_file
from app.sync.change_file import FOLDER_NAME
from tests.unit.sync.conftest import draft, snapshot, titles

HOUR_MS = 3_600_000


def files_of(shared: Path, device) -> list[Path]:  # type: ignore[no-untyped-def]
    return sorted((shared / FOLDER_NAME / device.sync.status().device_id).glob("*.rfk"))


def settle(*devices) -> None:  # type: ignore[no-untyped-def]
    for _round in range(2):
        for device in devices:
            device.sync.sync_now()


@pytest.mark.parametrize("cut", [0, 9, 40, -1])
def test_a_half_arrived_file_is_refused_then_merged_once_whole(make_device, shared, cut) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Halvt ankommet", "x" * 500))
    laptop.sync.sync_now()
    (path,) = files_of(shared, laptop)
    whole = path.read_bytes()
    path.write_bytes(whole[:cut])

    report = home.sync.sync_now()
    assert report.merged == 0 and len(report.refused) == 1
    assert titles(home) == []
    assert home.sync.status().refused == report.refused

    path.write_bytes(whole)
    report = home.sync.sync_now()
    assert report.refused == () and titles(home) == ["Halvt ankommet"]
    assert home.sync.status().refused == ()


def test_a_tampered_file_is_refused_and_nothing_from_it_merged(make_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Ægte"))
    laptop.sync.sync_now()
    (path,) = files_of(shared, laptop)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.write_bytes(bytes(data))
    report = home.sync.sync_now()
    assert titles(home) == []
    assert "checksum" in report.refused[0] or "damaged" in report.refused[0]


def test_a_file_under_another_name_is_refused(make_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Første"))
    laptop.sync.sync_now()
    laptop.journal.create_entry(draft("Anden"))
    laptop.sync.sync_now()
    first, second = files_of(shared, laptop)
    second.write_bytes(first.read_bytes())  # an old file replayed under a new name
    report = home.sync.sync_now()
    # The name is part of what the checksum covers: a replayed file does not match it.
    (refusal,) = report.refused
    assert "0000000002.rfk" in refusal
    assert titles(home) == ["Første"]


def test_files_out_of_order_wait_for_the_missing_one(make_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(draft("Et"))
    laptop.sync.sync_now()
    laptop.journal.update_entry(made.id, draft("Et", "to"))
    laptop.sync.sync_now()
    first, _second = files_of(shared, laptop)
    held = first.read_bytes()
    first.unlink()  # not arrived yet: the second did

    assert home.sync.sync_now().merged == 0
    assert titles(home) == []
    first.write_bytes(held)
    home.sync.sync_now()
    assert snapshot(home) == snapshot(laptop)
    assert [row[2] for row in snapshot(home)] == ["to"]


def test_a_file_arriving_twice_changes_nothing_the_second_time(make_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    made = laptop.journal.create_entry(draft("Et"))
    laptop.sync.sync_now()
    home.sync.sync_now()
    (path,) = files_of(shared, laptop)
    shutil.copy(path, path.with_name("0000000001 (conflicted copy).rfk"))
    (there,) = home.journal.all_matching()
    home.journal.update_entry(there.id, draft("Et", "hjemme"))
    home.sync.sync_now()
    # The same bytes again, as a sync engine might deliver them: already merged.
    assert home.sync.sync_now().merged == 0
    laptop.sync.sync_now()
    assert laptop.journal.get_entry(made.id).body == "hjemme"
    assert snapshot(home) == snapshot(laptop)


def test_a_device_offline_for_months_catches_up_and_keeps_its_edits(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    start = 1_780_000_000_000
    laptop.sync.wall = lambda: start
    home.sync.wall = lambda: start
    shared_entry = laptop.journal.create_entry(draft("Fælles"))
    settle(laptop, home)
    (there,) = home.journal.all_matching()
    home.journal.update_entry(there.id, draft("Fælles", "skrevet offline"))  # never synced
    for month in range(1, 5):
        laptop.sync.wall = lambda month=month: start + month * 30 * 24 * HOUR_MS
        laptop.journal.create_entry(draft(f"Måned {month}"))
        laptop.journal.update_entry(shared_entry.id, draft("Fælles", f"måned {month}"))
        laptop.sync.sync_now()
    home.sync.wall = lambda: start + 5 * 30 * 24 * HOUR_MS
    settle(home, laptop)
    assert snapshot(home) == snapshot(laptop)
    bodies = {row[2] for row in snapshot(home)}
    assert {"skrevet offline", "måned 4"} <= bodies
    assert len(titles(home)) == 4 + 2  # four months, the shared entry and its conflict copy


def test_clocks_an_hour_apart_still_let_the_later_edit_win(make_device) -> None:  # type: ignore[no-untyped-def]
    fast, slow = make_device("fast"), make_device("slow")
    now = 1_780_000_000_000
    fast.sync.wall = lambda: now + HOUR_MS  # an hour ahead
    slow.sync.wall = lambda: now
    made = fast.journal.create_entry(draft("Ur"))
    settle(fast, slow)
    (there,) = slow.journal.all_matching()
    slow.journal.update_entry(there.id, draft("Ur", "rettet på den langsomme"))
    slow.sync.sync_now()
    fast.sync.sync_now()
    # The slow device's edit came after it saw the fast one: it wins despite its clock.
    assert fast.journal.get_entry(made.id).body == "rettet på den langsomme"
    fast.journal.update_entry(made.id, draft("Ur", "og så den hurtige"))
    settle(fast, slow)
    assert snapshot(fast) == snapshot(slow)
    assert [row[2] for row in snapshot(slow)] == ["og så den hurtige"]


def test_two_edits_in_the_same_millisecond_keep_both(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    now = 1_780_000_000_000
    laptop.sync.wall = home.sync.wall = lambda: now
    made = laptop.journal.create_entry(draft("Samme minut"))
    settle(laptop, home)
    (there,) = home.journal.all_matching()
    laptop.journal.update_entry(made.id, draft("Samme minut", "arbejde"))
    home.journal.update_entry(there.id, draft("Samme minut", "hjem"))
    settle(laptop, home)
    assert snapshot(laptop) == snapshot(home)
    assert sorted(row[2] for row in snapshot(home)) == ["arbejde", "hjem"]


def test_a_deleted_folder_is_reported_and_nothing_is_lost(make_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Før"))
    settle(laptop, home)
    shutil.rmtree(shared)
    laptop.journal.create_entry(draft("Under"))
    with pytest.raises(SyncError, match="missing"):
        laptop.sync.sync_now()
    shared.mkdir()  # the sync program brings the folder back, empty
    laptop.sync.sync_now()
    home.sync.sync_now()
    late = make_device("late")
    settle(laptop, home, late)
    assert titles(late) == titles(home) == titles(laptop) == ["Før", "Under"]


def test_a_folder_vanishing_in_the_middle_of_a_sync_rolls_it_back(  # type: ignore[no-untyped-def]
    make_device, shared, monkeypatch
) -> None:
    laptop, home = make_device("laptop"), make_device("home")
    laptop.journal.create_entry(draft("Midt i"))
    real = change_file.write_once

    def vanish(folder: Path, name: str, data: bytes) -> Path:
        shutil.rmtree(shared)
        return real(folder, name, data)

    monkeypatch.setattr(change_file, "write_once", vanish)
    with pytest.raises(SyncError):
        laptop.sync.sync_now()
    monkeypatch.setattr(change_file, "write_once", real)
    shared.mkdir()
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert titles(home) == ["Midt i"]
