"""Errors raised by services, each carrying a message a user can act on.

The command line prints the message and exits with status 2; the window shows it in a
dialog or banner. Storage failures (models.errors.StorageError) are handled the same way.
"""

from __future__ import annotations


class RefleksError(Exception):
    """Base of every expected failure; `message` says what is wrong and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInputError(RefleksError):
    """Input the user gave cannot be accepted as it is."""


class UnknownTagError(InvalidInputError):
    pass


class UnknownTemplateError(InvalidInputError):
    pass


class EntryNotFoundError(RefleksError):
    pass


class SyncError(RefleksError):
    """Sync cannot run: no folder set up, the folder is missing or unwritable, or busy."""
