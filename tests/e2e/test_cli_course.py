"""`course add|list|import|delete` end to end, as a subprocess over a temporary data folder."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import unittest.mock
from pathlib import Path

import pytest

from app.cli.main import run
from tests.e2e.conftest import RunCli

pytestmark = pytest.mark.slow  # about twenty subprocess starts

PLAN = """\
modul;dato;sted;noter
Modul 1: Offentlig værdi;15.01.2026;Kolding;Læs kapitel 3
Modul 2: Netværksledelse;05.03.2026;Vejle;
"""


def run_in_process(data_dir: Path, *args: str, stdin_text: str = "") -> tuple[int, str, str]:
    """The same command line in this process: for the many small bad-input cases."""
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(stdin_text.encode("utf-8")), encoding="utf-8")
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


def test_add_then_list_with_entries_and_postcards(run_cli: RunCli, cli_data_dir: Path) -> None:
    made = run_cli(
        "course", "add", "Ledelse i netværksstaten",
        "--module", "Modul 2=2026-03-05", "--module", "Modul 1=2026-01-15",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "Course 1 'Ledelse i netværksstaten' with 2 modules."
    for day in ("2026-01-10", "2026-01-15", "2026-03-04", "2026-03-05"):
        assert run_in_process(cli_data_dir, "new", "--title", f"Dag {day}", "--date", day)[0] == 0
    code, card_id, _ = run_in_process(
        cli_data_dir, "new", "--title", "Postkort", "--date", "2026-02-01", "--template", "postcard"
    )
    assert code == 0

    listed = run_cli("course", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [course] = json.loads(listed.stdout)
    assert course["name"] == "Ledelse i netværksstaten"
    first, second = course["modules"]
    assert (first["name"], first["date"], first["entries"]) == ("Modul 1", "2026-01-15", 3)
    assert first["postcard_done"] is True
    assert first["postcard_entry"] == int(card_id)
    assert (second["name"], second["entries"], second["postcard_done"]) == ("Modul 2", 1, False)

    code, text, _ = run_in_process(cli_data_dir, "course", "list")
    assert code == 0
    assert "2026-01-15  Modul 1  3 entries  postcard done" in text
    assert "2026-03-05  Modul 2  1 entry  postcard due" in text


def test_import_a_plan_and_delete_the_course(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    plan = tmp_path / "hold_3.csv"
    plan.write_text(PLAN, encoding="utf-8")
    imported = run_cli("course", "import", str(plan), "--name", "Hold 3")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Course 1 'Hold 3' with 2 modules."
    [course] = json.loads(run_cli("course", "list", "--format", "json").stdout)
    assert [(m["name"], m["place"], m["notes"]) for m in course["modules"]] == [
        ("Modul 1: Offentlig værdi", "Kolding", "Læs kapitel 3"),
        ("Modul 2: Netværksledelse", "Vejle", None),
    ]
    deleted = run_cli("course", "delete", "1")
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(run_in_process(cli_data_dir, "course", "list", "--format", "json")[1]) == []
    assert "No courses yet" in run_in_process(cli_data_dir, "course", "list")[1]


def test_bad_inputs_exit_2_with_one_line_and_write_nothing(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    bad_plan = tmp_path / "plan.csv"
    bad_plan.write_text("name,date\nModul 1,2026-01-15\nModul 2,snart\n", encoding="utf-8")
    # The real program, once for a service error and once for a bad argument.
    for args, message in (
        (("course", "import", str(bad_plan)), "line 3, field 'date': 'snart' is not a date"),
        (("course", "add", "K", "--module", "Modul 1"), "use NAME=YYYY-MM-DD"),
    ):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stdout == ""
    cases = [
        (("course", "import", str(tmp_path / "nope.toml")), "does not exist"),
        (("course", "add", "K", "--module", "Modul 1=14.03.2026"), "use NAME=YYYY-MM-DD"),
        (("course", "add", " "), "needs a name"),
        (
            ("course", "add", "K", "--module", "A=2026-01-15", "--module", "B=2026-01-15"),
            "both on 2026-01-15",
        ),
        (("course", "delete", "7"), "There is no course with id 7"),
        (("course", "link", "1"), "one of the arguments MODULE_ID --none is required"),
        (("course", "log", "--format", "md", "--output", "x.md"), "--course --module"),
    ]
    for args, message in cases:
        code, out, err = run_in_process(cli_data_dir, *args)
        assert code == 2, (args, err)
        assert message in err, (args, err)
        assert len(err.strip().splitlines()) == 1, err
        assert out == ""
    assert json.loads(run_in_process(cli_data_dir, "course", "list", "--format", "json")[1]) == []


def test_link_an_entry_and_write_the_learning_log(
    run_cli: RunCli, cli_data_dir: Path, tmp_path: Path
) -> None:
    made = run_cli("course", "add", "K", "--module", "M1=2026-01-15", "--module", "M2=2026-03-05")
    assert made.returncode == 0, made.stderr
    card = run_cli(
        "new", "--title", "Postkort", "--date", "2026-03-10", "--template", "postcard",
        stdin="Jeg blev optaget af potentialitet.",
    )  # fmt: skip
    entry_id = card.stdout.strip()
    code, _, _ = run_in_process(
        cli_data_dir, "new", "--title", "Hemmeligt", "--date", "2026-01-20", "--private"
    )
    assert code == 0
    linked = run_cli("course", "link", entry_id, "1")
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.strip() == f"Entry {entry_id} now belongs to 'M1' (K)."
    [course] = json.loads(run_in_process(cli_data_dir, "course", "list", "--format", "json")[1])
    assert [m["postcard_done"] for m in course["modules"]] == [True, False]

    output = tmp_path / "log.md"
    log = run_cli("course", "log", "--course", "1", "--format", "md", "--output", str(output))
    assert log.returncode == 0, log.stderr
    assert "1 private left out" in log.stdout
    text = output.read_text(encoding="utf-8")
    assert "## M1 — 15. januar 2026" in text
    assert "Jeg blev optaget af potentialitet." in text
    assert "Hemmeligt" not in text
    assert output.stat().st_mode & 0o777 == 0o600

    code, out, _ = run_in_process(cli_data_dir, "course", "link", entry_id, "--none")
    assert (code, out.strip()) == (0, f"Entry {entry_id} follows its date again: 'M2' (K).")
    for args, message in (
        (("course", "link", entry_id, "9"), "There is no module with id 9"),
        (("course", "link", "99", "1"), "There is no entry with id 99"),
        (("course", "log", "--module", "9", "--format", "md", "--output", str(output)), "id 9"),
    ):
        code, _, err = run_in_process(cli_data_dir, *args)
        assert code == 2 and message in err, err
