"""Writing entries: insert many with their answers and tags, replace one, find or make tags,
trash, restore and delete; and the courses and modules an import brings.

The journal service (one entry per save, under its session) and the importer (thousands in
one transaction, under a session or over a plain connection) both write here. Values are
stored as SQLAlchemy's SQLite types store them (ISO dates, naive-UTC text with
microseconds, 0/1 flags), so the ORM and the readers of app/store read them back alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.dates import local_clock
from app.records import Answer, Entry, TagRef
from app.store.rows import day_text, stored_text, time_text
from app.store.uuids import ids_of_uuids as uuids_in
from models.fulltext import INDEX_ENTRIES_AFTER

TagIds = dict[tuple[str, str], int]

#: From this many new entries on, `insert_entries` indexes them for search in one
#: statement instead of through the insert triggers: 10k trigger runs (each with its own
#: answers subquery) cost about a second, while dropping and remaking two triggers costs
#: a schema change, which a single save should not pay.
BULK_INDEX_FROM = 64

# The full-text triggers that fire on inserts (models.fulltext). They are recreated from
# their own text in sqlite_master, and DDL is transactional in SQLite, so a failed write
# rolls them back with everything else.
_INSERT_TRIGGERS = ("entries_fts_insert", "answers_fts_insert")
_INSERT_ENTRY = (
    "INSERT INTO entries (id, uuid, day, created_at, updated_at, title, body, "
    "template_key, template_version, is_private, for_coaching, trashed_at, module_id, time) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ANSWER = "INSERT INTO answers (entry_id, prompt_key, position, text) VALUES (?, ?, ?, ?)"
_INSERT_ENTRY_TAG = "INSERT INTO entry_tags (entry_id, tag_id) VALUES (?, ?)"


@dataclass(frozen=True, slots=True)
class EntryValues:
    """Everything a write stores for one entry: an `Entry` without its id.

    Answers are stored at their place in `answers` (their own `position` is not used);
    tags are found by family and key, and made with their label when missing.
    """

    uuid: str
    day: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    title: str = ""
    body: str = ""
    tags: tuple[TagRef, ...] = ()
    answers: tuple[Answer, ...] = ()
    template_key: str | None = None
    template_version: int | None = None
    private: bool = False
    coaching: bool = False
    trashed_at: dt.datetime | None = None
    module_id: int | None = None
    #: Local wall-clock time of day; None takes it from `created_at` (read here, locally).
    time: dt.time | None = None

    def clock(self) -> str:
        """The time of day as stored ("HH:MM")."""
        return time_text(self.time if self.time is not None else local_clock(self.created_at))


def find_or_add_tag(connection: Any, ref: TagRef) -> tuple[int, TagRef, bool]:
    """The tag `ref` names: its id, the tag as stored here (a present one keeps its label)
    and whether it was made now (with `ref`'s label)."""
    pair = (ref.family, ref.key)
    row = connection.execute(
        "SELECT id, label FROM tags WHERE family = ? AND key = ? ORDER BY id LIMIT 1", pair
    ).fetchone()
    if row is not None:
        return row[0], TagRef(ref.family, ref.key, row[1]), False
    made = connection.execute(
        "INSERT INTO tags (family, key, label) VALUES (?, ?, ?)", (*pair, ref.label)
    ).lastrowid
    return made, ref, True


def tag_ids(connection: Any, refs: Iterable[TagRef], known: TagIds | None = None) -> TagIds:
    """Ids of the tags `refs` name (added to `known`, which is returned), found or made
    (`find_or_add_tag`) in order of first mention: a tag recurs in thousands of entries."""
    ids: TagIds = {} if known is None else known
    for ref in refs:
        pair = (ref.family, ref.key)
        if pair not in ids:
            ids[pair] = find_or_add_tag(connection, ref)[0]
    return ids


def ids_of_uuids(connection: Any, uuids: Sequence[str]) -> dict[str, int]:
    """The entry id of each of `uuids` that is in the journal."""
    return uuids_in(connection, "entries", uuids)


def insert_entries(
    connection: Any, entries: Sequence[EntryValues], known_tags: TagIds | None = None
) -> list[int]:
    """Insert `entries` with their answers and tags, each table in one executemany; returns
    their ids, in order. Run inside the caller's write transaction.

    Ids are given out here, after the journal's highest, so that answers and tags go in
    with their entry's id without a round trip per entry. Entries go in before their
    answers: with the triggers on, each answer then updates its entry's search text.
    """
    if not entries:
        return []
    tags = tag_ids(connection, (ref for entry in entries for ref in entry.tags), known_tags)
    first_id = connection.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()[0]
    ids = list(range(first_id + 1, first_id + 1 + len(entries)))
    bulk = len(entries) >= BULK_INDEX_FROM
    triggers = _drop_insert_triggers(connection) if bulk else []
    connection.executemany(
        _INSERT_ENTRY,
        [
            (
                entry_id,
                entry.uuid,
                day_text(entry.day),
                stored_text(entry.created_at),
                stored_text(entry.updated_at),
                entry.title,
                entry.body,
                entry.template_key,
                entry.template_version,
                int(bool(entry.private)),
                int(bool(entry.coaching)),
                stored_text(entry.trashed_at),
                entry.module_id,
                entry.clock(),
            )
            for entry_id, entry in zip(ids, entries, strict=True)
        ],
    )
    connection.executemany(
        _INSERT_ANSWER,
        [
            (entry_id, answer.prompt_key, position, answer.text)
            for entry_id, entry in zip(ids, entries, strict=True)
            for position, answer in enumerate(entry.answers)
        ],
    )
    connection.executemany(
        _INSERT_ENTRY_TAG,
        [
            (entry_id, tag_id)
            for entry_id, entry in zip(ids, entries, strict=True)
            for tag_id in dict.fromkeys(tags[(ref.family, ref.key)] for ref in entry.tags)
        ],
    )
    if bulk:
        for statement in INDEX_ENTRIES_AFTER:
            connection.execute(statement, (first_id,))
        for _name, sql in triggers:
            connection.execute(sql)
    return ids


def _drop_insert_triggers(connection: Any) -> list[tuple[str, str]]:
    """Drop the full-text insert triggers; returns (name, sql) to make them again."""
    marks = ",".join("?" * len(_INSERT_TRIGGERS))
    triggers = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        _INSERT_TRIGGERS,
    ).fetchall()
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    return triggers


