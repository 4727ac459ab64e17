"""Is a journal file encrypted, and does a passphrase open it?

The first 16 bytes of a plain SQLite file are its magic string; an encrypted file starts
with random bytes. The header beside it (see `header`) says how to derive the key and lets
a wrong passphrase be told apart from a damaged file before SQLCipher is even asked.
"""

from __future__ import annotations

import enum
from pathlib import Path

from app.security.errors import WrongPassphraseError
from app.security.header import (
    HeaderDamagedError,
    KeyHeader,
    file_prefix,
    header_for,
    is_plain_sqlite,
)
from app.security.kdf import derive_key, key_matches


class JournalCipherState(enum.Enum):
    ABSENT = "absent"  # no file yet, or an empty one: a new journal
    PLAIN = "plain"  # an ordinary SQLite file
    ENCRYPTED = "encrypted"  # random bytes with a matching header beside them
    UNREADABLE = "unreadable"  # neither: damaged, not a database, or the header is gone


def cipher_state(database: Path) -> JournalCipherState:
    prefix = file_prefix(database)
    if not prefix:
        return JournalCipherState.ABSENT
    if is_plain_sqlite(prefix):
        return JournalCipherState.PLAIN
    try:
        header = header_for(database)
    except HeaderDamagedError:
        return JournalCipherState.UNREADABLE
    return JournalCipherState.UNREADABLE if header is None else JournalCipherState.ENCRYPTED


def journal_header(database: Path) -> KeyHeader:
    """The header of an encrypted journal; a clear error when it is missing or damaged."""
    try:
        header = header_for(database)
    except HeaderDamagedError as error:
        header = None
        detail = f" ({error.detail})"
    else:
        detail = ""
    if header is None:
        from app.security.errors import EncryptionError

        raise EncryptionError(
            f"The key information beside {database} is missing or does not belong to it"
            f"{detail}. Restore the journal from a backup, or choose another file."
        )
    return header


def unlock_key(database: Path, passphrase: str, header: KeyHeader | None = None) -> bytes:
    """The raw key of the encrypted `database` for `passphrase`; WrongPassphraseError if not."""
    header = header or journal_header(database)
    key = derive_key(passphrase, header.kdf)
    if not key_matches(key, header.key_check):
        raise WrongPassphraseError(
            "That passphrase does not open this journal. Check the keyboard layout and "
            "Caps Lock, and try again."
        )
    return key
