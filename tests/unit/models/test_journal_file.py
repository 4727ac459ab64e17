"""models.journal_file: a journal's bytes are never read behind an open connection's back."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.paths import DataPaths
from app.journal.startup import inspect_journal
from app.security.unlock import JournalCipherState, cipher_state
from models import journal_file
from models.connection import apply_pragmas, connect_file
from models.database import Database
from models.journal_file import SQLITE_MAGIC, read_prefix, replace_file


def _refuse_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make any raw read of a file fail the test, and record the attempts."""
    attempts: list[Path] = []

    def refuse(path: Path) -> bytes:
        attempts.append(Path(path))
        raise AssertionError(f"{path} was opened outside SQLite while connected")

    monkeypatch.setattr(journal_file, "_read", refuse)
    return attempts


def test_an_open_connection_answers_the_prefix_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal.db"
    connection = connect_file(journal)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    _refuse_reads(monkeypatch)
    try:
        assert read_prefix(journal) == SQLITE_MAGIC
        assert cipher_state(journal) is JournalCipherState.PLAIN
    finally:
        connection.close()


def test_the_engine_counts_its_connections_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database.open(tmp_path / "journal.db")
    try:
        with database.session() as session:
            session.connection()  # a pooled connection stays open after the session
        attempts = _refuse_reads(monkeypatch)
        assert read_prefix(database.path) == SQLITE_MAGIC
        assert attempts == []
    finally:
        database.close()


def test_after_the_last_close_the_disk_is_read_again(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    connection = connect_file(journal)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    other = tmp_path / "other.db"
    other.write_bytes(b"\x01" * 32)
    replace_file(other, journal)
    assert read_prefix(journal) == b"\x01" * 16


def test_a_connection_collected_without_close_is_uncounted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    connection = connect_file(journal)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    del connection  # the driver closes it when it is collected
    gc.collect()
    journal.write_bytes(b"\x02" * 32)  # rewritten in place: same inode, new bytes
    assert read_prefix(journal) == b"\x02" * 16


_OTHER_PROCESS_READS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM t").fetchone()
connection.close()
"""


def test_a_start_beside_an_open_journal_keeps_its_locks(tmp_path: Path) -> None:
    """The start's checks run while this process holds the journal in WAL mode; another
    process's read must then still see us, so it must not checkpoint and delete our WAL."""
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    connection = connect_file(paths.journal)
    apply_pragmas(connection)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    wal = Path(f"{paths.journal}-wal")
    try:
        assert wal.exists()
        inspect_journal(paths)  # looks at the file's first bytes, as every start does
        assert cipher_state(paths.journal) is JournalCipherState.PLAIN
        subprocess.run([sys.executable, "-c", _OTHER_PROCESS_READS, str(paths.journal)], check=True)
        assert wal.exists(), "the other process deleted our WAL: our locks were lost"
        connection.execute("INSERT INTO t VALUES (2)")
    finally:
        connection.close()
    check = sqlite3.connect(paths.journal)
    try:
        assert check.execute("SELECT count(*) FROM t").fetchone() == (2,)
    finally:
        check.close()


def test_a_folder_in_place_of_the_journal_reads_as_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "journal.db"
    folder.mkdir()
    with pytest.raises(OSError):
        read_prefix(folder)
    assert not os.path.isfile(folder)
