"""Encryption at rest: key derivation, the header, converting a journal in place and back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import InvalidInputError
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft, TimelineFilter
from app.security import (
    EncryptionError,
    JournalCipherState,
    KdfParams,
    WrongPassphraseError,
    cipher_state,
    derive_key,
    header_path,
    unlock_key,
)
from app.security.conversion import decrypt_journal, encrypt_journal, rekey_journal
from app.security.header import KeyHeader, pending_header_path, read_header
from models.database import Database
from models.migrate import HEAD_REVISION

PASSPHRASE = "correct horse battery"


def fast() -> KdfParams:
    return KdfParams.fresh(time_cost=1, memory_kib=8 * 1024)


def make_plain_journal(paths: DataPaths, catalog: object, titles: tuple[str, ...]) -> None:
    context = open_journal(paths, catalog=catalog)  # type: ignore[arg-type]
    try:
        for title in titles:
            context.journal.create_entry(
                EntryDraft(day=dt.date(2026, 3, 14), title=title, body=f"{title} magtudøvelse")
            )
        with context.database.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA user_version = 7")
    finally:
        context.close()


def test_derive_key_is_32_bytes_and_depends_on_passphrase_and_salt() -> None:
    params = fast()
    key = derive_key(PASSPHRASE, params)
    assert len(key) == 32
    assert derive_key(PASSPHRASE, params) == key
    assert derive_key(PASSPHRASE + "!", params) != key
    assert derive_key(PASSPHRASE, fast()) != key


def test_header_round_trips_and_never_holds_the_key(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a",))
    key = encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    text = header_path(data_paths.journal).read_text()
    data = json.loads(text)
    assert data["kdf"]["name"] == "argon2id"
    assert key.hex() not in text
    assert PASSPHRASE not in text
    header = read_header(header_path(data_paths.journal))
    assert header is not None
    assert KeyHeader.from_json(header.to_json()) == header
    assert header.file_salt == data_paths.journal.read_bytes()[:16].hex()
    assert header_path(data_paths.journal).stat().st_mode & 0o777 == 0o600


def test_encrypt_keeps_rows_search_user_version_and_revision(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("Første", "Anden"))
    key = encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    raw = data_paths.journal.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "magtudøvelse".encode() not in raw
    assert cipher_state(data_paths.journal) is JournalCipherState.ENCRYPTED
    assert unlock_key(data_paths.journal, PASSPHRASE) == key

    context = open_journal(data_paths, catalog=catalog, key=key)
    try:
        found = context.journal.all_matching(TimelineFilter(text="magtudøvelse"))
        assert sorted(item.title for item in found) == ["Anden", "Første"]
        with context.database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA user_version").scalar() == 7
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar() == HEAD_REVISION
        # writing keeps working, and the WAL stays encrypted too
        context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 15), title="Tredje"))
        wal = Path(f"{data_paths.journal}-wal")
        assert b"Tredje" not in (wal.read_bytes() if wal.exists() else b"")
    finally:
        context.close()


def test_a_plain_reader_cannot_open_the_encrypted_file(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a",))
    encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    connection = sqlite3.connect(data_paths.journal)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM entries").fetchall()
    connection.close()


def test_wrong_passphrase_is_told_apart_from_a_damaged_file(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a",))
    encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    with pytest.raises(WrongPassphraseError, match="does not open"):
        unlock_key(data_paths.journal, "not the passphrase")
    # a damaged body: the passphrase is right, the file is not
    key = unlock_key(data_paths.journal, PASSPHRASE)
    data = bytearray(data_paths.journal.read_bytes())
    data[4096 + 100 : 4096 + 400] = b"\x00" * 300
    data_paths.journal.write_bytes(bytes(data))
    assert unlock_key(data_paths.journal, PASSPHRASE) == key


def test_header_that_belongs_to_another_file_is_not_used(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a",))
    encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    data = bytearray(data_paths.journal.read_bytes())
    data[:16] = b"\x01" * 16
    data_paths.journal.write_bytes(bytes(data))
    assert cipher_state(data_paths.journal) is JournalCipherState.UNREADABLE
    with pytest.raises(EncryptionError, match="missing or does not belong"):
        unlock_key(data_paths.journal, PASSPHRASE)


def test_interrupted_conversion_is_settled_by_the_pending_header(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    """A crash after the database swap but before the header rename loses nothing."""
    make_plain_journal(data_paths, catalog, ("a",))
    key = encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    # simulate: the new header only exists as .pending, an old one is still in place
    header = header_path(data_paths.journal)
    header.rename(pending_header_path(data_paths.journal))
    stale = read_header(pending_header_path(data_paths.journal))
    assert stale is not None
    header.write_text(
        KeyHeader(kdf=fast(), key_check="00", file_salt="ff" * 16).to_json(), encoding="utf-8"
    )
    assert unlock_key(data_paths.journal, PASSPHRASE) == key
    assert not pending_header_path(data_paths.journal).exists()


def test_rekey_changes_the_passphrase(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a", "b"))
    key = encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    new_key = rekey_journal(data_paths.journal, key, "a brand new phrase", params=fast())
    with pytest.raises(WrongPassphraseError):
        unlock_key(data_paths.journal, PASSPHRASE)
    assert unlock_key(data_paths.journal, "a brand new phrase") == new_key
    database = Database.open(data_paths.journal, key=new_key)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM entries").scalar() == 2
    finally:
        database.close()


def test_decrypt_gives_back_a_plain_file(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a", "b"))
    key = encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    decrypt_journal(data_paths.journal, key)
    assert cipher_state(data_paths.journal) is JournalCipherState.PLAIN
    assert not header_path(data_paths.journal).exists()
    connection = sqlite3.connect(data_paths.journal)
    try:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 7
    finally:
        connection.close()
    assert data_paths.journal.stat().st_mode & 0o777 == 0o600


def test_encrypting_twice_or_with_a_short_passphrase_is_refused(
    data_paths: DataPaths, catalog
) -> None:  # type: ignore[no-untyped-def]
    make_plain_journal(data_paths, catalog, ("a",))
    with pytest.raises(InvalidInputError, match="at least 8"):
        encrypt_journal(data_paths.journal, "short", params=fast())
    assert cipher_state(data_paths.journal) is JournalCipherState.PLAIN
    encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    with pytest.raises(EncryptionError, match="nothing was changed"):
        encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("CREATE TABLE IF NOT EXISTS held(x)")
connection.execute("INSERT INTO held VALUES (1)")
connection.commit()
print("ready", flush=True)
sys.stdin.read()
"""


