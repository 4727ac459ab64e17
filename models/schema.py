"""The journal's tables: entries, their answers and tags, courses and modules, commitments
and coaching sessions.

These declarations are the one source of the schema at the head revision. A new journal
is created from them (`create_schema`: what `metadata.create_all` emits, plus the
full-text table and triggers of models.fulltext, which SQLAlchemy cannot declare); the
migrations only change journals that already exist (models/migrations).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_mock_engine,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.fulltext import CREATE_STATEMENTS
from models.sync_log import CREATE_TRIGGERS as SYNC_TRIGGERS

#: Runs one SQL statement: a DB-API `connection.execute` or SQLAlchemy's `exec_driver_sql`.
Execute = Callable[[str], object]


class EntryRow(Base):
    """One journal entry. Trashed entries keep their row until the trash is emptied."""

    __tablename__ = "entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[dt.date] = mapped_column(Date)
    # The entry's time of day, local wall-clock "HH:MM" as the writer saw it (jrnl's 18:06
    # stays 18:06 wherever the journal is opened later); orders entries within a day.
    time: Mapped[str] = mapped_column(String(5), server_default=text("'00:00'"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    template_key: Mapped[str | None] = mapped_column(String(64))
    template_version: Mapped[int | None] = mapped_column(Integer)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    for_coaching: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    trashed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A manual override of the course module the entry belongs to; otherwise computed from dates.
    module_id: Mapped[int | None] = mapped_column(ForeignKey("modules.id", ondelete="SET NULL"))

    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        order_by="AnswerRow.position",
        passive_deletes=True,
    )
    tags: Mapped[list[TagRow]] = relationship(
        secondary="entry_tags", back_populates="entries", order_by="TagRow.id"
    )

    __table_args__ = (
        Index("ix_entries_timeline", "trashed_at", "day", "time", "id"),
        # Counts that leave private entries out (insights, exports) read this index alone,
        # never the rows: `is_private` lies behind the body, often on an overflow page.
        Index("ix_entries_counted", "trashed_at", "is_private", "day"),
        Index("ix_entries_module_id", "module_id"),
    )


class AnswerRow(Base):
    """The answer to one prompt of a guided template."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    prompt_key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")

    entry: Mapped[EntryRow] = relationship(back_populates="answers")

    __table_args__ = (UniqueConstraint("entry_id", "prompt_key"),)


class TagRow(Base):
    """A tag: a deck item (family + key) or one of the user's own (family "own", with a label)."""

    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    label: Mapped[str | None] = mapped_column(Text)

    entries: Mapped[list[EntryRow]] = relationship(secondary="entry_tags", back_populates="tags")

    __table_args__ = (UniqueConstraint("family", "key"),)


class EntryTagRow(Base):
    __tablename__ = "entry_tags"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_entry_tags_tag_entry", "tag_id", "entry_id"),)


