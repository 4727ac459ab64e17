"""The FTS5 index over entry titles, bodies and answers.

The index is a standalone FTS5 table whose rowid is the entry id, kept in step by
triggers. `remove_diacritics 0` keeps æ/ø/å exact: with folding, "får" would match "far".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

FTS_TABLE = "entries_fts"

_ANSWERS_OF = (
    "(SELECT coalesce(group_concat(text, char(10)), '') FROM answers WHERE entry_id = {ref})"
)

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, body, answers, tokenize = 'unicode61 remove_diacritics 0')",
    f"""CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title, body, answers)
        VALUES (new.id, new.title, new.body, {_ANSWERS_OF.format(ref="new.id")});
    END""",
    f"""CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
        UPDATE {FTS_TABLE} SET title = new.title, body = new.body WHERE rowid = new.id;
    END""",
    f"""CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
    f"""CREATE TRIGGER answers_fts_insert AFTER INSERT ON answers BEGIN
        UPDATE {FTS_TABLE} SET answers = {_ANSWERS_OF.format(ref="new.entry_id")}
        WHERE rowid = new.entry_id;
    END""",
    f"""CREATE TRIGGER answers_fts_update AFTER UPDATE OF text, entry_id ON answers BEGIN
        UPDATE {FTS_TABLE} SET answers = {_ANSWERS_OF.format(ref="old.entry_id")}
        WHERE rowid = old.entry_id;
        UPDATE {FTS_TABLE} SET answers = {_ANSWERS_OF.format(ref="new.entry_id")}
        WHERE rowid = new.entry_id;
    END""",
    f"""CREATE TRIGGER answers_fts_delete AFTER DELETE ON answers BEGIN
        UPDATE {FTS_TABLE} SET answers = {_ANSWERS_OF.format(ref="old.entry_id")}
        WHERE rowid = old.entry_id;
    END""",
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS answers_fts_delete",
    "DROP TRIGGER IF EXISTS answers_fts_update",
    "DROP TRIGGER IF EXISTS answers_fts_insert",
    "DROP TRIGGER IF EXISTS entries_fts_delete",
    "DROP TRIGGER IF EXISTS entries_fts_update",
    "DROP TRIGGER IF EXISTS entries_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def rebuild(connection: Connection) -> None:
    """Refill the index from the tables: the fast path after a bulk insert."""
    connection.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, title, body, answers) "
        "SELECT e.id, e.title, e.body, coalesce(a.joined, '') FROM entries e "
        "LEFT JOIN (SELECT entry_id, group_concat(text, char(10)) AS joined "
        "FROM answers GROUP BY entry_id) a ON a.entry_id = e.id"
    )
