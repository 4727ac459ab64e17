"""The one list of formats: every place that names formats takes them from it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.cli.main import build_parser
from app.exchange import registry
from app.exchange.errors import ImportFormatError
from app.exchange.registry import AUTO, EXPORTS, IMPORTS, detect_format, file_filter


def _choices(parser: argparse.ArgumentParser, command: str, option: str) -> tuple[str, ...]:
    sub = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    found = next(a for a in sub.choices[command]._actions if option in a.option_strings)
    return tuple(found.choices)


def test_the_command_line_offers_exactly_the_registry() -> None:
    parser = build_parser()
    assert _choices(parser, "import", "--format") == (AUTO, *(f.name for f in IMPORTS))
    assert _choices(parser, "export", "--format") == tuple(f.name for f in EXPORTS)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    log = next(
        a for a in sub.choices["course"]._actions if isinstance(a, argparse._SubParsersAction)
    )
    learning = next(a for a in log.choices["log"]._actions if "--format" in a.option_strings)
    assert tuple(learning.choices) == tuple(f.name for f in EXPORTS if f.for_learning_log)


def test_every_reader_and_recogniser_is_there() -> None:
    for found in IMPORTS:
        for reference in (found.reader, found.recognises):
            assert callable(registry._function(reference)), reference


def test_file_filters_list_each_suffix_once() -> None:
    assert file_filter(IMPORTS, "Journals") == "Journals (*.json *.txt *.zip)"
    summaries = tuple(f for f in EXPORTS if f.kind == "summary")
    assert file_filter(summaries, "Summaries") == "Summaries (*.pdf *.md *.html)"


def test_broken_json_is_named_where_it_breaks(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": [\n  {"title": "x",,}\n]}', encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        detect_format(broken)
    assert "line 2" in str(caught.value)


def test_an_unknown_file_lists_the_formats_by_name(tmp_path: Path) -> None:
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as caught:
        detect_format(odd)
    assert all(found.name in str(caught.value) for found in IMPORTS)
