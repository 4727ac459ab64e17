"""Entries get an index for counts without private entries (insights, exports).

Revision ID: 0005_counted_index
Revises: 0004_search_trigram

A plain CREATE INDEX: no table is copied, the full-text triggers stay. A journal made by
0001 from an empty file is already at head (models.schema) and has the index.
"""

from __future__ import annotations

from alembic import op

revision = "0005_counted_index"
down_revision = "0004_search_trigram"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.get_bind().exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_entries_counted ON entries (trashed_at, is_private, day)"
    )


def downgrade() -> None:
    op.drop_index("ix_entries_counted", table_name="entries")
