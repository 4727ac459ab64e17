"""Opening a journal: the data folder, the database, the catalog and the services over them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.changes import ChangeFeed
from app.journal import JournalService
from app.own_tags import OwnTagService
from app.paths import DataPaths
from models.database import Database
from models.errors import ReadOnlyJournalError

if TYPE_CHECKING:
    from app.catalog import Catalog


@dataclass
class JournalContext:
    """Everything a command or the window needs for one open journal."""

    paths: DataPaths
    database: Database
    _catalog: Catalog | None = field(default=None, repr=False)
    # Run after the database is closed, e.g. to release the instance lock of a command.
    on_close: list[Callable[[], None]] = field(default_factory=list, repr=False)
    #: Every write to this journal is told here (app/changes.py); panes subscribe.
    changes: ChangeFeed = field(default_factory=ChangeFeed, repr=False)

    @functools.cached_property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from app.catalog import Catalog

            self._catalog = Catalog.load(user_template_dir=self.paths.templates)
        return self._catalog

    @functools.cached_property
    def journal(self) -> JournalService:
        return JournalService(database=self.database, catalog=self.catalog, changes=self.changes)

    @functools.cached_property
    def own_tags(self) -> OwnTagService:
        return OwnTagService(database=self.database, changes=self.changes)

    def close(self) -> None:
        try:
            self.database.close()
        finally:
            while self.on_close:
                self.on_close.pop()()


def ensure_data_dir(paths: DataPaths) -> None:
    try:
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise ReadOnlyJournalError(
            f"Cannot create the data folder {paths.root}: {error.strerror}. "
            "Choose another folder with --data-dir.",
            path=paths.root,
        ) from error


def open_journal(
    paths: DataPaths, *, catalog: Catalog | None = None, key: bytes | None = None
) -> JournalContext:
    """Open (creating and migrating if needed) the journal in `paths`.

    `key` is the raw key of an encrypted journal (see app.security.unlock_key).
    """
    ensure_data_dir(paths)
    database = Database.open(paths.journal, backup_dir=paths.backups, key=key)
    return JournalContext(paths=paths, database=database, _catalog=catalog)
