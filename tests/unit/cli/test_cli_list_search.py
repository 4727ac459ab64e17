"""`list --search`: Danish word starts and compounds, own tags, the order of best match."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli.main import run
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft, TagRef


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    context = open_journal(DataPaths(folder))
    try:
        journal = context.journal
        for day, title, body, tags in [
            (1, "Kontrollen", "Om styring.", ()),
            (2, "Mødet", "Hvad er kerneopgaven? Kontrol kontrol kontrol.", ()),
            (3, "Borgermøde", "Ingen af ordene.", (TagRef("own", "", "Borgerinddragelse"),)),
            (4, "Samtale med min far", "", ()),
            (5, "Hvad får vi?", "", ()),
        ]:
            journal.create_entry(
                EntryDraft(day=dt.date(2026, 5, day), title=title, body=body, tags=tags)
            )
    finally:
        context.close()
    return folder


def listed(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    assert run(["--data-dir", str(data_dir), "list", "--format", "json", *args]) == 0
    return [item["title"] for item in json.loads(capsys.readouterr().out)]


def test_search_finds_word_starts_compounds_and_own_tags(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert listed(data_dir, capsys, "--search", "kontro") == ["Mødet", "Kontrollen"]
    assert listed(data_dir, capsys, "--search", "opgave") == ["Mødet"]
    assert listed(data_dir, capsys, "--search", "borgerinddragelse") == ["Borgermøde"]
    assert listed(data_dir, capsys, "--search", "får") == ["Hvad får vi?"]
    assert listed(data_dir, capsys, "--search", "far") == ["Samtale med min far"]
    assert listed(data_dir, capsys, "--search", "NEAR(kontrol AND ^opgave*:") == ["Mødet"]


def test_order_by_match_or_by_date(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The title says most: "Kontrollen" first by match, though "Mødet" is newer.
    assert listed(data_dir, capsys, "--search", "kontrollen", "--order", "match") == ["Kontrollen"]
    by_match = listed(data_dir, capsys, "--search", "kontrol", "--order", "match")
    by_date = listed(data_dir, capsys, "--search", "kontrol", "--order", "date")
    assert sorted(by_match) == sorted(by_date) == ["Kontrollen", "Mødet"]
    assert by_date == ["Mødet", "Kontrollen"]
    assert listed(data_dir, capsys, "--search", "kontrol", "--order", "match", "--limit", "1")


def test_excerpt_shows_the_match(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(data_dir), "list", "--format", "json", "--search", "opgave"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert "kerneopgaven" in item["excerpt"]


def test_order_by_match_without_a_search_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--data-dir", str(data_dir), "list", "--order", "match"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "--search" in error
