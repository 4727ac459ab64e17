"""Commitments and coaching sessions in backups: the JSON backup round trip, older
backups without them, bad ones refused whole, and the file backup's restore."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from app.exchange.backup import SCHEMA_VERSION, dump_journal, encode_backup, read_backup
from app.exchange.errors import ImportFormatError
from app.exchange.importer import apply_batch
from app.exchange.service import ExchangeService
from app.journal.backups import BackupService, restore_file
from app.journal.changes import Change, Changes
from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft
from models.errors import StorageError


def seed(context: JournalContext) -> None:
    journal, commitments = context.journal, context.commitments
    shared = journal.create_entry(EntryDraft(day=dt.date(2026, 10, 1), title="Møde")).id
    secret = journal.create_entry(
        EntryDraft(day=dt.date(2026, 10, 2), title="Privat", private=True)
    ).id
    trashed = journal.create_entry(EntryDraft(day=dt.date(2026, 10, 3), title="Kasseret")).id
    commitments.add(shared, "Spørg først", dt.date(2026, 11, 1), prompt_key="next_time")
    kept = commitments.add(shared, "Ros teamet")
    commitments.close(kept.id, "kept", "De blev glade", language="da", today=dt.date(2026, 10, 20))
    commitments.add(secret, "Tal med chefen")
    commitments.add(trashed, "Glemt")
    journal.trash_entry(trashed)
    context.coaching.add(dt.date(2026, 10, 15), "Om at lytte")
    context.coaching.add(dt.date(2026, 11, 15))


def described(context: JournalContext) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every commitment and session by what identifies it across journals."""
    with context.database.transaction() as connection:
        commitments = connection.execute(
            "SELECT c.uuid, e.uuid, c.text, c.prompt_key, c.due, c.status, c.note, "
            "c.created_at, c.closed_at, c.closed_on, f.uuid FROM commitments AS c "
            "JOIN entries AS e ON e.id = c.entry_id "
            "LEFT JOIN entries AS f ON f.id = c.follow_up_entry_id ORDER BY c.uuid"
        ).fetchall()
        sessions = connection.execute(
            "SELECT uuid, day, note, created_at FROM coaching_sessions ORDER BY uuid"
        ).fetchall()
    return commitments, sessions


def other(tmp_path: Path, name: str, catalog) -> JournalContext:  # type: ignore[no-untyped-def]
    return open_journal(DataPaths(tmp_path / name), catalog=catalog)


def test_the_json_backup_round_trips_commitments_and_sessions(
    context: JournalContext, tmp_path: Path, catalog
) -> None:
    seed(context)
    path = tmp_path / "backup.json"
    ExchangeService(journal=context.journal, catalog=catalog).export_backup(path)
    document = json.loads(path.read_text("utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION == 2
    assert list(document)[-3:] == ["entries", "commitments", "coaching_sessions"]
    # A private entry's commitment is in the backup: it is the whole journal, for the user.
    assert len(document["commitments"]) == 4 and len(document["coaching_sessions"]) == 2
    assert {c["text"] for c in document["commitments"]} >= {"Tal med chefen", "Glemt"}

    restored = other(tmp_path, "restored", catalog)
    try:
        heard: list[Changes] = []
        restored.changes.subscribe(heard.append)
        ExchangeService(journal=restored.journal, catalog=catalog).import_file(path)
        assert described(restored) == described(context)
        assert heard and heard[-1].touches(Change.COMMITMENTS)
        assert heard[-1].touches(Change.COACHING)
        # The follow-up still names its commitment, and the review reads the same.
        closed = next(c for c in restored.commitments.list() if not c.is_open)
        assert restored.commitments.followed_up_by(closed.follow_up_entry_id or 0) == closed
        assert restored.coaching.last_before(dt.date(2026, 11, 1)) is not None
        # Importing it again adds nothing; exporting again gives the same document.
        ExchangeService(journal=restored.journal, catalog=catalog).import_file(path)
        assert described(restored) == described(context)
        again = dump_journal(restored.database)
        assert {k: v for k, v in again.items() if k != "exported_at"} == {
            k: v for k, v in document.items() if k != "exported_at"
        }
    finally:
        restored.close()


def test_a_backup_from_before_commitments_still_imports(
    context: JournalContext, tmp_path: Path, catalog
) -> None:
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 10, 1), title="Gammel"))
    document = dump_journal(context.database)
    old = {k: v for k, v in document.items() if k not in ("commitments", "coaching_sessions")}
    old["schema_version"] = 1
    path = tmp_path / "old.json"
    path.write_bytes(encode_backup(old))
    restored = other(tmp_path, "restored", catalog)
    try:
        result = ExchangeService(journal=restored.journal, catalog=catalog).import_file(path)
        assert result.added == 1
        assert restored.commitments.list() == [] and restored.coaching.list() == []
    finally:
        restored.close()


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda c: c.update(entry="no-such-entry"), "commitments[0].entry"),
        (lambda c: c.update(follow_up="no-such-entry"), "commitments[0].follow_up"),
        (lambda c: c.update(status="maybe"), "commitments[0].status"),
        (lambda c: c.update(text=""), "commitments[0].text"),
        (lambda c: c.update(due="1.11.2026"), "commitments[0].due"),
        (lambda c: c.pop("created_at"), "commitments[0].created_at"),
        (lambda c: c.update(status="kept", closed_at=None), "commitments[0].closed_at"),
    ],
)
def test_a_bad_commitment_refuses_the_whole_import(
    context: JournalContext, tmp_path: Path, catalog, change, place: str
) -> None:
    seed(context)
    document = dump_journal(context.database)
    document["commitments"].sort(key=lambda c: c["status"] != "open")
    change(document["commitments"][0])
    path = tmp_path / "bad.json"
    path.write_bytes(encode_backup(document))
    restored = other(tmp_path, "restored", catalog)
    try:
        with pytest.raises(ImportFormatError) as raised:
            ExchangeService(journal=restored.journal, catalog=catalog).import_file(path)
        assert place in str(raised.value)
        assert restored.journal.count() == 0
        assert described(restored) == ([], [])
    finally:
        restored.close()


def test_a_failing_write_leaves_the_journal_as_it_was(
    context: JournalContext, tmp_path: Path, catalog
) -> None:
    """All or nothing: a commitment the database refuses takes the entries back with it."""
    seed(context)
    document = dump_journal(context.database)
    path = tmp_path / "backup.json"
    path.write_bytes(encode_backup(document))
    batch = read_backup(path)
    # A status the reader would refuse, so that only the database's CHECK stops it, after
    # the entries and the first commitments went in.
    wrong = dataclasses.replace(batch.commitments[-1], uuid="late", status="nonsense")
    broken = dataclasses.replace(batch, commitments=(*batch.commitments, wrong))
    restored = other(tmp_path, "restored", catalog)
    try:
        with pytest.raises(StorageError, match="CHECK"):
            apply_batch(restored.database, broken, on_conflict="update")
        assert restored.journal.count() == 0
        assert described(restored) == ([], [])
    finally:
        restored.close()


def test_the_file_backup_restores_commitments_and_sessions(
    context: JournalContext, tmp_path: Path
) -> None:
    seed(context)
    before = described(context)
    backup = BackupService(database=context.database, folder=context.paths.backups).backup_now()
    context.commitments.add(context.journal.all_matching()[0].id, "Efter backup")
    context.coaching.add(dt.date(2026, 12, 1))
    journal_file = context.paths.journal
    context.close()
    restore_file(backup.path, journal_file, backup_key=None)
    reopened = open_journal(context.paths)
    try:
        assert described(reopened) == before
    finally:
        reopened.close()
