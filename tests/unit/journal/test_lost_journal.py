"""A journal that was emptied, removed or replaced is reported, never taken for a new one.

Only a folder with no journal.db, no key file and no backups holds a new journal; every
other case is a start-up problem with Restore offered, and nothing in the folder changes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from app.journal.backups import BackupService
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.journal.startup import (
    ProblemKind,
    Remedy,
    StartupFailedError,
    inspect_journal,
    open_checked,
)
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from models.database import Database
from models.errors import NotAJournalError

PASSPHRASE = "correct horse battery"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): digest(path) if path.is_file() else "dir"
        for path in sorted(root.rglob("*"))
    }


def journal_with_backup(paths: DataPaths, *, encrypted: bool = False) -> None:
    context = open_journal(paths)
    BackupService(database=context.database, folder=paths.backups).backup_now()
    context.close()
    if encrypted:
        encrypt_journal(
            paths.journal, PASSPHRASE, params=KdfParams.fresh(time_cost=1, memory_kib=8192)
        )


def problem_at_start(paths: DataPaths) -> StartupFailedError:
    with pytest.raises(StartupFailedError) as caught:
        open_checked(paths).close()
    return caught.value


def test_an_empty_folder_is_a_new_journal(data_paths: DataPaths) -> None:
    from app.journal.presence import Presence, presence

    data_paths.root.mkdir(parents=True)
    assert presence(data_paths.journal, data_paths.backups) is Presence.NEW
    open_checked(data_paths).close()
    assert data_paths.journal.stat().st_size > 0


def test_an_emptied_journal_is_reported_with_restore(data_paths: DataPaths) -> None:
    journal_with_backup(data_paths)
    data_paths.journal.write_bytes(b"")  # `: > journal.db`
    before = folder_listing(data_paths.root)
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.EMPTIED
    assert Remedy.RESTORE_BACKUP in failure.problem.remedies
    assert "0 bytes" in failure.problem.message
    assert folder_listing(data_paths.root) == before  # no new journal, no backup pruned


def test_an_emptied_journal_without_backups_is_still_not_new(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"")
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.EMPTIED
    assert Remedy.RESTORE_BACKUP not in failure.problem.remedies
    assert "delete the empty file" in failure.problem.message
    assert data_paths.journal.stat().st_size == 0


def test_an_encrypted_journal_truncated_to_zero_does_not_become_a_plain_one(
    data_paths: DataPaths,
) -> None:
    journal_with_backup(data_paths, encrypted=True)
    data_paths.journal.write_bytes(b"")
    header = data_paths.root / "journal.db.header.json"
    kept = header.read_bytes()
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.EMPTIED
    assert "encrypted" in failure.problem.message
    assert data_paths.journal.stat().st_size == 0
    assert header.read_bytes() == kept


@pytest.mark.parametrize("left", ["header", "backups"])
def test_a_missing_journal_beside_its_key_file_or_backups_is_reported(
    data_paths: DataPaths, left: str
) -> None:
    journal_with_backup(data_paths, encrypted=left == "header")
    if left == "header":
        for backup in data_paths.backups.iterdir():
            backup.unlink()
    data_paths.journal.unlink()
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.JOURNAL_MISSING
    assert "not a new journal" in failure.problem.message
    assert "out of the folder" in failure.problem.message  # the way to start afresh
    assert (Remedy.RESTORE_BACKUP in failure.problem.remedies) is (left == "backups")
    assert not data_paths.journal.exists()


def test_a_link_to_a_missing_file_is_reported_and_its_target_not_made(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    data_paths.root.mkdir(parents=True)
    target = tmp_path / "unplugged" / "journal.db"
    target.parent.mkdir()
    data_paths.journal.symlink_to(target)
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.JOURNAL_MISSING
    assert str(target) in failure.problem.message
    assert Remedy.RETRY in failure.problem.remedies
    assert not target.exists()
    # models/ refuses it on its own too, whoever asks
    with pytest.raises(NotAJournalError):
        Database.open(data_paths.journal)
    assert not target.exists()


def test_a_plain_journal_beside_an_encrypted_ones_key_file_is_reported(
    data_paths: DataPaths,
) -> None:
    journal_with_backup(data_paths, encrypted=True)
    swapped = data_paths.root / "swapped.db"
    open_journal(DataPaths(data_paths.root / "elsewhere")).close()
    (data_paths.root / "elsewhere" / "journal.db").rename(swapped)
    swapped.replace(data_paths.journal)
    before = digest(data_paths.journal)
    with pytest.raises(StartupFailedError) as caught:
        inspect_journal(data_paths)
    problem = caught.value.problem
    assert problem.kind is ProblemKind.REPLACED
    assert Remedy.RESTORE_BACKUP in problem.remedies
    assert "journal.db.header.json" in problem.message
    assert digest(data_paths.journal) == before


def test_a_foreign_database_is_left_byte_for_byte_as_it_was(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    connection = sqlite3.connect(data_paths.journal)
    connection.execute("CREATE TABLE recipes(name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('rugbrød')")
    connection.commit()
    connection.close()
    before = digest(data_paths.journal)
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.NOT_A_DATABASE
    assert "has not been changed" in failure.problem.message or "not a Refleks" in (
        failure.problem.message
    )
    assert digest(data_paths.journal) == before
    connection = sqlite3.connect(data_paths.journal)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_a_damaged_key_file_with_backups_is_not_a_new_journal(data_paths: DataPaths) -> None:
    """A key file that no longer parses leaves the journal unreadable, with Restore."""
    journal_with_backup(data_paths, encrypted=True)
    header = data_paths.root / "journal.db.header.json"
    data = json.loads(header.read_text())
    del data["kdf"]
    header.write_text(json.dumps(data))
    failure = problem_at_start(data_paths)
    assert failure.problem.kind is ProblemKind.NOT_A_DATABASE
    assert Remedy.RESTORE_BACKUP in failure.problem.remedies
