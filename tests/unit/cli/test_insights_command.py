"""`insights`: its JSON equals independent counts over a generated journal, private entries
only with --include-private, and bad input exits 2 with one line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli.main import run
from tests.unit.insights.generated import (
    counted_rows,
    expected_by_tag,
    expected_pairs,
    expected_weeks,
    generated_journal,
    month_of,
    quarter_of,
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, catalog) -> Path:  # type: ignore[no-untyped-def]
    return generated_journal(tmp_path_factory.mktemp("cli") / "data", catalog, size=500).root


def _insights(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert run(["--data-dir", str(data_dir), "insights", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("by", "bucket"), [("month", month_of), ("quarter", quarter_of)])
@pytest.mark.parametrize("include_private", [False, True])
def test_json_equals_independent_counts(
    data_dir: Path, capsys: pytest.CaptureFixture[str], by: str, bucket, include_private: bool
) -> None:  # type: ignore[no-untyped-def]
    first, last = dt.date(2020, 12, 20), dt.date(2022, 1, 10)
    flags = ["--include-private"] if include_private else []
    found = _insights(
        data_dir, capsys, "--from", "2020-12-20", "--to", "2022-01-10", "--by", by, *flags
    )
    entries, tags = counted_rows(
        data_dir / "journal.db", first, last, include_private=include_private
    )

    periods = found["periods"]
    assert periods[0] == bucket("2020-12-20") and periods[-1] == bucket("2022-01-10")
    assert len(periods) == (14 if by == "month" else 6)  # the year boundary both ways
    cells = {
        (tag, period): n
        for tag, counts in found["by_tag"].items()
        for period, n in zip(periods, counts, strict=True)
        if n
    }
    assert cells == dict(expected_by_tag(entries, tags, bucket))
    assert sum(found["entries"]) == len(entries)
    pairs = {
        (row, column): n
        for row, columns in found["dilemma_legitimacy"].items()
        for column, n in columns.items()
    }
    assert pairs == dict(expected_pairs(entries, tags))
    weeks = {week["week"]: week["count"] for week in found["entries_per_week"] if week["count"]}
    assert weeks == dict(expected_weeks(entries))
    assert found["include_private"] is include_private


def test_private_entries_are_left_out_by_default(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    public = _insights(data_dir, capsys)
    everything = _insights(data_dir, capsys, "--include-private")
    assert sum(public["entries"]) < sum(everything["entries"])


def test_text_lists_the_families_and_the_rhythm(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(data_dir), "insights", "--by", "quarter"]) == 0
    text = capsys.readouterr().out
    assert "Dilemmas" in text and "Leader roles" in text and "Network strategies" in text
    assert "Dilemma or paradox × legitimacy" in text and "Entries per week" in text
    assert "private entries left out" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30"], "'2026-02-30' is not a valid date"),
        (["--to", "yesterday"], "'yesterday' is not a valid date"),
        (["--from", "2026-03-01", "--to", "2026-01-01"], "is after --to"),
        (["--by", "week"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    try:
        status = run(["--data-dir", str(data_dir), "insights", *args])
    except SystemExit as leaving:
        status = leaving.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert message in captured.err and captured.err.count("\n") == 1
