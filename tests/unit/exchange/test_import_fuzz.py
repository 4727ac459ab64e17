"""Damaged and hostile import files: a clear ImportFormatError, and all or nothing written.

First the six kinds of input that used to crash the importers with a traceback, one test
each; then a bounded fuzzer (hypothesis) that mutates real files of every importer, by
value, by byte and by zip header, and holds the property: reading either gives a batch or
raises ImportFormatError, and an import writes every entry of the batch or nothing.
"""

from __future__ import annotations

import copy
import io
import json
import random
import sqlite3
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange.errors import ImportFormatError
from app.exchange.service import ExchangeService
from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths

DATA = Path(__file__).resolve().parents[2] / "data"
TABLES = ("entries", "answers", "tags", "entry_tags", "courses", "modules")


def backup_document() -> dict[str, Any]:
    entry = {
        "uuid": "0b6f4f8e-4a57-4c1e-9a52-3f0c2d7e9b11",
        "day": "2026-03-02",
        "created_at": "2026-03-02T09:15:00.123456Z",
        "updated_at": "2026-03-02T10:00:00.000000Z",
        "title": "Styregruppe på Ærø",
        "body": "Kontrol og *tillid*",
        "template_key": "dilemma",
        "template_version": 1,
        "private": False,
        "coaching": True,
        "trashed_at": None,
        "module": [0, 0],
        "tags": ["dilemma:control", "own:budget"],
        "answers": [{"prompt_key": "situation", "text": "Mødet"}],
    }
    return {
        "format": "refleks-backup",
        "schema_version": 1,
        "exported_at": "2026-03-05T08:00:00.000000Z",
        "note": "",
        "courses": [
            {
                "name": "Netværksledelse",
                "created_at": "2026-01-05T09:00:00.000000Z",
                "modules": [{"name": "Modul 1", "day": "2026-03-01", "position": 0}],
            }
        ],
        "tags": [{"family": "own", "key": "budget", "label": "Budget 2026"}],
        "entries": [entry, dict(entry, uuid="second", day="2026-03-03", module=None)],
    }


def dayone_document() -> dict[str, Any]:
    return json.loads((DATA / "dayone" / "Journal.json").read_text(encoding="utf-8"))


