"""Owner-only files on POSIX: the journal, its header, backups, the lock and exports.

The umask is opened wide (000) for each test, so the modes come from the code, not from a
careful environment.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.journal.backups import BackupService
from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.records import EntryDraft
from app.security import KdfParams, service

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(autouse=True)
def wide_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_journal_backups_header_and_lock_are_owner_only(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    lock = InstanceLock(data_paths.lock)
    assert lock.try_acquire()
    context = open_journal(data_paths, catalog=catalog)
    try:
        context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="privat"))
        backups = BackupService(database=context.database, folder=data_paths.backups)
        plain = backups.backup_now()
        service.encrypt(
            data_paths,
            "correct horse battery",
            database=context.database,
            params=KdfParams.fresh(time_cost=1, memory_kib=8192),
        )
        encrypted = backups.backup_now("pre-restore")
    finally:
        context.close()
        lock.release()
    assert mode(data_paths.root) == 0o700
    assert mode(data_paths.backups) == 0o700
    files = [
        data_paths.journal,
        data_paths.root / "journal.db.header.json",
        data_paths.lock,
        plain.path,
        encrypted.path,
        encrypted.path.with_name(encrypted.path.name + ".header.json"),
    ]
    for path in files:
        assert mode(path) == 0o600, path
    leftovers = [p for p in data_paths.root.rglob("*") if p.is_file() and mode(p) & 0o077]
    assert leftovers == []


def test_exports_are_owner_only(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.exchange.backup import write_backup

    context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="privat"))
    target = tmp_path / "export.json"
    write_backup(context.database, target)
    assert mode(target) == 0o600
