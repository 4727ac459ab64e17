"""Devices for sync tests: several journals in one process, one shared sync folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft

Device = JournalContext


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def make_device(tmp_path: Path, shared: Path, catalog) -> Iterator[Callable[[str], Device]]:  # type: ignore[no-untyped-def]
    opened: list[JournalContext] = []

    def make(name: str, *, setup: bool = True) -> Device:
        context = open_journal(DataPaths(tmp_path / name), catalog=catalog)
        opened.append(context)
        if setup:
            context.sync.setup(shared)
        return context

    yield make
    for context in opened:
        context.close()


def draft(title: str, body: str = "", day: dt.date = dt.date(2026, 5, 1)) -> EntryDraft:
    return EntryDraft(day=day, title=title, body=body)


def titles(device: Device) -> list[str]:
    return sorted(e.title for e in device.journal.all_matching())


def snapshot(device: Device) -> list[tuple]:  # type: ignore[type-arg]
    """Everything that syncs of the device's entries, in a comparable form."""
    with device.database.transaction() as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM entries")]
    entries = device.journal.get_entries(ids)
    return sorted(
        (
            e.uuid,
            e.title,
            e.body,
            e.day,
            e.time,
            tuple(str(t) for t in e.tags),
            tuple((a.prompt_key, a.text) for a in e.answers),
            e.trashed_at is not None,
        )
        for e in entries
    )
