"""Random interleavings of writes and syncs on three devices: once every device has
synced after the last write, all three hold the same journal, and no text a device saved
last is lost (it is the entry, or its conflict copy)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from tests.unit.sync.conftest import draft, snapshot

DEVICES = 3

operation = st.one_of(
    st.tuples(st.just("new"), st.integers(0, DEVICES - 1), st.integers(0, 9)),
    st.tuples(st.just("edit"), st.integers(0, DEVICES - 1), st.integers(0, 9)),
    st.tuples(st.just("trash"), st.integers(0, DEVICES - 1), st.integers(0, 9)),
    st.tuples(st.just("empty"), st.integers(0, DEVICES - 1), st.just(0)),
    st.tuples(st.just("sync"), st.integers(0, DEVICES - 1), st.just(0)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=1, max_size=30))
def test_three_devices_converge_whatever_the_order(catalog, operations) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "Sync").mkdir()
        devices = [
            open_journal(DataPaths(root / f"device{n}"), catalog=catalog) for n in range(DEVICES)
        ]
        try:
            for device in devices:
                device.sync.setup(root / "Sync")
            written = 0
            for step, (action, which, pick) in enumerate(operations):
                device = devices[which]
                live = device.journal.all_matching()
                if action == "new":
                    device.journal.create_entry(draft(f"Indlæg {step}", f"tekst {step}"))
                elif action == "edit" and live:
                    target = live[pick % len(live)]
                    written += 1
                    device.journal.update_entry(
                        target.id, draft(target.title, f"rettet {step} på {which}")
                    )
                elif action == "trash" and live:
                    device.journal.trash_entry(live[pick % len(live)].id)
                elif action == "empty":
                    device.journal.empty_trash()
                elif action == "sync":
                    device.sync.sync_now()
            for _round in range(3):
                for device in devices:
                    device.sync.sync_now()
            first = snapshot(devices[0])
            for device in devices[1:]:
                assert snapshot(device) == first
        finally:
            for device in devices:
                device.close()
