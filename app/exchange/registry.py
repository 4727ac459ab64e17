"""The one list of formats Refleks reads and writes.

Each importer and exporter is named here once, with its file suffixes and what it is
for. The command line's `--format` choices, the dialogs' lists and file filters, and
`--format auto` (the importers' recognisers, asked in this order) all come from these two
lists, as in jrnl's `plugins/__init__.py`. Readers and recognisers are named as
"module:function" and imported when used, so the list costs nothing to load.
"""

from __future__ import annotations

import importlib
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from app.exchange.batch import ImportBatch
from app.exchange.errors import ImportFormatError
from app.exchange.files import check_readable, decode_utf8, read_bytes_limited

AUTO = "auto"


def _function(reference: str) -> Callable[..., Any]:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True, slots=True)
class ImportFormat:
    """A journal format Refleks can read."""

    name: str  # the --format value
    title: str  # shown in the import dialog (translated there)
    suffixes: tuple[str, ...]
    reader: str  # "module:function(path, *, catalog)" giving an ImportBatch
    recognises: str  # "module:function(sample)": is a sample of a file in this format?
    takes_catalog: bool = True

    def read(self, path: Path, catalog: object | None) -> ImportBatch:
        read = _function(self.reader)
        return read(path, catalog=catalog) if self.takes_catalog else read(path)


