"""No plaintext left beside an encrypted journal, and headers that ask for absurd costs.

Conversions refuse to start without room or a writable folder, fail loudly (instead of
skipping) when a backup cannot follow, and are finished by running them again; the
temporaries of interrupted work are found and removed; a tampered header is a damaged
header, never an argon2 error or an hour of key derivation.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from app.journal.backups import BackupService, entry_count, list_backups
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from app.security import (
    EncryptionError,
    JournalCipherState,
    KdfParams,
    cipher_state,
    header_path,
    service,
    unlock_key,
)
from app.security import conversion as conversion_module
from app.security.header import HeaderDamagedError, read_header
from app.security.leftovers import leftovers, plaintext_copies, remove_leftovers
from app.security.pending_rekey import note_path

PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a brand new phrase"


def fast() -> KdfParams:
    return KdfParams.fresh(time_cost=1, memory_kib=8 * 1024)


@pytest.fixture
def journal_with_backups(data_paths: DataPaths, catalog) -> DataPaths:  # type: ignore[no-untyped-def]
    """A plain journal of two entries and two plain backups of it."""
    context = open_journal(data_paths, catalog=catalog)
    try:
        for title in ("a", "b"):
            context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 14), title=title))
        for day in (1, 2):
            BackupService(
                database=context.database,
                folder=data_paths.backups,
                clock=lambda day=day: dt.datetime(2026, 3, day, 12, tzinfo=dt.UTC),
            ).backup_now("manual")
    finally:
        context.close()
    assert len(list_backups(data_paths.backups)) == 2
    return data_paths


def snapshot(paths: DataPaths) -> dict[str, bytes]:
    return {
        str(path.relative_to(paths.root)): path.read_bytes()
        for path in sorted(paths.root.rglob("*"))
        if path.is_file() and path.name != "refleks.lock"
    }


# ----- refusing before anything is changed ----------------------------------------------


def test_encrypt_without_room_for_the_largest_copy_changes_nothing(
    journal_with_backups: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = journal_with_backups
    before = snapshot(paths)

    class NearlyFull:
        total, used, free = 10**9, 10**9 - 4096, 4096

    monkeypatch.setattr(service.shutil, "disk_usage", lambda _folder: NearlyFull)
    with pytest.raises(EncryptionError, match=r"not enough free space.*Nothing was changed"):
        service.encrypt(paths, PASSPHRASE, params=fast())
    assert snapshot(paths) == before


def test_encrypt_with_a_read_only_backups_folder_changes_nothing(
    journal_with_backups: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = journal_with_backups
    before = snapshot(paths)
    real_access = os.access
    # The permission bits say read-only; root would pass them, so the check is asked
    # exactly as a user's process would answer it.
    paths.backups.chmod(0o500)
    monkeypatch.setattr(
        service.os,
        "access",
        lambda path, mode: (
            False if Path(path) == paths.backups and mode & os.W_OK else real_access(path, mode)
        ),
    )
    try:
        with pytest.raises(EncryptionError, match=r"read-only.*Nothing was changed"):
            service.encrypt(paths, PASSPHRASE, params=fast())
    finally:
        paths.backups.chmod(0o700)
    assert snapshot(paths) == before


# ----- failing loudly, then finishing ---------------------------------------------------


def test_a_backup_that_cannot_follow_fails_the_encryption_and_is_finished_later(
    journal_with_backups: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up (or the folder turns read-only) while the backups are converted:
    before, this was exit 0 with the backup "made under an older passphrase", plaintext."""
    paths = journal_with_backups
    real = conversion_module.create_private_file

    def full_in_backups(path: Path) -> None:
        if path.parent == paths.backups:
            raise OSError(28, "No space left on device")
        real(path)

    monkeypatch.setattr(conversion_module, "create_private_file", full_in_backups)
    with pytest.raises(EncryptionError, match="2 backup\\(s\\) could not follow"):
        service.encrypt(paths, PASSPHRASE, params=fast())
    assert cipher_state(paths.journal) is JournalCipherState.ENCRYPTED
    assert service.unfinished(paths)
    assert len(plaintext_copies(paths)) == 2
    assert leftovers(paths) == []

    monkeypatch.setattr(conversion_module, "create_private_file", real)
    key = unlock_key(paths.journal, PASSPHRASE)
    report = service.finish(paths, key)
    assert report.backups_converted == 2
    assert not service.unfinished(paths)
    assert plaintext_copies(paths) == []
    for backup in list_backups(paths.backups):
        assert backup.encrypted and entry_count(backup.path, key) == 2


