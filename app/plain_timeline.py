"""The unfiltered timeline read straight through sqlite3, for the window's first paint.

Opening a journal through the engine means importing SQLAlchemy, which takes longer than
everything else a start does before the window can paint. So the window first paints its
timeline from this reader, then opens the journal the usual way (lock, checks, engine)
and takes over (ui/application.py). The reader only serves a plain, unencrypted journal
already at the schema's head revision, read-only; for any other file `open_plain_timeline`
returns None and the window starts the usual way, which handles every problem. Its rows
are read by the same statement as `JournalService.timeline`'s (app/store/timeline.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.records import TimelineCursor, TimelineFilter, TimelinePage
from app.store import timeline as store_timeline
from models.connection import connect_file, describe_access_failure
from models.journal_file import is_plain_sqlite, read_prefix
from models.migrate import HEAD_REVISION

BUSY_TIMEOUT_MS = 200  # a writer holding the file: give way to the usual start instead


class PlainTimeline:
    """Pages of the whole timeline, newest first, over one read-only sqlite3 connection."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._path = path

    def timeline(
        self,
        where: TimelineFilter | None = None,
        *,
        limit: int,
        after: TimelineCursor | None = None,
    ) -> TimelinePage:
        if where not in (None, TimelineFilter()):
            raise ValueError("the plain timeline serves the unfiltered timeline only")
        try:
            return store_timeline.page(self._connection, TimelineFilter(), limit=limit, after=after)
        except sqlite3.Error as error:
            # As from the engine's sessions: callers above models/ see no driver errors.
            raise describe_access_failure(self._path, error) from error

    def close(self) -> None:
        self._connection.close()


def open_plain_timeline(journal: Path) -> PlainTimeline | None:
    """A reader over `journal`, or None when the usual start must look at the file first.

    None for a missing, encrypted, damaged, busy or foreign file and for one whose schema
    is not at the head revision: nothing here may create, migrate or change the file.
    """
    try:
        if not is_plain_sqlite(read_prefix(journal)):
            return None  # absent, empty, encrypted or foreign: the usual start looks at it
    except OSError:
        return None
    connection: sqlite3.Connection | None = None
    try:
        # Not `mode=ro`: a read-only connection cannot open a WAL journal whose -shm is
        # missing. query_only refuses every write on this connection instead.
        connection = connect_file(journal)
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only = 1")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != HEAD_REVISION:
            connection.close()
            return None
        return PlainTimeline(connection, journal)
    except sqlite3.Error:
        if connection is not None:
            connection.close()
        return None
