"""Backups: verified copies through the backup API, retention, listing, restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.journal.backups import (
    BackupError,
    BackupInfo,
    BackupService,
    RetentionPolicy,
    list_backups,
    restore_file,
    to_keep,
    verify_file,
)
from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from app.security import KdfParams, service, unlock_key
from app.security.header import header_path
from tests.conftest import damage_entries_table

UTC = dt.UTC
HOUR = dt.timedelta(hours=1)
FAST = KdfParams.fresh(time_cost=1, memory_kib=8192)


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def files_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


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
    add(context, "an entry: a backup of an empty journal prunes nothing")
    for _ in range(6):
        backups.backup_now("auto")
        clock.now += dt.timedelta(days=1)
    backups.backup_now("pre-restore")
    listed = backups.list_backups()
    assert len([b for b in listed if b.kind == "auto"]) == 3
    assert len([b for b in listed if b.kind == "pre-restore"]) == 1


def test_a_failed_verification_leaves_no_backup(context: JournalContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.journal.backups as module

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
    from app.journal.startup import open_checked
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
    with context.database.connection() as source:
        copy_database(source, copy, connect=context.database.connect_copy)
    context.close()
    assert not list_backups(data_paths.backups)[0].encrypted
    open_checked(data_paths, key=report.key).close()
    listed = list_backups(data_paths.backups)
    assert listed[0].encrypted and listed[0].kind == "pre-migration"
    verify_file(copy, unlock_key(copy, "correct horse battery"))


# ----- retention errs on the side of keeping ------------------------------------------


def test_a_backup_stamped_in_the_future_pushes_nothing_out(context: JournalContext) -> None:
    """A backup made while the clock ran ahead must not replace the ones made after it."""
    clock = Clock(dt.datetime(2026, 5, 1, 23, 0, tzinfo=UTC))
    backups = BackupService(database=context.database, folder=context.paths.backups, clock=clock)
    ahead = backups.backup_now("auto")
    clock.now = dt.datetime(2026, 5, 1, 10, 0, tzinfo=UTC)  # the clock was put right
    add(context, "written after the clock was put right")
    made = backups.backup_now("auto")
    assert made.path.exists() and ahead.path.exists()
    assert backups.entry_count(made) == 1


def test_a_backup_written_earlier_does_not_replace_a_later_one_with_an_older_stamp(
    context: JournalContext,
) -> None:
    """The clock was set back: the newest by stamp is the oldest on disk; both stay."""
    clock = Clock(dt.datetime(2026, 5, 1, 12, 0, tzinfo=UTC))
    backups = BackupService(database=context.database, folder=context.paths.backups, clock=clock)
    first = backups.backup_now("auto")
    written = first.path.stat().st_mtime
    os.utime(first.path, (written - 60, written - 60))
    clock.now = dt.datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
    add(context, "the newest entry")
    later = backups.backup_now("auto")
    assert later.path.exists() and first.path.exists()
    assert backups.entry_count(later) == 1


def test_retention_compares_the_files_times_only_within_a_day() -> None:
    day = dt.datetime(2026, 3, 2, 12, tzinfo=UTC)
    older_on_disk = BackupInfo(Path("a.db"), day, "auto", 1, False, modified_at=day)
    newer_on_disk = BackupInfo(
        Path("b.db"), day - dt.timedelta(hours=1), "auto", 1, False, modified_at=day + HOUR
    )
    policy = RetentionPolicy(daily=7, monthly=12)
    assert to_keep([older_on_disk, newer_on_disk], policy) == {Path("a.db"), Path("b.db")}
    agreeing = BackupInfo(Path("c.db"), day - HOUR, "auto", 1, False, modified_at=day - HOUR)
    assert to_keep([older_on_disk, agreeing], policy) == {Path("a.db")}


def test_prune_never_deletes_the_last_good_backup(context: JournalContext) -> None:
    clock = Clock(dt.datetime(2026, 5, 1, 9, tzinfo=UTC))
    backups = BackupService(
        database=context.database,
        folder=context.paths.backups,
        policy=RetentionPolicy(daily=1, monthly=1),
        clock=clock,
    )
    add(context, "safe")
    good = backups.backup_now("auto")
    # A newer backup that rotted on disk: it would be the one retention keeps.
    rotten = context.paths.backups / "refleks-20260502T090000000000Z-auto.db"
    rotten.write_bytes(good.path.read_bytes()[:4096] + b"\x55" * 8192)
    clock.now = dt.datetime(2026, 5, 2, 10, tzinfo=UTC)
    assert backups.prune() == []
    assert good.path.exists() and rotten.exists()


def test_damaged_backups_are_told_from_other_passphrases(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    from app.journal.backups import Unreadable, count_or_reason

    context = open_journal(data_paths, catalog=catalog)
    add(context, "one")
    made = BackupService(database=context.database, folder=data_paths.backups).backup_now()
    context.close()
    assert count_or_reason(made, None) == 1
    service.encrypt(data_paths, "correct horse battery", params=FAST)
    damaged = data_paths.backups / "refleks-20260101T000000000000Z-manual.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    listed = {b.path: b for b in list_backups(data_paths.backups)}
    assert count_or_reason(listed[damaged], None) is Unreadable.DAMAGED
    encrypted = next(b for b in list_backups(data_paths.backups) if b.path == made.path)
    assert encrypted.encrypted
    assert count_or_reason(encrypted, None) is Unreadable.OTHER_PASSPHRASE
    assert count_or_reason(encrypted, b"\x01" * 32) is Unreadable.OTHER_PASSPHRASE
    key = unlock_key(data_paths.journal, "correct horse battery")
    assert count_or_reason(encrypted, key) == 1


# ----- restore when it is needed most -------------------------------------------------


def test_a_journal_too_damaged_to_copy_is_kept_byte_for_byte(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    from app.journal.backups import restore_backup

    context = open_journal(data_paths, catalog=catalog)
    add(context, "saved")
    backup = BackupService(database=context.database, folder=data_paths.backups).backup_now()
    context.close()
    damage_entries_table(data_paths.journal)
    damaged = data_paths.journal.read_bytes()
    context = open_journal(data_paths, catalog=catalog)  # damaged pages still open
    service_ = BackupService(database=context.database, folder=data_paths.backups)
    try:
        outcome = restore_backup(
            backup.path,
            data_paths.journal,
            backup_key=None,
            safety_copy=lambda: service_.backup_now("pre-restore").path,
            release=context.database.close,
        )
    finally:
        context.close()
    assert outcome.set_aside and outcome.kept is not None
    assert outcome.kept.name.startswith("journal.db.") and outcome.kept.name.endswith(".damaged")
    assert outcome.kept.read_bytes() == damaged
    assert [b.kind for b in list_backups(data_paths.backups)] == ["manual"]
    context = open_journal(data_paths, catalog=catalog)
    try:
        assert [s.title for s in context.journal.all_matching()] == ["saved"]
    finally:
        context.close()


def test_a_refused_restore_leaves_nothing_behind(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    from app.journal.backups import restore_backup

    context = open_journal(data_paths, catalog=catalog)
    add(context, "current")
    service_ = BackupService(database=context.database, folder=data_paths.backups)
    bad = data_paths.backups / "refleks-20260101T000000000000Z-manual.db"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    before = files_in(data_paths.root)
    try:
        with pytest.raises(BackupError):
            restore_backup(
                bad,
                data_paths.journal,
                backup_key=None,
                safety_copy=lambda: service_.backup_now("pre-restore").path,
            )
        assert files_in(data_paths.root) == before
    finally:
        context.close()


def test_a_restore_that_fails_at_the_swap_puts_everything_back(
    data_paths: DataPaths, catalog, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import app.journal.backups as module

    context = open_journal(data_paths, catalog=catalog)
    add(context, "current")
    service_ = BackupService(database=context.database, folder=data_paths.backups)
    backup = service_.backup_now()
    context.close()
    damage_entries_table(data_paths.journal)
    damaged = data_paths.journal.read_bytes()
    before = files_in(data_paths.root)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "_swap_in", full_disk)
    with pytest.raises(OSError):
        module.restore_backup(backup.path, data_paths.journal, backup_key=None, safety_copy=None)
    assert data_paths.journal.read_bytes() == damaged
    assert files_in(data_paths.root) == before


def test_a_backup_stamped_in_the_future_does_not_put_off_the_daily_one(
    context: JournalContext,
) -> None:
    clock = Clock(dt.datetime(2027, 5, 1, 8, 0, tzinfo=UTC))  # a year ahead
    backups = BackupService(database=context.database, folder=context.paths.backups, clock=clock)
    backups.backup_now("auto")
    clock.now = dt.datetime(2026, 5, 1, 8, 0, tzinfo=UTC)  # put right
    made = backups.backup_if_due()
    assert made is not None and made.created_at == clock.now


HOURS = st.sampled_from([1, 3, 8, 24, 30])
OFFSETS = st.sampled_from([-48, -12, -3, 0, 3, 12, 48, 24 * 365])


@settings(max_examples=200, deadline=None)
@given(steps=st.lists(st.tuples(HOURS, st.one_of(st.none(), OFFSETS)), min_size=2, max_size=40))
def test_retention_keeps_the_newest_written_backup_whatever_the_clocks(
    steps: list[tuple[int, int | None]],
) -> None:
    """Backups made in order while the clock is set wrong and put right again: the one
    written last (the newest entries) always stays, and so does any stamped ahead of now."""
    real = dt.datetime(2026, 1, 1, tzinfo=UTC)
    offset = dt.timedelta(0)
    backups = []
    for index, (hours, new_offset) in enumerate(steps):
        real += dt.timedelta(hours=hours)
        if new_offset is not None:
            offset = dt.timedelta(hours=new_offset)
        backups.append(
            BackupInfo(Path(f"{index}.db"), real + offset, "auto", 1, False, modified_at=real)
        )
    now = real + offset
    kept = to_keep(backups, RetentionPolicy(), now=now)
    assert backups[-1].path in kept
    assert all(b.path in kept for b in backups if b.created_at > now)


def test_a_backup_of_an_emptied_journal_pushes_no_backup_out(
    data_paths: DataPaths, catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The journal was emptied while open: its backup on quit must not replace the day's."""
    clock = Clock(dt.datetime(2026, 5, 1, 9, tzinfo=UTC))
    context = open_journal(data_paths, catalog=catalog)
    for index in range(3):
        add(context, f"entry {index}")
    full = BackupService(database=context.database, folder=data_paths.backups, clock=clock)
    kept = full.backup_now("auto")
    context.close()
    emptied = open_journal(DataPaths(tmp_path / "emptied"), catalog=catalog)
    clock.now += dt.timedelta(hours=1)
    try:
        BackupService(database=emptied.database, folder=data_paths.backups, clock=clock).backup_now(
            "auto"
        )
    finally:
        emptied.close()
    assert kept.path.exists()
    assert len(list_backups(data_paths.backups)) == 2
