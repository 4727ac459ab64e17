"""The full-text indexes over entry titles, bodies and answers.

Two FTS5 tables, keyed by the entry id and kept in step by triggers (docs/search.md):

- `entries_fts`, the word index (`unicode61`, `remove_diacritics 0`: æ/ø/å stay exact, so
  "får" never matches "far"). It holds the text; quoted phrases and terms shorter than
  three letters are looked up here.
- `entries_trigram`, every three-letter sequence of the same text (`trigram`, case folded,
  no diacritic folding in SQLite 3.40): a typed word is found at the start of a word and
  inside a compound ("opgave" in "kerneopgaven"). It stores no text of its own: its
  content is `entries_fts`, so each change of `entries_fts` takes the old text out of it
  (the 'delete' command with the values indexed) and puts the new text in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

FTS_TABLE = "entries_fts"
TRIGRAM_TABLE = "entries_trigram"

_COLUMNS = "title, body, answers"
_ANSWERS_OF = (
    "(SELECT coalesce(group_concat(text, char(10)), '') FROM answers WHERE entry_id = {ref})"
)


def _unindex(ref: str, when: str = "1") -> str:
    """Take entry `ref`'s text, as `entries_fts` holds it now, out of the trigram index."""
    return (
        f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rowid, {_COLUMNS}) "
        f"SELECT 'delete', rowid, {_COLUMNS} FROM {FTS_TABLE} WHERE rowid = {ref} AND {when};"
    )


def _reindex(ref: str, when: str = "1") -> str:
    """Put entry `ref`'s text, as `entries_fts` holds it now, into the trigram index."""
    return (
        f"INSERT INTO {TRIGRAM_TABLE}(rowid, {_COLUMNS}) "
        f"SELECT rowid, {_COLUMNS} FROM {FTS_TABLE} WHERE rowid = {ref} AND {when};"
    )


def _answers_changed(ref: str, when: str = "1") -> str:
    """Index entry `ref`'s answers again (only `when` holds)."""
    return f"""{_unindex(ref, when)}
        UPDATE {FTS_TABLE} SET answers = {_ANSWERS_OF.format(ref=ref)}
        WHERE rowid = {ref} AND {when};
        {_reindex(ref, when)}"""


CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    f"{_COLUMNS}, tokenize = 'unicode61 remove_diacritics 0')",
    f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5("
    f"{_COLUMNS}, tokenize = 'trigram', content = '{FTS_TABLE}', content_rowid = 'rowid')",
    # A save writes some 3,000 trigrams; merging the small segments it leaves four at a
    # time (the default) put a merge into every few saves, the save's slow tail (p95 three
    # times the median). Sixteen at a time halves that tail; a search reads a few more
    # small segments beside the big one.
    f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}, rank) VALUES ('automerge', 16)",
    f"""CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS})
        VALUES (new.id, new.title, new.body, {_ANSWERS_OF.format(ref="new.id")});
        {_reindex("new.id")}
    END""",
    f"""CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
        {_unindex("new.id")}
        UPDATE {FTS_TABLE} SET title = new.title, body = new.body WHERE rowid = new.id;
        {_reindex("new.id")}
    END""",
    f"""CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        {_unindex("old.id")}
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER answers_fts_insert AFTER INSERT ON answers BEGIN
        {_answers_changed("new.entry_id")}
    END""",
    f"""CREATE TRIGGER answers_fts_update AFTER UPDATE OF text, entry_id ON answers BEGIN
        {_answers_changed("old.entry_id", "old.entry_id != new.entry_id")}
        {_answers_changed("new.entry_id")}
    END""",
    f"""CREATE TRIGGER answers_fts_delete AFTER DELETE ON answers BEGIN
        {_answers_changed("old.entry_id")}
    END""",
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS answers_fts_delete",
    "DROP TRIGGER IF EXISTS answers_fts_update",
    "DROP TRIGGER IF EXISTS answers_fts_insert",
    "DROP TRIGGER IF EXISTS entries_fts_delete",
    "DROP TRIGGER IF EXISTS entries_fts_update",
    "DROP TRIGGER IF EXISTS entries_fts_insert",
    f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

#: Index the entries with an id above `?` in one pass each (the bulk path of an import,
#: with the insert triggers dropped): the same text the insert trigger indexes.
INDEX_ENTRIES_AFTER: tuple[str, ...] = (
    f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) "
    "SELECT e.id, e.title, e.body, (SELECT coalesce(group_concat(text, char(10)), '') "
    "FROM answers WHERE entry_id = e.id) FROM entries AS e WHERE e.id > ?",
    f"INSERT INTO {TRIGRAM_TABLE}(rowid, {_COLUMNS}) "
    f"SELECT rowid, {_COLUMNS} FROM {FTS_TABLE} WHERE rowid > ?",
)


#: Build the trigram index again from the word index's text. ('rebuild' cannot read an
#: FTS5 table as its content in SQLite 3.40: the old entries go with 'delete-all'.)
REINDEX_TRIGRAMS: tuple[str, ...] = (
    f"INSERT INTO {TRIGRAM_TABLE}({TRIGRAM_TABLE}) VALUES ('delete-all')",
    f"INSERT INTO {TRIGRAM_TABLE}(rowid, {_COLUMNS}) SELECT rowid, {_COLUMNS} FROM {FTS_TABLE}",
)


def rebuild_statements() -> tuple[str, ...]:
    """Refill both indexes from the tables (after a bulk insert)."""
    return (
        f"DELETE FROM {FTS_TABLE}",
        f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) "
        "SELECT e.id, e.title, e.body, coalesce(a.joined, '') FROM entries e "
        "LEFT JOIN (SELECT entry_id, group_concat(text, char(10)) AS joined "
        "FROM answers GROUP BY entry_id) a ON a.entry_id = e.id",
        *REINDEX_TRIGRAMS,
    )


def rebuild(connection: Connection) -> None:
    """Refill the indexes from the tables: the fast path after a bulk insert."""
    for statement in rebuild_statements():
        connection.exec_driver_sql(statement)
