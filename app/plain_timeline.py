"""The unfiltered timeline read straight through sqlite3, for the window's first paint.

Opening a journal through the engine means importing SQLAlchemy, which takes longer than
everything else a start does before the window can paint. So the window first paints its
timeline from this reader, then opens the journal the usual way (lock, checks, engine)
and takes over (ui/application.py). The reader only serves a plain, unencrypted journal
already at the schema's head revision, read-only; for any other file `open_plain_timeline`
returns None and the window starts the usual way, which handles every problem. Its rows
are those of `JournalService.timeline` with an empty filter (a test compares them).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

from app.excerpt import EXCERPT_SOURCE_CHARS, excerpt_of
from app.records import EntrySummary, TagRef, TimelineCursor, TimelineFilter, TimelinePage
from models.connection import connect_file, describe_access_failure
from models.journal_file import is_plain_sqlite, read_prefix
from models.migrate import HEAD_REVISION

BUSY_TIMEOUT_MS = 200  # a writer holding the file: give way to the usual start instead

_PAGE_SQL = f"""
SELECT e.id, e.uuid, e.day, e.title, substr(e.body, 1, {EXCERPT_SOURCE_CHARS}),
       substr((SELECT a.text FROM answers AS a
               WHERE a.entry_id = e.id AND a.text != ''
               ORDER BY a.position LIMIT 1), 1, {EXCERPT_SOURCE_CHARS}),
       e.template_key, e.is_private, e.for_coaching
FROM entries AS e
WHERE e.trashed_at IS NULL {{after}}
ORDER BY e.day DESC, e.id DESC
LIMIT ?
"""
_AFTER_SQL = "AND (e.day < ? OR (e.day = ? AND e.id < ?))"
_TAGS_SQL = """
SELECT et.entry_id, t.family, t.key, t.label
FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id
WHERE et.entry_id IN ({marks})
ORDER BY et.entry_id, t.family, t.key
"""


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
            return self._page(limit, after)
        except sqlite3.Error as error:
            # As from the engine's sessions: callers above models/ see no driver errors.
            raise describe_access_failure(self._path, error) from error

    def _page(self, limit: int, after: TimelineCursor | None) -> TimelinePage:
        if after is None:
            rows = self._connection.execute(_PAGE_SQL.format(after=""), (limit + 1,)).fetchall()
        else:
            day = after.day.isoformat()
            rows = self._connection.execute(
                _PAGE_SQL.format(after=_AFTER_SQL), (day, day, after.id, limit + 1)
            ).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        tags = self._tags_of([row[0] for row in rows])
        items = tuple(
            EntrySummary(
                id=entry_id,
                uuid=uuid,
                day=dt.date.fromisoformat(day),
                title=title,
                excerpt=excerpt_of(body_start or answer_start or ""),
                template_key=template_key,
                tags=tags.get(entry_id, ()),
                private=bool(private),
                coaching=bool(coaching),
            )
            for entry_id, uuid, day, title, body_start, answer_start, template_key, private, coaching in rows  # noqa: E501
        )
        cursor = TimelineCursor(items[-1].day, items[-1].id) if more and items else None
        return TimelinePage(items=items, next_cursor=cursor)

    def _tags_of(self, entry_ids: list[int]) -> dict[int, tuple[TagRef, ...]]:
        if not entry_ids:
            return {}
        found: dict[int, list[TagRef]] = defaultdict(list)
        marks = ",".join("?" * len(entry_ids))
        for entry_id, family, key, label in self._connection.execute(
            _TAGS_SQL.format(marks=marks), entry_ids
        ):
            found[entry_id].append(TagRef(family, key, label))
        return {entry_id: tuple(refs) for entry_id, refs in found.items()}

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
