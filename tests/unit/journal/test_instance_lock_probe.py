"""The lock probe of the first paint: it sees another process's lock, and takes none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.journal.instance_lock import InstanceLock, held_elsewhere

HOLDER = """
import sys
from pathlib import Path
from app.journal.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_probe_sees_a_lock_held_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "refleks.lock"
    assert not held_elsewhere(path)  # no file yet
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert held_elsewhere(path)
    finally:
        holder.communicate(timeout=10)  # closes stdin: the holder lets go and exits
    assert not held_elsewhere(path)


def test_probing_leaves_the_lock_free_for_this_process(tmp_path: Path) -> None:
    path = tmp_path / "refleks.lock"
    lock = InstanceLock(path)
    assert lock.try_acquire()
    lock.release()
    assert not held_elsewhere(path)
    assert lock.try_acquire()
    lock.release()
