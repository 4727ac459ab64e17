"""`import` over a plain connection (the journal context's `connect()`): same journal,
same lock, same passphrase rules, same all-or-nothing as the normal open.

The command line's import with the default `--on-conflict skip` skips SQLAlchemy; with
`update` it takes the normal path. Both are run here on the same files and compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.cli.journal_access import open_for_command
from app.exchange import importer
from app.exchange.backup import read_backup
from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef
from app.security.conversion import encrypt_journal
from app.security.kdf import KdfParams
from app.store import writes as store_writes
from models.connection import write_transaction
from models.errors import JournalAccessError
from models.schema import CourseRow, EntryRow, ModuleRow
from tests.e2e.conftest import run_in_session

pytestmark = pytest.mark.slow  # subprocesses

PASSPHRASE = "correct horse battery"


_cli = run_in_session  # no terminal: a passphrase is never prompted for


def _dump(data_dir: Path) -> str:
    connection = sqlite3.connect(data_dir / "journal.db")
    try:
        # A course and its modules get new random uuids when imported (the backup does not
        # carry them): compared by id, in a transaction that is rolled back.
        connection.execute("BEGIN")
        connection.execute("UPDATE courses SET uuid = id")
        connection.execute("UPDATE modules SET uuid = id")
        return "\n".join(connection.iterdump())
    finally:
        connection.rollback()
        connection.close()


def _count(data_dir: Path) -> int:
    connection = sqlite3.connect(data_dir / "journal.db")
    try:
        return connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A backup of a small journal: tags with labels, answers, a course, trash, privacy."""
    source = tmp_path / "source"
    context = open_journal(DataPaths(source))
    try:
        journal = context.journal
        journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, 2),
                title="Styregruppe på Ærø",
                body="Kontrol og tillid",
                tags=(TagRef("dilemma", "control"), TagRef("own", "b", "Budget 2026")),
                answers=(Answer("situation", "Mødet"), Answer("action", "Lyttede")),
                template_key="dilemma",
                template_version=1,
                coaching=True,
            )
        )
        journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="Hemmeligt", private=True))
        gone = journal.create_entry(EntryDraft(day=dt.date(2026, 3, 4), title="Kasseret"))
        journal.trash_entry(gone.id)
        context.own_tags.create("Ubrugt mærke")
        with context.database.session() as session:
            course = CourseRow(name="Netværksledelse", created_at=dt.datetime(2026, 1, 5, 9))
            session.add(course)
            session.flush()
            module = ModuleRow(
                course_id=course.id, name="Modul 1", day=dt.date(2026, 3, 1), position=0
            )
            session.add(module)
            session.flush()
            row = session.query(EntryRow).filter_by(title="Hemmeligt").one()
            row.module_id = module.id
    finally:
        context.close()
    target = tmp_path / "backup.json"
    done = _cli(source, "export", "--format", "json", "--output", str(target))
    assert done.returncode == 0, done.stderr
    return target


def test_the_plain_import_writes_what_the_normal_path_writes(backup: Path, tmp_path: Path) -> None:
    plain, normal = tmp_path / "plain", tmp_path / "normal"
    done = _cli(plain, "import", str(backup))
    assert done.returncode == 0, done.stderr
    assert "3 added, 0 skipped, 0 updated" in done.stdout
    assert _cli(normal, "import", str(backup), "--on-conflict", "update").returncode == 0
    # Same statements, in any order: create_all emits a table's indexes from a set, so
    # their order in sqlite_master differs between processes (string hashing).
    assert sorted(_dump(plain).splitlines()) == sorted(_dump(normal).splitlines())
    assert "Modul 1" in _dump(plain)
    # Into a journal that has them already: skipped, nothing changed.
    before = _dump(plain)
    again = _cli(plain, "import", str(backup))
    assert "0 added, 3 skipped, 0 updated" in again.stdout
    assert _dump(plain) == before
    # Search works on what came in, and the triggers are back for what comes next.
    listed = _cli(plain, "list", "--search", "tillid")
    assert "Styregruppe" in listed.stdout, listed.stderr


def test_import_waits_for_nobody_and_respects_the_window_lock(backup: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _cli(data, "list").returncode == 0  # the journal exists
    lock = InstanceLock(data / "refleks.lock")
    assert lock.try_acquire()
    try:
        done = _cli(data, "import", str(backup))
        assert done.returncode == 2 and "already using" in done.stderr
    finally:
        lock.release()
    assert _count(data) == 0
    new_folder = tmp_path / "fresh"
    new_folder.mkdir()
    held = InstanceLock(new_folder / "refleks.lock")
    assert held.try_acquire()
    try:
        assert "already using" in _cli(new_folder, "import", str(backup)).stderr
    finally:
        held.release()
    assert not (new_folder / "journal.db").exists()


def test_import_into_an_encrypted_journal_needs_its_passphrase(
    backup: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert _cli(data, "list").returncode == 0
    encrypt_journal(
        data / "journal.db", PASSPHRASE, params=KdfParams.fresh(time_cost=1, memory_kib=8192)
    )
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    assert "--passphrase-file" in _cli(data, "import", str(backup)).stderr
    assert (
        "does not open" in _cli(data, "import", str(backup), "--passphrase-file", str(wrong)).stderr
    )
    done = _cli(data, "import", str(backup), "--passphrase-file", str(right))
    assert done.returncode == 0 and "3 added" in done.stdout, done.stderr
    listed = _cli(data, "list", "--search", "tillid", "--passphrase-file", str(right))
    assert "Styregruppe" in listed.stdout


def test_a_failure_while_writing_rolls_everything_back(
    backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    context = open_journal(DataPaths(data))
    try:
        context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), title="Før"))
    finally:
        context.close()
    before = _dump(data)
    args = argparse.Namespace(paths=DataPaths(data), passphrase_file=None)
    opened = open_for_command(args, write=True)
    connection = opened.connect()
    # The last statement of the bulk insert fails: the tags, courses, entries and the
    # dropped triggers written before it must all go.
    monkeypatch.setattr(store_writes, "BULK_INDEX_FROM", 1)
    monkeypatch.setattr(
        store_writes, "INDEX_ENTRIES_AFTER", ("INSERT INTO no_such_table VALUES (?)",)
    )
    try:
        with pytest.raises(JournalAccessError), write_transaction(connection, data):
            importer.write_batch(connection, read_backup(backup))
    finally:
        connection.close()
        opened.close()
    assert _dump(data) == before


def test_a_backup_over_the_old_64_mb_limit_imports(backup: Path, tmp_path: Path) -> None:
    """A backup Refleks wrote always imports: a 36k-entry journal's 71 MB backup was refused
    at 64 MB. The backup's entries are repeated (new uuids, longer texts) to just over it."""
    import json

    from app.exchange.backup import encode_backup

    document = json.loads(backup.read_text(encoding="utf-8"))
    model = next(e for e in document["entries"] if e["module"] is None)
    body = ("Kontrol og tillid i netværket, mødet med rådmanden. " * 400)[:20_000]
    count = 64 * 1024 * 1024 // len(body.encode()) + 10
    document["entries"] = [
        dict(model, uuid=f"00000000-0000-4000-8000-{n:012d}", title=f"Dag {n}", body=body)
        for n in range(count)
    ]
    big = tmp_path / "big.json"
    big.write_bytes(encode_backup(document))
    assert big.stat().st_size > 64 * 1024 * 1024
    data = tmp_path / "data"
    done = _cli(data, "import", str(big))
    assert done.returncode == 0, done.stderr
    assert f"{count} added, 0 skipped" in done.stdout
    assert _count(data) == count
