"""The Markdown folder export: one file per entry, safe YAML front matter, nothing half-written."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from app.exchange.errors import ExportError
from app.exchange.front_matter import front_matter, quote
from app.exchange.service import ExchangeService, FolderExport
from app.records import Answer, EntryDraft, TagRef
from app.summary.model import SummaryRequest


def _parse_front_matter(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def test_one_file_per_entry_with_front_matter(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal = context.journal
    entry = journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 14),
            title='Møde: "kontrol" — igen?',
            body="Brødtekst med **fed**.",
            tags=(TagRef("dilemma", "control"), TagRef("own", "x", "Budget")),
            answers=(Answer("situation", "Styregruppen"),),
            template_key="dilemma",
            template_version=1,
        )
    )
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 15), title="Privat", private=True))
    service = ExchangeService(journal=journal, catalog=context.catalog)
    target = tmp_path / "noter"
    written = service.export_markdown_folder(SummaryRequest(language="en"), target)
    assert written == FolderExport(written=1, private_left_out=1)
    files = list(target.iterdir())
    assert [f.name for f in files] == [f"2026-03-14-møde-kontrol-igen-{entry.uuid[:8]}.md"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    text = files[0].read_text(encoding="utf-8")
    assert "\n# Møde" in text and "Brødtekst med **fed**." in text
    assert "## What situation were you in?" in text and "Styregruppen" in text
    meta = _parse_front_matter(text)
    assert meta["date"] == "2026-03-14"
    assert meta["title"] == 'Møde: "kontrol" — igen?'
    assert meta["tags"] == ["dilemma:control", "own:budget"]
    assert meta["uuid"] == entry.uuid and meta["template"] == "dilemma"


def test_private_entries_only_when_asked(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 15), title="Privat", private=True))
    service = ExchangeService(journal=context.journal, catalog=context.catalog)
    left_out = service.export_markdown_folder(SummaryRequest(), tmp_path / "a")
    assert left_out == FolderExport(written=0, private_left_out=1)
    let_in = service.export_markdown_folder(SummaryRequest(include_private=True), tmp_path / "b")
    assert let_in == FolderExport(written=1, private_left_out=0)


def test_refuses_a_folder_that_is_not_empty(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "full"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    service = ExchangeService(journal=context.journal, catalog=context.catalog)
    with pytest.raises(ExportError, match="not an empty folder"):
        service.export_markdown_folder(SummaryRequest(), target)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "full"]  # no staging folder left


@given(st.text(max_size=80))
def test_any_title_survives_the_front_matter(title: str) -> None:
    text = front_matter([("title", title), ("tags", [title]), ("private", True)])
    loaded = yaml.safe_load(text.split("---\n")[1])
    assert loaded == {"title": title, "tags": [title], "private": True}


def test_quote_escapes_what_yaml_cannot_hold_raw() -> None:
    assert quote('a"b\\c\n') == '"a\\"b\\\\c\\n"'
    assert quote("\x00\u2028\ufeff") == '"\\x00\\u2028\\ufeff"'
    assert quote("æøå 😀") == '"æøå 😀"'
