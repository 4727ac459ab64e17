"""The lossless JSON backup: the whole journal, private entries and trash included.

The document is versioned (`schema_version`); a reader refuses versions it does not know.
Entries are written in a stable order (day, created, uuid) and keep their uuids, so an
export → import into an empty journal → export gives the same document. Schema 2 adds the
commitments and coaching sessions after the entries (app/exchange/backup_commitments.py);
a schema 1 backup still imports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.dates import parse_clock
from app.exchange.backup_commitments import COACHING_SESSIONS, COMMITMENTS, read_tail, tail_parts
from app.exchange.batch import (
    ImportBatch,
    ImportedCourse,
    ImportedEntry,
    ImportedModule,
    ModuleRef,
)
from app.exchange.errors import ImportFormatError
from app.exchange.files import check_readable, write_private_bytes
from app.exchange.json_stream import read_object
from app.exchange.validate import (
    INT_RANGE,
    Fields,
    describe,
    format_utc,
    out_of_range,
    parse_day,
    parse_utc,
)
from app.records import OWN_FAMILY, Answer, TagRef
from app.store.backup_rows import course_rows, entry_json_lines, module_rows, tag_rows

if TYPE_CHECKING:
    from models.database import Database

FORMAT_NAME = "refleks-backup"
SCHEMA_VERSION = 2

NOTE = (
    "A complete backup of a Refleks journal: every entry, private ones and the trash "
    "included. It is not encrypted; keep it somewhere only you can read."
)


def dump_journal(database: Database, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole journal as a JSON-ready document."""
    with _raw_connection(database) as connection:
        head, lines, tail = journal_parts(connection, now=now)
    return {**head, "entries": [json.loads(line) for line in lines], **tail}


def _raw_connection(database: Database) -> contextlib.AbstractContextManager[Any]:
    """The journal's DB-API connection inside one transaction (one snapshot)."""
    return database.transaction()


def journal_parts(
    connection: Any, *, now: dt.datetime | None = None
) -> tuple[dict[str, Any], list[bytes], dict[str, Any]]:
    """The document's members before its entries, each entry as UTF-8 JSON
    (app/store/backup_rows.py), and the members after them.

    `connection` is a DB-API connection inside a read transaction, so that all of it is
    one snapshot of the journal.
    """
    modules_of: dict[int, list[tuple[Any, ...]]] = {}
    for row in module_rows(connection):
        modules_of.setdefault(row[1], []).append(row)
    module_refs: dict[int, list[int]] = {}
    course_docs = []
    for index, (course_id, name, created_at) in enumerate(course_rows(connection)):
        modules = modules_of.get(course_id, [])
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
        for family, key, label in tag_rows(connection)
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
    return head, lines, tail_parts(connection)


