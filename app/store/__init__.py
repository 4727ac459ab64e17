"""The data door: every SQL statement of app/, as functions over a DB-API connection.

The connection is either the one under an ORM session (`under(session)`, inside the
session's transaction) or a plain one opened where SQLAlchemy is not loaded yet (the
window's first paint, the whole-journal commands). Each query is written once here, and
both kinds of caller use it; records come back as the frozen values of app/records.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def under(session: Session) -> Any:
    """The DB-API connection under `session`, inside the session's transaction."""
    return session.connection().connection.dbapi_connection
