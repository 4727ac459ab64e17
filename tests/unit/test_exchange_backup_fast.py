"""The one-pass reader of backup entries gives exactly what the careful reader gives.

For every entry it accepts, `FastEntryReader.read` must build the same `ImportedEntry` as
`backup._entry`; for every entry the careful reader refuses, it must step aside (None),
so that the error is worded by the careful reader.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.exchange.backup import _entry
from app.exchange.backup_read_fast import FastEntryReader
from app.exchange.batch import ImportedCourse, ImportedModule
from app.exchange.errors import ImportFormatError

COURSES = (
    ImportedCourse(
        "Netværksledelse",
        dt.datetime(2026, 1, 5, 9),
        (
            ImportedModule("Modul 1", dt.date(2026, 3, 1), 0),
            ImportedModule("M2", dt.date(2026, 4, 1), 3),
        ),
    ),
)
LABELS: dict[tuple[str, str], str | None] = {("own", "budget"): "Budget 2026"}

BASE: dict[str, Any] = {
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

MISSING = object()

VARIANTS: list[tuple[str, Any]] = [
    ("created_at", "2026-03-02T09:15:00Z"),
    ("created_at", "2026-03-02T10:15:00.123456+01:00"),
    ("created_at", "2026-03-02T09:15:00.123456"),
    ("created_at", "2026-03-02T09:15:00.12345+01Z"),
    ("created_at", "2026-13-02T09:15:00.123456Z"),
    ("created_at", "not a time"),
    ("created_at", None),
    ("created_at", MISSING),
    ("created_at", 12),
    ("updated_at", "2026-03-02 10:00:00.000000Z"),
    ("trashed_at", "2026-03-04T08:00:00.000000Z"),
    ("trashed_at", "yesterday"),
    ("trashed_at", MISSING),
    ("day", "20260302"),
    ("day", "2026-02-30"),
    ("day", 20260302),
    ("day", None),
    ("uuid", ""),
    ("uuid", "x" * 37),
    ("uuid", "x" * 36),
    ("uuid", 7),
    ("title", None),
    ("title", MISSING),
    ("title", ""),
    ("body", 3),
    ("template_key", None),
    ("template_key", MISSING),
    ("template_key", 5),
    ("template_version", True),
    ("template_version", 2.0),
    ("template_version", None),
    ("private", None),
    ("private", MISSING),
    ("private", 1),
    ("private", "yes"),
    ("coaching", False),
    ("module", None),
    ("module", MISSING),
    ("module", [0, 0]),
    ("module", [0, 1]),
    ("module", [1, 0]),
    ("module", [True, 0]),
    ("module", [0, 3, 1]),
    ("module", "0,3"),
    ("tags", []),
    ("tags", None),
    ("tags", MISSING),
    ("tags", ["  Dilemma : control  "]),
    ("tags", ["own:x", "own:x"]),
    ("tags", ["nocolon"]),
    ("tags", [":x"]),
    ("tags", ["own: "]),
    ("tags", [3]),
    ("tags", "dilemma:control"),
    ("answers", []),
    ("answers", None),
    ("answers", [{"prompt_key": "a", "text": "x"}, {"prompt_key": "a", "text": "y"}]),
    ("answers", [{"prompt_key": "a"}]),
    ("answers", [{"prompt_key": None, "text": "x"}]),
    ("answers", [["a", "x"]]),
    ("answers", {"a": "x"}),
    ("extra", "ignored"),
]


def _careful(value: Any) -> Any:
    try:
        return _entry(value, "b.json", "entries[0]", LABELS, COURSES)
    except ImportFormatError:
        return ImportFormatError


def _fast(value: Any) -> Any:
    modules = {(i, m.position) for i, c in enumerate(COURSES) for m in c.modules}
    return FastEntryReader(LABELS, modules).read(value)


def _check(value: Any) -> None:
    careful, fast = _careful(value), _fast(value)
    if careful is ImportFormatError:
        assert fast is None
    elif fast is not None:
        assert fast == careful
        assert [t.label for t in fast.tags] == [t.label for t in careful.tags]


def test_the_canonical_entry_is_read_by_the_fast_reader() -> None:
    fast = _fast(copy.deepcopy(BASE))
    assert fast is not None and fast == _careful(BASE)
    assert [t.label for t in fast.tags] == [None, "Budget 2026", "other"]


@pytest.mark.parametrize(("field", "value"), VARIANTS)
def test_both_readers_agree(field: str, value: Any) -> None:
    entry = copy.deepcopy(BASE)
    if value is MISSING:
        entry.pop(field)
    else:
        entry[field] = value
    _check(entry)


def test_not_an_object() -> None:
    for value in (None, [], "entry", 3):
        _check(value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(field=st.sampled_from(sorted(BASE)), value=json_values)
def test_any_value_in_any_field(field: str, value: Any) -> None:
    entry = copy.deepcopy(BASE)
    entry[field] = value
    _check(entry)
