"""Entries get a time of day, and the timeline orders by it within a day.

Revision ID: 0003_entry_time
Revises: 0002_commitments
Create Date: 2026-12-06 07:40:00

`entries.time` is the local wall-clock time "HH:MM". Existing entries take it from
`created_at` (UTC) read in this computer's time zone: an imported jrnl entry stored as
18:06 local time comes back as 18:06. The timeline index gains the column between day
and id, so pages ordered day, time, id stay an index walk.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_entry_time"
down_revision = "0002_commitments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    columns = {row[1] for row in bind.exec_driver_sql("PRAGMA table_info(entries)")}
    # A journal made by 0001 from an empty file is already at head (models.schema).
    if "time" not in columns:
        # A plain ALTER (no batch copy): the full-text triggers stay as they are.
        op.add_column(
            "entries",
            sa.Column("time", sa.String(5), nullable=False, server_default=sa.text("'00:00'")),
        )
        # Not a column of the full-text triggers (title, body): nothing is re-indexed.
        bind.exec_driver_sql(
            "UPDATE entries SET time = strftime('%H:%M', created_at, 'localtime') "
            "WHERE created_at IS NOT NULL"
        )
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_entries_timeline")
    bind.exec_driver_sql("CREATE INDEX ix_entries_timeline ON entries (trashed_at, day, time, id)")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_entries_timeline")
    bind.exec_driver_sql("CREATE INDEX ix_entries_timeline ON entries (trashed_at, day, id)")
    op.drop_column("entries", "time")
