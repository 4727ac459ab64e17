"""Start-up diagnosis: each way a journal can fail to open is named, and nothing is changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.backups import BackupService
from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock, InstanceLockedError
from app.journal.paths import DataPaths
from app.journal.startup import (
    ProblemKind,
    Remedy,
    StartupFailedError,
    inspect_journal,
    open_checked,
    unlock_problem,
)
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from app.security.unlock import unlock_key


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_journal(paths: DataPaths, *, backup: bool = False) -> None:
    context = open_journal(paths)
    if backup:
        BackupService(database=context.database, folder=paths.backups).backup_now()
    context.close()


def problem_of(paths: DataPaths, key: bytes | None = None) -> StartupFailedError:
    with pytest.raises(StartupFailedError) as caught:
        open_checked(paths, key=key).close()
    return caught.value


def test_a_fresh_folder_opens(data_paths: DataPaths) -> None:
    state = inspect_journal(data_paths)
    assert not state.needs_passphrase
    open_checked(data_paths).close()
    assert data_paths.journal.exists()


def test_missing_folder_is_named_and_not_created(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "unplugged-drive" / "Refleks")
    failure = problem_of(paths)
    assert failure.problem.kind is ProblemKind.MISSING_FOLDER
    assert Remedy.RETRY in failure.problem.remedies
    assert not paths.root.parent.exists()


def test_the_platform_data_folder_is_made_on_a_first_run(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.journal.paths

    fresh = tmp_path / "home" / ".local" / "share" / "Refleks"
    monkeypatch.setattr(app.journal.paths, "default_data_dir", lambda: fresh)
    paths = DataPaths(fresh)
    open_checked(paths).close()
    assert paths.journal.exists()


def test_not_a_database(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_text("Dear diary, this is a text file.\n" * 50)
    before = digest(data_paths.journal)
    failure = problem_of(data_paths)
    assert failure.problem.kind is ProblemKind.NOT_A_DATABASE
    assert Remedy.CHOOSE_FILE in failure.problem.remedies
    assert digest(data_paths.journal) == before


def test_a_foreign_database_is_not_a_journal(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    connection = sqlite3.connect(data_paths.journal)
    connection.execute("CREATE TABLE recipes(name)")
    connection.commit()
    connection.close()
    failure = problem_of(data_paths)
    assert failure.problem.kind is ProblemKind.NOT_A_DATABASE


def test_corrupt_journal_offers_restore_and_is_left_alone(data_paths: DataPaths) -> None:
    make_journal(data_paths, backup=True)
    data = bytearray(data_paths.journal.read_bytes())
    data[100:4096] = os.urandom(4096 - 100)  # the schema page
    data_paths.journal.write_bytes(bytes(data))
    before = digest(data_paths.journal)
    failure = problem_of(data_paths)
    assert failure.problem.kind is ProblemKind.CORRUPT
    assert failure.problem.remedies[0] is Remedy.RESTORE_BACKUP
    assert "has not been changed" in failure.message
    assert digest(data_paths.journal) == before
    assert sorted(p.name for p in data_paths.root.iterdir()) == ["backups", "journal.db"]


def test_schema_newer_than_the_app(data_paths: DataPaths) -> None:
    make_journal(data_paths)
    connection = sqlite3.connect(data_paths.journal)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = digest(data_paths.journal)
    failure = problem_of(data_paths)
    assert failure.problem.kind is ProblemKind.SCHEMA_TOO_NEW
    assert "newer version" in failure.message
    assert digest(data_paths.journal) == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes")
def test_read_only_file(data_paths: DataPaths) -> None:
    make_journal(data_paths)
    data_paths.journal.chmod(0o400)
    try:
        assert problem_of(data_paths).problem.kind is ProblemKind.READ_ONLY
    finally:
        data_paths.journal.chmod(0o600)


def test_read_only_is_detected_through_access(data_paths: DataPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Also under root (which may write anything), a file reported unwritable is named so."""
    make_journal(data_paths)
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == data_paths.journal and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    failure = problem_of(data_paths)
    assert failure.problem.kind is ProblemKind.READ_ONLY
    assert Remedy.RETRY in failure.problem.remedies


