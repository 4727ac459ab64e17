"""The rows of a JSON backup: courses, modules, tags, commitments and coaching sessions, and
the entries written as JSON by SQLite itself, one text per entry.

Building 10k entry dicts in Python and encoding them took about 0.6 s of a full export;
SQLite's JSON functions produce the same documents in about a quarter of that. The
reader (`app.exchange.backup.parse_backup`) and `dump_journal` see the same document.

Each entry: uuid, day, time (local "HH:MM"), created_at, updated_at (ISO 8601 UTC with
microseconds and a Z), title, body, template_key, template_version, private, coaching,
trashed_at, module ([course index, module position] or null), tags (sorted `family:key`),
answers (`{prompt_key, text}` in position order).

The texts stay UTF-8 bytes from SQLite to the file (no decoding into str and encoding
back, 30 MB for 10k entries), and the entries are put in order here rather than by an
ORDER BY: SQLite sorts whole result rows, so its sorter would carry every document.
"""

from __future__ import annotations

import json
from typing import Any


def _utc(column: str) -> str:
    # SQLAlchemy stores a naive-UTC DATETIME as `YYYY-MM-DD HH:MM:SS.ffffff`; the backup
    # writes it as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (see validate.format_utc).
    return f"substr({column}, 1, 10) || 'T' || substr({column}, 12) || 'Z'"


def _flag(column: str) -> str:
    return f"json(CASE WHEN {column} THEN 'true' ELSE 'false' END)"


# json() around the subqueries keeps their results JSON (a subquery drops the subtype).
ENTRY_JSON_SQL = f"""
SELECT e.day, e.created_at, e.uuid, json_object(
    'uuid', e.uuid,
    'day', e.day,
    'time', e.time,
    'created_at', {_utc("e.created_at")},
    'updated_at', {_utc("e.updated_at")},
    'title', e.title,
    'body', e.body,
    'template_key', e.template_key,
    'template_version', e.template_version,
    'private', {_flag("e.is_private")},
    'coaching', {_flag("e.for_coaching")},
    'trashed_at', CASE WHEN e.trashed_at IS NULL THEN NULL ELSE {_utc("e.trashed_at")} END,
    'module', json_extract(:modules, '$.m' || e.module_id),
    'tags', json((
        SELECT json_group_array(ref) FROM (
            SELECT t.family || ':' || t.key AS ref
            FROM entry_tags AS et JOIN tags AS t ON t.id = et.tag_id
            WHERE et.entry_id = e.id ORDER BY ref
        )
    )),
    'answers', json((
        SELECT json_group_array(json_object('prompt_key', a.prompt_key, 'text', a.text))
        FROM (
            SELECT prompt_key, text FROM answers WHERE entry_id = e.id ORDER BY position
        ) AS a
    ))
)
FROM entries AS e
"""


def entry_json_lines(connection: Any, module_refs: dict[int, list[int]]) -> list[bytes]:
    """Every entry as one compact UTF-8 JSON object, in the backup's stable order.

    `connection` is a DB-API connection (sqlite3 or SQLCipher's) inside a read transaction.
    """
    modules = json.dumps({f"m{module_id}": ref for module_id, ref in module_refs.items()})
    factory = connection.text_factory
    connection.text_factory = bytes
    cursor = connection.cursor()
    try:
        rows = cursor.execute(ENTRY_JSON_SQL, {"modules": modules}).fetchall()
    finally:
        cursor.close()
        connection.text_factory = factory
    # (day, created_at, uuid) as bytes compare as SQLite's BINARY collation does.
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    return [row[3] for row in rows]


def course_rows(connection: Any) -> list[tuple[Any, ...]]:
    """(id, name, created_at as the entries write it), oldest first."""
    return connection.execute(
        f"SELECT id, name, {_utc('created_at')} FROM courses ORDER BY created_at, name, id"
    ).fetchall()


def module_rows(connection: Any) -> list[tuple[Any, ...]]:
    """(id, course_id, name, day, position, place, notes), by course and position."""
    return connection.execute(
        "SELECT id, course_id, name, day, position, place, notes FROM modules "
        "ORDER BY course_id, position, id"
    ).fetchall()


def tag_rows(connection: Any) -> list[tuple[Any, ...]]:
    """(family, key, label) of every tag, by family and key."""
    return connection.execute("SELECT family, key, label FROM tags ORDER BY family, key").fetchall()


def commitment_rows(connection: Any) -> list[tuple[Any, ...]]:
    """(uuid, entry uuid, text, prompt_key, due, status, note, created_at, closed_at,
    closed_on, follow-up entry uuid) of every commitment, times as the entries write them,
    oldest first."""
    return connection.execute(
        "SELECT c.uuid, e.uuid, c.text, c.prompt_key, c.due, c.status, c.note, "
        f"{_utc('c.created_at')}, "
        f"CASE WHEN c.closed_at IS NULL THEN NULL ELSE {_utc('c.closed_at')} END, "
        "c.closed_on, f.uuid "
        "FROM commitments AS c JOIN entries AS e ON e.id = c.entry_id "
        "LEFT JOIN entries AS f ON f.id = c.follow_up_entry_id "
        "ORDER BY c.created_at, c.uuid"
    ).fetchall()


def coaching_rows(connection: Any) -> list[tuple[Any, ...]]:
    """(uuid, day, note, created_at) of every coaching session, by day."""
    return connection.execute(
        f"SELECT uuid, day, note, {_utc('created_at')} FROM coaching_sessions "
        "ORDER BY day, created_at, uuid"
    ).fetchall()
