"""The note that lets an interrupted passphrase change be finished later.

A change of passphrase converts the journal first and its backups after it. If it stops in
between, the backups are still under the old key, which only the old passphrase opens; the
user has already moved on to the new one. So before the journal is swapped, a small note
is written beside it (`journal.db.rekey.json`): the old key, masked with a pad derived from
the new key, plus check values of both keys. Whoever holds the new key (and can therefore
read the journal anyway) can finish the backups; nobody else learns anything from it. The
note is deleted once every backup follows the new key.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from app.security.header import sync_folder, write_private_durably
from app.security.kdf import KEY_BYTES, key_check, key_matches


def note_path(database: Path) -> Path:
    return database.with_name(database.name + ".rekey.json")


def _pad(new_key: bytes) -> bytes:
    return hashlib.blake2b(new_key, digest_size=KEY_BYTES, person=b"refleks-rekeypad").digest()


def _xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def write_note(database: Path, old_key: bytes, new_key: bytes) -> None:
    """Record, durably, that `database` is moving from `old_key` to `new_key`."""
    note = note_path(database)
    text = json.dumps(
        {
            "old_key_check": key_check(old_key),
            "new_key_check": key_check(new_key),
            "masked_old_key": _xor(old_key, _pad(new_key)).hex(),
        }
    )
    temporary = note.with_name(note.name + ".tmp")
    write_private_durably(temporary, text.encode("utf-8"))
    os.replace(temporary, note)
    sync_folder(database.parent)


def has_note(database: Path) -> bool:
    return note_path(database).exists()


def old_key_for(database: Path, key: bytes) -> bytes | None:
    """The key the backups may still be under, when `key` is the one a change moved to.

    None when there is no note, or the note is stale (the journal never got the new key,
    or the note is unreadable): then there is nothing to finish and the note is deleted.
    """
    note = note_path(database)
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        new_check = str(data["new_key_check"])
        old_check = str(data["old_key_check"])
        masked = bytes.fromhex(data["masked_old_key"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        clear_note(database)
        return None
    if not key_matches(key, new_check) or len(masked) != KEY_BYTES:
        clear_note(database)  # stopped before the swap: the journal still has the old key
        return None
    old_key = _xor(masked, _pad(key))
    return old_key if key_matches(old_key, old_check) else None


def clear_note(database: Path) -> None:
    note_path(database).unlink(missing_ok=True)
    sync_folder(database.parent)
