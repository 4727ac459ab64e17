"""`commitments add|list|close` and `coaching add|list` through the command line's run():
ids printed, the JSON fields, the follow-up entry, and bad input refused with status 2
and one line, the journal unchanged."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import subprocess
import sys
import unittest.mock
from pathlib import Path

import pytest

from app.cli.main import run

REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The follow-up's words follow the window's saved language: Danish here.
    monkeypatch.setattr("app.cli.commitment_commands.saved_language", lambda: "da")
    return tmp_path / "data"


def cli(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        unittest.mock.patch.object(sys, "stdin", stdin),
    ):
        try:
            code = run(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def ok(data_dir: Path, *args: str) -> str:
    code, out, err = cli(data_dir, *args)
    assert code == 0, err
    return out


def rows(data_dir: Path) -> tuple[list[tuple[object, ...]], ...]:
    """Everything the commands could write, to compare before and after."""
    connection = sqlite3.connect(data_dir / "journal.db")
    try:
        return tuple(
            connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("entries", "commitments", "coaching_sessions")
        )
    finally:
        connection.close()


def test_add_list_close_end_to_end(data_dir: Path) -> None:
    entry = ok(data_dir, "new", "--title", "Svær samtale", "--date", "2026-11-02").strip()
    made = ok(data_dir, "commitments", "add", entry, "--text", "Spørg først", "--due", "2026-11-20")
    assert made.strip() == "1"
    ok(data_dir, "commitments", "add", entry, "--text", "Ros oftere")

    listed = json.loads(ok(data_dir, "commitments", "list", "--format", "json"))
    assert listed == [
        {
            "id": 1,
            "entry_id": int(entry),
            "text": "Spørg først",
            "due": "2026-11-20",
            "status": "open",
            "note": "",
        },
        {
            "id": 2,
            "entry_id": int(entry),
            "text": "Ros oftere",
            "due": None,
            "status": "open",
            "note": "",
        },
    ]

    closed = ok(data_dir, "commitments", "close", "1", "--changed", "--note", "Spurgte halvdelen")
    assert closed.strip() == "Closed commitment 1 as changed; the follow-up is entry 2."
    open_only = json.loads(ok(data_dir, "commitments", "list", "--open", "--format", "json"))
    assert [c["id"] for c in open_only] == [2]
    every = json.loads(ok(data_dir, "commitments", "list", "--format", "json"))
    assert every[1] == {
        "id": 1,
        "entry_id": int(entry),
        "text": "Spørg først",
        "due": "2026-11-20",
        "status": "changed",
        "note": "Spurgte halvdelen",
    }
    follow_up = json.loads(ok(data_dir, "show", "2", "--format", "json"))
    assert follow_up["title"] == "Opfølgning: Spørg først"
    assert "Udfald: Ændret" in follow_up["body"] and "Spurgte halvdelen" in follow_up["body"]

    text = ok(data_dir, "commitments", "list")
    assert text.splitlines()[0].split()[:3] == ["2", "open", "-"]
    assert "Spurgte halvdelen" in text


def test_private_commitments_show_in_the_users_own_list(data_dir: Path) -> None:
    secret = ok(data_dir, "new", "--title", "Privat", "--private").strip()
    ok(data_dir, "commitments", "add", secret, "--text", "Tal med chefen")
    assert "🔒" in ok(data_dir, "commitments", "list")
    listed = json.loads(ok(data_dir, "commitments", "list", "--format", "json"))
    assert [c["text"] for c in listed] == ["Tal med chefen"]
    assert set(listed[0]) == {"id", "entry_id", "text", "due", "status", "note"}


def test_coaching_add_and_list(data_dir: Path) -> None:
    assert ok(data_dir, "coaching", "list").startswith("No coaching sessions yet")
    made = ok(data_dir, "coaching", "add", "--date", "2026-11-01")
    assert made.strip() == "Recorded the coaching session of 2026-11-01 (id 1)."
    ok(data_dir, "coaching", "add", "--date", "2026-12-01", "--note", "Om tillid")
    assert ok(data_dir, "coaching", "list").splitlines() == [
        "   2  2026-12-01  Om tillid",
        "   1  2026-11-01",
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("commitments", "add", "99", "--text", "x"), "no entry with id 99"),
        (("commitments", "add", "1", "--text", "   "), "needs a text"),
        (("commitments", "add", "1", "--text", "x", "--due", "2026-02-30"), "not a valid date"),
        (("commitments", "add", "1", "--text", "x", "--due", "tomorrow"), "not a valid date"),
        (("commitments", "add", "1"), "--text"),
        (("commitments", "add", "2", "--text", "x"), "in the trash"),
        (("commitments", "close", "99", "--kept", "--note", "x"), "no commitment with id 99"),
        (("commitments", "close", "1", "--note", "x"), "one of the arguments"),
        (("commitments", "close", "1", "--kept", "--dropped", "--note", "x"), "not allowed"),
        (("commitments", "close", "1", "--kept"), "--note"),
        (("commitments", "close", "2", "--kept", "--note", "x"), "already closed"),
        (("commitments", "close", "abc", "--kept", "--note", "x"), "not a positive"),
        (("commitments", "list", "--format", "xml"), "invalid choice"),
        (("coaching", "add", "--date", "1.11.2026"), "not a valid date"),
        (("coaching", "add", "--date", "2026-11-01"), "recorded already"),
        (("coaching", "add"), "--date"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    data_dir: Path, args: tuple[str, ...], says: str
) -> None:
    ok(data_dir, "new", "--title", "Levende")
    trashed = ok(data_dir, "new", "--title", "Smidt ud").strip()
    ok(data_dir, "commitments", "add", "1", "--text", "Åben")
    ok(data_dir, "commitments", "add", "1", "--text", "Lukket")
    ok(data_dir, "commitments", "close", "2", "--kept", "--note", "fint")
    ok(data_dir, "coaching", "add", "--date", "2026-11-01")
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths

    context = open_journal(DataPaths(data_dir))
    try:
        context.journal.trash_entry(int(trashed))
    finally:
        context.close()
    before = rows(data_dir)

    code, out, err = cli(data_dir, *args)

    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and says in err
    assert "Traceback" not in err
    assert rows(data_dir) == before


def test_the_commands_as_a_program(tmp_path: Path) -> None:
    """One run of the real program: the commands are registered and print the id."""
    data = tmp_path / "data"
    program = [sys.executable, str(REPO_ROOT / "main.py"), "--data-dir", str(data)]
    made = subprocess.run(
        [*program, "new", "--title", "x"], capture_output=True, text=True, timeout=60, input=""
    )
    assert made.returncode == 0, made.stderr
    added = subprocess.run(
        [*program, "commitments", "add", made.stdout.strip(), "--text", "y"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (added.returncode, added.stdout) == (0, "1\n"), added.stderr


def test_a_private_commitment_leaves_only_with_include_private(
    data_dir: Path, tmp_path: Path
) -> None:
    shared = ok(data_dir, "new", "--title", "Delt").strip()
    secret = ok(data_dir, "new", "--title", "Skjult", "--private").strip()
    ok(data_dir, "commitments", "add", shared, "--text", "DELT-AFTALE")
    ok(data_dir, "commitments", "add", secret, "--text", "SKJULT-AFTALE")
    plain, private = tmp_path / "plain.md", tmp_path / "private.md"
    ok(data_dir, "export", "--format", "md", "--output", str(plain))
    ok(data_dir, "export", "--format", "md", "--output", str(private), "--include-private")
    assert "DELT-AFTALE" in plain.read_text("utf-8")
    assert "SKJULT" not in plain.read_text("utf-8")
    assert "SKJULT-AFTALE" in private.read_text("utf-8")
