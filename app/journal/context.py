"""Opening a journal: the data folder, the database, the catalog and the services over them.

`open_journal` makes the file ready (models.opening: created at head, upgraded, or refused)
and returns a `JournalContext`. The context builds the SQLAlchemy engine only when a
service first needs it; a command that reads or writes through the store alone takes a
plain connection with `connect()` and never loads the ORM.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.journal.changes import ChangeFeed
from app.journal.paths import DataPaths
from models.connection import apply_pragmas, connect_file, describe_open_failure, driver_errors
from models.errors import ReadOnlyJournalError
from models.opening import prepare_file

if TYPE_CHECKING:
    from app.catalog.catalog import Catalog
    from app.coaching.service import CoachingService
    from app.commitments.service import CommitmentService
    from app.journal.own_tags import OwnTagService
    from app.journal.service import JournalService
    from app.sync.service import SyncService
    from models.database import Database


@dataclass
class JournalContext:
    """Everything a command or the window needs for one open journal."""

    paths: DataPaths
    key: bytes | None = None  # the raw key of an encrypted journal, as it was opened
    _catalog: Catalog | None = field(default=None, repr=False)
    # Run after the database is closed, e.g. to release the instance lock of a command.
    on_close: list[Callable[[], None]] = field(default_factory=list, repr=False)
    #: Every write to this journal is told here (app/journal/changes.py); panes subscribe.
    changes: ChangeFeed = field(default_factory=ChangeFeed, repr=False)
    _database: Database | None = field(default=None, repr=False)

    @property
    def database(self) -> Database:
        """Transactions and sessions over the journal, made at first use."""
        if self._database is None:
            from models.database import Database

            self._database = Database(path=self.paths.journal, key=self.key)
        return self._database

    @property
    def current_key(self) -> bytes | None:
        """The journal's raw key as it is now (after a passphrase change too); None when
        it is not encrypted."""
        return self._database.key if self._database is not None else self.key

    def connect(self) -> Any:
        """A plain DB-API connection to the journal with our pragmas; the caller closes it.

        Keyed as the journal is now (after a passphrase change too)."""
        key = self.current_key
        try:
            connection = connect_file(self.paths.journal, key)
            apply_pragmas(connection)
        except driver_errors() as error:
            raise describe_open_failure(self.paths.journal, error) from error
        return connection

    @functools.cached_property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from app.catalog.catalog import Catalog

            self._catalog = Catalog.load(user_template_dir=self.paths.templates)
        return self._catalog

    @functools.cached_property
    def journal(self) -> JournalService:
        from app.journal.service import JournalService

        return JournalService(database=self.database, catalog=self.catalog, changes=self.changes)

    @functools.cached_property
    def own_tags(self) -> OwnTagService:
        from app.journal.own_tags import OwnTagService

        return OwnTagService(database=self.database, changes=self.changes)

    @functools.cached_property
    def commitments(self) -> CommitmentService:
        from app.commitments.service import CommitmentService

        return CommitmentService(database=self.database, changes=self.changes)

    @functools.cached_property
    def coaching(self) -> CoachingService:
        from app.coaching.service import CoachingService

        return CoachingService(database=self.database, changes=self.changes)

    @functools.cached_property
    def sync(self) -> SyncService:
        from app.sync.service import SyncService

        return SyncService(context=self, changes=self.changes)

    def close(self) -> None:
        try:
            if self._database is not None:
                self._database.close()
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
    """Open (creating and upgrading if needed) the journal in `paths`.

    `key` is the raw key of an encrypted journal (see app.security.unlock_key).
    """
    ensure_data_dir(paths)
    prepare_file(paths.journal, key=key, backup_dir=paths.backups)
    return JournalContext(paths=paths, key=key, _catalog=catalog)