ExportKind = Literal["summary", "backup", "folder"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A file (or folder) Refleks can write."""

    name: str  # the --format value
    title: str  # shown in the export dialogs
    suffix: str  # "" for a folder
    kind: ExportKind  # a coaching summary (or learning log), the whole journal, or files
    #: Offered for a course's learning log too (`course log --format`).
    for_learning_log: bool = False


IMPORTS: tuple[ImportFormat, ...] = (
    ImportFormat(
        "refleks",
        "Refleks backup (JSON)",
        (".json",),
        "app.exchange.backup:read_backup",
        "app.exchange.registry:_is_backup",
        takes_catalog=False,
    ),
    ImportFormat(
        "jrnl-json",
        "jrnl (JSON export)",
        (".json",),
        "app.exchange.jrnl:read_jrnl_json",
        "app.exchange.registry:_is_jrnl_json",
    ),
    ImportFormat(
        "jrnl-text",
        "jrnl (journal text file)",
        (".txt",),
        "app.exchange.jrnl:read_jrnl_text",
        "app.exchange.registry:_is_jrnl_text",
    ),
    ImportFormat(
        "dayone",
        "Day One (zip or JSON)",
        (".zip", ".json"),
        "app.exchange.dayone:read_dayone",
        "app.exchange.registry:_is_dayone",
    ),
)

EXPORTS: tuple[ExportFormat, ...] = (
    ExportFormat("pdf", "PDF", ".pdf", "summary", for_learning_log=True),
    ExportFormat("md", "Markdown", ".md", "summary", for_learning_log=True),
    ExportFormat("html", "HTML", ".html", "summary", for_learning_log=True),
    ExportFormat("json", "Refleks backup (JSON)", ".json", "backup"),
    ExportFormat("markdown-folder", "Folder of Markdown files", "", "folder"),
)

#: The order `--format auto` asks in: a backup names itself in its first bytes, so it is
#: known before anything is parsed; jrnl's text looks like JSON's "[" at its start.
_DETECTION_ORDER = ("refleks", "dayone", "jrnl-text", "jrnl-json")


def import_format(name: str) -> ImportFormat | None:
    return next((found for found in IMPORTS if found.name == name), None)


def export_format(name: str) -> ExportFormat | None:
    return next((found for found in EXPORTS if found.name == name), None)


def import_names() -> tuple[str, ...]:
    return tuple(found.name for found in IMPORTS)


def export_names(*kinds: ExportKind) -> tuple[str, ...]:
    return tuple(found.name for found in EXPORTS if not kinds or found.kind in kinds)


def learning_log_names() -> tuple[str, ...]:
    return tuple(found.name for found in EXPORTS if found.for_learning_log)


def file_filter(formats: tuple[ImportFormat, ...] | tuple[ExportFormat, ...], label: str) -> str:
    """A Qt file-dialog filter for `formats`: "label (*.json *.zip)"."""
    suffixes: list[str] = []
    for found in formats:
        for suffix in getattr(found, "suffixes", None) or (found.suffix,):  # type: ignore[union-attr]
            if suffix and f"*{suffix}" not in suffixes:
                suffixes.append(f"*{suffix}")
    return f"{label} ({' '.join(suffixes)})"


# ----- detection ------------------------------------------------------------------------

_HEAD_BYTES = 4096
_BACKUP_HEAD = re.compile(r'\s*\{\s*"format"\s*:\s*"refleks-backup"')
_JSON_START = ("{", "[")


class Sample:
    """What the recognisers look at, each part read once and only when asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Why the file, which looks like JSON, did not parse (for the final message).
        self.json_error: ImportFormatError | None = None

    @cached_property
    def is_zip(self) -> bool:
        return zipfile.is_zipfile(self.path)

    @cached_property
    def head(self) -> str:
        """The first few KB as text (undecodable bytes dropped)."""
        try:
            with self.path.open("rb") as handle:
                return handle.read(_HEAD_BYTES).decode("utf-8-sig", errors="ignore")
        except OSError as error:
            raise ImportFormatError(self.path, "", f"cannot be read ({error.strerror})") from None

    @cached_property
    def text(self) -> str | None:
        """The whole file as UTF-8 text (None for a zip)."""
        return None if self.is_zip else decode_utf8(read_bytes_limited(self.path), self.path)

    @cached_property
    def document(self) -> Any:
        """The file parsed as JSON, or None when it is not JSON."""
        from app.exchange.validate import parse_json

        text = self.text
        if text is None or not text.lstrip().startswith(_JSON_START):
            return None
        try:
            return parse_json(text, self.path)
        except ImportFormatError as error:
            self.json_error = error
            return None


def _is_backup(sample: Sample) -> bool:
    # Our own backups name their format first; the reader checks the rest. Parsing tens
    # of MB here only to do it again in the reader cost a tenth of an import.
    if sample.is_zip:
        return False
    if _BACKUP_HEAD.match(sample.head):
        return True
    return _function("app.exchange.backup:looks_like_backup")(sample.document)


def _is_dayone(sample: Sample) -> bool:
    return sample.is_zip or _function("app.exchange.dayone:looks_like_dayone")(sample.document)


def _is_jrnl_text(sample: Sample) -> bool:
    text = sample.text
    return text is not None and _function("app.exchange.jrnl:looks_like_jrnl_text")(text)


def _is_jrnl_json(sample: Sample) -> bool:
    return _function("app.exchange.jrnl:looks_like_jrnl_json")(sample.document)


def detect_format(path: Path) -> str:
    """The importer for `path`, told from its content; a clear error when none fits."""
    check_readable(path, limit=2**63)  # existence only; each reader checks its own limit
    sample = Sample(path)
    for name in _DETECTION_ORDER:
        found = import_format(name)
        assert found is not None
        if _function(found.recognises)(sample):
            return name
    if sample.json_error is not None:
        raise sample.json_error  # meant as JSON: say where it breaks
    names = ", ".join(import_names()[:-1]) + " or " + import_names()[-1]
    raise ImportFormatError(
        path, "", f"cannot tell which journal this comes from; choose the format ({names})"
    )


def read_any(path: Path, fmt: str = AUTO, *, catalog: object | None = None) -> ImportBatch:
    """Read `path` with the importer for `fmt` (or the detected one) into a batch."""
    path = Path(path)
    found = import_format(detect_format(path) if fmt == AUTO else fmt)
    if found is None:
        raise ImportFormatError(path, "", f"'{fmt}' is not a format Refleks can import")
    return found.read(path, catalog)
