"""Reading a backup: one reader for every entry, the file streamed piece by piece.

The reader builds each entry from its fields once and names the exact place of the first
wrong field. The stream (`app.exchange.json_stream`) gives the same result as parsing the
whole text, wherever its pieces happen to be cut.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange import json_stream
from app.exchange.backup import FORMAT_NAME, encode_backup, parse_backup, read_backup
from app.exchange.batch import ModuleRef
from app.exchange.errors import ImportFormatError
from app.records import Answer, TagRef

ENTRY: dict[str, Any] = {
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
    "module": [0, 3],
    "tags": ["dilemma:control", "own:budget", "own:other"],
    "answers": [{"prompt_key": "situation", "text": "Mødet"}, {"prompt_key": "action", "text": ""}],
}


def document(*entries: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "schema_version": 1,
        "exported_at": "2026-03-05T08:00:00.000000Z",
        "note": "",
        "courses": [
            {
                "name": "Netværksledelse",
                "created_at": "2026-01-05T09:00:00.000000Z",
                "modules": [
                    {"name": "Modul 1", "day": "2026-03-01", "position": 0},
                    {"name": "M2", "day": "2026-04-01", "position": 3},
                ],
            }
        ],
        "tags": [{"family": "own", "key": "budget", "label": "Budget 2026"}],
        "entries": list(entries),
    }


def read_one(entry: Any) -> Any:
    return parse_backup(document(entry), "b.json").entries[0]


def refusal(entry: Any) -> str:
    with pytest.raises(ImportFormatError) as raised:
        parse_backup(document(entry), "b.json")
    return raised.value.message


def test_the_canonical_entry() -> None:
    entry = read_one(copy.deepcopy(ENTRY))
    assert entry.created_at == dt.datetime(2026, 3, 2, 9, 15, 0, 123456)
    assert entry.day == dt.date(2026, 3, 2) and entry.module == ModuleRef(0, 3)
    assert entry.answers == (Answer("situation", "Mødet", 0), Answer("action", "", 1))
    # Labels come from the document's tag list; an own tag without one is labelled by key.
    assert [t.label for t in entry.tags] == [None, "Budget 2026", "other"]
    assert entry.tags[0] == TagRef("dilemma", "control")


@pytest.mark.parametrize(
    ("field", "value", "check"),
    [
        (
            "created_at",
            "2026-03-02T10:15:00.123456+01:00",
            dt.datetime(2026, 3, 2, 9, 15, 0, 123456),
        ),
        ("created_at", "2026-03-02T09:15:00Z", dt.datetime(2026, 3, 2, 9, 15)),
        ("tags", ["  Dilemma : control  "], (TagRef("dilemma", "control"),)),
        ("tags", None, ()),
        ("answers", None, ()),
        ("module", None, None),
        ("template_version", None, None),
        ("private", None, False),
    ],
)
def test_other_forms_that_are_read(field: str, value: Any, check: Any) -> None:
    entry = read_one(dict(ENTRY, **{field: value}))
    name = {"private": "private"}.get(field, field)
    assert getattr(entry, name) == check


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "created_at",
            "2026-03-02T09:15:00.123456",
            "created_at: '2026-03-02T09:15:00.123456' is not a UTC",
        ),
        (
            "created_at",
            "2026-13-02T09:15:00.123456Z",
            "created_at: '2026-13-02T09:15:00.123456Z' is not",
        ),
        ("created_at", None, "created_at: this required field is missing"),
        ("created_at", 12, "created_at: expected text, found a number"),
        ("trashed_at", "yesterday", "trashed_at: 'yesterday' is not a UTC timestamp"),
        ("day", "20260302", "day: '20260302' is not a date (YYYY-MM-DD)"),
        ("day", "2026-W10-1", "day: '2026-W10-1' is not a date"),
        ("day", "2026-02-30", "day: '2026-02-30' is not a date"),
        ("uuid", "", "uuid: expected an id of 1 to 36 characters"),
        ("uuid", "x" * 37, "uuid: expected an id of 1 to 36 characters"),
        ("title", None, "title: this required field is missing"),
        ("body", 3, "body: expected text, found a number"),
        ("template_version", True, "template_version: expected a number, found true or false"),
        ("template_version", 10**30, "template_version: 1000000000000000000000000000000 is out"),
        ("private", "yes", "private: expected true or false, found text"),
        ("module", [0, 1], "module: there is no module [0, 1] in `courses`"),
        ("module", [True, 0], "module: expected [course index, module position]"),
        ("module", "0,3", "module: expected a list, found text"),
        ("tags", ["nocolon"], "tags[0]: 'nocolon' is not FAMILY:KEY"),
        ("tags", ["own: "], "tags[0]: 'own: ' is not FAMILY:KEY"),
        ("tags", [3], "tags[0]: expected text, found a number"),
        (
            "answers",
            [{"prompt_key": "a", "text": "x"}, {"prompt_key": "a", "text": "y"}],
            "answers[1].prompt_key: 'a' is answered twice",
        ),
        ("answers", [{"prompt_key": "a"}], "answers[0].text: this required field is missing"),
        ("answers", [["a", "x"]], "answers[0]: expected an object, found a list"),
    ],
)
def test_a_wrong_field_is_named(field: str, value: Any, message: str) -> None:
    assert f"b.json: entries[0].{message}" in refusal(dict(ENTRY, **{field: value}))


def test_not_an_object_and_a_repeated_uuid() -> None:
    assert "entries[0]: expected an object, found a list" in refusal([])
    named = r"entries\[1\].uuid: the uuid 0b6f4f8e-\S+ is used already by entries\[0\]"
    with pytest.raises(ImportFormatError, match=named + r" \(2026-03-02, 'Styregruppe"):
        parse_backup(document(ENTRY, dict(ENTRY)), "b.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(field=st.sampled_from(sorted(ENTRY)), value=json_values)
def test_any_value_in_any_field_is_read_or_named(field: str, value: Any) -> None:
    try:
        read_one(dict(ENTRY, **{field: value}))
    except ImportFormatError as error:
        assert f"entries[0].{field}" in error.message


# ----- the stream ------------------------------------------------------------------------


def _entries(count: int) -> list[dict[str, Any]]:
    return [
        dict(
            ENTRY,
            uuid=f"00000000-0000-4000-8000-{n:012d}",
            title=f"Møde {n} 😀",
            body="Linje\n" * (n % 5) + "\u00e6\u00f8\u00e5" * n,
            template_version=n * 1_000_003,  # numbers of several digits, cut by pieces
        )
        for n in range(12)
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunk=st.integers(min_value=1, max_value=300), entries_first=st.booleans())
def test_any_cut_of_the_stream_reads_as_the_whole_text(chunk: int, entries_first: bool) -> None:
    whole = document(*_entries(12))
    if entries_first:  # not our export's order: the entries wait for the head
        whole = {"entries": whole.pop("entries"), **whole}
    data = json.dumps(whole, ensure_ascii=chunk % 2 == 0, indent=chunk % 3 or None).encode()
    taken: list[Any] = []

    def take(members: dict[str, Any], index: int, value: Any) -> bool:
        taken.append(value)
        return index % 2 == 0  # keep every second one

    members = json_stream.read_object(
        io.BytesIO(data), "b.json", stream="entries", on_item=take, chunk=chunk
    )
    assert taken == whole["entries"]
    assert members == dict(whole, entries=whole["entries"][1::2])


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "refleks-backup", "entries": [,]}',
        '{"a": 1,\n "b": [1, 2}\n',
        '{"a": 1}\n{"b": 2}',
        '{"a": tru}',
        '{"a": "x", "entries": [{"uuid": "x"}\n  {"uuid": "y"}]}',
        '{"a": 1\n\n',
        '{"entries": [1, 2',
    ],
)
@pytest.mark.parametrize("chunk", [1, 5, 1024])
def test_syntax_errors_are_placed_as_the_whole_text_places_them(text: str, chunk: int) -> None:
    with pytest.raises(json.JSONDecodeError) as whole:
        json.loads(text)
    with pytest.raises(ImportFormatError) as streamed:
        json_stream.read_object(
            io.BytesIO(text.encode()),
            "b.json",
            stream="entries",
            on_item=lambda *a: True,
            chunk=chunk,
        )
    assert f"line {whole.value.lineno}, column {whole.value.colno}" in streamed.value.message


def test_a_name_given_twice_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="'tags' is given twice"):
        json_stream.read_object(
            io.BytesIO(b'{"tags": [], "tags": []}'),
            "b.json",
            stream="entries",
            on_item=lambda *a: True,
        )


def test_a_lone_surrogate_cut_by_a_piece_is_found(tmp_path: Path) -> None:
    data = encode_backup(document(dict(ENTRY, body="før \\ud800 efter")))
    data = data.replace(b"\\\\ud800", b"\\ud800")  # the escape itself, not an escaped backslash
    assert b'"f\xc3\xb8r \\ud800 efter"' in data
    for chunk in range(1, 40):
        with pytest.raises(ImportFormatError, match=r"entries\[0\].body: the text holds a broken"):
            json_stream.read_object(
                io.BytesIO(data), "b.json", stream="entries", on_item=lambda *a: True, chunk=chunk
            )


def test_read_backup_streams_with_small_pieces(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "backup.json"
    whole = document(*_entries(12))
    path.write_bytes(encode_backup(whole))
    monkeypatch.setattr(json_stream, "_CHUNK", 7)
    assert read_backup(path) == parse_backup(whole, path)
