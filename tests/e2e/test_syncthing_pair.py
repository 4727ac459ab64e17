"""The Syncthing harness itself: two real instances carry a plain file both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.syncthing_pair import SyncthingPair, folder_contents, syncthing_program

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        syncthing_program() is None,
        reason="syncthing is not installed (Debian: scripts/install-system-deps.sh offscreen)",
    ),
]


def test_two_syncthing_instances_carry_a_file_each_way_and_stop(tmp_path: Path) -> None:
    pair = SyncthingPair(tmp_path)
    with pair as (a, b):
        (a.folder / "from-a.txt").write_text("written on A\n", encoding="utf-8")
        assert pair.carried(a, "from-a.txt") is b
        (b.folder / "sub").mkdir()
        (b.folder / "sub" / "from-b.txt").write_text("written on B\n", encoding="utf-8")
        assert pair.carried(b, "sub/from-b.txt") is a
        pair.wait_in_step()
        assert folder_contents(a.folder) == {
            "from-a.txt": b"written on A\n",
            "sub/from-b.txt": b"written on B\n",
        }
    for instance in (a, b):
        assert instance.process is not None and instance.process.poll() is not None
