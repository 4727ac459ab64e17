"""The change log of sync: triggers that note which synced rows changed here.

While sync is set up (`sync_settings.folder` is not NULL) every insert, update and delete
of a synced row adds its kind and uuid to `sync_pending`; the next sync turns those into a
change file (app/sync/). A journal that does not sync pays one indexed look-up per row
written and records nothing. Merging writes through the same tables, so the merge clears
the marks its own writes leave, in the same transaction.
"""

from __future__ import annotations

_ACTIVE = "EXISTS (SELECT 1 FROM sync_settings WHERE folder IS NOT NULL)"


def _trigger(name: str, event: str, table: str, kind: str, key_sql: str) -> str:
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} WHEN {_ACTIVE} BEGIN "
        f"INSERT OR IGNORE INTO sync_pending (kind, key) {key_sql}; END"
    )


def _own(kind: str, row: str) -> str:
    return f"SELECT '{kind}', {row}.uuid"


def _entry_of(row: str) -> str:
    return f"SELECT 'entry', uuid FROM entries WHERE id = {row}.entry_id"


_SPECS: tuple[tuple[str, str, str, str], ...] = (
    # (table, name stem, kind, how the key is found: "own" uuid or the row's entry's)
    ("entries", "entries", "entry", "own"),
    ("answers", "answers", "entry", "entry"),
    ("entry_tags", "entry_tags", "entry", "entry"),
    ("commitments", "commitments", "commitment", "own"),
    ("coaching_sessions", "coaching", "coaching", "own"),
    ("courses", "courses", "course", "own"),
    ("modules", "modules", "module", "own"),
)

#: The triggers, in the order they are made.
TRIGGER_NAMES: tuple[str, ...] = tuple(
    f"sync_{stem}_{event.lower()}"
    for _table, stem, _kind, _how in _SPECS
    for event in ("INSERT", "UPDATE", "DELETE")
)


def _statements() -> tuple[str, ...]:
    statements = []
    for table, stem, kind, how in _SPECS:
        for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
            key_sql = _own(kind, row) if how == "own" else _entry_of(row)
            statements.append(_trigger(f"sync_{stem}_{event.lower()}", event, table, kind, key_sql))
    return tuple(statements)


def _own_tag_trigger(event: str, row: str) -> str:
    """Own tags sync as rows of their own (key and label); the deck's do not change."""
    return (
        f"CREATE TRIGGER sync_tags_{event.lower()} AFTER {event} ON tags "
        f"WHEN {row}.family = 'own' AND {_ACTIVE} BEGIN "
        f"INSERT OR IGNORE INTO sync_pending (kind, key) VALUES ('tag', {row}.key); END"
    )


_TAG_EVENTS = (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old"))


def _uuid_trigger(table: str) -> str:
    """Courses and modules are made by the ORM and by the importer's plain INSERTs alike:
    the row gets its uuid here, whoever made it. (The change log's INSERT trigger skips
    the row without one; this UPDATE notes it.)"""
    return (
        f"CREATE TRIGGER {table}_uuid AFTER INSERT ON {table} WHEN new.uuid IS NULL BEGIN "
        f"UPDATE {table} SET uuid = lower(hex(randomblob(16))) WHERE id = new.id; END"
    )


UUID_TABLES = ("courses", "modules")
TRIGGER_NAMES = (
    *TRIGGER_NAMES,
    *(f"sync_tags_{event.lower()}" for event, _row in _TAG_EVENTS),
    *(f"{table}_uuid" for table in UUID_TABLES),
)
CREATE_TRIGGERS: tuple[str, ...] = (
    *_statements(),
    *(_own_tag_trigger(event, row) for event, row in _TAG_EVENTS),
    *(_uuid_trigger(table) for table in UUID_TABLES),
)
DROP_TRIGGERS: tuple[str, ...] = tuple(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGER_NAMES)
#: Each trigger's statement by name (a migration makes those of its own revision).
TRIGGERS: dict[str, str] = dict(zip(TRIGGER_NAMES, CREATE_TRIGGERS, strict=True))
#: The triggers revision 0007 added, for courses and modules.
COURSE_TRIGGERS: tuple[str, ...] = tuple(
    name for name in TRIGGER_NAMES if "courses" in name or "modules" in name
)
