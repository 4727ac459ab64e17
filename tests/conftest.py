"""Shared fixtures: a throw-away data folder, database, catalog and services per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.journal.service import JournalService

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def catalog():  # type: ignore[no-untyped-def]
    from app.catalog.catalog import Catalog

    return Catalog.load()


@pytest.fixture
def context(data_paths: DataPaths, catalog) -> Iterator[JournalContext]:  # type: ignore[no-untyped-def]
    ctx = open_journal(data_paths, catalog=catalog)
    yield ctx
    ctx.close()


@pytest.fixture
def journal(context: JournalContext) -> JournalService:
    return context.journal


def damage_entries_table(journal: Path) -> None:
    """Overwrite the root page of the entries table with noise; header and revision stay."""
    import sqlite3

    with sqlite3.connect(journal) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'entries'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(journal, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x55" * page_size)
