"""The user's own tags: listed with their use, renamed, merged and deleted."""

from __future__ import annotations

from typing import Any

from app.records import OWN_FAMILY

_ID = "SELECT id FROM tags WHERE family = ? AND key = ?"


def listed(connection: Any) -> list[tuple[str, str | None, int]]:
    """(key, label, links to entries) of every own tag, by name ignoring case."""
    return connection.execute(
        "SELECT t.key, t.label, count(et.entry_id) FROM tags AS t "
        "LEFT JOIN entry_tags AS et ON et.tag_id = t.id WHERE t.family = ? "
        "GROUP BY t.id ORDER BY lower(coalesce(t.label, t.key))",
        (OWN_FAMILY,),
    ).fetchall()


def tag_id(connection: Any, key: str) -> int | None:
    row = connection.execute(_ID, (OWN_FAMILY, key)).fetchone()
    return None if row is None else int(row[0])


def label_of(connection: Any, tag: int) -> str | None:
    return connection.execute("SELECT label FROM tags WHERE id = ?", (tag,)).fetchone()[0]


def rename(connection: Any, tag: int, label: str) -> None:
    connection.execute("UPDATE tags SET label = ? WHERE id = ?", (label, tag))


def merge(connection: Any, source: int, target: int) -> None:
    """Give every entry tagged `source` the tag `target` (once), then drop `source`."""
    connection.execute(
        "UPDATE entry_tags SET tag_id = ? WHERE tag_id = ? AND entry_id NOT IN "
        "(SELECT entry_id FROM entry_tags WHERE tag_id = ?)",
        (target, source, target),
    )
    delete(connection, source)


def delete(connection: Any, tag: int) -> None:
    """Remove the tag from every entry and from the tags."""
    connection.execute("DELETE FROM entry_tags WHERE tag_id = ?", (tag,))
    connection.execute("DELETE FROM tags WHERE id = ?", (tag,))
