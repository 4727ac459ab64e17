"""Turning encryption on, changing the passphrase and turning it off, for a data folder.

The journal is converted first, then every backup in the folder follows it, so that no
plaintext copy is left behind after encrypting and an old passphrase opens nothing after
a change. With an open `Database`, its connections are closed for the conversion and it
continues under the new key; otherwise the journal must not be open anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.backups import list_backups
from app.paths import DataPaths
from app.security.conversion import (
    decrypt_journal,
    encrypt_journal,
    export_copy,
    rekey_journal,
)
from app.security.errors import EncryptionError
from app.security.header import (
    KeyHeader,
    header_for,
    header_path,
    pending_header_path,
    sync_folder,
    write_header,
)
from app.security.kdf import KdfParams, key_matches
from models.database import Database

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ConversionReport:
    key: bytes | None  # the journal's key afterwards (None: unencrypted)
    backups_converted: int
    backups_skipped: tuple[Path, ...]  # encrypted under an older passphrase; left as they are


def encrypt(
    paths: DataPaths,
    passphrase: str,
    *,
    database: Database | None = None,
    params: KdfParams | None = None,
) -> ConversionReport:
    """Encrypt the plain journal in `paths` and its backups under `passphrase`."""
    key = _with_database(
        database, lambda: encrypt_journal(paths.journal, passphrase, params=params)
    )
    return _follow(paths, None, key)


def change_passphrase(
    paths: DataPaths,
    key: bytes,
    new_passphrase: str,
    *,
    database: Database | None = None,
    params: KdfParams | None = None,
) -> ConversionReport:
    """Re-encrypt the journal (unlocked with `key`) and its backups under `new_passphrase`."""
    new_key = _with_database(
        database, lambda: rekey_journal(paths.journal, key, new_passphrase, params=params)
    )
    return _follow(paths, key, new_key)


def remove_encryption(
    paths: DataPaths, key: bytes, *, database: Database | None = None
) -> ConversionReport:
    """Decrypt the journal (unlocked with `key`) and its backups."""

    def run() -> None:
        decrypt_journal(paths.journal, key)

    _with_database(database, run, new_key_is_none=True)
    return _follow(paths, key, None)


def _with_database(
    database: Database | None, convert: Callable[[], T], *, new_key_is_none: bool = False
) -> T:
    if database is None:
        return convert()
    database.engine.dispose()  # the last connection closing folds the WAL into the file
    try:
        result = convert()
    except BaseException:
        database.reopen(database.key)
        raise
    database.reopen(None if new_key_is_none else result)  # type: ignore[arg-type]
    return result


def _follow(paths: DataPaths, old_key: bytes | None, new_key: bytes | None) -> ConversionReport:
    header = header_for(paths.journal) if new_key is not None else None
    converted, skipped = convert_backups(paths.backups, old_key, new_key, header)
    return ConversionReport(new_key, converted, tuple(skipped))


def convert_backups(
    folder: Path, old_key: bytes | None, new_key: bytes | None, header: KeyHeader | None
) -> tuple[int, list[Path]]:
    """Re-write each backup in `folder` from `old_key` to `new_key` (None: plain)."""
    converted = 0
    skipped: list[Path] = []
    for backup in list_backups(folder):
        path = backup.path
        if backup.encrypted:
            theirs = header_for(path)
            if old_key is None or theirs is None or not key_matches(old_key, theirs.key_check):
                skipped.append(path)
                continue
            source_key: bytes | None = old_key
        else:
            source_key = None
        if source_key == new_key:
            continue
        try:
            staged = export_copy(path, source_key, new_key)
        except EncryptionError:
            skipped.append(path)
            continue
        if new_key is not None:
            if header is None:
                raise EncryptionError("The journal's key information is missing.")
            write_header(pending_header_path(path), header.for_file(staged))
            os.replace(staged, path)
            os.replace(pending_header_path(path), header_path(path))
        else:
            os.replace(staged, path)
            header_path(path).unlink(missing_ok=True)
        converted += 1
    sync_folder(folder)
    return converted, skipped
