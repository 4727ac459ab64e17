"""Commitments and coaching sessions in the JSON backup: written after the entries, read
and checked, and written into a journal by an import.

A commitment names its entry and its follow-up entry by uuid, so it finds them again in
any journal; both must be entries of the same backup. Backups from before schema 2 have
neither list, and import as they always did.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.commitments.records import MAX_NOTE, MAX_TEXT, CommitmentStatus
from app.exchange.batch import ImportBatch, ImportedCoachingSession, ImportedCommitment
from app.exchange.errors import ImportFormatError
from app.exchange.validate import Fields
from app.store import coaching as store_coaching
from app.store import commitments as store_commitments
from app.store import writes as store_writes
from app.store.backup_rows import coaching_rows, commitment_rows

COMMITMENTS = "commitments"
COACHING_SESSIONS = "coaching_sessions"


# ----- writing ---------------------------------------------------------------------------


def tail_parts(connection: Any) -> dict[str, list[dict[str, Any]]]:
    """The members that follow `entries` in the document."""
    commitments = [
        {
            "uuid": uuid,
            "entry": entry,
            "text": text,
            "prompt_key": prompt_key,
            "due": due,
            "status": status,
            "note": note,
            "created_at": created_at,
            "closed_at": closed_at,
            "closed_on": closed_on,
            "follow_up": follow_up,
        }
        for (
            uuid,
            entry,
            text,
            prompt_key,
            due,
            status,
            note,
            created_at,
            closed_at,
            closed_on,
            follow_up,
        ) in commitment_rows(connection)
    ]
    sessions = [
        {"uuid": uuid, "day": day, "note": note, "created_at": created_at}
        for uuid, day, note, created_at in coaching_rows(connection)
    ]
    return {COMMITMENTS: commitments, COACHING_SESSIONS: sessions}


# ----- reading ---------------------------------------------------------------------------


def read_tail(
    document: dict[str, Any], path: Path | str, entry_uuids: Iterable[str]
) -> tuple[tuple[ImportedCommitment, ...], tuple[ImportedCoachingSession, ...]]:
    """The commitments and sessions of a checked document (none when it has neither)."""
    top = Fields(document, path, "")
    known = set(entry_uuids)
    seen: set[str] = set()
    commitments = []
    for index, value in enumerate(top.items(COMMITMENTS, required=False)):
        where = f"{COMMITMENTS}[{index}]"
        commitment = _commitment(Fields(value, path, where), known)
        if commitment.uuid in seen:
            raise ImportFormatError(path, f"{where}.uuid", f"{commitment.uuid} is used twice")
        seen.add(commitment.uuid)
        commitments.append(commitment)
    sessions = []
    for index, value in enumerate(top.items(COACHING_SESSIONS, required=False)):
        where = f"{COACHING_SESSIONS}[{index}]"
        session = _session(Fields(value, path, where))
        if session.uuid in seen:
            raise ImportFormatError(path, f"{where}.uuid", f"{session.uuid} is used twice")
        seen.add(session.uuid)
        sessions.append(session)
    return tuple(commitments), tuple(sessions)


def _uuid(fields: Fields, name: str, *, required: bool = True) -> str | None:
    value = fields.text(name, required=required)
    if value is not None and not 0 < len(value) <= 36:
        raise fields.fail(name, "expected an id of 1 to 36 characters")
    return value


def _commitment(fields: Fields, entries: set[str]) -> ImportedCommitment:
    uuid = _uuid(fields, "uuid")
    entry = _uuid(fields, "entry")
    follow_up = _uuid(fields, "follow_up", required=False)
    for name, ref in (("entry", entry), ("follow_up", follow_up)):
        if ref is not None and ref not in entries:
            raise fields.fail(name, f"there is no entry with uuid {ref} in this backup")
    text = fields.text("text")
    if not text.strip() or len(text) > MAX_TEXT:
        raise fields.fail("text", f"expected a text of 1 to {MAX_TEXT:,} characters")
    status = fields.text("status")
    if status not in {s.value for s in CommitmentStatus}:
        raise fields.fail("status", f"'{status[:40]}' is not open, kept, changed or dropped")
    note = fields.text("note", required=False, default="")
    if len(note) > MAX_NOTE:
        raise fields.fail("note", f"a note can hold {MAX_NOTE:,} characters")
    prompt_key = fields.text("prompt_key", required=False)
    if prompt_key is not None and not 0 < len(prompt_key) <= 64:
        raise fields.fail("prompt_key", "expected a key of 1 to 64 characters")
    closed = status != CommitmentStatus.OPEN.value
    closed_at = fields.timestamp("closed_at", required=closed)
    closed_on = fields.day("closed_on") if closed or fields.has("closed_on") else None
    created = fields.timestamp("created_at")
    assert uuid is not None and entry is not None and created is not None
    return ImportedCommitment(
        uuid=uuid,
        entry_uuid=entry,
        text=text,
        created_at=created,
        status=status,
        note=note,
        prompt_key=prompt_key,
        due=fields.day("due") if fields.has("due") else None,
        closed_at=closed_at if closed else None,
        closed_on=closed_on if closed else None,
        follow_up_uuid=follow_up,
    )


def _session(fields: Fields) -> ImportedCoachingSession:
    uuid = _uuid(fields, "uuid")
    created = fields.timestamp("created_at")
    note = fields.text("note", required=False)
    assert uuid is not None and created is not None
    return ImportedCoachingSession(uuid, fields.day("day"), created, note or None)


# ----- importing -------------------------------------------------------------------------


def write_tail(connection: Any, batch: ImportBatch, *, update: bool) -> tuple[int, int]:
    """Write the batch's commitments and sessions after its entries, inside the import's
    transaction: the new ones added, those here already (same uuid) skipped, or overwritten
    when `update`. Returns how many commitments and sessions were written."""
    written = [0, 0]
    if batch.commitments:
        wanted = {c.entry_uuid for c in batch.commitments}
        wanted |= {c.follow_up_uuid for c in batch.commitments if c.follow_up_uuid}
        entry_ids = store_writes.ids_of_uuids(connection, sorted(wanted))
        present = store_commitments.ids_of_uuids(connection, [c.uuid for c in batch.commitments])
        for commitment in batch.commitments:
            row_id = present.get(commitment.uuid)
            if row_id is not None and not update:
                continue
            store_commitments.write_row(
                connection,
                row_id,
                uuid=commitment.uuid,
                entry_id=entry_ids[commitment.entry_uuid],
                text=commitment.text,
                prompt_key=commitment.prompt_key,
                due=commitment.due,
                status=commitment.status,
                note=commitment.note,
                created_at=commitment.created_at,
                closed_at=commitment.closed_at,
                closed_on=commitment.closed_on,
                follow_up_entry_id=(
                    entry_ids[commitment.follow_up_uuid] if commitment.follow_up_uuid else None
                ),
            )
            written[0] += 1
    if batch.coaching_sessions:
        present = store_coaching.ids_of_uuids(connection, [s.uuid for s in batch.coaching_sessions])
        for session in batch.coaching_sessions:
            row_id = present.get(session.uuid)
            if row_id is None:
                store_coaching.insert(
                    connection,
                    uuid=session.uuid,
                    day=session.day,
                    note=session.note,
                    created_at=session.created_at,
                )
            elif update:
                store_coaching.replace(
                    connection,
                    row_id,
                    day=session.day,
                    note=session.note,
                    created_at=session.created_at,
                )
            else:
                continue
            written[1] += 1
    return written[0], written[1]
