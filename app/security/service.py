"""Turning encryption on, changing the passphrase and turning it off, for a data folder.

The journal is converted first, then every backup in the folder follows it, so that no
plaintext copy is left behind after encrypting and an old passphrase opens nothing after
a change. With an open `Database`, its connections are closed for the conversion and it
continues under the new key; otherwise the journal must not be open anywhere.

Before anything is touched, the folders must be writable and have room for the largest
copy. If a conversion still stops halfway (killed, or the disk filled up after all), it is
finished by doing the same again: `unfinished` says so, `finish` converts what is left (the
plaintext backups, and those still under the key before an interrupted change, found
through `pending_rekey`). A backup that cannot be converted fails the whole operation with
a message, instead of being passed over as one "made under an older passphrase".
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.journal.backups import list_backups
from app.journal.paths import DataPaths
from app.security import pending_rekey
from app.security.conversion import (
    decrypt_journal,
    encrypt_journal,
    export_copy,
    rekey_journal,
    set_header_aside,
)
from app.security.errors import EncryptionError
from app.security.header import (
    HeaderDamagedError,
    KeyHeader,
    header_for,
    header_path,
    pending_header_path,
    replace_file,
    sync_folder,
    write_header,
)
from app.security.kdf import KdfParams, key_matches
from app.security.leftovers import plaintext_copies
from models.database import Database

# Room asked for beyond the largest file: SQLCipher's per-page reserve and the folder's
# own growth.
_SPARE_BYTES = 4 * 1024 * 1024

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
    check_room(paths)
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
    check_room(paths)
    if pending_rekey.has_note(paths.journal):
        finish(paths, key)  # backups still behind an earlier change follow `key` first

    def run() -> bytes:
        return rekey_journal(
            paths.journal,
            key,
            new_passphrase,
            params=params,
            before_swap=lambda new_key: pending_rekey.write_note(paths.journal, key, new_key),
        )

    new_key = _with_database(database, run)
    report = _follow(paths, key, new_key)
    pending_rekey.clear_note(paths.journal)
    return report


def remove_encryption(
    paths: DataPaths, key: bytes, *, database: Database | None = None
) -> ConversionReport:
    """Decrypt the journal (unlocked with `key`) and its backups."""
    check_room(paths)
    older = pending_rekey.old_key_for(paths.journal, key)

    def run() -> None:
        decrypt_journal(paths.journal, key)

    _with_database(database, run, new_key_is_none=True)
    report = _follow(paths, key, None, also_from=older)
    pending_rekey.clear_note(paths.journal)
    return report


def unfinished(paths: DataPaths) -> bool:
    """Whether an encrypted journal still has plaintext copies, or backups under a key
    an interrupted change of passphrase moved away from."""
    return bool(plaintext_copies(paths)) or pending_rekey.has_note(paths.journal)


def interrupted_change(paths: DataPaths, key: bytes) -> bool:
    """Whether a change of passphrase to `key` stopped before every backup followed it."""
    return pending_rekey.old_key_for(paths.journal, key) is not None


def finish(paths: DataPaths, key: bytes) -> ConversionReport:
    """Bring every backup of the encrypted journal (unlocked with `key`) under `key`.

    Plaintext backups are encrypted; backups under the key an interrupted change moved away
    from are re-keyed. Raises EncryptionError if a plaintext copy is left afterwards.
    """
    older = pending_rekey.old_key_for(paths.journal, key)
    if not unfinished(paths):
        return ConversionReport(key, 0, ())
    check_room(paths)
    report = _follow(paths, older, key)
    pending_rekey.clear_note(paths.journal)
    return report


def check_room(paths: DataPaths) -> None:
    """Refuse, before anything is changed, a conversion that could not be completed.

    Every file is rewritten as a full copy beside itself, one at a time, so each folder must
    be writable and hold the largest of them once more.
    """
    files = [paths.journal, Path(f"{paths.journal}-wal")]
    folders = [paths.root]
    backups = [info.path for info in list_backups(paths.backups)]
    if backups:
        files += backups
        folders.append(paths.backups)
    largest = max((_size(path) for path in files), default=0)
    for folder in folders:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise EncryptionError(
                f"The folder {folder} is read-only, so the journal and its backups cannot "
                "all be converted. Nothing was changed; make the folder writable and try "
                "again."
            )
        needed = largest + largest // 16 + _SPARE_BYTES
        free = shutil.disk_usage(folder).free
        if free < needed:
            raise EncryptionError(
                f"There is not enough free space in {folder} to convert the journal and its "
                f"backups ({_mib(needed)} MB needed, {_mib(free)} MB free). Nothing was "
                "changed; free some space and try again."
            )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _mib(size: int) -> int:
    return -(-size // (1024 * 1024))


def _with_database(
    database: Database | None, convert: Callable[[], T], *, new_key_is_none: bool = False
) -> T:
    if database is None:
        return convert()
    database.close()  # the last connection closing folds the WAL into the file
    try:
        result = convert()
    except BaseException:
        database.reopen(database.key)
        raise
    database.reopen(None if new_key_is_none else result)  # type: ignore[arg-type]
    return result


def _follow(
    paths: DataPaths,
    old_key: bytes | None,
    new_key: bytes | None,
    *,
    also_from: bytes | None = None,
) -> ConversionReport:
    header = header_for(paths.journal) if new_key is not None else None
    if new_key is not None and header is None:
        raise EncryptionError(f"The key information beside {paths.journal} is missing.")
    converted, skipped, failed = convert_backups(
        paths.backups, old_key, new_key, header, also_from=also_from
    )
    if failed:
        done = "decrypted" if new_key is None else "converted"
        names = ", ".join(f"{path.name} ({reason})" for path, reason in failed[:3])
        raise EncryptionError(
            f"The journal is {done}, but {len(failed)} backup(s) could not follow it: "
            f"{names}. Nothing is lost; free some space or fix the folder's permissions "
            "and do the same again to finish."
        )
    if new_key is not None:
        left = plaintext_copies(paths)
        if left:
            raise EncryptionError(
                "The journal is encrypted, but these unencrypted copies are still beside "
                f"it: {', '.join(path.name for path in left[:5])}. Delete them if you do "
                "not need them, or do the same again to encrypt them."
            )
    return ConversionReport(new_key, converted, tuple(skipped))


def convert_backups(
    folder: Path,
    old_key: bytes | None,
    new_key: bytes | None,
    header: KeyHeader | None,
    *,
    also_from: bytes | None = None,
) -> tuple[int, list[Path], list[tuple[Path, str]]]:
    """Re-write each backup in `folder` from `old_key` (or `also_from`) to `new_key`.

    None stands for plain. Returns how many were converted, those under another key (left
    as they are) and those that failed, with the reason.
    """
    converted = 0
    skipped: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for backup in list_backups(folder):
        path = backup.path
        if backup.encrypted:
            source_key = _their_key(path, (old_key, also_from, new_key))
            if source_key is None:
                skipped.append(path)
                continue
        else:
            source_key = None
        if source_key == new_key:
            continue
        try:
            _convert_one(path, source_key, new_key, header)
        except EncryptionError as error:
            failed.append((path, str(error.__cause__ or error)))
            continue
        except OSError as error:
            failed.append((path, error.strerror or str(error)))
            continue
        converted += 1
    sync_folder(folder)
    return converted, skipped, failed


def _their_key(path: Path, keys: tuple[bytes | None, ...]) -> bytes | None:
    try:
        theirs = header_for(path)
    except HeaderDamagedError:
        return None
    if theirs is None:
        return None
    return next((k for k in keys if k is not None and key_matches(k, theirs.key_check)), None)


def _convert_one(
    path: Path, source_key: bytes | None, new_key: bytes | None, header: KeyHeader | None
) -> None:
    staged = export_copy(path, source_key, new_key)
    try:
        if new_key is not None:
            assert header is not None
            # As for the journal: the pending header first, so a stop after the swap
            # leaves a header that matches the file.
            write_header(pending_header_path(path), header.for_file(staged))
            replace_file(staged, path)
            replace_file(pending_header_path(path), header_path(path))
        else:
            set_header_aside(path)
            replace_file(staged, path)
            pending_header_path(path).unlink(missing_ok=True)
    finally:
        staged.unlink(missing_ok=True)
