"""`encrypt`, `rekey` and `decrypt` stopped dead before each of their renames and deletes.

Each command is first run through to count its renames and deletes (K); then, for every N
from 1 to K, a fresh copy of the data folder sees the command stopped just before its Nth
one (tests/e2e/stop_at_call.py), as a kill or a power cut would stop it. What the next
command finds must be safe: no temporary left, no plaintext copy beside an encrypted
journal, and running the same command again finishes the job.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.journal.backups import BackupService, entry_count, list_backups
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from app.security import KdfParams, service, unlock_key
from app.security.leftovers import leftovers, plaintext_copies
from app.security.pending_rekey import note_path
from app.security.unlock import JournalCipherState, cipher_state
from tests.e2e.stop_at_call import STOPPED

REPO_ROOT = Path(__file__).resolve().parents[2]
STOPPER = Path(__file__).with_name("stop_at_call.py")
PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a brand new phrase"
ENTRIES = 3

pytestmark = pytest.mark.slow


def run(data: DataPaths, stop_at: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("REFLEKS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, str(STOPPER), str(stop_at), "--data-dir", str(data.root), *args],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
        start_new_session=True,  # no terminal: a missing passphrase is an error, not a prompt
    )


def calls_made(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, result.stderr
    match = re.search(r"calls=(\d+)", result.stderr)
    assert match, result.stderr
    return int(match[1])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("interrupted")


@pytest.fixture(scope="module")
def passphrases(folder: Path) -> tuple[Path, Path]:
    first, second = folder / "passphrase.txt", folder / "new-passphrase.txt"
    first.write_text(PASSPHRASE + "\n", encoding="utf-8")
    second.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    return first, second


@pytest.fixture(scope="module")
def plain_template(folder: Path, catalog) -> DataPaths:  # type: ignore[no-untyped-def]
    """A plain journal of ENTRIES entries with one plain backup of it."""
    import datetime as dt

    paths = DataPaths(folder / "plain")
    context = open_journal(paths, catalog=catalog)
    try:
        for title in ("one", "two", "three"):
            context.journal.create_entry(
                EntryDraft(day=dt.date(2026, 3, 14), title=title, body=f"{title} fortroligt")
            )
        BackupService(database=context.database, folder=paths.backups).backup_now("manual")
    finally:
        context.close()
    return paths


@pytest.fixture(scope="module")
def encrypted_template(folder: Path, plain_template: DataPaths) -> DataPaths:
    """The same, encrypted under PASSPHRASE (the backup along with it)."""
    paths = DataPaths(folder / "encrypted")
    shutil.copytree(plain_template.root, paths.root)
    fast = KdfParams.fresh(time_cost=1, memory_kib=8 * 1024)
    report = service.encrypt(paths, PASSPHRASE, params=fast)
    assert report.backups_converted == 1
    return paths


def copies(template: DataPaths, folder: Path, label: str, count: int) -> Iterator[DataPaths]:
    for n in range(1, count + 1):
        paths = DataPaths(folder / f"{label}-{n}")
        shutil.copytree(template.root, paths.root)
        yield paths


def assert_all_under(paths: DataPaths, passphrase: str) -> None:
    """Journal and every backup encrypted, opened by `passphrase`, complete; nothing else."""
    assert leftovers(paths) == []
    assert plaintext_copies(paths) == []
    assert not note_path(paths.journal).exists()
    assert cipher_state(paths.journal) is JournalCipherState.ENCRYPTED
    key = unlock_key(paths.journal, passphrase)
    assert entry_count(paths.journal, key) == ENTRIES
    backups = list_backups(paths.backups)
    assert len(backups) == 1
    for backup in backups:
        assert backup.encrypted
        assert entry_count(backup.path, key) == ENTRIES, backup.path


def in_parallel(rounds: list[tuple[int, DataPaths]], check: object) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in pool.map(lambda item: check(*item), rounds):  # type: ignore[operator]
            pass


def test_encrypt_stopped_anywhere_leaves_no_plaintext_once_run_again(
    folder: Path, plain_template: DataPaths, passphrases: tuple[Path, Path]
) -> None:
    passphrase = str(passphrases[0])
    counted = DataPaths(folder / "encrypt-count")
    shutil.copytree(plain_template.root, counted.root)
    total = calls_made(run(counted, 0, "encrypt", "--passphrase-file", passphrase))
    assert total >= 8  # the journal's and the backup's copy, header and swap

    def check(n: int, paths: DataPaths) -> None:
        stopped = run(paths, n, "encrypt", "--passphrase-file", passphrase)
        assert stopped.returncode == STOPPED, (n, stopped.stderr)
        # The next command to take the lock (this one then stops for want of a
        # passphrase, or because there is nothing to decrypt) clears the temporaries.
        probe = run(paths, 0, "decrypt")
        assert probe.returncode == 2, (n, probe.stderr)
        assert leftovers(paths) == [], n
        if cipher_state(paths.journal) is JournalCipherState.PLAIN:
            # Stopped before the swap: the journal is as it was.
            assert entry_count(paths.journal, None) == ENTRIES
            assert plaintext_copies(paths) == [b.path for b in list_backups(paths.backups)]
        again = run(paths, 0, "encrypt", "--passphrase-file", passphrase)
        assert again.returncode == 0 or "already encrypted" in again.stderr, (n, again.stderr)
        assert_all_under(paths, PASSPHRASE)

    in_parallel(list(enumerate(copies(plain_template, folder, "encrypt", total), 1)), check)


def test_rekey_stopped_anywhere_is_finished_by_rekey_under_either_passphrase(
    folder: Path, encrypted_template: DataPaths, passphrases: tuple[Path, Path]
) -> None:
    old, new = (str(path) for path in passphrases)
    counted = DataPaths(folder / "rekey-count")
    shutil.copytree(encrypted_template.root, counted.root)
    args = ("rekey", "--passphrase-file", old, "--new-passphrase-file", new)
    total = calls_made(run(counted, 0, *args))
    assert_all_under(counted, NEW_PASSPHRASE)

    def check(n: int, paths: DataPaths) -> None:
        stopped = run(paths, n, *args)
        assert stopped.returncode == STOPPED, (n, stopped.stderr)
        try:
            unlock_key(paths.journal, NEW_PASSPHRASE)
        except Exception:
            # Stopped before the swap: the old passphrase still opens everything.
            full = run(paths, 0, *args)
            assert full.returncode == 0, (n, full.stderr)
        else:
            # The journal has the new passphrase; `rekey` under it finishes the backups.
            again = run(paths, 0, "rekey", "--passphrase-file", new)
            assert again.returncode == 0, (n, again.stderr)
            assert "Finished the interrupted change" in again.stdout
        assert_all_under(paths, NEW_PASSPHRASE)

    in_parallel(list(enumerate(copies(encrypted_template, folder, "rekey", total), 1)), check)


def test_decrypt_stopped_anywhere_then_encrypt_leaves_no_plaintext_temporary(
    folder: Path, encrypted_template: DataPaths, passphrases: tuple[Path, Path]
) -> None:
    passphrase = str(passphrases[0])
    counted = DataPaths(folder / "decrypt-count")
    shutil.copytree(encrypted_template.root, counted.root)
    total = calls_made(run(counted, 0, "decrypt", "--passphrase-file", passphrase))

    def check(n: int, paths: DataPaths) -> None:
        stopped = run(paths, n, "decrypt", "--passphrase-file", passphrase)
        assert stopped.returncode == STOPPED, (n, stopped.stderr)
        run(paths, 0, "encrypt", "--passphrase-file", passphrase)
        assert leftovers(paths) == [], n
        assert plaintext_copies(paths) == [], n
        assert cipher_state(paths.journal) is JournalCipherState.ENCRYPTED
        key = unlock_key(paths.journal, PASSPHRASE)
        assert entry_count(paths.journal, key) == ENTRIES

    in_parallel(list(enumerate(copies(encrypted_template, folder, "decrypt", total), 1)), check)
