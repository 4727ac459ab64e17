"""Which importer reads a file: chosen by the user, or told from the file's content."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from app.exchange.backup import looks_like_backup, read_backup
from app.exchange.batch import ImportBatch
from app.exchange.dayone import looks_like_dayone, read_dayone
from app.exchange.errors import ImportFormatError
from app.exchange.files import check_readable, decode_utf8, read_bytes_limited
from app.exchange.jrnl import (
    looks_like_jrnl_json,
    looks_like_jrnl_text,
    read_jrnl_json,
    read_jrnl_text,
)
from app.exchange.validate import parse_json

AUTO = "auto"
IMPORT_FORMATS: tuple[str, ...] = ("refleks", "jrnl-json", "jrnl-text", "dayone")
_JSON_START = ("{", "[")
_HEAD_BYTES = 4096
_BACKUP_HEAD = re.compile(r'\s*\{\s*"format"\s*:\s*"refleks-backup"')


def detect_format(path: Path) -> str:
    """The importer for `path`, told from its content; a clear error when none fits."""
    check_readable(path, limit=2**63)  # existence only; each reader checks its own limit
    if zipfile.is_zipfile(path):
        return "dayone"
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8-sig", errors="ignore")
    except OSError as error:
        raise ImportFormatError(path, "", f"cannot be read ({error.strerror})") from None
    if _BACKUP_HEAD.match(head):
        # Our own backups name their format first; the reader checks the rest. Reading,
        # decoding and parsing tens of MB here only to do it again in the reader cost a
        # tenth of an import.
        return "refleks"
    text = decode_utf8(read_bytes_limited(path), path)
    if looks_like_jrnl_text(text):  # before JSON: a jrnl line starts with "[" too
        return "jrnl-text"
    if text.lstrip().startswith(_JSON_START):
        document = parse_json(text, path)
        if looks_like_backup(document):
            return "refleks"
        if looks_like_dayone(document):
            return "dayone"
        if looks_like_jrnl_json(document):
            return "jrnl-json"
    raise ImportFormatError(
        path,
        "",
        "cannot tell which journal this comes from; choose the format "
        "(refleks, jrnl-json, jrnl-text or dayone)",
    )


def read_any(path: Path, fmt: str = AUTO, *, catalog: object | None = None) -> ImportBatch:
    """Read `path` with the importer for `fmt` (or the detected one) into a batch."""
    path = Path(path)
    chosen = detect_format(path) if fmt == AUTO else fmt
    readers: dict[str, Callable[[Path], ImportBatch]] = {
        "refleks": read_backup,
        "jrnl-json": lambda p: read_jrnl_json(p, catalog=catalog),
        "jrnl-text": lambda p: read_jrnl_text(p, catalog=catalog),
        "dayone": lambda p: read_dayone(p, catalog=catalog),
    }
    reader = readers.get(chosen)
    if reader is None:
        raise ImportFormatError(path, "", f"'{fmt}' is not a format Refleks can import")
    return reader(path)
