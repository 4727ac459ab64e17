"""`sync setup|now|status|stop` and `edit ID [--title T]` through the command line's run():
what they print, JSON status, and bad input refused with status 2 and one line."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import unittest.mock
from pathlib import Path

from app.cli.main import run


def cli(data_dir: Path, *args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        unittest.mock.patch.object(sys, "stdin", stream),
    ):
        try:
            code = run(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def ok(data_dir: Path, *args: str, stdin: bytes = b"") -> str:
    code, out, err = cli(data_dir, *args, stdin=stdin)
    assert code == 0, err
    return out


def refused(data_dir: Path, *args: str, stdin: bytes = b"") -> str:
    code, _out, err = cli(data_dir, *args, stdin=stdin)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_two_devices_sync_through_the_commands(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    laptop, home = tmp_path / "laptop", tmp_path / "home"
    ok(laptop, "sync", "setup", str(folder))
    ok(home, "sync", "setup", str(folder))
    ok(laptop, "new", "--title", "Fra arbejdet", stdin=b"om ansvar")

    assert "Sent 1 change(s)" in ok(laptop, "sync", "now")
    assert "merged 1" in ok(home, "sync", "now")
    (entry,) = json.loads(ok(home, "list", "--format", "json"))
    assert entry["title"] == "Fra arbejdet"

    ok(home, "edit", str(entry["id"]), "--title", "Hjemmefra", stdin=b"ny tekst")
    ok(home, "sync", "now")
    ok(laptop, "sync", "now")
    shown = json.loads(ok(laptop, "show", "1", "--format", "json"))
    assert (shown["title"], shown["body"]) == ("Hjemmefra", "ny tekst")

    status = json.loads(ok(laptop, "sync", "status", "--format", "json"))
    assert status["enabled"] is True
    assert status["folder"] == str(folder)
    assert len(status["devices"]) == 1 and status["conflicts"] == 0
    assert "Folder:" in ok(laptop, "sync", "status")

    ok(laptop, "sync", "stop")
    assert json.loads(ok(laptop, "sync", "status", "--format", "json"))["enabled"] is False
    assert "not set up" in refused(laptop, "sync", "now")


def test_edit_keeps_the_body_without_stdin_and_the_title_without_title(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(data, "new", "--title", "Titel", stdin=b"krop")
    ok(data, "edit", "1", "--title", "Ny titel")
    ok(data, "edit", "1", stdin="ny krop æøå".encode())
    shown = json.loads(ok(data, "show", "1", "--format", "json"))
    assert (shown["title"], shown["body"]) == ("Ny titel", "ny krop æøå")


def test_bad_input_is_one_line_and_status_two(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(data, "new", "--title", "Titel")
    assert "Nothing to change" in refused(data, "edit", "1")
    assert "no entry" in refused(data, "edit", "7", "--title", "x")
    assert "does not exist" in refused(data, "sync", "setup", str(tmp_path / "no" / "where"))
    (tmp_path / "file").write_text("x")
    assert "is a file" in refused(data, "sync", "setup", str(tmp_path / "file"))
    assert "not set up" in refused(data, "sync", "now")
    assert "Not syncing" in ok(data, "sync", "status")
