"""Looking at a journal file as a whole: can it be read, is it sound, how many entries,
and writing a converted copy of it (SQLCipher's `sqlcipher_export`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def readable(connection: Any) -> None:
    """Read the schema: a wrong key or a file that is not a database fails here."""
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def integrity(connection: Any) -> list[str]:
    """What `PRAGMA integrity_check` says: ["ok"] for a sound file."""
    return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def entry_count(connection: Any, *, outside_trash: bool = False) -> int:
    where = " WHERE trashed_at IS NULL" if outside_trash else ""
    return int(connection.execute(f"SELECT count(*) FROM entries{where}").fetchone()[0])


def export_into(connection: Any, target: Path, target_key: str) -> None:
    """Copy the database of `connection` (a SQLCipher connection) into the new file
    `target`, encrypted under the key literal `target_key` ("" for plain), with its
    user_version; indexes, triggers and the full-text index travel along."""
    connection.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_key))
    connection.execute("SELECT sqlcipher_export('converted')")
    connection.execute(f"PRAGMA converted.user_version = {version}")
    connection.execute("DETACH DATABASE converted")
