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

# What a header may ask of Argon2id. Ours writes t=3, m=64 MiB, p=4 with a 16-byte salt;
# the ranges leave room for stronger settings, but anything outside them is a damaged or
# tampered header: argon2 refuses some values outright and others would run for hours.
SALT_BYTES_RANGE = range(8, 65)
TIME_COST_RANGE = range(1, 11)
MEMORY_KIB_RANGE = range(8 * 1024, 1024 * 1024 + 1)  # 8 MiB .. 1 GiB
PARALLELISM_RANGE = range(1, 17)
MAX_WORK_KIB = 4 * 1024 * 1024  # time_cost × memory_kib: a few seconds at most


class KdfParamsError(ValueError):
    """Key-derivation parameters outside what Refleks accepts."""


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

    def check(self) -> None:
        """Raise KdfParamsError unless every parameter lies in its sane range."""
        for name, value, allowed in (
            ("salt length", len(self.salt), SALT_BYTES_RANGE),
            ("time_cost", self.time_cost, TIME_COST_RANGE),
            ("memory_kib", self.memory_kib, MEMORY_KIB_RANGE),
            ("parallelism", self.parallelism, PARALLELISM_RANGE),
        ):
            if value not in allowed:
                raise KdfParamsError(
                    f"{name} {value} is outside {allowed.start}..{allowed.stop - 1}"
                )
        if self.time_cost * self.memory_kib > MAX_WORK_KIB:
            raise KdfParamsError(
                f"time_cost × memory_kib {self.time_cost * self.memory_kib} is above {MAX_WORK_KIB}"
            )


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a diary."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInputError(
            f"The passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess."
        )


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The raw SQLCipher key for `passphrase` under `params` (which must pass `check`)."""
    params.check()
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
