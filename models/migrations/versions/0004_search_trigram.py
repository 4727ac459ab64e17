"""Search finds words inside words: a trigram index beside the word index.

Revision ID: 0004_search_trigram
Revises: 0003_entry_time
Create Date: 2026-12-06 08:00:00

Adds `entries_trigram` (models/fulltext.py), whose text is read from `entries_fts`, and
gives the six full-text triggers their new bodies, which keep both indexes in step. The
word index stays as it is; the trigram index is built from its text in one pass.
"""

from __future__ import annotations

from alembic import op

from models.fulltext import CREATE_STATEMENTS, FTS_TABLE, REINDEX_TRIGRAMS, TRIGRAM_TABLE

revision = "0004_search_trigram"
down_revision = "0003_entry_time"
branch_labels = None
depends_on = None

_TRIGGERS = (
    "entries_fts_insert",
    "entries_fts_update",
    "entries_fts_delete",
    "answers_fts_insert",
    "answers_fts_update",
    "answers_fts_delete",
)

# The triggers of 0001_initial, as they were, for a downgrade.
_ANSWERS_OF = (
    "(SELECT coalesce(group_concat(text, char(10)), '') FROM answers WHERE entry_id = {ref})"
)
_TRIGGERS_0001 = (
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


def _drop_triggers() -> None:
    bind = op.get_bind()
    for name in _TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    bind = op.get_bind()
    _drop_triggers()
    # A journal made at head by 0001 (only ever in tests) has the table already.
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}")
    for statement in CREATE_STATEMENTS:
        if f"VIRTUAL TABLE {FTS_TABLE} " not in statement:
            bind.exec_driver_sql(statement)
    for statement in REINDEX_TRIGRAMS:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    _drop_triggers()
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {TRIGRAM_TABLE}")
    for statement in _TRIGGERS_0001:
        bind.exec_driver_sql(statement)
