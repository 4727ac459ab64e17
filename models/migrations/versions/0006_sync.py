"""Sync through a folder: this device's settings, the change log and versions.

Revision ID: 0006_sync
Revises: 0005_counted_index

New tables only (models/schema.py: sync_settings, sync_pending, sync_versions,
sync_peers, sync_refused) and the change-log triggers of models.sync_log, which record
nothing until sync is set up. No existing table is copied.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.sync_log import COURSE_TRIGGERS, TRIGGERS

revision = "0006_sync"
down_revision = "0005_counted_index"
branch_labels = None
depends_on = None

# This revision's triggers: the change log's, but not yet those of courses and modules.
_OWN = tuple(name for name in TRIGGERS if name not in COURSE_TRIGGERS)


def upgrade() -> None:
    op.create_table(
        "sync_settings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("device_name", sa.Text(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.Column("clock", sa.String(32), nullable=False, server_default=sa.text("''")),
        sa.Column("last_seq", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.CheckConstraint("id = 1", name="ck_sync_settings_one_row"),
        if_not_exists=True,
    )
    op.create_table(
        "sync_pending",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        if_not_exists=True,
    )
    op.create_table(
        "sync_versions",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.Column("stamp", sa.String(32), nullable=False),
        sa.Column("device", sa.String(32), nullable=False),
        if_not_exists=True,
    )
    op.create_table(
        "sync_peers",
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("last_seen", sa.DateTime(), nullable=True),
        if_not_exists=True,
    )
    op.create_table(
        "sync_refused",
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("reason", sa.Text(), nullable=False),
        if_not_exists=True,
    )
    bind = op.get_bind()
    for name in _OWN:  # a journal made at head by 0001 has them already
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql(TRIGGERS[name])


def downgrade() -> None:
    bind = op.get_bind()
    for name in _OWN:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("sync_refused", "sync_peers", "sync_versions", "sync_pending", "sync_settings"):
        op.drop_table(table)
