"""Encryption at rest: passphrase → key, the header beside the journal, converting in place.

`kdf` derives a raw SQLCipher key from a passphrase with Argon2id; `header` keeps the
plaintext facts needed to do that again (never the key); `conversion` turns a journal
file plain → encrypted, encrypted → encrypted under a new key, or back to plain;
`unlock` checks a passphrase against the header and says whether a file is encrypted.
"""

from app.security.errors import EncryptionError, WrongPassphraseError
from app.security.header import KeyHeader, header_path
from app.security.kdf import KdfParams, derive_key
from app.security.unlock import JournalCipherState, cipher_state, unlock_key

__all__ = [
    "EncryptionError",
    "JournalCipherState",
    "KdfParams",
    "KeyHeader",
    "WrongPassphraseError",
    "cipher_state",
    "derive_key",
    "header_path",
    "unlock_key",
]
