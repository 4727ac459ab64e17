"""An import holding an entry longer than an entry may hold is refused whole, naming it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.exchange.errors import ImportFormatError
from app.exchange.service import ExchangeService
from app.journal.context import JournalContext
from app.records import MAX_BODY_CHARS


def jrnl_file(folder: Path, bodies: list[str]) -> Path:
    path = folder / "jrnl.json"
    entries = [
        {"title": f"t{n}", "body": body, "date": "2026-03-01", "time": f"09:{n:02d}",
         "tags": [], "starred": False}
        for n, body in enumerate(bodies)
    ]  # fmt: skip
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_a_too_long_body_refuses_the_whole_import(context: JournalContext, tmp_path: Path) -> None:
    exchange = ExchangeService(journal=context.journal, catalog=context.catalog)
    path = jrnl_file(tmp_path, ["short", "a" * (MAX_BODY_CHARS + 1)])
    with pytest.raises(ImportFormatError, match=r"entries\[1\]\.body.*characters") as refused:
        exchange.import_file(path)
    assert "Nothing was imported" in refused.value.message
    assert context.journal.count() == 0
    exchange.import_file(jrnl_file(tmp_path, ["short", "a" * MAX_BODY_CHARS]))
    assert context.journal.count() == 2
