"""Two journals on two "computers", carried by two real Syncthing instances on 127.0.0.1.

Each journal has its own data folder and syncs through its own end of one Syncthing
folder; only Syncthing moves the change files between the ends. The second computer sees
the first's entries, an edit made there comes back, and both end with the same journal.
Every wait on Syncthing is bounded, and so is the whole test.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import RunCli
from tests.e2e.syncthing_pair import SyncthingPair, syncthing_program

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        syncthing_program() is None,
        reason="syncthing is not installed (Debian: scripts/install-system-deps.sh offscreen)",
    ),
]

WHOLE_TEST_S = 90.0  # Syncthing's waits share what is left of it


def test_two_journals_through_syncthing_see_each_others_entries_and_edits(
    tmp_path: Path, run_cli: RunCli
) -> None:
    deadline = time.monotonic() + WHOLE_TEST_S

    def left() -> float:
        remaining = deadline - time.monotonic()
        assert remaining > 0, "the test ran out of its time"
        return remaining

    desk, laptop = tmp_path / "desk", tmp_path / "laptop"

    def ok(data_dir: Path, *args: str, stdin: str | None = None) -> str:
        result = run_cli(*args, stdin=stdin, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def entries(data_dir: Path) -> dict[str, dict[str, object]]:
        """Each entry by uuid, without the id each journal numbers for itself."""
        rows = json.loads(ok(data_dir, "list", "--format", "json"))
        return {str(row["uuid"]): {k: v for k, v in row.items() if k != "id"} for row in rows}

    pair = SyncthingPair(tmp_path / "syncthing", rescan_interval_s=1)
    with pair as (a, b):
        ok(desk, "new", "--title", "Budgetmødet", "--date", "2026-05-04", stdin="Svært valg.\n")
        ok(desk, "new", "--title", "1:1 med Mette", "--date", "2026-05-05", stdin="Gik godt.\n")
        ok(desk, "sync", "setup", str(a.folder))
        assert "Sent 2 change(s)" in ok(desk, "sync", "now")

        # The laptop joins once the folder (its marker and the desk's file) has arrived.
        pair.wait_in_step(timeout_s=min(30.0, left()))
        ok(laptop, "sync", "setup", str(b.folder))
        assert "merged 2" in ok(laptop, "sync", "now")
        on_laptop = {
            row["title"]: row for row in json.loads(ok(laptop, "list", "--format", "json"))
        }
        assert set(on_laptop) == {"Budgetmødet", "1:1 med Mette"}

        ok(
            laptop,
            "edit",
            str(on_laptop["Budgetmødet"]["id"]),
            "--title",
            "Budgetmødet, bagefter",
            stdin="Svært valg. Vi valgte at udskyde.\n",
        )
        ok(laptop, "new", "--title", "Skrevet i toget", "--date", "2026-05-06", stdin="Ro.\n")
        assert "Sent 2 change(s)" in ok(laptop, "sync", "now")

        pair.wait_in_step(timeout_s=min(30.0, left()))
        assert "merged 2" in ok(desk, "sync", "now")

    on_desk = entries(desk)
    assert on_desk == entries(laptop)
    by_title = {str(row["title"]): row for row in on_desk.values()}
    assert set(by_title) == {"Budgetmødet, bagefter", "1:1 med Mette", "Skrevet i toget"}
    assert "udskyde" in str(by_title["Budgetmødet, bagefter"]["excerpt"])
