"""The change file: one device's changes since its previous file, written once, never
modified, named by device and sequence number.

Layout of the folder: `FOLDER/refleks-sync/<device id>/<sequence, 10 digits>.rfk`. A file
is written under a temporary name, flushed to disk and renamed, so a reader sees it whole
or not at all (a sync engine may still deliver it half arrived: that is refused here and
read again at the next sync).

Bytes: `RFKSYNC1`, one byte for the kind, then
- `P` (plain journal): SHA-256 of the name and payload, then the payload;
- `E` (encrypted journal): a 12-byte nonce, then AES-GCM of the payload with the name as
  associated data, keyed by HKDF-SHA256 from the journal's key. Without the key a file can
  be neither read nor made so that it is accepted; a file moved to another name fails too.
The payload is zlib-compressed JSON: device id and name, sequence, and the records.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.sync.vectors import Vector

MAGIC = b"RFKSYNC1"
PLAIN = b"P"
SEALED = b"E"
FOLDER_NAME = "refleks-sync"
SUFFIX = ".rfk"
_NAME = re.compile(r"^(\d{10})(-full)?\.rfk$")
_NONCE_BYTES = 12


class RefusedFile(Exception):
    """A change file that cannot be trusted or read; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One row's version: `data` is its content (None: deleted)."""

    kind: str
    key: str
    vector: Vector
    stamp: str
    device: str
    data: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ChangeFile:
    device_id: str
    device_name: str
    seq: int
    records: tuple[ChangeRecord, ...]
    #: The names of the devices whose writes the records are (a conflict copy is titled
    #: with the name, and every device must title it alike).
    names: dict[str, str] = field(default_factory=dict)


def file_name(seq: int, *, full: bool = False) -> str:
    """`0000000007.rfk`; `0000000007-full.rfk` when the file holds every row the device
    had (a snapshot: a device starting later begins there, not at the first file)."""
    return f"{seq:010d}{'-full' if full else ''}{SUFFIX}"


def sequence_of(name: str) -> int | None:
    match = _NAME.match(name)
    return int(match.group(1)) if match else None


def is_full(name: str) -> bool:
    match = _NAME.match(name)
    return bool(match and match.group(2))


def sync_key(journal_key: bytes) -> bytes:
    """The change files' key, derived from (never equal to) the journal's key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"refleks-sync", info=b"change files v1"
    ).derive(journal_key)


def _label(device_id: str, seq: int) -> bytes:
    return f"{device_id}/{seq}".encode()


def encode(change: ChangeFile, key: bytes | None) -> bytes:
    """The file's bytes; `key` is the sync key of an encrypted journal."""
    document = {
        "device": change.device_id,
        "name": change.device_name,
        "seq": change.seq,
        "names": change.names,
        "records": [[r.kind, r.key, r.vector, r.stamp, r.device, r.data] for r in change.records],
    }
    payload = zlib.compress(
        json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode(), 6
    )
    label = _label(change.device_id, change.seq)
    if key is None:
        return MAGIC + PLAIN + hashlib.sha256(label + payload).digest() + payload
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_NONCE_BYTES)
    return MAGIC + SEALED + nonce + AESGCM(key).encrypt(nonce, payload, MAGIC + label)


def decode(data: bytes, *, device_id: str, seq: int, key: bytes | None) -> ChangeFile:
    """Read a file named for `device_id` and `seq`; raises RefusedFile if it is not whole,
    not authentic, or not what its name says."""
    if not data:
        raise RefusedFile("empty (not arrived yet?)")
    head = len(MAGIC) + 1
    if len(data) < head or data[: len(MAGIC)] != MAGIC:
        raise RefusedFile("not a Refleks change file, or cut short")
    kind, body = data[len(MAGIC) : head], data[head:]
    label = _label(device_id, seq)
    if kind == PLAIN:
        if key is not None:
            raise RefusedFile("not encrypted, but this journal is: refused")
        digest, payload = body[:32], body[32:]
        if len(digest) < 32 or hashlib.sha256(label + payload).digest() != digest:
            raise RefusedFile("damaged or cut short (checksum does not match)")
    elif kind == SEALED:
        if key is None:
            raise RefusedFile("encrypted, and this journal has no key to read it")
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            payload = AESGCM(key).decrypt(body[:_NONCE_BYTES], body[_NONCE_BYTES:], MAGIC + label)
        except (InvalidTag, ValueError):
            raise RefusedFile("not authentic: wrong key, damaged or tampered with") from None
    else:
        raise RefusedFile("of an unknown kind")
    try:
        document = json.loads(zlib.decompress(payload))
        records = tuple(
            ChangeRecord(str(k), str(u), dict(v), str(h), str(d), x)
            for k, u, v, h, d, x in document["records"]
        )
        names = {str(k): str(v) for k, v in dict(document.get("names") or {}).items()}
        change = ChangeFile(
            str(document["device"]), str(document["name"]), int(document["seq"]), records, names
        )
    except (ValueError, TypeError, KeyError, zlib.error):
        raise RefusedFile("damaged (cannot be read)") from None
    if change.device_id != device_id or change.seq != seq:
        raise RefusedFile("not the file its name says")
    return change


def write_once(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name`: a temporary file, flushed, then renamed; never over
    an existing file (raises FileExistsError)."""
    target = folder / name
    if target.exists():
        raise FileExistsError(target)
    temporary = folder / f".{name}.{secrets.token_hex(4)}.tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        try:
            os.link(temporary, target)  # fails, rather than replaces, if the name is taken
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: rename after the check above
            os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