def replace_entry(
    connection: Any, old: Entry, new: EntryValues, known_tags: TagIds | None = None
) -> None:
    """Make the stored entry `old` (as `read_entries` gave it, in this transaction) hold
    `new`, writing only what differs.

    Unchanged columns stay out of the UPDATE, so a save that only changes an answer does
    not make the title-and-body search trigger re-index the text; answers are kept per
    prompt (updated in place, the (entry, prompt) key stays unique throughout).
    """
    entry_id = old.id
    columns = {
        "day": (day_text(old.day), day_text(new.day)),
        "created_at": (stored_text(old.created_at), stored_text(new.created_at)),
        "updated_at": (stored_text(old.updated_at), stored_text(new.updated_at)),
        "title": (old.title, new.title),
        "body": (old.body, new.body),
        "template_key": (old.template_key, new.template_key),
        "template_version": (old.template_version, new.template_version),
        "is_private": (int(old.private), int(bool(new.private))),
        "for_coaching": (int(old.coaching), int(bool(new.coaching))),
        "trashed_at": (stored_text(old.trashed_at), stored_text(new.trashed_at)),
        "module_id": (old.module_id, new.module_id),
        "time": (time_text(old.time), new.clock()),
    }
    changed = {name: value for name, (was, value) in columns.items() if was != value}
    if changed:
        assignments = ", ".join(f"{name} = ?" for name in changed)
        connection.execute(
            f"UPDATE entries SET {assignments} WHERE id = ?", (*changed.values(), entry_id)
        )
    _replace_answers(connection, entry_id, old.answers, new.answers)
    wanted = list(dict.fromkeys((ref.family, ref.key) for ref in new.tags))
    # An autosave mostly leaves the tags as they were: then nothing is looked up.
    if set(wanted) != {(ref.family, ref.key) for ref in old.tags}:
        tags = tag_ids(connection, new.tags, known_tags)
        connection.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        connection.executemany(_INSERT_ENTRY_TAG, [(entry_id, tags[pair]) for pair in wanted])


