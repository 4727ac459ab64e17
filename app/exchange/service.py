"""The exchange service: the user actions of moving entries in and out of one journal.

Import: read and check the whole file first, then write it in one transaction. Export:
build everything in memory, then write one owner-only file (or folder) atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.catalog.catalog import Catalog
from app.errors import InvalidInputError
from app.exchange.backup import write_backup
from app.exchange.batch import ImportBatch, ImportResult
from app.exchange.destination import check_destination, check_source
from app.exchange.files import write_private_bytes, write_private_folder
from app.exchange.importer import (
    OnConflict,
    apply_batch,
    check_lengths,
    check_tags,
    existing_uuids,
)
from app.exchange.markdown_folder import folder_files
from app.exchange.registry import AUTO, read_any
from app.journal.changes import Change, Changes
from app.journal.service import JournalService
from app.summary.builder import Names, build_summary, select_entries
from app.summary.export import render_summary
from app.summary.model import Summary, SummaryRequest
from app.summary.progress import Progress


def journal_is_encrypted(journal_file: Path) -> bool:
    """True when the journal has a key header beside it (see app.security)."""
    from app.security.header import header_path

    return header_path(journal_file).exists()


@dataclass(frozen=True, slots=True)
class FolderExport:
    """What a Markdown-folder export wrote, and how many private entries it left out."""

    written: int
    private_left_out: int


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do, before anything is written."""

    batch: ImportBatch
    new: int
    present: int


class ExchangeService:
    """Imports and exports for one open journal."""

    def __init__(self, *, journal: JournalService, catalog: Catalog) -> None:
        self._journal = journal
        self._catalog = catalog

    # ----- import --------------------------------------------------------------------

    def read(self, path: Path, fmt: str = AUTO) -> ImportBatch:
        """Read and check the whole file; raises ImportFormatError, writes nothing."""
        check_source(Path(path), self._journal.database.path)
        batch = read_any(Path(path), fmt, catalog=self._catalog)
        check_tags(batch, self._catalog, path)
        check_lengths(batch, path)
        return batch

    def preview_import(self, path: Path, fmt: str = AUTO) -> ImportPreview:
        batch = self.read(path, fmt)
        present = existing_uuids(self._journal.database, (e.uuid for e in batch.entries))
        return ImportPreview(batch, len(batch.entries) - len(present), len(present))

    def import_batch(self, batch: ImportBatch, on_conflict: OnConflict = "skip") -> ImportResult:
        result = apply_batch(self._journal.database, batch, on_conflict=on_conflict)
        if result.added or result.updated or batch.commitments or batch.coaching_sessions:
            # Entries, own tags, course links, commitments and sessions may all be new.
            self._journal.changes.publish(
                Changes(
                    Change.ENTRIES
                    | Change.TAGS
                    | Change.COURSES
                    | Change.COMMITMENTS
                    | Change.COACHING
                )
            )
        return result

    def import_file(
        self, path: Path, fmt: str = AUTO, *, on_conflict: OnConflict = "skip"
    ) -> ImportResult:
        return self.import_batch(self.read(path, fmt), on_conflict)

    # ----- export --------------------------------------------------------------------

    def _destination(self, destination: Path, *, folder: bool = False, suffix: str = "") -> Path:
        """`destination`, refused (ExportError) when it is one of the journal's own files."""
        journal_file = self._journal.database.path
        return check_destination(Path(destination), journal_file, folder=folder, suffix=suffix)

    def export_backup(self, destination: Path) -> int:
        """The whole journal (private entries and trash included) as JSON; returns entries."""
        target = self._destination(destination, suffix=".json")
        return write_backup(self._journal.database, target)

    def summary(self, request: SummaryRequest) -> Summary:
        start, end = request.date_from, request.date_to
        if start is not None and end is not None and start > end:
            # It would match nothing, and an empty summary hides the slip.
            raise InvalidInputError(
                f"The period starts on {start.isoformat()}, after it ends on "
                f"{end.isoformat()}; swap the two dates."
            )
        return build_summary(self._journal, self._catalog, request)

    def export_summary(
        self,
        request: SummaryRequest,
        fmt: str,
        destination: Path,
        *,
        progress: Progress | None = None,
    ) -> Summary:
        """`progress` hears of each entry and page; a cancel raised from it writes nothing."""
        target = self._destination(destination, suffix=f".{fmt}")
        summary = self.summary(request)
        write_private_bytes(target, render_summary(summary, fmt, progress=progress))
        return summary

    def export_markdown_folder(self, request: SummaryRequest, destination: Path) -> FolderExport:
        """One .md file per selected entry in a new folder. Private entries stay out
        unless `request.include_private`; the result counts both."""
        target = self._destination(destination, folder=True)
        selected = select_entries(self._journal, request)
        files = folder_files(selected.entries, Names(self._catalog, request.language))
        return FolderExport(write_private_folder(target, files), selected.private_left_out)
