"""Whole-journal exports read over a plain connection: the same checks as every command.

`export --format json` and an unfiltered `export --format markdown-folder` skip SQLAlchemy
(a plain connection from the journal context). These runs show they still ask for the
passphrase of an encrypted journal, refuse a journal from a newer version without
touching it, word a damaged file as every command does, and write what the normal path
writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef
from app.security.conversion import encrypt_journal
from app.security.header import header_path
from app.security.kdf import KdfParams
from tests.e2e.conftest import REPO_ROOT, RunCli, run_in_session

pytestmark = pytest.mark.slow  # subprocesses

PASSPHRASE = "correct horse battery"
FAST_KDF = KdfParams.fresh(time_cost=1, memory_kib=8192)


@pytest.fixture
def run_cli(cli_data_dir: Path) -> RunCli:
    """The program in a new session: no terminal, so a passphrase is never prompted for."""
    return lambda *args: run_in_session(cli_data_dir, *args)


def _seed(data_dir: Path) -> None:
    context = open_journal(DataPaths(data_dir))
    try:
        journal = context.journal
        journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, 2),
                title="Styregruppe på Ærø",
                body="Rådmanden ville have tal.",
                tags=(TagRef("dilemma", "control"), TagRef("own", "b", "Budget")),
                answers=(Answer("situation", "Mødet"),),
                template_key="dilemma",
                template_version=1,
                coaching=True,
            )
        )
        journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="HEMMELIGT", private=True))
        gone = journal.create_entry(EntryDraft(day=dt.date(2026, 3, 4), title="Kasseret"))
        journal.trash_entry(gone.id)
    finally:
        context.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one error line without its `refleks COMMAND: error:` prefix."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0].split(": error: ", 1)[1]


def test_whole_journal_exports_do_not_import_sqlalchemy(cli_data_dir: Path, tmp_path: Path) -> None:
    _seed(cli_data_dir)
    for fmt, target in (("json", tmp_path / "b.json"), ("markdown-folder", tmp_path / "md")):
        program = (
            "import sys\n"
            "from app.cli.main import run\n"
            f"code = run(['--data-dir', {str(cli_data_dir)!r}, 'export', '--format', {fmt!r}, "
            f"'--output', {str(target)!r}])\n"
            "print('exit', code, sorted({m.split('.')[0] for m in sys.modules} "
            "& {'sqlalchemy', 'alembic', 'markdown', 'PySide6'}))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", program],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            timeout=60,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        )
        assert done.returncode == 0, done.stderr
        assert "exit 0 []" in done.stdout, done.stdout


def test_encrypted_journal_needs_its_passphrase(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    plain = tmp_path / "plain.json"
    assert run_cli("export", "--format", "json", "--output", str(plain)).returncode == 0
    encrypt_journal(cli_data_dir / "journal.db", PASSPHRASE, params=FAST_KDF)
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")

    backup = tmp_path / "b.json"
    for fmt, target in (("json", backup), ("markdown-folder", tmp_path / "md")):
        # No terminal to ask on: a clear refusal, not a hang.
        done = run_cli("export", "--format", fmt, "--output", str(target))
        assert "--passphrase-file" in _error_line(done)
        assert "does not open" in _error_line(
            run_cli(
                "export", "--format", fmt, "--output", str(target), "--passphrase-file", str(wrong)
            )
        )
        assert not target.exists()
        done = run_cli(
            "export", "--format", fmt, "--output", str(target), "--passphrase-file", str(right)
        )
        assert done.returncode == 0, done.stderr
    assert "The file is not encrypted" in done.stdout or "Wrote 1 entry " in done.stdout
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(json.loads(backup.read_text("utf-8"))) == strip(
        json.loads(plain.read_text("utf-8"))
    )
    assert [p.name.split("-")[3] for p in (tmp_path / "md").iterdir()] == ["styregruppe"]


def test_a_journal_from_a_newer_version_is_refused_and_left_alone(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    journal = cli_data_dir / "journal.db"
    connection = sqlite3.connect(journal)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = _digest(journal)
    listed = _error_line(run_cli("list"))
    assert "newer version" in listed
    for fmt in ("json", "markdown-folder"):
        target = tmp_path / f"out-{fmt}"
        assert _error_line(run_cli("export", "--format", fmt, "--output", str(target))) == listed
        assert not target.exists()
    assert _digest(journal) == before


def test_a_damaged_journal_is_worded_as_for_every_command(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    cli_data_dir.mkdir()
    (cli_data_dir / "journal.db").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    listed = _error_line(run_cli("list"))
    for fmt in ("json", "markdown-folder"):
        target = tmp_path / f"out-{fmt}"
        assert _error_line(run_cli("export", "--format", fmt, "--output", str(target))) == listed


def test_a_new_folder_exports_an_empty_journal(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.json"
    done = run_cli("export", "--format", "json", "--output", str(backup))
    assert done.returncode == 0, done.stderr
    assert json.loads(backup.read_text("utf-8"))["entries"] == []
    done = run_cli("export", "--format", "markdown-folder", "--output", str(tmp_path / "md"))
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "md").iterdir()) == []


def test_markdown_folder_filters_without_sqlalchemy_match_the_summary_rules(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)

    def names(*args: str) -> list[str]:
        target = tmp_path / f"md-{len(list(tmp_path.iterdir()))}"
        done = run_cli("export", "--format", "markdown-folder", "--output", str(target), *args)
        assert done.returncode == 0, done.stderr
        return sorted(p.name.split("-")[3] for p in target.iterdir())

    assert names() == ["styregruppe"]
    assert names("--include-private") == ["hemmeligt", "styregruppe"]
    assert names("--include-private", "--coaching-only") == ["styregruppe"]
    assert names("--include-private", "--from", "2026-03-03") == ["hemmeligt"]
    assert names("--to", "2026-03-01") == []
    # A tag filter takes the normal path; the same entry comes out.
    assert names("--tag", "own:budget") == ["styregruppe"]
    done = run_cli(
        "export", "--format", "markdown-folder", "--output", str(tmp_path / "x"),
        "--from", "2026-03-05", "--to", "2026-03-01",
    )  # fmt: skip
    assert "is after --to" in _error_line(done)


def test_an_encrypted_copy_without_its_header_is_labelled_as_by_the_normal_open(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    """A copy taken before an upgrade of an encrypted journal gets its header when the
    journal is next opened with the key; the backup export takes the normal open for it."""
    _seed(cli_data_dir)
    journal = cli_data_dir / "journal.db"
    encrypt_journal(journal, PASSPHRASE, params=FAST_KDF)
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    copy = cli_data_dir / "backups" / "pre-migration-0000_old-20260101T000000Z.db"
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes(journal.read_bytes())
    assert not header_path(copy).exists()
    target = tmp_path / "b.json"
    done = run_cli(
        "export", "--format", "json", "--output", str(target), "--passphrase-file", str(right)
    )
    assert done.returncode == 0, done.stderr
    assert header_path(copy).exists()
    assert len(json.loads(target.read_text("utf-8"))["entries"]) == 3
