"""An encrypted journal's change files: no plaintext in the folder, and a device without
the key can neither read them nor have its own files accepted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.sync.change_file import FOLDER_NAME
from tests.unit.sync.conftest import draft, titles

KEY = bytes(range(32))


@pytest.fixture
def open_device(tmp_path: Path, shared: Path, catalog):  # type: ignore[no-untyped-def]
    opened: list[JournalContext] = []

    def make(name: str, key: bytes | None) -> JournalContext:
        context = open_journal(DataPaths(tmp_path / name), catalog=catalog, key=key)
        opened.append(context)
        context.sync.setup(shared)
        return context

    yield make
    for context in opened:
        context.close()


def test_the_folder_holds_no_plaintext_and_the_same_key_reads_it(open_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop, home = open_device("laptop", KEY), open_device("home", KEY)
    laptop.journal.create_entry(draft("Hemmelig titel", "fortrolig tekst om Mette"))
    laptop.sync.sync_now()
    raw = b"".join(p.read_bytes() for p in (shared / FOLDER_NAME).rglob("*.rfk"))
    for secret in ("Hemmelig", "fortrolig", "Mette", "2026-05-01"):
        assert secret.encode() not in raw
    assert home.sync.sync_now().refused == ()
    assert titles(home) == ["Hemmelig titel"]


def test_a_device_with_another_key_can_neither_read_nor_inject(open_device, shared) -> None:  # type: ignore[no-untyped-def]
    laptop = open_device("laptop", KEY)
    stranger = open_device("stranger", os.urandom(32))
    laptop.journal.create_entry(draft("Kun for mig"))
    laptop.sync.sync_now()
    stranger.journal.create_entry(draft("Indsmuglet"))
    stranger.sync.sync_now()

    report = stranger.sync.sync_now()
    assert titles(stranger) == ["Indsmuglet"]
    assert any("not authentic" in line for line in report.refused)
    report = laptop.sync.sync_now()
    assert titles(laptop) == ["Kun for mig"]
    assert any("not authentic" in line for line in report.refused)
    assert laptop.sync.status().refused == report.refused


def test_plain_and_encrypted_journals_refuse_each_others_files(open_device) -> None:  # type: ignore[no-untyped-def]
    sealed, plain = open_device("sealed", KEY), open_device("plain", None)
    sealed.journal.create_entry(draft("Krypteret"))
    plain.journal.create_entry(draft("Åben"))
    sealed.sync.sync_now()
    plain.sync.sync_now()
    assert any("no key" in line for line in plain.sync.sync_now().refused)
    assert any("not encrypted" in line for line in sealed.sync.sync_now().refused)
    assert titles(sealed) == ["Krypteret"] and titles(plain) == ["Åben"]
