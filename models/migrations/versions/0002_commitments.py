"""Commitments taken from entries, and coaching sessions.

Revision ID: 0002_commitments
Revises: 0001_initial

Two new tables beside the others: nothing of `entries` is copied, so its full-text
triggers stay as they are. A journal made from nothing by 0001 already has them (0001
creates the declaration at head), hence `if_not_exists`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_commitments"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column(
            "entry_id",
            sa.Integer(),
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("prompt_key", sa.String(64), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column(
            "follow_up_entry_id",
            sa.Integer(),
            sa.ForeignKey("entries.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('open', 'kept', 'changed', 'dropped')", name="ck_commitments_status"
        ),
        sa.UniqueConstraint("uuid"),
        if_not_exists=True,
    )
    for name, columns in (
        ("ix_commitments_status_due", ["status", "due"]),
        ("ix_commitments_entry_id", ["entry_id"]),
        ("ix_commitments_follow_up_entry_id", ["follow_up_entry_id"]),
        ("ix_commitments_closed_on", ["closed_on"]),
    ):
        op.create_index(name, "commitments", columns, if_not_exists=True)
    op.create_table(
        "coaching_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("uuid"),
        if_not_exists=True,
    )
    op.create_index("ix_coaching_sessions_day", "coaching_sessions", ["day"], if_not_exists=True)


def downgrade() -> None:
    op.drop_table("coaching_sessions")
    op.drop_table("commitments")
