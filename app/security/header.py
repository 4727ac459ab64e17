"""The small plaintext file beside an encrypted journal: format, KDF parameters, salt.

It never holds the key. It holds a check value of the key (to tell a wrong passphrase from a
damaged file) and the journal file's own first 16 bytes (SQLCipher's per-file salt), which
tie the header to exactly one database file. A conversion writes the new header as
`.pending` first, swaps the database, then renames the header; whichever of the two files
matches the database is the right one, so a crash between the steps loses nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import RefleksError
from app.security.kdf import KdfParams
from models.journal_file import (  # noqa: F401  (is_plain_sqlite, sync_folder: re-exported)
    PREFIX_BYTES,
    is_plain_sqlite,
    read_prefix,
    replace_file,
    sync_folder,
)

FORMAT_NAME = "refleks-encrypted-journal"
FORMAT_VERSION = 1
KEY_CHECK_BYTES = 16


class HeaderDamagedError(RefleksError, ValueError):
    """The header file exists but cannot be read as a header (or asks for absurd costs).

    `detail` says what is wrong with it; the message, once `read_header` knows the file,
    also names it and says what to do.
    """

    def __init__(self, detail: str, path: Path | None = None) -> None:
        message = detail
        if path is not None:
            message = (
                f"The key file {path} is damaged ({detail}), so the file it belongs to "
                "cannot be unlocked. Choose another backup, or put back a good copy of "
                "the key file."
            )
        super().__init__(message)
        self.detail = detail


@dataclass(frozen=True, slots=True)
class KeyHeader:
    """What is needed to derive and recognise the key of one encrypted database file."""

    kdf: KdfParams
    key_check: str
    file_salt: str  # hex of the database file's first 16 bytes
    format_version: int = FORMAT_VERSION

    def for_file(self, database: Path) -> KeyHeader:
        """The same key facts, tied to another file encrypted with the same key (a copy)."""
        return KeyHeader(
            kdf=self.kdf, key_check=self.key_check, file_salt=file_prefix(database).hex()
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT_NAME,
                "format_version": self.format_version,
                "cipher": "sqlcipher4-raw-key",
                "kdf": {
                    "name": "argon2id",
                    "salt": self.kdf.salt.hex(),
                    "time_cost": self.kdf.time_cost,
                    "memory_kib": self.kdf.memory_kib,
                    "parallelism": self.kdf.parallelism,
                },
                "key_check": self.key_check,
                "file_salt": self.file_salt,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyHeader:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT_NAME:
                raise HeaderDamagedError("not a Refleks header")
            version = int(data["format_version"])
            if version > FORMAT_VERSION:
                raise HeaderDamagedError(f"header format {version} is newer than this app")
            kdf = data["kdf"]
            if kdf["name"] != "argon2id":
                raise HeaderDamagedError(f"unknown key derivation {kdf['name']!r}")
            params = KdfParams(
                salt=bytes.fromhex(kdf["salt"]),
                time_cost=int(kdf["time_cost"]),
                memory_kib=int(kdf["memory_kib"]),
                parallelism=int(kdf["parallelism"]),
            )
            params.check()  # a tampered cost would fail in argon2, or run for hours
            key_check = str(data["key_check"])
            file_salt = str(data["file_salt"])
            if len(bytes.fromhex(key_check)) != KEY_CHECK_BYTES:
                raise HeaderDamagedError("the key check value has the wrong length")
            if len(bytes.fromhex(file_salt)) not in (0, PREFIX_BYTES):
                raise HeaderDamagedError("the file salt has the wrong length")
            return cls(kdf=params, key_check=key_check, file_salt=file_salt, format_version=version)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            if isinstance(error, HeaderDamagedError):
                raise
            raise HeaderDamagedError(str(error)) from error


def header_path(database: Path) -> Path:
    return database.with_name(database.name + ".header.json")


def pending_header_path(database: Path) -> Path:
    return database.with_name(database.name + ".header.json.pending")


def file_prefix(database: Path) -> bytes:
    """The first 16 bytes of the file (empty when it is absent or empty), read safely
    beside open connections (models.journal_file)."""
    return read_prefix(database)


def read_header(path: Path) -> KeyHeader | None:
    """The header stored at `path`, None when there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise HeaderDamagedError(str(error), path) from error
    try:
        return KeyHeader.from_json(text)
    except HeaderDamagedError as error:
        raise HeaderDamagedError(error.detail, path) from None


def write_private_durably(path: Path, data: bytes) -> None:
    """Write `path` owner-only and flush it to disk before returning."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def write_header(path: Path, header: KeyHeader) -> None:
    """Write `header` to `path` atomically (temporary file, fsync, rename)."""
    temporary = path.with_name(path.name + ".tmp")
    write_private_durably(temporary, header.to_json().encode("utf-8"))
    replace_file(temporary, path)


def header_for(database: Path) -> KeyHeader | None:
    """The header that belongs to the encrypted file `database`, or None if none does.

    Finishes a conversion interrupted after the database was swapped: a pending header
    that matches the file becomes the header.
    """
    prefix = file_prefix(database).hex()
    pending = pending_header_path(database)
    try:
        candidate = read_header(pending)
    except HeaderDamagedError:
        candidate = None
    if candidate is not None and candidate.file_salt == prefix:
        replace_file(pending, header_path(database))
        return candidate
    current = read_header(header_path(database))
    if current is not None and current.file_salt == prefix:
        return current
    return None
