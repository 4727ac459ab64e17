"""Converting a journal file in place: encrypt, change the passphrase, decrypt.

Every conversion writes a complete new file beside the journal with `sqlcipher_export`
(which keeps rows, indexes, triggers and the full-text index, but not `user_version`: that
is copied by hand; the Alembic revision is a table and travels along). The new file is
checked, flushed to disk, and only then swapped in with a rename. The journal must be
closed (no open engine) and the instance lock held by the caller.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.security.errors import EncryptionError
from app.security.header import (
    KeyHeader,
    header_path,
    pending_header_path,
    replace_file,
    sync_folder,
    write_header,
)
from app.security.kdf import KdfParams, check_passphrase, derive_key, key_check
from app.security.unlock import JournalCipherState, cipher_state
from app.store import checks
from models.database import connect_file
from models.snapshot import create_private_file


def encrypt_journal(database: Path, passphrase: str, *, params: KdfParams | None = None) -> bytes:
    """Encrypt the plain journal at `database` under `passphrase`; returns the raw key."""
    if cipher_state(database) is not JournalCipherState.PLAIN:
        raise EncryptionError(f"{database} is not an unencrypted journal; nothing was changed.")
    check_passphrase(passphrase)
    return _convert_to_key(database, None, passphrase, params or KdfParams.fresh())


def rekey_journal(
    database: Path,
    old_key: bytes,
    new_passphrase: str,
    *,
    params: KdfParams | None = None,
    before_swap: Callable[[bytes], None] | None = None,
) -> bytes:
    """Re-encrypt the journal under `new_passphrase` (with a fresh salt); returns the new key.

    `before_swap(new_key)` runs once the new file is ready, before it replaces the journal.
    """
    check_passphrase(new_passphrase)
    return _convert_to_key(
        database, old_key, new_passphrase, params or KdfParams.fresh(), before_swap
    )


def decrypt_journal(database: Path, key: bytes) -> None:
    """Turn the encrypted journal back into a plain SQLite file."""
    converted = export_copy(database, key, None)
    set_header_aside(database)
    _swap_in(converted, database)
    with contextlib.suppress(FileNotFoundError):
        pending_header_path(database).unlink()
    sync_folder(database.parent)


def set_header_aside(database: Path) -> None:
    """Before a plain file replaces the encrypted `database`: its header becomes the pending
    one. Stopped before the swap, the pending header still matches the file and is taken
    back; after it, no header stands beside the plain file as if it were encrypted."""
    with contextlib.suppress(FileNotFoundError):
        os.replace(header_path(database), pending_header_path(database))


def _convert_to_key(
    database: Path,
    source_key: bytes | None,
    passphrase: str,
    params: KdfParams,
    before_swap: Callable[[bytes], None] | None = None,
) -> bytes:
    key = derive_key(passphrase, params)
    converted = export_copy(database, source_key, key)
    header = KeyHeader(kdf=params, key_check=key_check(key), file_salt="").for_file(converted)
    if before_swap is not None:
        before_swap(key)
    # The pending header goes first: if we stop after the swap, it matches the new file.
    write_header(pending_header_path(database), header)
    _swap_in(converted, database)
    replace_file(pending_header_path(database), header_path(database))
    sync_folder(database.parent)
    return key


def _key_literal(key: bytes | None) -> str:
    return "" if key is None else f"x'{key.hex()}'"


def export_copy(
    source: Path, source_key: bytes | None, target_key: bytes | None, target: Path | None = None
) -> Path:
    """Write a verified copy of `source` under `target_key` (None: plain) and return its path."""
    from sqlcipher3 import dbapi2

    target = target or source.with_name(source.name + ".converting")
    for leftover in (target, Path(f"{target}-journal"), Path(f"{target}-wal")):
        leftover.unlink(missing_ok=True)
    create_private_file(target)
    try:
        # SQLCipher's library reads the source even when it is plain: it does the export.
        connection = connect_file(source, source_key, cipher=True)
        try:
            connection.isolation_level = None
            entries = _count_entries(connection)
            checks.export_into(connection, target, _key_literal(target_key))
        finally:
            connection.close()
        _verify(target, target_key, entries)
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except (dbapi2.Error, OSError) as error:
        target.unlink(missing_ok=True)
        raise EncryptionError(
            f"Converting {source} failed and nothing was changed: {error}. "
            "Check the free disk space and try again."
        ) from error
    return target


def _count_entries(connection: Any) -> int | None:
    try:
        return checks.entry_count(connection)
    except Exception:  # a file without the table (e.g. a bare test database)
        return None


def _verify(target: Path, key: bytes | None, expected_entries: int | None) -> None:
    connection = connect_file(target, key)
    try:
        result = checks.integrity(connection)[0]
        entries = _count_entries(connection)
    finally:
        connection.close()
    if result != "ok" or entries != expected_entries:
        raise OSError(f"the converted copy did not verify ({result}, {entries} entries)")


def _swap_in(converted: Path, database: Path) -> None:
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        converted.unlink(missing_ok=True)
        raise EncryptionError(
            f"{database} is still open in another window or command. Close it and try again; "
            "nothing was changed."
        )
    replace_file(converted, database)
    Path(f"{database}-shm").unlink(missing_ok=True)
    sync_folder(database.parent)
