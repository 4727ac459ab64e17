"""Durability: a writer SIGKILLed at random moments loses no reported save, ever.

Each round starts the writer over the same journal, waits for a random number of reported
commits (so the kill lands at a random point of the next save), kills it with SIGKILL,
then checks `PRAGMA integrity_check` and that every entry reported so far is there in full.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.journal.service import JournalService
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from models.database import Database
from tests.e2e.crash_writer import fingerprint

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX)")

WRITER = Path(__file__).with_name("crash_writer.py")


def run_rounds(journal: Path, rounds: int, seed: int, key: bytes | None) -> dict[int, str]:
    rng = random.Random(seed)
    reported: dict[int, str] = {}
    command = [sys.executable, str(WRITER), str(journal)]
    if key is not None:
        command.append(key.hex())
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        for round_number in range(rounds):
            server.stdin.write(f"round {seed * 1000 + round_number}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline().split()[1])
            for _ in range(rng.randint(1, 15)):
                record(server.stdout.readline(), reported)
            # Up to ~3 ms more, so the kill lands at any phase of the next save (a save
            # with its fsyncs takes about that long), not always just after a report.
            time.sleep(rng.random() * 0.003)
            os.kill(pid, signal.SIGKILL)
            # saves reported between our last read and the kill count too
            while not (line := server.stdout.readline()).startswith("dead"):
                record(line, reported)
            assert os.WIFSIGNALED(int(line.split()[1]))
            check(journal, reported, key)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()
    return reported


def record(line: str, reported: dict[int, str]) -> None:
    assert line.startswith("saved "), line
    _, entry_id, digest = line.split()
    reported[int(entry_id)] = digest


def check(journal: Path, reported: dict[int, str], key: bytes | None) -> None:
    database = Database.open(journal, key=key)
    try:
        with database.engine.connect() as connection:
            result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        assert result == ["ok"]
        entries = JournalService(database=database).get_entries(sorted(reported))
        assert len(entries) == len(reported), "a reported save is missing"
        for entry in entries:
            assert fingerprint(entry.title, entry.body, entry.answers) == reported[entry.id]
    finally:
        database.close()


@pytest.mark.slow
def test_fifty_kills_lose_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    reported = run_rounds(journal, rounds=50, seed=5, key=None)
    assert len(reported) >= 50


@pytest.mark.slow
def test_kills_lose_nothing_on_an_encrypted_journal(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    Database.open(journal).close()
    key = encrypt_journal(
        journal, "correct horse battery", params=KdfParams.fresh(time_cost=1, memory_kib=8192)
    )
    reported = run_rounds(journal, rounds=10, seed=7, key=key)
    assert len(reported) >= 10
