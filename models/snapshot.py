"""Consistent copies of a live journal through SQLite's online backup API.

A file copy of a live WAL database can miss committed pages; the backup API cannot.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Opens a DB-API connection to a copy's file; for an encrypted journal it applies the key,
# so that copies stay encrypted.
CopyConnect = Callable[[Path], Any]


def create_private_file(path: Path) -> None:
    """Create `path` (if absent) readable and writable by its owner only.

    A dangling link at `path` is refused (OSError), never followed to create its target.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)


def copy_database(source: Any, destination: Path, *, connect: CopyConnect | None = None) -> Path:
    """Write a consistent copy of the database behind the DB-API connection `source` to
    `destination` (owner-only). `connect` opens the destination; the default is a plain
    sqlite3 connection."""
    create_private_file(destination)
    target = (connect or sqlite3.connect)(destination)
    try:
        source.backup(target)
    finally:
        target.close()
    return destination
