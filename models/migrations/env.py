"""Alembic environment: always run from code with a live connection in a transaction."""

from __future__ import annotations

from alembic import context

from models import schema  # noqa: F401  (registers the tables on Base.metadata)
from models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Refleks runs its migrations from code, with a live connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
