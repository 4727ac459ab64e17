"""The command line end to end: new, list, show, tags, templates, and every bad input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.records import MAX_BODY_CHARS
from tests.e2e.conftest import RunCli


def entry_count(data_dir: Path) -> int:
    path = data_dir / "journal.db"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    connection.close()
    return int(count)


def test_new_list_show_round_trip(run_cli: RunCli) -> None:
    made = run_cli(
        "new", "--title", "Efter mødet", "--date", "2026-03-14",
        "--tag", "dilemma:control", "--tag", "legitimacy:moral", "--tag", "own:Budget",
        "--template", "postcard", "--private", "--coaching",
        stdin="Jeg blev optaget af **ansvar** og får nye vinkler.\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    entry_id = int(made.stdout.strip())

    listed = run_cli("list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    [item] = json.loads(listed.stdout)
    assert item["id"] == entry_id
    assert item["date"] == "2026-03-14"
    assert item["title"] == "Efter mødet"
    assert sorted(item["tags"]) == ["dilemma:control", "legitimacy:moral", "own:budget"]
    assert item["template"] == "postcard"
    assert item["private"] is True and item["coaching"] is True
    assert len(item["uuid"]) == 36

    shown = run_cli("show", str(entry_id))
    assert shown.returncode == 0
    assert "Efter mødet" in shown.stdout and "får nye vinkler" in shown.stdout

    shown_json = json.loads(run_cli("show", str(entry_id), "--format", "json").stdout)
    assert shown_json["body"] == "Jeg blev optaget af **ansvar** og får nye vinkler.\n"


def test_list_filters_order_and_limit(run_cli: RunCli) -> None:
    for day, title, tag in [
        ("2026-01-10", "Januar", "dilemma:risk"),
        ("2026-02-10", "Februar", "paradox:self_leadership"),
        ("2026-03-10", "Marts", "dilemma:risk"),
    ]:
        assert (
            run_cli(
                "new", "--title", title, "--date", day, "--tag", tag, stdin="magt og ansvar"
            ).returncode
            == 0
        )

    def titles(*args: str) -> list[str]:
        result = run_cli("list", "--format", "json", *args)
        assert result.returncode == 0, result.stderr
        return [item["title"] for item in json.loads(result.stdout)]

    assert titles() == ["Marts", "Februar", "Januar"]
    assert titles("--limit", "2") == ["Marts", "Februar"]
    assert titles("--from", "2026-02-01") == ["Marts", "Februar"]
    assert titles("--to", "2026-02-10") == ["Februar", "Januar"]
    assert titles("--tag", "dilemma:risk") == ["Marts", "Januar"]
    assert titles("--family", "paradox") == ["Februar"]
    assert titles("--search", "febr*") == ["Februar"]
    assert titles("--search", "ansvar", "--from", "2026-03-01") == ["Marts"]
    text = run_cli("list")
    assert text.stdout.splitlines()[0].split()[1] == "2026-03-10"


def test_every_matching_entry_is_listed_without_limit(run_cli: RunCli, cli_data_dir: Path) -> None:
    import datetime as dt

    from app.journal.context import open_journal
    from app.journal.paths import DataPaths
    from app.records import EntryDraft

    context = open_journal(DataPaths(cli_data_dir))
    for i in range(1205):
        context.journal.create_entry(
            EntryDraft(day=dt.date(2020, 1, 1) + dt.timedelta(days=i), title=f"n{i}")
        )
    context.close()
    result = run_cli("list", "--format", "json")
    assert len(json.loads(result.stdout)) == 1205

    # A reader that stops early (`| head -1`) ends the command quietly, no traceback.
    import subprocess
    import sys

    from tests.e2e.conftest import REPO_ROOT

    reader = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "main.py"), "--data-dir", str(cli_data_dir), "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO_ROOT,
    )  # fmt: skip
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline().strip()
    reader.stdout.close()
    stderr = reader.stderr.read().decode()
    reader.stderr.close()
    reader.wait(timeout=60)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_tags_and_templates(run_cli: RunCli) -> None:
    run_cli("new", "--title", "x", "--tag", "dilemma:control", stdin="")
    tags = json.loads(run_cli("tags", "--format", "json").stdout)
    families = {family["family"]: family for family in tags}
    assert set(families) == {
        "dilemma",
        "paradox",
        "legitimacy",
        "role",
        "strategy",
        "responsibility",
        "own",
    }
    control = next(i for i in families["dilemma"]["items"] if i["key"] == "control")
    assert control["count"] == 1 and control["da"] and control["en"]
    assert {i["key"] for i in families["legitimacy"]["items"]} == {
        "pragmatic",
        "moral",
        "cognitive",
        "legal",
    }
    templates = json.loads(run_cli("templates", "--format", "json").stdout)
    assert {t["key"] for t in templates} >= {
        "postcard", "public_value", "network_strategy", "dilemma", "paradox",
        "legitimacy", "leader_roles", "fourfold_responsibility", "free",
    }  # fmt: skip
    assert "postcard" in run_cli("templates").stdout


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["new", "--title", "x", "--date", "2026-02-30"], "", "not a valid date"),
        (
            ["new", "--title", "x", "--tag", "dilemma:nonsense"],
            "",
            "Valid keys for dilemma: control",
        ),
        (["new", "--title", "x", "--tag", "nocolon"], "", "FAMILY:KEY"),
        (["new", "--title", "x", "--template", "sonnet"], "", "Unknown template 'sonnet'"),
        (["new", "--title", "x"], b"caf\xe9 au lait", "not UTF-8"),
        (["show", "4242"], "", "no entry with id 4242"),
        (["show", "abc"], "", "positive whole number"),
        (["list", "--family", "moods"], "", "Unknown family 'moods'"),
        (["list", "--from", "yesterday"], "", "not a valid date"),
        # Beyond SQLite's integers: was an OverflowError traceback.
        (["show", "99999999999999999999999"], "", "too large"),
        (["course", "delete", "99999999999999999999999"], "", "too large"),
        # An empty period: was no output and exit 0.
        (["list", "--from", "2026-05-01", "--to", "2026-01-01"], "", "is after --to"),
        # Only YYYY-MM-DD in a sane range: these were stored as 2026-03-14 and 9999-12-31.
        (["new", "--title", "x", "--date", "20260314"], "", "not a valid date"),
        (["new", "--title", "x", "--date", "2026-W11-6"], "", "not a valid date"),
        (["new", "--title", "x", "--date", "9999-12-31"], "", "outside the dates"),
        (["list", "--to", "0001-01-01"], "", "outside the dates"),
        (["course", "add", "C", "--module", "M=2026-W11-6"], "", "is not a module"),
        # A body past the limit: was accepted whole (200 MB in the report).
        (["new", "--title", "x"], "a" * (MAX_BODY_CHARS + 1), "characters"),
        (["new", "--title", "x"], "a" * (4 * MAX_BODY_CHARS + 1), "characters"),
    ],
)
def test_bad_input_is_one_clear_line_exit_2_nothing_written(
    run_cli: RunCli, cli_data_dir: Path, args: list[str], stdin: str | bytes, expected: str
) -> None:
    run_cli("new", "--title", "existing", stdin="")
    result = run_cli(*args, stdin=stdin)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert entry_count(cli_data_dir) == 1


def test_data_dir_from_environment(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.e2e.conftest import REPO_ROOT

    folder = tmp_path / "via-env"
    env = {**os.environ, "REFLEKS_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "main.py", "new", "--title", "env"], cwd=REPO_ROOT, env=env,
        input=b"", capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (folder / "journal.db").exists()


@pytest.mark.parametrize("command", [["list"], ["show", "1"], ["new", "--title", "x"], ["tags"]])
def test_a_journal_that_is_a_folder_is_reported_not_a_traceback(
    run_cli: RunCli, cli_data_dir: Path, command: list[str]
) -> None:
    (cli_data_dir / "journal.db").mkdir(parents=True)
    (cli_data_dir / "journal.db" / "inside.txt").write_text("kept", encoding="utf-8")
    result = run_cli(*command, stdin="")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "journal.db is a folder" in lines[0]
    assert (cli_data_dir / "journal.db" / "inside.txt").read_text(encoding="utf-8") == "kept"


def test_new_with_a_time_lists_and_shows_it_in_order(run_cli: RunCli, cli_data_dir: Path) -> None:
    for title, clock in (("Morgen", "08:05"), ("Aften", "18:06")):
        made = run_cli("new", "--title", title, "--date", "2026-03-14", "--time", clock, stdin="")
        assert made.returncode == 0, made.stderr
    listed = run_cli("list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert "2026-03-14 18:06  Aften" in lines[0] and "2026-03-14 08:05  Morgen" in lines[1]
    [aften] = [
        i for i in json.loads(run_cli("list", "--format", "json").stdout) if i["time"] == "18:06"
    ]
    shown = run_cli("show", str(aften["id"]))
    assert "2026-03-14 18:06" in shown.stdout
    before = entry_count(cli_data_dir)
    bad = run_cli("new", "--title", "Forkert", "--time", "25:00", stdin="")
    assert bad.returncode == 2 and "not a time of day" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert entry_count(cli_data_dir) == before
