"""Why an import or export could not be done: one message naming the file and the place."""

from __future__ import annotations

from pathlib import Path

from app.errors import InvalidInputError, RefleksError


class ImportFormatError(InvalidInputError):
    """The file cannot be imported as it is; nothing was written."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        location = f"{path}: {where}: " if where else f"{path}: "
        super().__init__(f"{location}{problem}. Nothing was imported.")
        self.path = str(path)
        self.where = where
        self.problem = problem


class ExportError(RefleksError):
    """An export could not be written; no half file is left behind."""
