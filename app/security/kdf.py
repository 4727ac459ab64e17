"""Passphrase → raw 32-byte SQLCipher key, with Argon2id (argon2-cffi).

The key is derived once per unlock and handed to SQLCipher as a raw key, so new
connections cost nothing extra. A short check value, a keyed hash of the key, lets us tell
a wrong passphrase from a damaged file without trying to decrypt anything.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.errors import InvalidInputError

KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters and the salt; stored in the header beside the journal."""

    salt: bytes
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    @classmethod
    def fresh(cls, *, time_cost: int = 3, memory_kib: int = 64 * 1024) -> KdfParams:
        """New parameters with a random salt (the defaults take a few tenths of a second)."""
        return cls(salt=os.urandom(SALT_BYTES), time_cost=time_cost, memory_kib=memory_kib)


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a diary."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            f"The passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess."
        )


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The raw SQLCipher key for `passphrase` under `params`."""
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def key_check(key: bytes) -> str:
    """A one-way check value of `key` (it reveals nothing a guess at the file would not)."""
    return hashlib.blake2b(key, digest_size=16, person=b"refleks-keycheck").hexdigest()


def key_matches(key: bytes, check: str) -> bool:
    return hmac.compare_digest(key_check(key), check)
