"""Importers from other journals, over files made by the real tools (jrnl) and samples."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.exchange.dayone import parse_dayone
from app.exchange.jrnl import parse_jrnl_text
from app.exchange.registry import detect_format
from app.exchange.service import ExchangeService
from app.exchange.tag_matching import TagMatcher
from app.records import TagRef

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def service(context) -> ExchangeService:  # type: ignore[no-untyped-def]
    return ExchangeService(journal=context.journal, catalog=context.catalog)


def _entries(context):  # type: ignore[no-untyped-def]
    ids = [item.id for item in reversed(context.journal.all_matching())]
    return context.journal.get_entries(ids)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("jrnl_export.json", "jrnl-json"),
        ("jrnl_journal.txt", "jrnl-text"),
        ("dayone_export.zip", "dayone"),
        ("dayone/Journal.json", "dayone"),
    ],
)
def test_formats_are_detected(name: str, fmt: str) -> None:
    assert detect_format(DATA / name) == fmt


def test_backup_is_detected(context, tmp_path: Path, service: ExchangeService) -> None:  # type: ignore[no-untyped-def]
    service.export_backup(tmp_path / "b.json")
    assert detect_format(tmp_path / "b.json") == "refleks"


def test_jrnl_json_from_jrnl_itself(context, service: ExchangeService) -> None:  # type: ignore[no-untyped-def]
    result = service.import_file(DATA / "jrnl_export.json")
    assert (result.added, result.skipped, result.updated, result.source_format) == (
        5,
        0,
        0,
        "jrnl-json",
    )
    entries = _entries(context)
    first = entries[0]
    assert first.day == dt.date(2026, 3, 2)
    assert first.title == "Styregruppemøde om budgettet."
    assert "Rådmanden" in first.body
    # @kontrol is the Danish label of a deck dilemma, @budget an own tag.
    assert first.tags == (TagRef("dilemma", "control"), TagRef("own", "budget", "budget"))
    assert {str(t) for t in entries[2].tags} == {"dilemma:risk", "own:budget"}
    last = entries[-1]
    assert "starred" in {t.key for t in last.tags}
    assert last.body.startswith("- hvordan jeg giver slip")
    local = dt.datetime(2026, 3, 2, 8, 15).astimezone()
    assert first.created_at == local.astimezone(dt.UTC)
    assert first.time == dt.time(8, 15)  # jrnl's wall clock, kept as written


def test_jrnl_text_matches_jrnl_json(context, service: ExchangeService) -> None:  # type: ignore[no-untyped-def]
    """The same journal in jrnl's two formats gives the same entries (same derived uuids)."""
    service.import_file(DATA / "jrnl_export.json")
    again = service.import_file(DATA / "jrnl_journal.txt")
    assert (again.added, again.skipped, again.source_format) == (0, 5, "jrnl-text")


def test_jrnl_text_details(catalog) -> None:  # type: ignore[no-untyped-def]
    text = (
        "[2026-03-02 09:05 PM] Aftenmøde *\nFørste linje med @Relevans.\n\n  indrykket\n\n"
        "[2026-03-03 07:00] Næste\n"
    )
    batch = parse_jrnl_text(text, "x.txt", catalog=catalog)
    first, second = batch.entries
    assert first.title == "Aftenmøde"
    assert first.body == "Første linje med @Relevans.\n\n  indrykket"
    assert {str(t) for t in first.tags} == {"dilemma:relevance", "own:starred"}
    assert first.created_at.hour != 9 or first.created_at.minute == 5  # 21:05 local
    assert second.body == "" and second.tags == ()


