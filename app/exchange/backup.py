"""The lossless JSON backup: the whole journal, private entries and trash included.

The document is versioned (`schema_version`); a reader refuses versions it does not know.
Entries are written in a stable order (day, created, uuid) and keep their uuids, so an
export → import into an empty journal → export gives the same document.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.exchange.backup_entries import entry_json_lines
from app.exchange.backup_read_fast import FastEntryReader
from app.exchange.batch import (
    ImportBatch,
    ImportedCourse,
    ImportedEntry,
    ImportedModule,
    ModuleRef,
)
from app.exchange.errors import ImportFormatError
from app.exchange.files import decode_utf8, read_bytes_limited, write_private_bytes
from app.exchange.validate import Fields, expect, format_utc, parse_json
from app.records import OWN_FAMILY, Answer, TagRef

if TYPE_CHECKING:
    from models.database import Database

FORMAT_NAME = "refleks-backup"
SCHEMA_VERSION = 1

NOTE = (
    "A complete backup of a Refleks journal: every entry, private ones and the trash "
    "included. It is not encrypted; keep it somewhere only you can read."
)

# Timestamps as the entries' documents write them (see backup_entries._utc).
_COURSES = (
    "SELECT id, name, substr(created_at, 1, 10) || 'T' || substr(created_at, 12) || 'Z' "
    "FROM courses ORDER BY created_at, name, id"
)
_MODULES = (
    "SELECT id, course_id, name, day, position, place, notes FROM modules "
    "ORDER BY course_id, position, id"
)
_TAGS = "SELECT family, key, label FROM tags ORDER BY family, key"


def dump_journal(database: Database, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole journal as a JSON-ready document."""
    with _raw_connection(database) as connection:
        head, lines = journal_parts(connection, now=now)
    return {**head, "entries": [json.loads(line) for line in lines]}


@contextlib.contextmanager
def _raw_connection(database: Database) -> Iterator[Any]:
    """The DB-API connection under one session of `database` (one read transaction)."""
    with database.session() as session:
        yield session.connection().connection.dbapi_connection


def journal_parts(
    connection: Any, *, now: dt.datetime | None = None
) -> tuple[dict[str, Any], list[bytes]]:
    """The document without its entries, and each entry as UTF-8 JSON (see backup_entries).

    `connection` is a DB-API connection inside a read transaction, so that all of it is
    one snapshot of the journal.
    """
    module_rows: dict[int, list[tuple[Any, ...]]] = {}
    for row in connection.execute(_MODULES).fetchall():
        module_rows.setdefault(row[1], []).append(row)
    module_refs: dict[int, list[int]] = {}
    course_docs = []
    for index, (course_id, name, created_at) in enumerate(connection.execute(_COURSES).fetchall()):
        modules = module_rows.get(course_id, [])
        course_docs.append(
            {
                "name": name,
                "created_at": created_at,
                "modules": [
                    {"name": m[2], "day": m[3], "position": m[4], "place": m[5], "notes": m[6]}
                    for m in modules
                ],
            }
        )
        for module in modules:
            module_refs[module[0]] = [index, module[4]]
    tag_docs = [
        {"family": family, "key": key, "label": label}
        for family, key, label in connection.execute(_TAGS).fetchall()
    ]
    lines = entry_json_lines(connection, module_refs)
    head = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "exported_at": format_utc(now or dt.datetime.now(dt.UTC)),
        "note": NOTE,
        "courses": course_docs,
        "tags": tag_docs,
    }
    return head, lines


