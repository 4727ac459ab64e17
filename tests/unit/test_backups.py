"""Backups: verified copies through the backup API, retention, listing, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.backups import (
    BackupError,
    BackupInfo,
    BackupService,
    RetentionPolicy,
    list_backups,
    restore_file,
    to_keep,
    verify_file,
)
from app.context import JournalContext, open_journal
from app.paths import DataPaths
from app.records import EntryDraft
from app.security import KdfParams, service, unlock_key
from app.security.header import header_path

UTC = dt.UTC


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def add(context: JournalContext, title: str) -> int:
    return context.journal.create_entry(EntryDraft(day=dt.date(2026, 5, 1), title=title)).id


def test_backup_now_copies_verifies_and_lists(context: JournalContext) -> None:
    add(context, "one")
    add(context, "two")
    backups = BackupService(database=context.database, folder=context.paths.backups)
    made = backups.backup_now()
    assert made.kind == "manual"
    assert made.path.parent == context.paths.backups
    assert made.path.stat().st_mode & 0o777 == 0o600
    verify_file(made.path, None)
    assert backups.entry_count(made) == 2
    assert [b.path for b in backups.list_backups()] == [made.path]
    assert not list(context.paths.backups.glob("*.partial"))


def test_backup_sees_commits_still_in_the_wal(context: JournalContext) -> None:
    for index in range(30):
        add(context, f"entry {index}")
    wal = Path(f"{context.paths.journal}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    made = BackupService(database=context.database, folder=context.paths.backups).backup_now()
    connection = sqlite3.connect(made.path)
    try:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 30
    finally:
        connection.close()


def test_backup_if_due_only_after_a_day(context: JournalContext) -> None:
    clock = Clock(dt.datetime(2026, 5, 1, 8, 0, tzinfo=UTC))
    backups = BackupService(database=context.database, folder=context.paths.backups, clock=clock)
    assert backups.backup_if_due() is not None
    clock.now += dt.timedelta(hours=23)
    assert backups.backup_if_due() is None
    clock.now += dt.timedelta(hours=2)
    made = backups.backup_if_due()
    assert made is not None and made.kind == "auto"


def info(when: dt.datetime, kind: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"{when.isoformat()}-{kind}.db"), when, kind, 1, False)


def test_retention_keeps_newest_of_7_days_and_12_months() -> None:
    start = dt.datetime(2025, 1, 1, 12, tzinfo=UTC)
    # two backups a day for 500 days
    backups = [
        info(start + dt.timedelta(days=day, hours=hour)) for day in range(500) for hour in (0, 6)
    ]
    kept = to_keep(backups, RetentionPolicy(daily=7, monthly=12))
    newest = max(b.created_at for b in backups)
    kept_infos = sorted((b for b in backups if b.path in kept), key=lambda b: b.created_at)
    daily = [b for b in kept_infos if newest - b.created_at < dt.timedelta(days=7)]
    assert len(daily) == 7
    assert all(b.created_at.hour == 18 for b in daily)  # the newest of each day
    months = {(b.created_at.year, b.created_at.month) for b in kept_infos}
    assert len(months) == 12
    assert len(kept) <= 7 + 12


def test_retention_is_configurable_and_spares_restore_and_migration_copies() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    backups = [info(start + dt.timedelta(days=d)) for d in range(10)]
    backups.append(info(start, "pre-restore"))
    kept = to_keep(backups, RetentionPolicy(daily=2, monthly=0))
    assert kept == {backups[9].path, backups[8].path}


def test_prune_deletes_what_retention_drops(context: JournalContext) -> None:
    clock = Clock(dt.datetime(2026, 1, 1, 9, tzinfo=UTC))
    backups = BackupService(
        database=context.database,
        folder=context.paths.backups,
        policy=RetentionPolicy(daily=3, monthly=1),
        clock=clock,
    )
    for _ in range(6):
        backups.backup_now("auto")
        clock.now += dt.timedelta(days=1)
    backups.backup_now("pre-restore")
    listed = backups.list_backups()
    assert len([b for b in listed if b.kind == "auto"]) == 3
    assert len([b for b in listed if b.kind == "pre-restore"]) == 1


def test_a_failed_verification_leaves_no_backup(context: JournalContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.backups as module

    def broken(path: Path, key: bytes | None) -> None:
        raise BackupError("simulated damage.")

    monkeypatch.setattr(module, "verify_file", broken)
    backups = BackupService(database=context.database, folder=context.paths.backups)
    with pytest.raises(BackupError, match="journal itself is unchanged"):
        backups.backup_now()
    assert list(context.paths.backups.iterdir()) == []


def test_restore_puts_the_backup_back(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths, catalog=catalog)
    add(context, "kept")
    backup = BackupService(database=context.database, folder=data_paths.backups).backup_now()
    add(context, "added after the backup")
    context.close()
    restore_file(backup.path, data_paths.journal, backup_key=None)
    context = open_journal(data_paths, catalog=catalog)
    try:
        assert [s.title for s in context.journal.all_matching()] == ["kept"]
    finally:
        context.close()
    assert data_paths.journal.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths, catalog=catalog)
    add(context, "current")
    context.close()
    bad = data_paths.backups / "refleks-20260101T000000000000Z-manual.db"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    before = data_paths.journal.read_bytes()
    with pytest.raises(BackupError):
        restore_file(bad, data_paths.journal, backup_key=None)
    assert data_paths.journal.read_bytes() == before


def test_backups_of_an_encrypted_journal_stay_encrypted(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths, catalog=catalog)
    add(context, "hemmelighed")
    plain = BackupService(database=context.database, folder=data_paths.backups).backup_now()
    report = service.encrypt(
        data_paths,
        "correct horse battery",
        database=context.database,
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    assert report.backups_converted == 1
    assert b"hemmelighed" not in plain.path.read_bytes()  # the old plain copy was converted
    backups = BackupService(database=context.database, folder=data_paths.backups)
    made = backups.backup_now()
    context.close()
    raw = made.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"hemmelighed" not in raw
    assert header_path(made.path).exists()
    listed = list_backups(data_paths.backups)
    assert all(b.encrypted for b in listed)
    key = unlock_key(made.path, "correct horse battery")
    verify_file(made.path, key)
    # restore an encrypted backup
    restore_file(made.path, data_paths.journal, backup_key=key)
    context = open_journal(
        data_paths, catalog=catalog, key=unlock_key(data_paths.journal, "correct horse battery")
    )
    try:
        assert context.journal.count() == 1
    finally:
        context.close()


def test_restore_over_a_damaged_journal_keeps_it_and_its_wal(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths, catalog=catalog)
    add(context, "in the backup")
    backup = BackupService(database=context.database, folder=data_paths.backups).backup_now()
    context.close()
    damaged = b"SQLite format 3\x00" + b"\x09" * 5000
    data_paths.journal.write_bytes(damaged)
    Path(f"{data_paths.journal}-wal").write_bytes(b"last commits")
    kept = data_paths.root / "journal.db.kept.damaged"
    restore_file(backup.path, data_paths.journal, backup_key=None, keep_current_as=kept)
    assert kept.read_bytes() == damaged
    assert Path(f"{kept}-wal").read_bytes() == b"last commits"
    assert not Path(f"{data_paths.journal}-wal").exists()
    verify_file(data_paths.journal, None)


def test_an_encrypted_pre_migration_copy_gets_its_header(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    from app.startup import open_checked
    from models.snapshot import copy_database

    context = open_journal(data_paths, catalog=catalog)
    add(context, "før opgradering")
    report = service.encrypt(
        data_paths,
        "correct horse battery",
        database=context.database,
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    # what models/migrate does before an upgrade: a keyed copy, but no header
    copy = data_paths.backups / "pre-migration-0001_initial-20260101T000000Z.db"
    copy_database(context.database.engine, copy, connect=context.database.connect_copy)
    context.close()
    assert not list_backups(data_paths.backups)[0].encrypted
    open_checked(data_paths, key=report.key).close()
    listed = list_backups(data_paths.backups)
    assert listed[0].encrypted and listed[0].kind == "pre-migration"
    verify_file(copy, unlock_key(copy, "correct horse battery"))
