"""Bad files: one clear message naming the problem and the place, and the journal unchanged."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.exchange.backup import dump_journal, encode_backup
from app.exchange.errors import ImportFormatError
from app.exchange.files import MAX_IMPORT_BYTES
from app.exchange.service import ExchangeService
from app.records import EntryDraft, TagRef


def dump(path: Path) -> str:
    """Every row of the journal file, read through a separate connection."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def service(context) -> ExchangeService:  # type: ignore[no-untyped-def]
    context.journal.create_entry(
        EntryDraft(day=dt.date(2026, 3, 2), title="Før importen", tags=(TagRef("own", "x", "x"),))
    )
    return ExchangeService(journal=context.journal, catalog=context.catalog)


def _valid_backup(context) -> dict:  # type: ignore[no-untyped-def]
    document = dump_journal(context.database)
    document["entries"][0]["uuid"] = "00000000-0000-4000-8000-000000000001"
    return document


def _refused(service: ExchangeService, context, path: Path, fmt: str = "auto") -> str:  # type: ignore[no-untyped-def]
    before = dump(context.paths.journal)
    with pytest.raises(ImportFormatError) as raised:
        service.import_file(path, fmt)
    assert dump(context.paths.journal) == before
    message = raised.value.message
    assert "Nothing was imported" in message
    return message


