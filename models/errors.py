"""Storage failures, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A journal file could not be opened or written; `str()` is the user-facing message."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class NotAJournalError(StorageError):
    """The file is corrupt, not a database, or a database that is not a journal."""


class SchemaTooNewError(StorageError):
    """The journal was written by a newer version of Refleks."""


class JournalLockedError(StorageError):
    """Another process holds the database locked."""


class ReadOnlyJournalError(StorageError):
    """The file or its folder cannot be written."""


class MigrationFailedError(StorageError):
    """An upgrade of the schema failed and was rolled back."""


class JournalAccessError(StorageError):
    """Reading or writing an open journal failed.

    `kind` says why, so the window can word it in the user's language: "locked",
    "disk_full", "read_only", "damaged" or "other".
    """

    def __init__(self, message: str, *, kind: str, path: Path | None = None) -> None:
        super().__init__(message, path=path)
        self.kind = kind
