"""Rows by uuid: the ids of the rows an import or a merge finds already here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

CHUNK = 500  # values per IN (...) list (SQLite allows 999 parameters before 3.32)

UuidTable = Literal["entries", "commitments", "coaching_sessions"]


def ids_of_uuids(connection: Any, table: UuidTable, uuids: Sequence[str]) -> dict[str, int]:
    """The id of each of `uuids` that has a row in `table`."""
    found: dict[str, int] = {}
    for start in range(0, len(uuids), CHUNK):
        chunk = tuple(uuids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(f"SELECT uuid, id FROM {table} WHERE uuid IN ({marks})", chunk)
        found.update((uuid, int(row_id)) for uuid, row_id in rows)
    return found