def test_truncated_json(service, context, tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(encode_backup(_valid_backup(context))[:-40])
    message = _refused(service, context, path)
    assert str(path) in message and "truncated" in message and "line" in message


def test_invalid_json(service, context, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "refleks-backup", "entries": [,]}', encoding="utf-8")
    assert "line 1, column 42: this is not valid JSON" in _refused(service, context, path)


def test_future_schema_version(service, context, tmp_path: Path) -> None:
    document = _valid_backup(context)
    document["schema_version"] = 99
    path = tmp_path / "future.json"
    path.write_bytes(encode_backup(document))
    message = _refused(service, context, path)
    assert "schema_version" in message and "newer Refleks" in message


@pytest.mark.parametrize(
    "document",
    [
        {"schema_version": 99, "entries": []},
        {"schema_version": 1, "entries": [{"title": "uden format"}]},
        {"entries": []},
    ],
)
def test_json_that_is_neither_our_backup_nor_jrnl_is_refused(
    service, context, tmp_path: Path, document: dict
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = _refused(service, context, path)
    assert str(path) in message


def test_wrong_field_type_names_entry_and_field(service, context, tmp_path: Path) -> None:
    document = _valid_backup(context)
    document["entries"].append(dict(document["entries"][0], uuid="other", private="yes"))
    path = tmp_path / "types.json"
    path.write_bytes(encode_backup(document))
    message = _refused(service, context, path)
    assert "entries[1].private: expected true or false, found text" in message


def test_missing_required_field(service, context, tmp_path: Path) -> None:
    document = _valid_backup(context)
    del document["entries"][0]["day"]
    path = tmp_path / "missing.json"
    path.write_bytes(encode_backup(document))
    assert "entries[0].day: this required field is missing" in _refused(service, context, path)


def test_bad_date_and_unknown_deck_tag(service, context, tmp_path: Path) -> None:
    document = _valid_backup(context)
    document["entries"][0]["day"] = "2026-02-30"
    path = tmp_path / "date.json"
    path.write_bytes(encode_backup(document))
    assert "entries[0].day: '2026-02-30' is not a date" in _refused(service, context, path)
    document["entries"][0]["day"] = "2026-02-28"
    document["entries"][0]["tags"] = ["dilemma:nonsense"]
    path.write_bytes(encode_backup(document))
    assert "'dilemma:nonsense' is not a tag" in _refused(service, context, path)


def test_duplicate_uuid_in_file(service, context, tmp_path: Path) -> None:
    document = _valid_backup(context)
    document["entries"].append(dict(document["entries"][0]))
    path = tmp_path / "dup.json"
    path.write_bytes(encode_backup(document))
    uuid = document["entries"][0]["uuid"]
    assert (
        f"entries[1].uuid: the uuid {uuid} is used already by entries[0] "
        "(2026-03-02, 'Før importen')"
    ) in _refused(service, context, path)


def test_non_utf8_text(service, context, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("[2026-03-02 09:00] Møde\nGodt møde\n".encode("latin-1"))
    message = _refused(service, context, path, "jrnl-text")
    assert "not UTF-8 (byte 0xf8)" in message and "line 1" in message


def test_huge_file_is_refused_by_size_before_reading(service, context, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(600 * 1024 * 1024)
    message = _refused(service, context, path)
    assert "600 MB" in message and f"{MAX_IMPORT_BYTES // (1024 * 1024)} MB" in message


def test_zip_bomb_is_refused_before_unpacking(service, context, tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", b"{" + b" " * (20 * 1024 * 1024) + b"}")
    message = _refused(service, context, path)
    assert "Journal.json" in message and "zip bomb" in message


def test_zip_member_lying_about_its_size(service, context, tmp_path: Path) -> None:
    path = tmp_path / "liar.zip"
    payload = json.dumps({"metadata": {}, "entries": []}).encode() + b" " * 5000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", payload)
    raw = bytearray(path.read_bytes())
    # Shrink the declared size in the central directory (and the local header).
    declared = len(payload).to_bytes(4, "little")
    raw = raw.replace(declared, (100).to_bytes(4, "little"))
    path.write_bytes(bytes(raw))
    message = _refused(service, context, path)
    # zipfile itself stops at the declared size and the CRC then fails; either way the
    # member is refused, by name.
    assert "Journal.json: " in message
    assert "damaged" in message or "more than its header says" in message


def test_path_that_does_not_exist(service, context, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    assert "does not exist" in _refused(service, context, path)


def test_folder_instead_of_file(service, context, tmp_path: Path) -> None:
    assert "is a folder" in _refused(service, context, tmp_path)


def test_unknown_format_asks_for_one(service, context, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Bare en almindelig tekst\n", encoding="utf-8")
    assert "cannot tell which journal" in _refused(service, context, path)


def test_not_a_backup_when_format_is_forced(service, context, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": []}), encoding="utf-8")
    assert "format: this is not a Refleks backup" in _refused(service, context, path, "refleks")


def test_failure_late_in_a_batch_writes_nothing(service, context, tmp_path: Path) -> None:
    """A problem found while writing (not while reading) rolls the whole import back."""
    document = _valid_backup(context)
    good = dict(document["entries"][0], uuid="00000000-0000-4000-8000-00000000000a")
    document["entries"] = [good]
    batch = service.read(_write(tmp_path / "ok.json", document))
    before = dump(context.paths.journal)
    broken = batch.__class__(
        batch.source_format,
        (*batch.entries, batch.entries[0].__class__(**{**_fields(batch.entries[0]), "uuid": None})),
    )
    with pytest.raises(Exception):  # noqa: B017 - the database refuses a NULL uuid
        service.import_batch(broken)
    assert dump(context.paths.journal) == before


def _write(path: Path, document: dict) -> Path:
    path.write_bytes(encode_backup(document))
    return path


def _fields(entry) -> dict:  # type: ignore[no-untyped-def]
    return {name: getattr(entry, name) for name in entry.__slots__}


_DAY = "2026-03-02"
_MOMENT = "2026-03-02T10:00:00Z"
PEER_CASES = [
    ({"entries": [{"title": "x"}]}, "jrnl-json", "entries[0].date: this required field"),
    ({"entries": [{"date": _DAY, "time": "25:00"}]}, "jrnl-json", "'25:00' is not a time"),
    ({"entries": [{"date": _DAY, "tags": "@x"}]}, "jrnl-json", "entries[0].tags: expected a list"),
    (
        {"metadata": {}, "entries": [{"uuid": "A", "creationDate": "yesterday"}]},
        "dayone",
        "entries[0].creationDate: 'yesterday' is not a UTC timestamp",
    ),
    (
        {"metadata": {}, "entries": [{"uuid": 7, "creationDate": _MOMENT}]},
        "dayone",
        "entries[0].uuid: expected text, found a number",
    ),
    ({"metadata": {}, "entries": {}}, "dayone", "entries: expected a list, found an object"),
]


@pytest.mark.parametrize(("document", "fmt", "expected"), PEER_CASES)
def test_peer_formats_name_the_bad_field(
    service, context, tmp_path: Path, document, fmt, expected
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "peer.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert expected in _refused(service, context, path, fmt)
