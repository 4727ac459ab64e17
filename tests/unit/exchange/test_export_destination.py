"""Exports never land on the journal's own files or its backups, however the path is spelled."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from app.exchange.destination import check_destination
from app.exchange.errors import ExportError
from app.exchange.service import ExchangeService
from app.journal.context import JournalContext
from app.records import EntryDraft
from app.summary.model import SummaryRequest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exchange(context: JournalContext) -> ExchangeService:
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Styregruppe"))
    return ExchangeService(journal=context.journal, catalog=context.catalog)


@pytest.mark.parametrize(
    "name",
    [
        "journal.db",
        "journal.db-wal",
        "journal.db-shm",
        "journal.db.header.json",
        "journal.db.header.json.pending",
        "JOURNAL.DB",  # a case-insensitive file system names the same file
    ],
)
def test_the_journal_and_its_companions_are_refused(tmp_path: Path, name: str) -> None:
    journal = tmp_path / "data" / "journal.db"
    journal.parent.mkdir()
    with pytest.raises(ExportError, match="journal's own files"):
        check_destination(journal.parent / name, journal)


def test_every_spelling_of_the_journal_is_refused(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal.db"
    (journal.parent / "backups").mkdir(parents=True)
    journal.write_bytes(b"x")
    (tmp_path / "link-to-data").symlink_to(journal.parent)
    (tmp_path / "link-to-journal.md").symlink_to(journal)
    for spelled in (
        tmp_path / "link-to-data" / "journal.db",
        journal.parent / "backups" / ".." / "journal.db",
        tmp_path / "link-to-journal.md",
    ):
        with pytest.raises(ExportError, match="journal's own files"):
            check_destination(spelled, journal)


def test_anything_under_backups_is_refused_file_or_folder(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal.db"
    backups = journal.parent / "backups"
    backups.mkdir(parents=True)
    (backups / "journal-2026-03-01.db").write_bytes(b"backup")
    (tmp_path / "elsewhere").symlink_to(backups)
    for target, folder in (
        (backups / "journal-2026-03-01.db", False),
        (backups / "new.md", False),
        (tmp_path / "elsewhere" / "new.html", False),
        (backups, True),
        (backups / "notes", True),
    ):
        with pytest.raises(ExportError, match="backups folder"):
            check_destination(target, journal, folder=folder)


def test_a_folder_export_may_not_be_the_data_folder_or_above(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal.db"
    journal.parent.mkdir()
    for target in (journal.parent, tmp_path):
        with pytest.raises(ExportError, match="holds your journal"):
            check_destination(target, journal, folder=True)


def test_a_file_export_onto_a_folder_names_the_fix(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal.db"
    journal.parent.mkdir()
    with pytest.raises(ExportError, match=r"is a folder.*refleks-export\.pdf"):
        check_destination(tmp_path, journal, suffix=".pdf")


def test_ordinary_places_are_allowed(tmp_path: Path) -> None:
    journal = tmp_path / "data" / "journal.db"
    journal.parent.mkdir()
    assert check_destination(tmp_path / "summary.md", journal) == tmp_path / "summary.md"
    beside = journal.parent / "summary.md"  # the data folder itself is not off limits
    assert check_destination(beside, journal) == beside
    assert check_destination(tmp_path / "notes", journal, folder=True) == tmp_path / "notes"


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_a_summary_onto_the_journal_is_refused_and_the_journal_kept(
    exchange: ExchangeService, context: JournalContext, fmt: str
) -> None:
    journal = context.paths.journal
    inode = journal.stat().st_ino  # stat, not open(): the connection's locks stay (STACK_NOTES)
    with pytest.raises(ExportError, match="journal's own files"):
        exchange.export_summary(SummaryRequest(), fmt, journal)
    assert journal.stat().st_ino == inode  # not replaced by a rename
    assert context.journal.count() == 1


def test_a_backup_onto_a_backup_file_is_refused_and_the_backup_kept(
    exchange: ExchangeService, context: JournalContext
) -> None:
    backup = context.paths.backups / "journal-2026-03-01.db"
    backup.parent.mkdir(exist_ok=True)
    backup.write_bytes(b"an earlier backup")
    before = digest(backup)
    with pytest.raises(ExportError, match="backups folder"):
        exchange.export_backup(backup)
    with pytest.raises(ExportError, match="backups folder"):
        exchange.export_summary(SummaryRequest(), "html", backup)
    assert digest(backup) == before


def test_a_markdown_folder_in_place_of_the_backups_is_refused(
    exchange: ExchangeService, context: JournalContext
) -> None:
    backups = context.paths.backups
    backups.mkdir(exist_ok=True)  # empty: the folder export used to replace it
    with pytest.raises(ExportError, match="backups folder"):
        exchange.export_markdown_folder(SummaryRequest(), backups)
    assert backups.is_dir() and not os.listdir(backups)


def test_a_summary_onto_an_existing_folder_is_an_error_not_a_crash(
    exchange: ExchangeService, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        exchange.export_summary(SummaryRequest(), "md", folder)
    with pytest.raises(ExportError, match="is a folder"):
        exchange.export_backup(folder)
    assert not os.listdir(folder)