def zipped(member: bytes, name: str = "Journal.json", method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr(name, member)
    return buffer.getvalue()


def patch_zip_headers(data: bytes, *, flags: int | None = None, method: int | None = None) -> bytes:
    """Set the flag bits or compression method in the local and central headers."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        if flags is not None:
            out[at + offset : at + offset + 2] = struct.pack("<H", flags)
        if method is not None:
            out[at + offset + 2 : at + offset + 4] = struct.pack("<H", method)
    return bytes(out)


def counts(journal: Path) -> tuple[int, ...]:
    """Rows per table and the highest entry id, through a connection of its own."""
    connection = sqlite3.connect(journal)
    try:
        rows = [connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]
        rows.append(connection.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()[0])
        return tuple(rows)
    finally:
        connection.close()


def uuids(journal: Path) -> set[str]:
    connection = sqlite3.connect(journal)
    try:
        return {row[0] for row in connection.execute("SELECT uuid FROM entries")}
    finally:
        connection.close()


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, catalog) -> Iterator[JournalContext]:  # type: ignore[no-untyped-def]
    """One journal for a whole module: hypothesis runs many examples in one test."""
    context = open_journal(DataPaths(tmp_path_factory.mktemp("fuzz") / "data"), catalog=catalog)
    yield context
    context.close()


@pytest.fixture(scope="module")
def service(opened: JournalContext) -> ExchangeService:
    return ExchangeService(journal=opened.journal, catalog=opened.catalog)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("files")


def refused(service: ExchangeService, opened: JournalContext, path: Path, fmt: str) -> str:
    before = counts(opened.paths.journal)
    with pytest.raises(ImportFormatError) as raised:
        service.import_file(path, fmt)
    assert counts(opened.paths.journal) == before
    assert "Nothing was imported" in raised.value.message
    return raised.value.message


# ----- the inputs that crashed -----------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "text", "place"),
    [
        ("refleks", None, "entries[0].body"),
        ("jrnl-json", '{"tags": {}, "entries": [{"date": "2026-03-02", "title": "\\udc00"}]}', ""),
        ("dayone", '{"metadata": {}, "entries": [{"uuid": "a", "text": "x\\ud83d",'
         ' "creationDate": "2026-03-02T09:00:00Z"}]}', "entries[0].text"),
    ],
)  # fmt: skip
def test_a_lone_surrogate_is_named(service, opened, folder: Path, fmt, text, place) -> None:  # type: ignore[no-untyped-def]
    if text is None:
        document = backup_document()
        document["entries"][0]["body"] = "før \ud800 efter"
        text = json.dumps(document)  # ensure_ascii writes the lone half as \ud800
    path = folder / f"surrogate-{fmt}.json"
    path.write_text(text, encoding="ascii")
    message = refused(service, opened, path, fmt)
    assert "broken character" in message and place in message


def test_a_huge_number_is_out_of_range(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    document = backup_document()
    document["entries"][0]["template_version"] = 10**30
    path = folder / "huge-number.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = refused(service, opened, path, "refleks")
    assert "entries[0].template_version: 1000000000000000000000000000000 is out of range" in message


@pytest.mark.parametrize(
    ("created", "zone"),
    [("0001-01-01T00:30:00Z", "America/New_York"), ("9999-12-31T23:30:00Z", "Asia/Tokyo")],
)
def test_a_dayone_date_at_the_calendars_end_is_refused(
    service, opened, folder, created, zone
) -> None:  # type: ignore[no-untyped-def]
    document = dayone_document()
    document["entries"][0].update(creationDate=created, timeZone=zone)
    path = folder / "calendar.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    message = refused(service, opened, path, "dayone")
    assert "entries[0].creationDate" in message and "outside the calendar" in message


def _dayone_zip_text() -> bytes:
    return json.dumps(dayone_document()).encode() * 1  # several hundred bytes to damage


def test_damaged_deflate_data(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(zipped(_dayone_zip_text()))
    start = data.find(b"Journal.json") + len("Journal.json")  # the compressed data follows
    data[start : start + 40] = b"\xff" * 40
    path = folder / "deflate.zip"
    path.write_bytes(bytes(data))
    message = refused(service, opened, path, "dayone")
    assert "Journal.json: the zip file is damaged" in message and "export it again" in message


def test_a_password_protected_zip(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "encrypted.zip"
    path.write_bytes(patch_zip_headers(zipped(_dayone_zip_text()), flags=0x1))
    assert "is protected by a password" in refused(service, opened, path, "auto")


def test_an_unknown_compression_method(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / "aes.zip"
    path.write_bytes(patch_zip_headers(zipped(_dayone_zip_text()), method=99))
    message = refused(service, opened, path, "dayone")
    assert "compression method Refleks cannot unpack (method 99)" in message


def test_a_zip_of_an_unknown_version(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(zipped(_dayone_zip_text()))
    central = data.find(b"PK\x01\x02")
    data[central + 6 : central + 8] = struct.pack("<H", 110)  # version needed to extract
    path = folder / "version.zip"
    path.write_bytes(bytes(data))
    assert "is a kind of zip Refleks cannot unpack" in refused(service, opened, path, "dayone")


# ----- duplicates --------------------------------------------------------------------------


def test_identical_jrnl_entries_are_both_imported_and_skipped_next_time(
    service, opened, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    path = folder / "twice.txt"
    entry = "[2026-05-04 08:00] Samme dag\nSkrevet to gange, ens.\n\n"
    path.write_text(entry * 3, encoding="utf-8")
    first = service.import_file(path, "jrnl-text")
    assert (first.added, first.skipped) == (3, 0)
    again = service.import_file(path, "jrnl-text")
    assert (again.added, again.skipped) == (0, 3)


def test_a_dayone_entry_given_twice_is_imported_once(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    document = dayone_document()
    document["entries"][0]["uuid"] = "11111111-2222-4333-8444-555555555555"
    document["entries"].append(dict(document["entries"][0]))
    path = folder / "repeat.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = service.import_file(path, "dayone")
    assert result.added == len(document["entries"]) - 1
    assert any("twice" in note for note in result.notes)


def test_a_dayone_uuid_on_two_different_entries_is_named(service, opened, folder: Path) -> None:  # type: ignore[no-untyped-def]
    document = dayone_document()
    document["entries"].append(dict(document["entries"][0], text="# Noget andet\nHelt andet"))
    path = folder / "clash.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    last = len(document["entries"]) - 1
    message = refused(service, opened, path, "dayone")
    assert f"entries[{last}].uuid: the uuid {document['entries'][0]['uuid']}" in message
    assert "'Noget andet'" in message and "is also that of entries[0]" in message


# ----- the fuzzer --------------------------------------------------------------------------

# Mutations are drawn from a Random that hypothesis seeds (and replays when a case
# fails): uniform choices reach every field, where hypothesis' own draws favour the first.
NASTY: list[Any] = [
    "\ud800",
    10**30,
    -(10**30),
    2**63,
    1e308,
    float("nan"),
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
    "2026-W11-6",
    "20260314",
    "own:",
    ":x",
    "Europe/Nowhere",
    None,
    True,
    [],
    {},
    [None],
    {"": None},
]


def _near(rnd: random.Random, value: Any) -> Any:
    """A bad value of the same type as `value`: it passes a type check and goes further."""
    if isinstance(value, str):
        return rnd.choice(
            [
                value + "\ud800",
                "\udc00" + value,
                value.upper(),
                value * 3,
                value[: len(value) // 2],
                "0001-01-01T00:00:00.000000Z",
                "9999-12-31T23:59:59.999999Z",
                "0001-01-01",
                "9999-12-31",
                "\x00",
                "",
            ]
        )
    if isinstance(value, bool):
        return rnd.choice([not value, None, 1])
    if isinstance(value, int):
        return rnd.choice([10**30, -(10**30), 2**63, 2**31, -1, value + 1])
    return copy.deepcopy(rnd.choice(NASTY))  # never the shared object


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _at(document: Any, place: tuple[Any, ...]) -> Any:
    for key in place:
        document = document[key]
    return document


def mutate_document(rnd: random.Random, seed: Any) -> bytes:
    """The seed document with one to three values replaced (or removed), as JSON bytes.

    Mostly leaves are replaced, mostly by a bad value of their own type: a file that is
    wrong in one field reaches further into the importer than one whose structure is gone.
    """
    document = json.loads(json.dumps(seed))
    for _ in range(rnd.randint(1, 3)):
        places = [p for p in _paths(document) if p]
        leaves = [p for p in places if not isinstance(_at(document, p), dict | list)]
        place = rnd.choice(leaves if leaves and rnd.random() < 0.8 else places)
        parent = _at(document, place[:-1])
        roll = rnd.random()
        if roll < 0.1 and isinstance(parent, dict):
            del parent[place[-1]]
        elif roll < 0.2 and isinstance(parent, list):
            parent.append(parent[place[-1]])  # a repeat
        elif roll < 0.8:
            parent[place[-1]] = _near(rnd, parent[place[-1]])
        else:
            parent[place[-1]] = copy.deepcopy(rnd.choice(NASTY))  # never the shared object
    text = json.dumps(document, ensure_ascii=rnd.random() < 0.7)
    return text.encode("utf-8", errors="surrogatepass")  # a raw surrogate is bad UTF-8


def mutate_bytes(rnd: random.Random, seed: bytes) -> bytes:
    """The seed with a few bytes flipped, cut, inserted or repeated, or cut short."""
    data = bytearray(seed)
    for _ in range(rnd.randint(1, 4)):
        at = rnd.randrange(max(1, len(data)))
        kind = rnd.choice(["flip", "cut", "insert", "repeat", "truncate"])
        if kind == "flip" and data:
            data[at] ^= 1 << rnd.randrange(8)
        elif kind == "cut":
            del data[at : at + rnd.randint(1, 16)]
        elif kind == "insert":
            data[at:at] = rnd.choice(
                [b"\\ud800", b"1" * 31, b"\xff", b"\xed\xa0\x80", b'"', b"[", b"{", b"\n[2026-"]
            )
        elif kind == "repeat":
            data[at:at] = data[at : at + rnd.randint(1, 64)]
        else:
            data = data[:at]
    return bytes(data)


def mutate_zip(rnd: random.Random) -> bytes:
    """A Day One zip: its JSON mutated or not, packed by any method, then its headers or
    its bytes damaged."""
    member = mutate_document(rnd, dayone_document()) if rnd.random() < 0.5 else _dayone_zip_text()
    methods = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
    data = zipped(member, method=rnd.choice(methods))
    roll = rnd.random()
    if roll < 0.4:
        return patch_zip_headers(
            data,
            flags=rnd.choice([None, 0x1, 0x8, 0x40, rnd.randrange(0x10000)]),
            method=rnd.choice([None, 1, 6, 9, 12, 14, 95, 98, 99, 0xFFFF]),
        )
    if roll < 0.8:
        return mutate_bytes(rnd, data)
    return data


def _backup_bytes() -> bytes:
    return json.dumps(backup_document(), ensure_ascii=False).encode()


def _file(path: str) -> bytes:
    return (DATA / path).read_bytes()


SEEDS: dict[str, tuple[str, Callable[[random.Random], bytes]]] = {
    # name: (format, contents made from a Random)
    "backup": (
        "refleks",
        lambda r: (
            mutate_document(r, backup_document())
            if r.random() < 0.6
            else mutate_bytes(r, _backup_bytes())
        ),
    ),
    "jrnl-json": (
        "jrnl-json",
        lambda r: (
            mutate_document(r, json.loads(_file("jrnl_export.json")))
            if r.random() < 0.6
            else mutate_bytes(r, _file("jrnl_export.json"))
        ),
    ),
    "jrnl-text": ("jrnl-text", lambda r: mutate_bytes(r, _file("jrnl_journal.txt"))),
    "dayone-json": (
        "dayone",
        lambda r: (
            mutate_document(r, dayone_document())
            if r.random() < 0.6
            else mutate_bytes(r, _file("dayone/Journal.json"))
        ),
    ),
    "dayone-zip": (
        "dayone",
        lambda r: (
            mutate_zip(r) if r.random() < 0.7 else mutate_bytes(r, _file("dayone_export.zip"))
        ),
    ),
}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_fuzzed_files_import_completely_or_not_at_all(
    service, opened, folder: Path, seed: str
) -> None:  # type: ignore[no-untyped-def]
    fmt, contents = SEEDS[seed]
    path = folder / f"fuzz-{seed}{'.zip' if seed.endswith('zip') else ''}"

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(rnd=st.randoms(use_true_random=False), auto=st.booleans())
    def check(rnd: random.Random, auto: bool) -> None:
        path.write_bytes(contents(rnd))
        journal = opened.paths.journal
        before = counts(journal)
        try:
            batch = service.read(path, "auto" if auto else fmt)
            result = service.import_batch(batch)
        except ImportFormatError:
            assert counts(journal) == before  # nothing written
            return
        present = uuids(journal)
        assert all(entry.uuid in present for entry in batch.entries)  # everything written
        assert counts(journal)[0] == before[0] + result.added

    check()
