"""The first revision: an empty file becomes a journal at head.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27 21:50:42.255852

The rule for every revision after this one:

- A new journal is never migrated. It is created from the declaration as it is at head
  (models/schema.py, with the full-text DDL of models/fulltext.py) and stamped with
  HEAD_REVISION (models.migrate.create_at_head): Alembic's "create from scratch, then
  stamp head" recipe. A journal at base is an empty file, so this revision does the same,
  through the same function, and Alembic stamps it.
- 0002 and later only ever upgrade journals that exist. Write each as the change from the
  revision before it (batch mode: SQLite has almost no ALTER), change the declaration to
  the same shape, and move HEAD_REVISION in models/migrate.py to the new revision. Never
  run the migrations on an empty file once 0002 exists: this revision already makes head.
- `add_column` is a plain ALTER and keeps the full-text triggers. A batch operation that
  copies `entries` failed here with "database table is locked" (and a copied table loses
  its triggers): try such a revision on a journal with entries and answers first.
"""

from __future__ import annotations

from alembic import op

from models.base import Base
from models.fulltext import DROP_STATEMENTS
from models.schema import create_schema

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_schema(op.get_bind().exec_driver_sql)


def downgrade() -> None:
    """Back to base: the file holds no tables of ours again."""
    bind = op.get_bind()
    for statement in DROP_STATEMENTS:
        bind.exec_driver_sql(statement)
    Base.metadata.drop_all(bind)