def encode_backup(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON, one entry per line."""
    after = (COMMITMENTS, COACHING_SESSIONS)
    head = {key: value for key, value in document.items() if key not in ("entries", *after)}
    tail = {key: document[key] for key in after if key in document}
    lines = [json.dumps(entry, ensure_ascii=False).encode("utf-8") for entry in document["entries"]]
    return b"".join(_encoded_parts(head, lines, tail))


def _encoded_parts(
    head: dict[str, Any], lines: list[bytes], tail: dict[str, Any] | None = None
) -> list[bytes]:
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
    parts.append(b"\n ]")
    # After the entries, so a reader streams them with the head checked (one per line).
    for key, items in (tail or {}).items():
        rows = ",\n".join(f"  {json.dumps(item, ensure_ascii=False)}" for item in items)
        parts.append(f",\n {json.dumps(key)}: [\n{rows}\n ]".encode())
    parts.append(b"\n}\n")
    return parts


def write_backup(database: Database, destination: Path) -> int:
    """Write the whole journal to `destination` (0600, atomically); returns the entry count."""
    with _raw_connection(database) as connection:
        return write_backup_from(connection, destination)


def write_backup_from(connection: Any, destination: Path) -> int:
    """`write_backup` over a DB-API connection inside a read transaction."""
    head, lines, tail = journal_parts(connection)
    write_private_bytes(destination, _encoded_parts(head, lines, tail))
    return len(lines)


# ----- reading ---------------------------------------------------------------------------
#
# One reader of the document, `_EntryReader`, checks every field of an entry inline (an
# entry's fields are read once, each with one type test) and words any complaint with its
# exact place; files are read by `json_stream`, entry by entry, so a backup of any size
# imports.

_TIMESTAMP_LENGTH = len("2026-03-02T09:15:00.000000Z")


def looks_like_backup(value: Any) -> bool:
    """Our format name, or our version key: the reader then says exactly what is off."""
    return isinstance(value, dict) and (
        value.get("format") == FORMAT_NAME or "schema_version" in value
    )


def read_backup(path: Path) -> ImportBatch:
    """Parse and check a backup file completely; raises ImportFormatError naming the place.

    There is no size limit: a backup Refleks wrote must import, and the file is read
    piece by piece (only the entries themselves are kept in memory).
    """
    check_readable(path, limit=2**63)  # a missing file or a folder, in one clear line
    reader = _StreamedBackup(path)
    try:
        with path.open("rb") as handle:
            members = read_object(handle, path, stream="entries", on_item=reader.take)
    except OSError as error:
        raise ImportFormatError(path, "", f"cannot be read ({error.strerror})") from None
    return reader.finish(members)


class _StreamedBackup:
    """Reads entries as they stream in once the head before them (format, schema_version,
    courses, tags, as our export writes it) has been checked; otherwise keeps them for
    `finish`, which checks everything in the usual order."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._head: tuple[tuple[TagRef, ...], tuple[ImportedCourse, ...]] | None = None
        self._entries: _EntryReader | None = None

    def take(self, members: dict[str, Any], index: int, value: Any) -> bool:
        if self._entries is None:
            if index or not {"format", "schema_version", "courses", "tags"} <= members.keys():
                return False
            tags, courses = self._head = _head(members, self._path)
            self._entries = _EntryReader(self._path, tags, courses)
        self._entries.read(value, index)
        return True

    def finish(self, members: dict[str, Any]) -> ImportBatch:
        if self._entries is None:
            return parse_backup(members, self._path)
        assert self._head is not None
        tags, courses = self._head
        return _batch(members, self._path, self._entries.entries, tags, courses)


def parse_backup(document: Any, path: Path | str) -> ImportBatch:
    """Check a parsed backup document and turn it into a batch."""
    tags, courses = _head(document, path)
    reader = _EntryReader(path, tags, courses)
    for index, value in enumerate(Fields(document, path, "").items("entries")):
        reader.read(value, index)
    return _batch(document, path, reader.entries, tags, courses)


def _batch(
    document: dict[str, Any],
    path: Path | str,
    entries: list[ImportedEntry],
    tags: tuple[TagRef, ...],
    courses: tuple[ImportedCourse, ...],
) -> ImportBatch:
    commitments, sessions = read_tail(document, path, (entry.uuid for entry in entries))
    return ImportBatch(
        "refleks",
        tuple(entries),
        tags=tags,
        courses=courses,
        commitments=commitments,
        coaching_sessions=sessions,
    )


def _head(document: Any, path: Path | str) -> tuple[tuple[TagRef, ...], tuple[ImportedCourse, ...]]:
    """The format, version, courses and tags of the document, checked."""
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
    return tags, courses


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


class _EntryReader:
    """Turns entry objects into `ImportedEntry`, refusing the first wrong field by its
    place (`entries[3].day`), and a uuid given twice."""

    def __init__(
        self, path: Path | str, tags: tuple[TagRef, ...], courses: tuple[ImportedCourse, ...]
    ) -> None:
        self._path = path
        self._labels = {(tag.family, tag.key): tag.label for tag in tags}
        self._modules = {
            (index, module.position)
            for index, course in enumerate(courses)
            for module in course.modules
        }
        self._tags: dict[str, TagRef] = {}  # a tag's text recurs in thousands of entries
        self._seen: dict[str, int] = {}
        self.entries: list[ImportedEntry] = []

    def _fail(self, index: int, name: str, problem: str) -> ImportFormatError:
        return ImportFormatError(
            self._path, f"entries[{index}].{name}" if name else f"entries[{index}]", problem
        )

    def _wrong(self, index: int, name: str, value: Any, expected: str) -> ImportFormatError:
        if value is None:
            return self._fail(index, name, "this required field is missing")
        return self._fail(index, name, f"expected {expected}, found {describe(value)}")

    def read(self, value: Any, index: int) -> None:
        if type(value) is not dict:
            raise self._wrong(index, "", value, "an object")
        get = value.get
        tags = self._tags_of(get("tags"), index)
        answers = self._answers_of(get("answers"), index)
        module = self._module_of(get("module"), index)
        uuid = get("uuid")
        if type(uuid) is not str:
            raise self._wrong(index, "uuid", uuid, "text")
        if not 0 < len(uuid) <= 36:
            raise self._fail(index, "uuid", "expected an id of 1 to 36 characters")
        created = self._timestamp(get("created_at"), index, "created_at")
        updated = self._timestamp(get("updated_at"), index, "updated_at")
        day = get("day")
        if type(day) is not str:
            raise self._wrong(index, "day", day, "text")
        day_value = parse_day(day)
        if day_value is None:
            raise self._fail(index, "day", f"'{day[:40]}' is not a date (YYYY-MM-DD)")
        title, body = get("title"), get("body")
        if type(title) is not str:
            raise self._wrong(index, "title", title, "text")
        if type(body) is not str:
            raise self._wrong(index, "body", body, "text")
        template_key, version = get("template_key"), get("template_version")
        if template_key is not None and type(template_key) is not str:
            raise self._wrong(index, "template_key", template_key, "text")
        if version is not None:
            if type(version) is not int:
                raise self._wrong(index, "template_version", version, "a number")
            if not INT_RANGE[0] <= version <= INT_RANGE[1]:
                raise self._fail(index, "template_version", out_of_range(version, *INT_RANGE))
        private, coaching = get("private"), get("coaching")
        if private is not None and type(private) is not bool:
            raise self._wrong(index, "private", private, "true or false")
        if coaching is not None and type(coaching) is not bool:
            raise self._wrong(index, "coaching", coaching, "true or false")
        clock = get("time")  # absent in backups made before entries had a time
        if clock is not None and type(clock) is not str:
            raise self._wrong(index, "time", clock, "text")
        time = None if clock is None else parse_clock(clock)
        if clock is not None and (time is None or len(clock) != 5):
            raise self._fail(index, "time", f"'{clock[:20]}' is not a time of day (HH:MM)")
        raw_trashed = get("trashed_at")
        trashed = None if raw_trashed is None else self._timestamp(raw_trashed, index, "trashed_at")
        first = self._seen.setdefault(uuid, index)
        if first != index:
            other = self.entries[first]  # every entry before this one was kept, in order
            raise self._fail(
                index,
                "uuid",
                f"the uuid {uuid} is used already by entries[{first}] "
                f"({other.day.isoformat()}, '{other.title[:40]}'); remove one of the two "
                "and import again",
            )
        self.entries.append(
            ImportedEntry(
                uuid=uuid,
                day=day_value,
                created_at=created,
                updated_at=updated,
                title=title,
                body=body,
                tags=tags,
                answers=answers,
                template_key=template_key,
                template_version=version,
                private=bool(private),
                coaching=bool(coaching),
                trashed_at=trashed,
                module=module,
                time=time,
            )
        )

    def _timestamp(self, value: Any, index: int, name: str) -> dt.datetime:
        """Our own form (`2026-03-02T09:15:00.000000Z`) directly, any ISO 8601 with a zone
        through `parse_utc`."""
        if type(value) is not str:
            raise self._wrong(index, name, value, "text")
        if len(value) == _TIMESTAMP_LENGTH and value[10] == "T" and value[-1] == "Z":
            try:
                parsed = dt.datetime.fromisoformat(value[:-1])
            except ValueError:
                pass
            else:
                if parsed.tzinfo is None:
                    return parsed
        return parse_utc(
            value, lambda: self._fail(index, name, f"'{value[:40]}' is not a UTC timestamp")
        )

    def _tags_of(self, raw: Any, index: int) -> tuple[TagRef, ...]:
        if raw is None:
            return ()
        if type(raw) is not list:
            raise self._wrong(index, "tags", raw, "a list")
        refs = []
        for position, text in enumerate(raw):
            ref = self._tags.get(text) if type(text) is str else None
            if ref is None:
                ref = self._tags[text] = self._tag(text, index, position)
            refs.append(ref)
        return tuple(refs)

    def _tag(self, text: Any, index: int, position: int) -> TagRef:
        name = f"tags[{position}]"
        if type(text) is not str:
            raise self._wrong(index, name, text, "text")
        try:
            ref = TagRef.parse(text)
        except ValueError:
            ref = None
        if ref is None or not ref.family or not ref.key:
            raise self._fail(index, name, f"'{text[:40]}' is not FAMILY:KEY")
        label = self._labels.get((ref.family, ref.key))
        if ref.family == OWN_FAMILY and label is None:
            label = ref.key
        return TagRef(ref.family, ref.key, label)

    def _answers_of(self, raw: Any, index: int) -> tuple[Answer, ...]:
        if raw is None:
            return ()
        if type(raw) is not list:
            raise self._wrong(index, "answers", raw, "a list")
        answers = []
        keys: set[str] = set()
        for position, item in enumerate(raw):
            name = f"answers[{position}]"
            if type(item) is not dict:
                raise self._wrong(index, name, item, "an object")
            key, text = item.get("prompt_key"), item.get("text")
            if type(key) is not str:
                raise self._wrong(index, f"{name}.prompt_key", key, "text")
            if type(text) is not str:
                raise self._wrong(index, f"{name}.text", text, "text")
            if key in keys:
                raise self._fail(
                    index, f"{name}.prompt_key", f"'{key}' is answered twice in this entry"
                )
            keys.add(key)
            answers.append(Answer(key, text, position))
        return tuple(answers)

    def _module_of(self, raw: Any, index: int) -> ModuleRef | None:
        if raw is None:
            return None
        if type(raw) is not list:
            raise self._wrong(index, "module", raw, "a list")
        if len(raw) != 2 or type(raw[0]) is not int or type(raw[1]) is not int:
            raise self._fail(index, "module", "expected [course index, module position]")
        if (raw[0], raw[1]) not in self._modules:
            raise self._fail(index, "module", f"there is no module {raw} in `courses`")
        return ModuleRef(raw[0], raw[1])
