"""Courses and modules get uuids, so that sync can merge them as it merges entries.

Revision ID: 0007_course_uuids
Revises: 0006_sync

A nullable `uuid` column on each (a plain ADD COLUMN: no table is copied), filled for the
rows there are, a unique index, and the triggers of models.sync_log for the two tables
(the change log's, and the one that gives a new row its uuid).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.sync_log import COURSE_TRIGGERS, TRIGGERS

revision = "0007_course_uuids"
down_revision = "0006_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("courses", "modules"):
        # A journal made at head by 0001 has the column already.
        if "uuid" not in {c["name"] for c in sa.inspect(bind).get_columns(table)}:
            op.add_column(table, sa.Column("uuid", sa.String(36), nullable=True))
        bind.exec_driver_sql(
            f"UPDATE {table} SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL"
        )
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True, if_not_exists=True)
    for name in COURSE_TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql(TRIGGERS[name])


def downgrade() -> None:
    bind = op.get_bind()
    for name in COURSE_TRIGGERS:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("modules", "courses"):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")