def test_locked_database_file(data_paths: DataPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    make_journal(data_paths)
    import models.connection

    monkeypatch.setattr(models.connection, "BUSY_TIMEOUT_MS", 50)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode = DELETE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('ready', flush=True)\n"
            "sys.stdin.read()\n",
            str(data_paths.journal),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert problem_of(data_paths).problem.kind is ProblemKind.LOCKED
    finally:
        holder.communicate("", timeout=30)


def test_wrong_passphrase_and_missing_header(data_paths: DataPaths) -> None:
    make_journal(data_paths)
    encrypt_journal(
        data_paths.journal,
        "correct horse battery",
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    assert inspect_journal(data_paths).needs_passphrase
    from app.security import WrongPassphraseError

    with pytest.raises(WrongPassphraseError) as caught:
        unlock_key(data_paths.journal, "wrong wrong wrong")
    problem = unlock_problem(data_paths, caught.value).problem
    assert problem.kind is ProblemKind.WRONG_PASSPHRASE
    assert Remedy.RETRY_PASSPHRASE in problem.remedies
    # the right passphrase opens it
    key = unlock_key(data_paths.journal, "correct horse battery")
    open_checked(data_paths, key=key).close()
    # opening an encrypted journal without its key is "damaged", never a silent new file
    failure = problem_of(data_paths, key=b"\x01" * 32)
    assert failure.problem.kind is ProblemKind.CORRUPT
    # the header gone: not readable as a journal
    (data_paths.root / "journal.db.header.json").unlink()
    with pytest.raises(StartupFailedError) as caught_state:
        inspect_journal(data_paths)
    assert caught_state.value.problem.kind is ProblemKind.NOT_A_DATABASE


def test_instance_lock_excludes_a_second_holder_and_recovers_after_a_kill(
    data_paths: DataPaths,
) -> None:
    data_paths.root.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\n"
            "from app.journal.instance_lock import InstanceLock\n"
            "lock = InstanceLock(Path(sys.argv[1]))\nlock.acquire()\n"
            "print('ready', flush=True)\nsys.stdin.read()\n",
            str(data_paths.lock),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    lock = InstanceLock(data_paths.lock)
    with pytest.raises(InstanceLockedError, match="already using"):
        lock.acquire()
    holder.kill()  # a crash: the lock file stays behind
    holder.communicate(timeout=30)
    assert data_paths.lock.exists()
    assert lock.try_acquire()
    assert data_paths.lock.stat().st_mode & 0o777 == 0o600
    lock.release()


def test_a_lock_file_left_by_a_clean_quit_does_not_block_the_next_start(
    data_paths: DataPaths,
) -> None:
    first = InstanceLock(data_paths.lock)
    assert first.try_acquire()
    first.release()  # the file may stay; only the OS lock on it counts
    data_paths.lock.write_text("4194000\nsomething another version wrote\n")  # any content
    data_paths.lock.chmod(0o644)
    second = InstanceLock(data_paths.lock)
    assert second.try_acquire()
    assert data_paths.lock.read_text() == f"{os.getpid()}\n"
    assert not InstanceLock(data_paths.lock).try_acquire()  # and it does exclude
    second.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_leftover_lock_file_that_cannot_be_opened_is_replaced(data_paths: DataPaths) -> None:
    # E.g. left by Refleks run once under another account, or made read-only by a copy.
    data_paths.root.mkdir(parents=True)
    data_paths.lock.write_text("4194000\n")
    data_paths.lock.chmod(0o400)
    try:
        data_paths.lock.open("r+").close()
    except PermissionError:
        pass
    else:
        pytest.skip("this user may write to read-only files (root)")
    lock = InstanceLock(data_paths.lock)
    assert lock.try_acquire()
    assert data_paths.lock.stat().st_mode & 0o777 == 0o600
    assert not InstanceLock(data_paths.lock).try_acquire()
    lock.release()