def encode_backup(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, one entry per line."""
    head = {key: value for key, value in document.items() if key != "entries"}
    return _encode(
        head,
        [json.dumps(entry, ensure_ascii=False).encode("utf-8") for entry in document["entries"]],
    )


def _encode(head: dict[str, Any], lines: list[bytes]) -> bytes:
    return b"".join(_encoded_parts(head, lines))


def _encoded_parts(head: dict[str, Any], lines: list[bytes]) -> list[bytes]:
    """The file as pieces to write one after the other (no 30 MB joined copy).

    An indented dump runs through json's pure-Python encoder (seconds for 10k entries);
    the head is small, and a line per entry keeps the file readable.
    """
    fields = [
        f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in head.items()
    ]
    parts = [("{\n" + ",\n".join([*fields, ' "entries": [\n'])).encode("utf-8")]
    for index, line in enumerate(lines):
        if index:
            parts.append(b",\n")
        parts.append(line)
    parts.append(b"\n ]\n}\n")
    return parts


def write_backup(database: Database, destination: Path) -> int:
    """Write the whole journal to `destination` (0600, atomically); returns the entry count."""
    with _raw_connection(database) as connection:
        return write_backup_from(connection, destination)


def write_backup_from(connection: Any, destination: Path) -> int:
    """`write_backup` over a DB-API connection inside a read transaction."""
    head, lines = journal_parts(connection)
    write_private_bytes(destination, _encoded_parts(head, lines))
    return len(lines)


# ----- reading ---------------------------------------------------------------------------


def looks_like_backup(value: Any) -> bool:
    """Our format name, or our version key: the reader then says exactly what is off."""
    return isinstance(value, dict) and (
        value.get("format") == FORMAT_NAME or "schema_version" in value
    )


def read_backup(path: Path) -> ImportBatch:
    """Parse and check a backup file completely; raises ImportFormatError naming the place."""
    text = decode_utf8(read_bytes_limited(path), path)
    return parse_backup(parse_json(text, path), path)


def parse_backup(document: Any, path: Path | str) -> ImportBatch:
    top = Fields(document, path, "")
    if top.data.get("format") != FORMAT_NAME:
        raise top.fail("format", f"this is not a Refleks backup (expected '{FORMAT_NAME}')")
    version = top.integer("schema_version")
    assert version is not None
    if version > SCHEMA_VERSION:
        raise top.fail(
            "schema_version",
            f"the backup was written by a newer Refleks (schema {version}; this version reads "
            f"up to {SCHEMA_VERSION}); update Refleks and import again",
        )
    if version < 1:
        raise top.fail("schema_version", f"{version} is not a backup schema version")
    courses = tuple(
        _course(value, path, f"courses[{i}]") for i, value in enumerate(top.items("courses"))
    )
    tags = tuple(_tag(value, path, f"tags[{i}]") for i, value in enumerate(top.items("tags")))
    labels = {(tag.family, tag.key): tag.label for tag in tags}
    fast = FastEntryReader(
        labels,
        {(i, module.position) for i, course in enumerate(courses) for module in course.modules},
    )
    entries: list[ImportedEntry] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(top.items("entries")):
        entry = fast.read(value) or _entry(value, path, f"entries[{index}]", labels, courses)
        if entry.uuid in seen:
            raise ImportFormatError(
                path,
                f"entries[{index}].uuid",
                f"the uuid is used already by entries[{seen[entry.uuid]}]",
            )
        seen[entry.uuid] = index
        entries.append(entry)
    return ImportBatch("refleks", tuple(entries), tags=tags, courses=courses)


def _course(value: Any, path: Path | str, where: str) -> ImportedCourse:
    fields = Fields(value, path, where)
    modules = []
    positions: set[int] = set()
    for i, item in enumerate(fields.items("modules", required=False)):
        module = Fields(item, path, f"{where}.modules[{i}]")
        position = module.integer("position")
        assert position is not None
        if position in positions:
            raise module.fail("position", f"position {position} is used twice in this course")
        positions.add(position)
        modules.append(
            ImportedModule(
                name=module.text("name"),
                day=module.day("day"),
                position=position,
                place=module.text("place", required=False),
                notes=module.text("notes", required=False),
            )
        )
    created = fields.timestamp("created_at")
    assert created is not None
    return ImportedCourse(fields.text("name"), created, tuple(modules))


def _tag(value: Any, path: Path | str, where: str) -> TagRef:
    fields = Fields(value, path, where)
    family = fields.text("family")
    key = fields.text("key")
    if not family or not key:
        raise ImportFormatError(path, where, "a tag needs a family and a key")
    return TagRef(family, key, fields.text("label", required=False))


def _entry(
    value: Any,
    path: Path | str,
    where: str,
    labels: dict[tuple[str, str], str | None],
    courses: tuple[ImportedCourse, ...],
) -> ImportedEntry:
    fields = Fields(value, path, where)
    tags = []
    for i, text in enumerate(fields.items("tags", required=False)):
        place = f"{where}.tags[{i}]"
        expect(text, str, path, place)
        try:
            ref = TagRef.parse(text)
        except ValueError:
            raise ImportFormatError(path, place, f"'{text[:40]}' is not FAMILY:KEY") from None
        ref = TagRef(ref.family, ref.key, labels.get((ref.family, ref.key)))
        if ref.family == OWN_FAMILY and ref.label is None:
            ref = TagRef(ref.family, ref.key, ref.key)
        tags.append(ref)
    answers = []
    keys: set[str] = set()
    for i, item in enumerate(fields.items("answers", required=False)):
        answer = Fields(item, path, f"{where}.answers[{i}]")
        key = answer.text("prompt_key")
        if key in keys:
            raise answer.fail("prompt_key", f"'{key}' is answered twice in this entry")
        keys.add(key)
        answers.append(Answer(key, answer.text("text"), i))
    module = None
    raw_module = fields.raw("module", required=False)
    if raw_module is not None:
        place = f"{where}.module"
        pair = expect(raw_module, list, path, place)
        if len(pair) != 2 or not all(isinstance(n, int) and not isinstance(n, bool) for n in pair):
            raise ImportFormatError(path, place, "expected [course index, module position]")
        course, position = pair
        if not 0 <= course < len(courses) or not any(
            m.position == position for m in courses[course].modules
        ):
            raise ImportFormatError(path, place, f"there is no module {pair} in `courses`")
        module = ModuleRef(course, position)
    uuid = fields.text("uuid")
    if not uuid or len(uuid) > 36:
        raise fields.fail("uuid", "expected an id of 1 to 36 characters")
    created = fields.timestamp("created_at")
    updated = fields.timestamp("updated_at")
    assert created is not None and updated is not None
    return ImportedEntry(
        uuid=uuid,
        day=fields.day("day"),
        created_at=created,
        updated_at=updated,
        title=fields.text("title"),
        body=fields.text("body"),
        tags=tuple(tags),
        answers=tuple(answers),
        template_key=fields.text("template_key", required=False),
        template_version=fields.integer("template_version", required=False),
        private=fields.boolean("private"),
        coaching=fields.boolean("coaching"),
        trashed_at=fields.timestamp("trashed_at", required=False),
        module=module,
    )
