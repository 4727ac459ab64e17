"""Failures of encryption: a wrong passphrase, or a conversion that could not be done."""

from __future__ import annotations

from app.errors import RefleksError


class WrongPassphraseError(RefleksError):
    """The passphrase does not open this journal (the file itself may be fine)."""


class EncryptionError(RefleksError):
    """Encrypting, re-keying or decrypting failed; the journal was left as it was."""
