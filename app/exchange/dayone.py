"""Reader for Day One's JSON export: the .zip (with `<Journal>.json` and photos/) or the
.json inside it.

Day One stores the moment in UTC plus the entry's IANA time zone; the journal day is the
local date there. Photos are not imported: their references are taken out of the text and
each affected entry keeps a note saying how many it had. Day One's first line is the title.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zipfile
import zoneinfo
from pathlib import Path
from typing import Any

from app.exchange.batch import ImportBatch, ImportedEntry
from app.exchange.errors import ImportFormatError
from app.exchange.files import (
    MAX_ZIP_BYTES,
    ZIP_DATA_ERRORS,
    check_readable,
    decode_utf8,
    read_bytes_limited,
    read_zip_member,
)
from app.exchange.tag_matching import TagMatcher
from app.exchange.validate import Fields, expect, parse_json

_MEDIA = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)")
# Day One escapes punctuation Markdown would not need escaped; a leading "\-" or "\#"
# is kept, since unescaping it would turn a line into a list item or a heading.
_NEEDLESS_ESCAPE = re.compile(r"(?<!^)(?<!\n)\\([.!?()\-+:,])")
_BLANK_LINES = re.compile(r"\n{3,}")
_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
MAX_TITLE = 200


def looks_like_dayone(value: Any) -> bool:
    return (
        isinstance(value, dict) and "metadata" in value and isinstance(value.get("entries"), list)
    )


def read_dayone(path: Path, *, catalog: object | None = None) -> ImportBatch:
    if zipfile.is_zipfile(path):
        data, where = _journal_json_from_zip(path)
    else:
        data, where = read_bytes_limited(path), ""
    text = decode_utf8(data, path, where)
    label = f"{path} ({where})" if where else path
    return parse_dayone(parse_json(text, label), label, catalog=catalog)


def _journal_json_from_zip(path: Path) -> tuple[bytes, str]:
    check_readable(path, limit=MAX_ZIP_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info
                for info in archive.infolist()
                if info.filename.lower().endswith(".json")
                and "/" not in info.filename.strip("/")
                and not info.is_dir()
            ]
            if not members:
                raise ImportFormatError(
                    path, "", "the zip holds no journal .json file; is it a Day One export?"
                )
            if len(members) > 1:
                names = ", ".join(info.filename for info in members[:5])
                raise ImportFormatError(
                    path,
                    "",
                    f"the zip holds several journals ({names}); unpack it and import "
                    "one .json at a time",
                )
            return read_zip_member(archive, members[0], path), members[0].filename
    except NotImplementedError as error:  # a zip format version zipfile does not know
        raise ImportFormatError(
            path,
            "",
            f"is a kind of zip Refleks cannot unpack ({error}); unpack it with your archive "
            "tool and import the .json inside",
        ) from None
    except ZIP_DATA_ERRORS as error:  # a damaged directory at the end of the zip
        raise ImportFormatError(
            path, "", f"the zip file is damaged ({error}); export it again"
        ) from None


def _zone(name: str | None) -> dt.tzinfo:
    if not name:
        return dt.UTC
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _entry_uuid(raw: str) -> str:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"dayone:{raw}"))


def split_title(text: str) -> tuple[str, str]:
    """Day One's first line is the entry's title (often a `#` heading)."""
    first, _, rest = text.strip("\n").partition("\n")
    title = first.lstrip("#").strip()
    if len(title) > MAX_TITLE:
        return "", text.strip("\n")
    return title, rest.strip("\n")


def media_note(count: int) -> str:
    noun = "photo or file" if count == 1 else "photos or files"
    return f"*(This entry had {count} {noun} in Day One; not imported.)*"


def parse_dayone(document: Any, path: Path | str, *, catalog: object | None) -> ImportBatch:
    matcher = TagMatcher(catalog)
    top = Fields(document, path, "")
    top.typed("metadata", dict)
    entries: list[ImportedEntry] = []
    firsts: dict[str, tuple[int, ImportedEntry]] = {}  # uuid -> its first entry and index
    repeats = 0
    with_media = 0
    for index, value in enumerate(top.items("entries")):
        where = f"entries[{index}]"
        fields = Fields(value, path, where)
        created = fields.timestamp("creationDate")
        assert created is not None
        modified = fields.timestamp("modifiedDate", required=False) or created
        zone = _zone(fields.text("timeZone", required=False))
        try:
            moment = created.replace(tzinfo=dt.UTC).astimezone(zone)
            day = moment.date()
        except OverflowError:  # the first or last day of the calendar, moved by the zone
            raise fields.fail(
                "creationDate",
                f"{created.isoformat()} in {zone} is outside the calendar; check the year",
            ) from None
        text = fields.text("text", required=False) or ""
        media = sum(len(fields.items(key, required=False)) for key in _MEDIA_KEYS)
        text = _MEDIA.sub("", text)
        text = _BLANK_LINES.sub("\n\n", _NEEDLESS_ESCAPE.sub(r"\1", text))
        title, body = split_title(text)
        if media:
            with_media += 1
            body = f"{body}\n\n{media_note(media)}".lstrip("\n")
        names = [
            expect(name, str, path, f"{where}.tags[{i}]")
            for i, name in enumerate(fields.items("tags", required=False))
        ]
        tags = matcher.tags(names)
        if fields.boolean("starred"):
            tags = (*tags, matcher.starred())
        raw_uuid = fields.text("uuid")
        entry = ImportedEntry(
            uuid=_entry_uuid(raw_uuid),
            day=day,
            created_at=created,
            updated_at=max(modified, created),
            title=title,
            body=body,
            tags=tags,
            time=dt.time(moment.hour, moment.minute),  # the clock where it was written
        )
        first_index, first = firsts.setdefault(entry.uuid, (index, entry))
        if first_index == index:
            entries.append(entry)
        elif first == entry:
            repeats += 1  # the same entry twice (a journal exported into itself): once
        else:
            raise fields.fail(
                "uuid",
                f"the uuid {raw_uuid[:40]} ({day.isoformat()}, '{title[:40]}') is also that "
                f"of entries[{first_index}] ({first.day.isoformat()}, '{first.title[:40]}'), "
                "which says something else; remove one of the two and import again",
            )
    notes: list[str] = []
    if with_media:
        noun = "entry" if with_media == 1 else "entries"
        notes.append(
            f"{with_media} {noun} had photos or files; those are not imported, "
            "each such entry keeps a note."
        )
    if repeats:
        noun = "entry was" if repeats == 1 else "entries were"
        notes.append(f"{repeats} {noun} in the file twice, with the same uuid; imported once.")
    return ImportBatch("dayone", tuple(entries), notes=tuple(notes))
