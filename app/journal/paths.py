"""Where the journal lives: the user data folder, or one named by --data-dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Refleks"
DATA_DIR_ENV = "REFLEKS_DATA_DIR"
JOURNAL_FILE = "journal.db"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def lock(self) -> Path:
        return self.root / "refleks.lock"

    @property
    def sync_lock(self) -> Path:
        """Held by a sync of this journal (app/sync/), so that two never run at once."""
        return self.root / "sync.lock"

    @property
    def sync_device(self) -> Path:
        """This device's sync id, beside the journal: a journal copied to another device
        (a backup restored there) is then told apart from the one it was copied from."""
        return self.root / "sync-device"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: `explicit`, else $REFLEKS_DATA_DIR, else the platform's user data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().resolve())