def test_an_interrupted_change_of_passphrase_is_finished_with_the_new_one(
    journal_with_backups: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = journal_with_backups
    old_key = service.encrypt(paths, PASSPHRASE, params=fast()).key
    assert old_key is not None

    def stop(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyboardInterrupt  # the process is stopped once the journal is done

    monkeypatch.setattr(service, "convert_backups", stop)
    with pytest.raises(KeyboardInterrupt):
        service.change_passphrase(paths, old_key, NEW_PASSPHRASE, params=fast())
    monkeypatch.undo()

    new_key = unlock_key(paths.journal, NEW_PASSPHRASE)
    assert note_path(paths.journal).exists()
    assert PASSPHRASE not in note_path(paths.journal).read_text()
    assert old_key.hex() not in note_path(paths.journal).read_text()
    assert all(entry_count(b.path, old_key) == 2 for b in list_backups(paths.backups))
    assert service.interrupted_change(paths, new_key)

    report = service.finish(paths, new_key)
    assert report.backups_converted == 2
    assert not note_path(paths.journal).exists()
    assert all(entry_count(b.path, new_key) == 2 for b in list_backups(paths.backups))


def test_a_note_from_a_change_stopped_before_the_swap_is_dropped(
    journal_with_backups: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = journal_with_backups
    key = service.encrypt(paths, PASSPHRASE, params=fast()).key
    assert key is not None

    def stop_at_swap(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(conversion_module, "_swap_in", stop_at_swap)
    with pytest.raises(KeyboardInterrupt):
        service.change_passphrase(paths, key, NEW_PASSPHRASE, params=fast())
    monkeypatch.undo()
    assert note_path(paths.journal).exists()
    assert unlock_key(paths.journal, PASSPHRASE) == key
    assert not service.interrupted_change(paths, key)
    assert not note_path(paths.journal).exists()


# ----- leftovers ------------------------------------------------------------------------


def test_leftovers_are_the_temporaries_only(journal_with_backups: DataPaths) -> None:
    paths = journal_with_backups
    plain = paths.journal.read_bytes()
    made = [
        paths.root / "journal.db.converting",
        paths.root / "journal.db.converting-journal",
        paths.root / "journal.db.restoring",
        paths.root / "journal.db.header.json.tmp",
        paths.root / "journal.db.header.json.pending.tmp",
        paths.backups / "refleks-20260301T120000000000Z-manual.db.partial",
        paths.backups / "refleks-20260301T120000000000Z-manual.db.converting",
        paths.backups / "refleks-20260301T120000000000Z-manual.db.header.json.tmp",
    ]
    for path in made:
        path.write_bytes(plain)
    kept = snapshot(paths)
    for path in made:
        del kept[str(path.relative_to(paths.root))]

    assert leftovers(paths) == sorted(made)
    assert remove_leftovers(paths) == sorted(made)
    assert snapshot(paths) == kept
    assert leftovers(paths) == []


def test_plaintext_copies_name_every_readable_copy_but_not_the_journal(
    journal_with_backups: DataPaths,
) -> None:
    paths = journal_with_backups
    backups = sorted(b.path for b in list_backups(paths.backups))
    assert plaintext_copies(paths) == backups
    plain = backups[0].read_bytes()
    service.encrypt(paths, PASSPHRASE, params=fast())
    assert plaintext_copies(paths) == []
    damaged = paths.root / "journal.db.20260301T120000Z.damaged"  # as `restore` keeps one
    damaged.write_bytes(plain)
    assert plaintext_copies(paths) == [damaged]


# ----- tampered headers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2**31),
        ("parallelism", 0),
        ("salt", ""),
        ("time_cost", 10**7),
        ("time_cost", 0),
        ("memory_kib", 1),
    ],
)
def test_a_header_with_absurd_costs_is_a_damaged_header(
    journal_with_backups: DataPaths, field: str, value: object
) -> None:
    paths = journal_with_backups
    service.encrypt(paths, PASSPHRASE, params=fast())
    header = header_path(paths.journal)
    data = json.loads(header.read_text(encoding="utf-8"))
    data["kdf"][field] = value
    header.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(HeaderDamagedError, match=f"The key file .* is damaged \\({field}"):
        read_header(header)
    assert cipher_state(paths.journal) is JournalCipherState.UNREADABLE
    with pytest.raises(EncryptionError, match="missing or does not belong"):
        unlock_key(paths.journal, PASSPHRASE)


def test_kdf_parameters_outside_their_ranges_are_refused_before_argon2() -> None:
    from app.security.kdf import KdfParamsError, derive_key

    with pytest.raises(KdfParamsError, match="parallelism 0"):
        derive_key(PASSPHRASE, KdfParams(salt=b"s" * 16, parallelism=0))
    with pytest.raises(KdfParamsError, match="time_cost × memory_kib"):
        derive_key(PASSPHRASE, KdfParams(salt=b"s" * 16, time_cost=10, memory_kib=1024 * 1024))
