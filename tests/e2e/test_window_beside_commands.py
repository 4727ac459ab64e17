"""The window and the command line on one journal at once: nothing saved is ever lost.

A command that reads beside the open window must leave the window's WAL in place. If the
window's process loses its SQLite locks (any close() of a descriptor on the file cancels
them), the command's connection believes it is the last one, checkpoints and deletes the
WAL the window still writes to; an entry reported saved afterwards is lost on a crash.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.service import JournalService
from models.database import Database
from tests.e2e.conftest import REPO_ROOT, run_in_session

DRIVER = Path(__file__).with_name("window_driver.py")

pytestmark = pytest.mark.slow


def _environment(home: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("REFLEKS_DATA_DIR", None)
    # The window's settings (last filter, geometry) come from a folder of the test's own.
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["HOME"] = str(home)
    return env


class Window:
    """The driver process: `save` returns the id only after the window said it saved."""

    def __init__(self, data_dir: Path, home: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
            env=_environment(home),
        )
        assert self._read() == "open"

    def _read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line, f"the window stopped (exit {self.process.poll()})"
        return line

    def save(self, text: str) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"save {text}\n")
        self.process.stdin.flush()
        verb, _, entry_id = self._read().partition(" ")
        assert verb == "saved"
        return int(entry_id)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def _bodies(journal: Path, ids: list[int]) -> list[str]:
    database = Database.open(journal)
    try:
        service = JournalService(database=database)
        return [service.get_entry(entry_id).body for entry_id in ids]
    finally:
        database.close()


@pytest.mark.parametrize(
    "command",
    [
        ("list",),
        ("show", "1"),
        ("export", "--format", "json", "--output", "{tmp}/out.json"),
        ("export", "--format", "md", "--output", "{tmp}/out.md"),
        ("backup",),
    ],
    ids=["list", "show", "export-json", "export-md", "backup"],
)
def test_a_read_beside_the_window_keeps_its_wal_and_its_saves(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "data"
    first = run_in_session(data_dir, "new", "--title", "Before the window")
    assert first.returncode == 0, first.stderr
    journal = data_dir / "journal.db"
    window = Window(data_dir, tmp_path)
    try:
        saved = [window.save("written in the window")]
        wal = Path(f"{journal}-wal")
        assert wal.exists()
        inode = wal.stat().st_ino

        read = run_in_session(data_dir, *(part.format(tmp=tmp_path) for part in command))
        assert read.returncode == 0, read.stderr

        assert wal.exists(), "the command deleted the window's WAL"
        assert wal.stat().st_ino == inode
        assert Path(f"{journal}-shm").exists()
        saved.append(window.save("saved after the command read the journal"))
    finally:
        window.kill()

    assert _bodies(journal, saved) == [
        "written in the window",
        "saved after the command read the journal",
    ]