def test_dayone_zip(context, service: ExchangeService) -> None:  # type: ignore[no-untyped-def]
    result = service.import_file(DATA / "dayone_export.zip")
    assert (result.added, result.source_format) == (2, "dayone")
    assert result.notes and "photos" in result.notes[0]
    first, second = _entries(context)
    # 23:30 UTC on 14 March is 00:30 on 15 March in Copenhagen.
    assert first.day == dt.date(2026, 3, 15)
    assert first.uuid == "8d1b6e1f-0c2a-4b7e-9f3d-5a6c7b8e9f01"
    assert first.created_at == dt.datetime(2026, 3, 14, 23, 30, tzinfo=dt.UTC)
    assert first.updated_at == dt.datetime(2026, 3, 15, 8, 2, 11, tzinfo=dt.UTC)
    assert first.title == "Netværksmøde i Aarhus"
    assert "dayone-moment" not in first.body
    assert "Hvem bestemmer egentlig? Jeg trak på min faglige autoritet (igen)." in first.body
    assert "had 1 photo or file in Day One" in first.body
    assert {str(t) for t in first.tags} == {"dilemma:control", "own:netværk", "own:starred"}
    # 06:45 UTC on 16 March is 02:45 the same day in New York.
    assert second.day == dt.date(2026, 3, 16)
    assert second.title == "Kort tanke om legitimitet"
    assert second.tags == (TagRef("legitimacy", "pragmatic"),)
    again = service.import_file(DATA / "dayone/Journal.json")
    assert (again.added, again.skipped) == (0, 2)


def test_dayone_unknown_zone_falls_back_to_utc(catalog) -> None:  # type: ignore[no-untyped-def]
    document = json.loads((DATA / "dayone/Journal.json").read_text(encoding="utf-8"))
    document["entries"][0]["timeZone"] = "Mars/Olympus_Mons"
    batch = parse_dayone(document, "x.json", catalog=catalog)
    assert batch.entries[0].day == dt.date(2026, 3, 14)


def test_dayone_zip_with_two_journals_is_refused(tmp_path: Path, service: ExchangeService) -> None:
    import zipfile

    from app.exchange.errors import ImportFormatError

    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(DATA / "dayone/Journal.json", "Work.json")
        archive.write(DATA / "dayone/Journal.json", "Home.json")
    with pytest.raises(ImportFormatError, match="several journals"):
        service.import_file(path)


def test_tag_matching(catalog) -> None:  # type: ignore[no-untyped-def]
    matcher = TagMatcher(catalog)
    assert matcher.tag("@kontrol") == TagRef("dilemma", "control")
    assert matcher.tag("legal_certainty") == TagRef("dilemma", "legal_certainty")
    assert matcher.tag("Network-smith") == TagRef("role", "network_smith")
    assert matcher.tag("Netværkssmed") == TagRef("role", "network_smith")
    own = matcher.tag("@Budget-2026")
    assert own is not None and (own.family, own.key, own.label) == (
        "own",
        "budget-2026",
        "Budget-2026",
    )
    assert matcher.tag("@---") is None


def test_real_jrnl_reads_our_sample(tmp_path: Path) -> None:
    """If jrnl is installed (the `bench` extra), our text sample is a journal it accepts."""
    import subprocess
    import sys

    jrnl = shutil.which("jrnl") or str(Path(sys.executable).parent / "jrnl")
    if not Path(jrnl).exists():
        pytest.skip("jrnl is not installed (pip install -e '.[bench]')")
    journal = tmp_path / "journal.txt"
    shutil.copy(DATA / "jrnl_journal.txt", journal)
    config = tmp_path / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default: {journal}\n"
        "linewrap: 79\ntagsymbols: '@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\n"
        "version: v4.6\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [jrnl, "--config-file", str(config), "--format", "json"],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    produced = json.loads(done.stdout)
    committed = json.loads((DATA / "jrnl_export.json").read_text(encoding="utf-8"))

    def normal(entries: list[dict]) -> list[dict]:  # jrnl lists tags in set order
        return [dict(entry, tags=sorted(entry["tags"])) for entry in entries]

    assert normal(produced["entries"]) == normal(committed["entries"])
