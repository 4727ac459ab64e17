"""Readers for jrnl's JSON export (`jrnl --format json`) and its plain-text journal file.

jrnl keeps local wall-clock times without a zone; they are read as this computer's local
time. jrnl has no ids, so each entry gets a uuid derived from its date, time, title and
body: importing the same file twice skips what came in the first time. An entry written
twice, identically, is two entries in jrnl, so it is imported twice: a repeat's uuid is
derived with its number as well. A starred entry gets the own tag "starred".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from pathlib import Path
from typing import Any

from app.exchange.batch import ImportBatch, ImportedEntry
from app.exchange.errors import ImportFormatError
from app.exchange.files import decode_utf8, read_bytes_limited
from app.exchange.tag_matching import TagMatcher
from app.exchange.validate import Fields, expect, parse_json
from app.records import TagRef

_NAMESPACE = uuid.UUID("5b6f3f0e-6a53-4d7e-9a3c-2f1f1b0c7e11")
_HEADER = re.compile(
    r"^\[(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2})(?::\d{2})?(?: ?([AaPp][Mm]))?\] ?(.*)$"
)
# jrnl's own tag pattern: a tag symbol after white space, then word characters and -+*#/.
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")


def looks_like_jrnl_json(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("entries"), list)
        and isinstance(value.get("tags"), dict)  # jrnl always writes its tag counts
        and "format" not in value
        and "metadata" not in value
    )


def looks_like_jrnl_text(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _HEADER.match(first) is not None


def _local_to_utc(day: dt.date, hour: int, minute: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(hour, minute))
    try:
        return local.astimezone().astimezone(dt.UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):  # dates far outside what the OS knows
        return local


def _entry_uuid(day: dt.date, hour: int, minute: int, title: str, body: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"jrnl\n{day}\n{hour:02d}:{minute:02d}\n{title}\n{body}"))


def _numbered(entries: list[ImportedEntry]) -> tuple[ImportedEntry, ...]:
    """The entries, each repeat of an identical one with a uuid of its own."""
    counts: dict[str, int] = {}
    numbered = []
    for entry in entries:
        count = counts[entry.uuid] = counts.get(entry.uuid, 0) + 1
        if count > 1:
            entry = dataclasses.replace(
                entry, uuid=str(uuid.uuid5(_NAMESPACE, f"{entry.uuid}\nrepeat {count}"))
            )
        numbered.append(entry)
    return tuple(numbered)


def _make_entry(
    day: dt.date,
    hour: int,
    minute: int,
    title: str,
    body: str,
    tags: tuple[TagRef, ...],
) -> ImportedEntry:
    when = _local_to_utc(day, hour, minute)
    return ImportedEntry(
        uuid=_entry_uuid(day, hour, minute, title, body),
        day=day,
        created_at=when,
        updated_at=when,
        title=title,
        body=body,
        tags=tags,
        time=dt.time(hour, minute),  # jrnl's wall clock as written, whatever the zone now
    )


def read_jrnl_json(path: Path, *, catalog: object | None = None) -> ImportBatch:
    text = decode_utf8(read_bytes_limited(path), path)
    return parse_jrnl_json(parse_json(text, path), path, catalog=catalog)


def parse_jrnl_json(document: Any, path: Path | str, *, catalog: object | None) -> ImportBatch:
    matcher = TagMatcher(catalog)
    top = Fields(document, path, "")
    entries = []
    for index, value in enumerate(top.items("entries")):
        fields = Fields(value, path, f"entries[{index}]")
        day = fields.day("date")
        clock = fields.text("time", required=False) or "00:00"
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", clock)
        if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise fields.fail("time", f"'{clock[:20]}' is not a time (HH:MM)")
        names = [
            expect(name, str, path, f"entries[{index}].tags[{i}]")
            for i, name in enumerate(fields.items("tags", required=False))
        ]
        tags = matcher.tags(names)
        if fields.boolean("starred"):
            tags = (*tags, matcher.starred())
        entries.append(
            _make_entry(
                day,
                int(match.group(1)),
                int(match.group(2)),
                fields.text("title", required=False) or "",
                fields.text("body", required=False) or "",
                tags,
            )
        )
    return ImportBatch("jrnl-json", _numbered(entries))


def read_jrnl_text(path: Path, *, catalog: object | None = None) -> ImportBatch:
    text = decode_utf8(read_bytes_limited(path), path)
    return parse_jrnl_text(text, path, catalog=catalog)


def parse_jrnl_text(text: str, path: Path | str, *, catalog: object | None) -> ImportBatch:
    """Entries start with `[YYYY-MM-DD HH:MM] Title` (a trailing ` *` = starred)."""
    matcher = TagMatcher(catalog)
    entries: list[ImportedEntry] = []
    current: tuple[int, re.Match[str], list[str]] | None = None

    def finish() -> None:
        if current is None:
            return
        line_number, header, lines = current
        try:
            day = dt.date.fromisoformat(header.group(1))
        except ValueError:
            raise ImportFormatError(
                path, f"line {line_number}", f"'{header.group(1)}' is not a date"
            ) from None
        hour, minute = int(header.group(2)), int(header.group(3))
        meridiem = (header.group(4) or "").lower()
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if hour > 23 or minute > 59:
            raise ImportFormatError(path, f"line {line_number}", "the time is not a valid time")
        title = header.group(5).rstrip()
        starred = title.endswith(" *") or title == "*"
        if starred:
            title = title[:-1].rstrip()
        body = "\n".join(lines).strip("\n").rstrip()
        names = _TAG.findall(f"{title}\n{body}")
        tags = matcher.tags(names)
        if starred:
            tags = (*tags, matcher.starred())
        entries.append(_make_entry(day, hour, minute, title, body, tags))

    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header is not None:
            finish()
            current = (number, header, [])
        elif current is not None:
            current[2].append(line)
        elif line.strip():
            raise ImportFormatError(
                path,
                f"line {number}",
                "a jrnl journal starts with an entry line like '[2026-03-14 09:00] Title'",
            )
    finish()
    return ImportBatch("jrnl-text", _numbered(entries))