def test_converting_a_journal_open_in_another_process_is_refused(
    data_paths: DataPaths,
    catalog,  # type: ignore[no-untyped-def]
) -> None:
    make_plain_journal(data_paths, catalog, ("a",))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_paths.journal)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(EncryptionError, match="still open"):
            encrypt_journal(data_paths.journal, PASSPHRASE, params=fast())
    finally:
        holder.communicate("", timeout=30)
    assert cipher_state(data_paths.journal) is JournalCipherState.PLAIN
    assert not Path(f"{data_paths.journal}.converting").exists()


def test_open_database_follows_a_conversion(data_paths: DataPaths, catalog) -> None:  # type: ignore[no-untyped-def]
    """The window converts without rebuilding its services: Database.reopen under the key."""
    from app.security import service

    make_plain_journal(data_paths, catalog, ("a",))
    context = open_journal(data_paths, catalog=catalog)
    try:
        journal = context.journal
        report = service.encrypt(data_paths, PASSPHRASE, database=context.database, params=fast())
        assert context.database.key == report.key
        journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="after"))
        assert journal.count() == 2
        report = service.change_passphrase(
            data_paths, report.key, "another long one", database=context.database, params=fast()
        )
        assert journal.count() == 2
        service.remove_encryption(data_paths, report.key, database=context.database)
        assert context.database.key is None
        assert journal.count() == 2
    finally:
        context.close()
    assert cipher_state(data_paths.journal) is JournalCipherState.PLAIN