def _replace_answers(
    connection: Any, entry_id: int, old: Sequence[Answer], new: Sequence[Answer]
) -> None:
    stored = {answer.prompt_key: answer for answer in old}
    wanted = {answer.prompt_key: (position, answer.text) for position, answer in enumerate(new)}
    for prompt_key in stored.keys() - wanted.keys():
        connection.execute(
            "DELETE FROM answers WHERE entry_id = ? AND prompt_key = ?", (entry_id, prompt_key)
        )
    for prompt_key, (position, text) in wanted.items():
        was = stored.get(prompt_key)
        if was is None:
            connection.execute(_INSERT_ANSWER, (entry_id, prompt_key, position, text))
            continue
        # Only what changed: an UPDATE naming `text` re-indexes the entry's answers.
        changed = {
            name: value
            for name, value, before in (
                ("text", text, was.text),
                ("position", position, was.position),
            )
            if value != before
        }
        if changed:
            assignments = ", ".join(f"{name} = ?" for name in changed)
            connection.execute(
                f"UPDATE answers SET {assignments} WHERE entry_id = ? AND prompt_key = ?",
                (*changed.values(), entry_id, prompt_key),
            )


def set_trashed(connection: Any, entry_id: int, when: dt.datetime | None) -> bool:
    """Put the entry in the trash at `when`, or take it out (None); False if there is none."""
    cursor = connection.execute(
        "UPDATE entries SET trashed_at = ? WHERE id = ?", (stored_text(when), entry_id)
    )
    return cursor.rowcount > 0


def is_trashed(connection: Any, entry_id: int) -> bool | None:
    """Whether the entry is in the trash; None when there is no such entry."""
    row = connection.execute(
        "SELECT trashed_at IS NOT NULL FROM entries WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else bool(row[0])


def delete_trashed(connection: Any, entry_id: int | None = None) -> int:
    """Delete the trashed entry `entry_id` for good, or every trashed entry (None); returns
    how many went. Answers and tag links go with them (ON DELETE CASCADE), and the
    full-text triggers take them out of the index."""
    if entry_id is None:
        cursor = connection.execute("DELETE FROM entries WHERE trashed_at IS NOT NULL")
    else:
        cursor = connection.execute(
            "DELETE FROM entries WHERE id = ? AND trashed_at IS NOT NULL", (entry_id,)
        )
    return int(cursor.rowcount)


def course_id(connection: Any, name: str, created_at: dt.datetime) -> int:
    """The course of that name and creation time (the first, if several), made if missing."""
    created = stored_text(created_at)
    row = connection.execute(
        "SELECT id FROM courses WHERE name = ? AND created_at = ? ORDER BY id LIMIT 1",
        (name, created),
    ).fetchone()
    if row is not None:
        return int(row[0])
    return int(
        connection.execute(
            "INSERT INTO courses (name, created_at) VALUES (?, ?)", (name, created)
        ).lastrowid
    )


def module_ids_by_position(connection: Any, course: int) -> dict[int, int]:
    """A course's module ids by position (of two at one position, the later one)."""
    rows = connection.execute(
        "SELECT position, id FROM modules WHERE course_id = ? ORDER BY position, id", (course,)
    )
    return dict(rows.fetchall())


def add_module(
    connection: Any,
    course: int,
    *,
    name: str,
    day: dt.date,
    position: int,
    place: str | None,
    notes: str | None,
) -> int:
    return int(
        connection.execute(
            "INSERT INTO modules (course_id, name, day, position, place, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (course, name, day_text(day), position, place, notes),
        ).lastrowid
    )
