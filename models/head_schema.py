"""The schema at HEAD_REVISION as plain DDL, for making a new journal without Alembic.

Running the migrations for an empty file costs Alembic's import and its machinery (about
a fifth of a second); these statements create the same tables, indexes, full-text table
and triggers, and stamp the revision, in a fraction of that. A test compares the
`sqlite_master` of a file made here with one made by the migrations, so the two cannot
drift: a new migration must come with its DDL here (or the test fails).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.fulltext import CREATE_STATEMENTS

#: The revision these statements make; models.migrate uses them only while it is the head.
REVISION = "0001_initial"

# Written as SQLAlchemy's DDL compiler writes them for the migrations (sqlite_master keeps
# the text as given, whitespace included).
TABLE_STATEMENTS: tuple[str, ...] = (
    "CREATE TABLE alembic_version (\n"
    "\tversion_num VARCHAR(32) NOT NULL, \n"
    "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
    ")",
    "CREATE TABLE courses (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\tcreated_at DATETIME NOT NULL, \n"
    "\tCONSTRAINT pk_courses PRIMARY KEY (id)\n"
    ")",
    "CREATE TABLE tags (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tfamily VARCHAR(32) NOT NULL, \n"
    '\t"key" VARCHAR(128) NOT NULL, \n'
    "\tlabel TEXT, \n"
    "\tCONSTRAINT pk_tags PRIMARY KEY (id), \n"
    '\tCONSTRAINT uq_tags_family UNIQUE (family, "key")\n'
    ")",
    "CREATE TABLE modules (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tcourse_id INTEGER NOT NULL, \n"
    "\tname TEXT NOT NULL, \n"
    "\tday DATE NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\tplace TEXT, \n"
    "\tnotes TEXT, \n"
    "\tCONSTRAINT pk_modules PRIMARY KEY (id), \n"
    "\tCONSTRAINT fk_modules_course_id_courses FOREIGN KEY(course_id) "
    "REFERENCES courses (id) ON DELETE CASCADE\n"
    ")",
    "CREATE INDEX ix_modules_course_day ON modules (course_id, day)",
    "CREATE TABLE entries (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tuuid VARCHAR(36) NOT NULL, \n"
    "\tday DATE NOT NULL, \n"
    "\tcreated_at DATETIME NOT NULL, \n"
    "\tupdated_at DATETIME NOT NULL, \n"
    "\ttitle TEXT NOT NULL, \n"
    "\tbody TEXT NOT NULL, \n"
    "\ttemplate_key VARCHAR(64), \n"
    "\ttemplate_version INTEGER, \n"
    "\tis_private BOOLEAN DEFAULT 0 NOT NULL, \n"
    "\tfor_coaching BOOLEAN DEFAULT 0 NOT NULL, \n"
    "\ttrashed_at DATETIME, \n"
    "\tmodule_id INTEGER, \n"
    "\tCONSTRAINT pk_entries PRIMARY KEY (id), \n"
    "\tCONSTRAINT fk_entries_module_id_modules FOREIGN KEY(module_id) "
    "REFERENCES modules (id) ON DELETE SET NULL, \n"
    "\tCONSTRAINT uq_entries_uuid UNIQUE (uuid)\n"
    ")",
    "CREATE INDEX ix_entries_module_id ON entries (module_id)",
    "CREATE INDEX ix_entries_timeline ON entries (trashed_at, day, id)",
    "CREATE TABLE answers (\n"
    "\tid INTEGER NOT NULL, \n"
    "\tentry_id INTEGER NOT NULL, \n"
    "\tprompt_key VARCHAR(64) NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n"
    "\ttext TEXT NOT NULL, \n"
    "\tCONSTRAINT pk_answers PRIMARY KEY (id), \n"
    "\tCONSTRAINT fk_answers_entry_id_entries FOREIGN KEY(entry_id) "
    "REFERENCES entries (id) ON DELETE CASCADE, \n"
    "\tCONSTRAINT uq_answers_entry_id UNIQUE (entry_id, prompt_key)\n"
    ")",
    "CREATE TABLE entry_tags (\n"
    "\tentry_id INTEGER NOT NULL, \n"
    "\ttag_id INTEGER NOT NULL, \n"
    "\tCONSTRAINT pk_entry_tags PRIMARY KEY (entry_id, tag_id), \n"
    "\tCONSTRAINT fk_entry_tags_entry_id_entries FOREIGN KEY(entry_id) "
    "REFERENCES entries (id) ON DELETE CASCADE, \n"
    "\tCONSTRAINT fk_entry_tags_tag_id_tags FOREIGN KEY(tag_id) "
    "REFERENCES tags (id) ON DELETE CASCADE\n"
    ")",
    "CREATE INDEX ix_entry_tags_tag_entry ON entry_tags (tag_id, entry_id)",
)

# The migration creates the full-text table and triggers from these very statements.
FULLTEXT_STATEMENTS: tuple[str, ...] = CREATE_STATEMENTS


def create_schema(execute: Callable[[str], Any]) -> None:
    """Create the schema of REVISION, stamped, through `execute(sql)`.

    Run inside the caller's transaction on an empty file: a failure leaves it empty.
    """
    for statement in (*TABLE_STATEMENTS, *FULLTEXT_STATEMENTS):
        execute(statement)
    execute(f"INSERT INTO alembic_version (version_num) VALUES ('{REVISION}')")
