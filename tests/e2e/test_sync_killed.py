"""`sync now` killed (SIGKILL) in the middle of a merge: the journal stays whole and as it
was before that sync, and the next sync finishes the merge."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from tests.e2e.conftest import REPO_ROOT, run_in_session

ENTRIES = 3000


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_merge_killed_midway_loses_nothing_and_finishes_later(tmp_path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    folder = tmp_path / "Sync"
    folder.mkdir()
    source = open_journal(DataPaths(tmp_path / "source"), catalog=catalog)
    try:
        source.sync.setup(folder)
        for n in range(ENTRIES):
            source.journal.create_entry(
                EntryDraft(
                    day=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
                    title=f"E{n}",
                    body="ord " * 40,
                )
            )
        source.sync.sync_now()
    finally:
        source.close()
    target = tmp_path / "target"
    assert run_in_session(target, "sync", "setup", str(folder)).returncode == 0

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    killed = 0
    for delay in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8):
        process = subprocess.Popen(
            [sys.executable, "main.py", "--data-dir", str(target), "sync", "now"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.wait(timeout=60)
        with sqlite3.connect(target / "journal.db") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            count = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
        connection.close()
        assert count in (0, ENTRIES)  # all of the merge, or none of it
        if count == ENTRIES:
            break
    assert killed >= 1

    finished = run_in_session(target, "sync", "now")
    assert finished.returncode == 0, finished.stderr
    listed = run_in_session(target, "list", "--format", "json")
    assert listed.stdout.count('"title": "E') == ENTRIES
