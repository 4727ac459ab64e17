"""The unfiltered timeline read straight through sqlite3, for the window's first paint.

Opening a journal through the engine means importing SQLAlchemy, which takes longer than
everything else a start does before the window can paint. So the window first paints its
timeline from this reader, then opens the journal the usual way (lock, checks, engine)
and takes over (ui/shell/application.py). The reader only serves a plain, unencrypted journal
already at the schema's head revision, read-only; for any other file `open_plain_timeline`
returns None and the window starts the usual way, which handles every problem. Its rows
are read by the same statement as `JournalService.timeline`'s (app/store/timeline.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.records import TimelineCursor, TimelineFilter, TimelinePage
from app.store import timeline as store_timeline
from models.connection import describe_access_failure
from models.opening import probe_at_head


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
    """A reader over `journal`, or None when the usual start must look at the file first
    (models.opening.probe_at_head: nothing here creates, upgrades or changes the file)."""
    connection = probe_at_head(journal)
    return None if connection is None else PlainTimeline(connection, journal)