class CourseRow(Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Sync merges courses by uuid; a trigger gives every new row one (models.sync_log).
    uuid: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    modules: Mapped[list[ModuleRow]] = relationship(
        back_populates="course",
        cascade="all, delete-orphan",
        order_by="ModuleRow.position",
        passive_deletes=True,
    )

    __table_args__ = (Index("ix_courses_uuid", "uuid", unique=True),)


class ModuleRow(Base):
    __tablename__ = "modules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    uuid: Mapped[str | None] = mapped_column(String(36))  # as the course's
    name: Mapped[str] = mapped_column(Text)
    day: Mapped[dt.date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    course: Mapped[CourseRow] = relationship(back_populates="modules")

    __table_args__ = (
        Index("ix_modules_course_day", "course_id", "day"),
        Index("ix_modules_uuid", "uuid", unique=True),
    )


#: The states of a commitment: open until it is closed as kept, changed or dropped.
COMMITMENT_STATUSES = ("open", "kept", "changed", "dropped")


class CommitmentRow(Base):
    """Something the user means to do, taken from an entry (an answer or a marked line).

    It goes with its entry when the trash is emptied (CASCADE); closing it writes a
    follow-up entry, which only loses the link if it is deleted itself (SET NULL). Whether
    it is private is its entry's flag, read through the join, never copied.
    """

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Sync merges journals by uuid, as it does entries.
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    # The question it answered (a template's prompt key); None for a line the user marked.
    prompt_key: Mapped[str | None] = mapped_column(String(64))
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open", server_default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, naive
    # The user's own day it was closed (the follow-up entry's day): periods count by it.
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL")
    )

    __table_args__ = (
        CheckConstraint(
            "status IN ('open', 'kept', 'changed', 'dropped')", name="ck_commitments_status"
        ),
        Index("ix_commitments_status_due", "status", "due"),
        Index("ix_commitments_entry_id", "entry_id"),
        # Deleting an entry looks its follow-ups up here (the SET NULL), not through a scan.
        Index("ix_commitments_follow_up_entry_id", "follow_up_entry_id"),
        Index("ix_commitments_closed_on", "closed_on"),
    )


class CoachingSessionRow(Base):
    """A coaching session the user had (or an export brought to one) on `day`."""

    __tablename__ = "coaching_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive

    __table_args__ = (Index("ix_coaching_sessions_day", "day"),)


class SyncSettingsRow(Base):
    """This device's side of sync (app/sync/): one row, made when sync is first set up.

    Device-local: the folder, the device's id and name, its hybrid logical clock and the
    last change file it wrote. None of it is ever written to the sync folder as settings.
    """

    __tablename__ = "sync_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    device_name: Mapped[str] = mapped_column(Text)
    # None once sync is stopped: the change-log triggers then record nothing.
    folder: Mapped[str | None] = mapped_column(Text)
    clock: Mapped[str] = mapped_column(String(32), default="", server_default=text("''"))
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_sync: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, naive

    __table_args__ = (CheckConstraint("id = 1", name="ck_sync_settings_one_row"),)


class SyncPendingRow(Base):
    """A synced row changed here since the last change file (written by models.sync_log's
    triggers while sync is set up); `key` is its uuid."""

    __tablename__ = "sync_pending"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)


class SyncVersionRow(Base):
    """The version of one synced row as this device holds it: a version vector (JSON,
    device id to hybrid-clock stamp) and the stamp and device of the write it shows."""

    __tablename__ = "sync_versions"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    vector: Mapped[str] = mapped_column(Text)
    stamp: Mapped[str] = mapped_column(String(32))
    device: Mapped[str] = mapped_column(String(32))


class SyncPeerRow(Base):
    """Another device seen in the sync folder, and how far its change files are merged."""

    __tablename__ = "sync_peers"

    device_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_seen: Mapped[dt.datetime | None] = mapped_column(DateTime)  # UTC, naive


class SyncRefusedRow(Base):
    """A change file the last sync refused (damaged, half arrived, or not authentic)."""

    __tablename__ = "sync_refused"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)


# Alembic's bookkeeping table, declared as Alembic's MigrationContext declares it, so that
# a new journal is stamped without importing Alembic (a sixth of a second); Alembic reads
# and moves this stamp when a later revision upgrades the journal.
_ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def create_schema(execute: Execute, *, stamp: str | None = None) -> None:
    """Create the declared schema on an empty database through `execute(sql)`.

    With `stamp`, also Alembic's version table holding that revision: a new journal is
    stamped by models.migrate; the first migration leaves the stamp to Alembic. Run it
    inside the caller's transaction: a failure leaves the file empty.
    """
    for statement in _ddl(stamped=stamp is not None):
        execute(statement)
    if stamp is not None:
        execute(f"INSERT INTO alembic_version (version_num) VALUES ('{stamp}')")


@cache
def _ddl(*, stamped: bool) -> tuple[str, ...]:
    """The statements `create_all` emits for the declaration (without its existence checks),
    compiled once per process: a new journal costs a few milliseconds, not an engine."""
    statements: list[str] = []
    engine = create_mock_engine(
        "sqlite://",
        lambda ddl, *_args, **_kwargs: statements.append(
            str(ddl.compile(dialect=engine.dialect)).strip()
        ),
    )
    if stamped:
        _ALEMBIC_VERSION.create(engine, checkfirst=False)
    Base.metadata.create_all(engine, checkfirst=False)
    return (*statements, *CREATE_STATEMENTS, *SYNC_TRIGGERS)
