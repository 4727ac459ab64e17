"""A tampered key file beside the journal or a backup, met by the real program.

Costs out of range once gave an argon2 `HashingError` traceback (memory 2^31 KiB,
parallelism 0, an empty salt) or hung every command for hours (time_cost 10^7), `restore`
included. Now the file is a damaged key file, said in one line, and `restore` still brings
back an encrypted backup whose own key file is intact.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.backups import BackupService, entry_count, list_backups
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from app.security import KdfParams, header_path, service, unlock_key

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"

pytestmark = pytest.mark.slow

TAMPERED = [
    ("memory_kib", 2**31),
    ("parallelism", 0),
    ("salt", ""),
    ("time_cost", 10**7),
]


def run(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("REFLEKS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(paths.root), *args],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env=env,
        timeout=60,  # a guard only: a hanging key derivation would otherwise stall the run
        start_new_session=True,
    )


@pytest.fixture
def encrypted(data_paths: DataPaths, catalog, tmp_path: Path) -> tuple[DataPaths, Path]:  # type: ignore[no-untyped-def]
    """An encrypted journal of two entries with one encrypted backup; the passphrase file."""
    context = open_journal(data_paths, catalog=catalog)
    try:
        for title in ("a", "b"):
            context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 14), title=title))
        BackupService(database=context.database, folder=data_paths.backups).backup_now()
    finally:
        context.close()
    service.encrypt(data_paths, PASSPHRASE, params=KdfParams.fresh(time_cost=1, memory_kib=8192))
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_paths, passphrase


def tamper(header: Path, field: str, value: object) -> None:
    data = json.loads(header.read_text(encoding="utf-8"))
    data["kdf"][field] = value
    header.write_text(json.dumps(data), encoding="utf-8")


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("field", "value"), TAMPERED)
def test_a_tampered_journal_key_file_is_reported_and_restore_still_works(
    encrypted: tuple[DataPaths, Path], field: str, value: object
) -> None:
    paths, passphrase = encrypted
    tamper(header_path(paths.journal), field, value)
    before = paths.journal.read_bytes()

    line = one_line(run(paths, "list", "--passphrase-file", str(passphrase)))
    assert "missing or damaged" in line
    assert paths.journal.read_bytes() == before

    backup = list_backups(paths.backups)[0].path
    restored = run(paths, "restore", backup.name, "--passphrase-file", str(passphrase))
    assert restored.returncode == 0, restored.stderr
    assert "now holds 2 entries" in restored.stdout
    key = unlock_key(paths.journal, PASSPHRASE)
    assert entry_count(paths.journal, key) == 2
    kept = [p for p in paths.root.iterdir() if p.name.endswith(".damaged")]
    assert [p.read_bytes() for p in kept] == [before]


@pytest.mark.parametrize(("field", "value"), TAMPERED)
def test_restoring_a_backup_with_a_tampered_key_file_is_refused_in_one_line(
    encrypted: tuple[DataPaths, Path], field: str, value: object
) -> None:
    paths, passphrase = encrypted
    backup = list_backups(paths.backups)[0].path
    tamper(header_path(backup), field, value)
    before = paths.journal.read_bytes()

    line = one_line(run(paths, "restore", backup.name, "--passphrase-file", str(passphrase)))
    assert f"{backup.name}.header.json is damaged ({field}" in line
    assert paths.journal.read_bytes() == before
