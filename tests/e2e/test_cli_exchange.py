"""`export` and `import` end to end: formats, counts, privacy, and bad input exiting with 2."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft, TagRef
from tests.e2e.conftest import RunCli

pytestmark = pytest.mark.slow  # subprocesses

DATA = Path(__file__).resolve().parents[1] / "data"


def dump(data_dir: Path) -> str:
    connection = sqlite3.connect(data_dir / "journal.db")
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def _seed(data_dir: Path) -> None:
    """Three entries written in-process (faster than three subprocesses)."""
    context = open_journal(DataPaths(data_dir))
    try:
        for draft in (
            EntryDraft(
                day=dt.date(2026, 3, 2),
                title="Styregruppe på Ærø",
                body="Rådmanden ville have tal.",
                tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "moral")),
                coaching=True,
            ),
            EntryDraft(day=dt.date(2026, 3, 3), title="HEMMELIGT-ØKONOMI", private=True),
            EntryDraft(
                day=dt.date(2026, 4, 10), title="Senere", tags=(TagRef("own", "b", "Budget"),)
            ),
        ):
            context.journal.create_entry(draft)
    finally:
        context.close()


def test_summary_formats_leave_private_entries_out(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"summary.{fmt}"
        done = run_cli("export", "--format", fmt, "--output", str(target), "--language", "en")
        assert done.returncode == 0, done.stderr
        assert "Wrote a summary of 2 entries" in done.stdout
        assert "Private entries left out: 1" in done.stdout
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "Styregruppe på Ærø" in text and "HEMMELIGT" not in text
    assert "HEMMELIGT" not in (tmp_path / "summary.html").read_text(encoding="utf-8")
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_summary_filters_and_include_private(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    target = tmp_path / "march.md"
    done = run_cli(
        "export", "--format", "md", "--output", str(target), "--from", "2026-03-01",
        "--to", "2026-03-31", "--include-private", "--name", "Mette",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert "HEMMELIGT-ØKONOMI" in text and "Senere" not in text and "**Af:** Mette" in text
    coaching = tmp_path / "coaching.md"
    done = run_cli("export", "--format", "md", "--output", str(coaching), "--coaching-only")
    assert done.returncode == 0, done.stderr
    assert "Wrote a summary of 1 entry" in done.stdout
    tagged = tmp_path / "tag.md"
    done = run_cli("export", "--format", "md", "--output", str(tagged), "--tag", "own:budget")
    assert done.returncode == 0 and "Senere" in tagged.read_text(encoding="utf-8")


def test_backup_round_trip_through_the_command_line(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    backup = tmp_path / "backup.json"
    done = run_cli("export", "--format", "json", "--output", str(backup))
    assert done.returncode == 0, done.stderr
    assert "whole journal (3 entries, private ones and the trash included)" in done.stdout
    other = tmp_path / "other"
    first = run_cli("import", str(backup), data_dir=other)
    assert first.returncode == 0, first.stderr
    assert "3 added, 0 skipped, 0 updated" in first.stdout
    again = run_cli("import", str(backup), "--on-conflict", "update", data_dir=other)
    assert "0 added, 0 skipped, 3 updated" in again.stdout
    copy = tmp_path / "copy.json"
    assert (
        run_cli("export", "--format", "json", "--output", str(copy), data_dir=other).returncode == 0
    )
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(json.loads(copy.read_text("utf-8"))) == strip(
        json.loads(backup.read_text("utf-8"))
    )


def test_backup_cannot_be_narrowed(run_cli: RunCli, tmp_path: Path) -> None:
    done = run_cli(
        "export", "--format", "json", "--output", str(tmp_path / "b.json"), "--from", "2026-01-01"
    )
    assert done.returncode == 2
    assert "--from cannot narrow a backup" in done.stderr
    assert not (tmp_path / "b.json").exists()


def test_markdown_folder(run_cli: RunCli, cli_data_dir: Path, tmp_path: Path) -> None:
    _seed(cli_data_dir)
    target = tmp_path / "folder"
    done = run_cli("export", "--format", "markdown-folder", "--output", str(target))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in target.iterdir())
    assert len(names) == 2 and names[0].startswith("2026-03-02-styregruppe-på-ærø-")


def test_markdown_folder_says_how_many_private_entries_it_left_out(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    target = tmp_path / "left-out"
    done = run_cli("export", "--format", "markdown-folder", "--output", str(target))
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 entries as Markdown files" in done.stdout
    assert "Left out 1 private entry; add --include-private" in done.stderr
    assert not any("hemmeligt" in p.name for p in target.iterdir())
    everything = tmp_path / "everything"
    done = run_cli(
        "export", "--format", "markdown-folder", "--output", str(everything), "--include-private"
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote 3 entries" in done.stdout and "private" not in done.stderr
    assert any("hemmeligt" in p.name for p in everything.iterdir())


def test_importers_print_counts(run_cli: RunCli, cli_data_dir: Path) -> None:
    done = run_cli("import", str(DATA / "jrnl_export.json"))
    assert done.returncode == 0, done.stderr
    assert "(jrnl-json): 5 added, 0 skipped, 0 updated" in done.stdout
    text = run_cli("import", str(DATA / "jrnl_journal.txt"), "--format", "jrnl-text")
    assert "(jrnl-text): 0 added, 5 skipped, 0 updated" in text.stdout
    dayone = run_cli("import", str(DATA / "dayone_export.zip"))
    assert "(dayone): 2 added, 0 skipped, 0 updated" in dayone.stdout
    assert "had photos or files" in dayone.stdout
    with sqlite3.connect(cli_data_dir / "journal.db") as connection:
        titles = {row[0] for row in connection.execute("SELECT title FROM entries")}
    connection.close()
    assert "Netværksmøde i Aarhus" in titles and "Styregruppemøde om budgettet." in titles


def test_bad_imports_exit_2_and_change_nothing(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    _seed(cli_data_dir)
    before = dump(cli_data_dir)
    truncated = tmp_path / "cut.json"
    truncated.write_text('{"format": "refleks-backup", "schema_version": 1, "entries": [', "utf-8")
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"format": "refleks-backup", "schema_version": 7}), "utf-8")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(500 * 1024 * 1024)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("[2026-03-02 09:00] Ærgerligt\n".encode("latin-1"))
    cases = {
        truncated: "truncated",
        future: "newer Refleks",
        huge: "more than the limit",
        latin: "not UTF-8",
        tmp_path / "missing.json": "does not exist",
    }
    for path, expected in cases.items():
        done = run_cli("import", str(path))
        assert done.returncode == 2, (path, done.stdout)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0] and str(path) in lines[0], done.stderr
        assert dump(cli_data_dir) == before


def test_bad_export_arguments(run_cli: RunCli, tmp_path: Path) -> None:
    cases = [
        (
            ["--format", "md", "--output", str(tmp_path / "x.md"), "--tag", "dilemma:nope"],
            "Unknown tag",
        ),
        (["--format", "md", "--output", str(tmp_path / "no" / "x.md")], "does not exist"),
        (
            ["--format", "md", "--output", str(tmp_path / "x.md"), "--module", "9"],
            "no course module",
        ),
    ]
    for args, expected in cases:
        done = run_cli("export", *args)
        assert done.returncode == 2 and expected in done.stderr, done.stderr


def test_no_export_lands_on_the_journal_or_a_backup(run_cli: RunCli, cli_data_dir: Path) -> None:
    """Each of these exited 0 and replaced the journal or a backup with the export."""
    _seed(cli_data_dir)
    made = run_cli("backup")
    assert made.returncode == 0, made.stderr
    [backup] = sorted((cli_data_dir / "backups").iterdir())
    backup_bytes = backup.read_bytes()
    before = dump(cli_data_dir)
    cases = [
        (["--format", "md", "--output", str(cli_data_dir / "journal.db")], "own files"),
        (["--format", "json", "--output", str(cli_data_dir / "journal.db")], "own files"),
        (["--format", "pdf", "--output", str(cli_data_dir / "journal.db-wal")], "own files"),
        (
            ["--format", "md", "--output", str(cli_data_dir / "journal.db.header.json")],
            "own files",
        ),
        (["--format", "html", "--output", str(backup)], "backups folder"),
        (["--format", "json", "--output", str(backup)], "backups folder"),
        (
            ["--format", "markdown-folder", "--output", str(cli_data_dir / "backups" / "md")],
            "backups folder",
        ),
        (["--format", "markdown-folder", "--output", str(cli_data_dir)], "holds your journal"),
    ]
    for args, expected in cases:
        done = run_cli("export", *args)
        assert done.returncode == 2, (args, done.stdout)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], done.stderr
    assert dump(cli_data_dir) == before
    assert backup.read_bytes() == backup_bytes
    assert sorted(p.name for p in (cli_data_dir / "backups").iterdir()) == [backup.name]


@pytest.mark.parametrize("fmt", ["md", "json", "pdf"])
def test_export_onto_an_existing_folder_is_one_line(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path, fmt: str
) -> None:
    _seed(cli_data_dir)
    folder = tmp_path / "exports"
    folder.mkdir()
    done = run_cli("export", "--format", fmt, "--output", str(folder))
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "is a folder" in lines[0], done.stderr
    assert not list(folder.iterdir())


def test_import_of_a_too_long_entry_exits_2_and_writes_nothing(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    from app.records import MAX_BODY_CHARS

    _seed(cli_data_dir)
    before = dump(cli_data_dir)
    path = tmp_path / "long.json"
    entry = {"title": "Langt", "body": "a" * (MAX_BODY_CHARS + 1), "date": "2026-03-01",
             "time": "09:00", "tags": [], "starred": False}  # fmt: skip
    path.write_text(json.dumps({"tags": {}, "entries": [entry]}), encoding="utf-8")
    done = run_cli("import", str(path))
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "entries[0].body" in lines[0], done.stderr
    assert dump(cli_data_dir) == before


def test_the_journal_itself_is_never_read_as_an_import(run_cli, cli_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Reading journal.db with open() beside a connection would cancel SQLite's locks;
    and it is no import. Refused in one line, before anything is opened or written."""
    assert run_cli("new", "--title", "Først", stdin="tekst").returncode == 0
    before = (cli_data_dir / "journal.db").stat().st_mtime_ns
    for name in ("journal.db", "journal.db-wal"):
        done = run_cli("import", str(cli_data_dir / name))
        assert done.returncode == 2
        assert "one of your journal's own files" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert (cli_data_dir / "journal.db").stat().st_mtime_ns == before
