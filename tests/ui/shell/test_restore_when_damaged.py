"""Restore in the window when it is needed most: over a journal with damaged pages, behind a
damaged key file, or an emptied journal at start; a refused restore leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import app.security.conversion as conversion
import ui.shell.restore_dialog as restore_module
from app.journal.backups import BackupInfo, BackupService, list_backups
from app.journal.context import JournalContext, open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.journal.startup import ProblemKind, Remedy, StartupProblem
from app.records import EntryDraft
from app.security import KdfParams
from tests.conftest import damage_entries_table
from ui.shell.journal_session import JournalLifecycle
from ui.shell.restore_dialog import BackupListModel
from ui.shell.startup_flow import OpenedJournal, StartupFlow, StartupQuestions, restore_at_start

PASSPHRASE = "correct horse battery"
FAST = KdfParams.fresh(time_cost=1, memory_kib=8192)


def files_in(folder: Path) -> list[str]:
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if not path.name.startswith("journal.db-")  # the live WAL comes and goes
    )


@pytest.fixture
def session(main_window, context: JournalContext, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(conversion.KdfParams, "fresh", classmethod(lambda cls, **_: FAST))
    lock = InstanceLock(context.paths.lock)
    assert lock.try_acquire()
    made = JournalLifecycle(OpenedJournal(context.paths, context, lock), main_window)
    yield made
    made.auto_lock.stop()
    made.server.close()
    lock.release()


def add(context: JournalContext, title: str) -> None:
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 4, 1), title=title))


def manual(paths: DataPaths) -> BackupInfo:
    return next(b for b in list_backups(paths.backups) if b.kind == "manual")


def test_file_restore_over_a_journal_with_damaged_pages(session, context) -> None:  # type: ignore[no-untyped-def]
    add(context, "Reddet")
    BackupService(database=context.database, folder=context.paths.backups).backup_now()
    add(context, "Skrevet efter")
    context.database.close()
    damage_entries_table(context.paths.journal)  # still opens; its entries cannot be read
    damaged = context.paths.journal.read_bytes()
    message = session.restore(manual(context.paths))
    assert "damaged" in message
    kept = list(context.paths.root.glob("journal.db.*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in message
    assert [s.title for s in context.journal.all_matching()] == ["Reddet"]
    assert [b.kind for b in list_backups(context.paths.backups)] == ["manual"]


def test_a_refused_restore_in_the_window_leaves_nothing_behind(session, context) -> None:  # type: ignore[no-untyped-def]
    from app.errors import RefleksError

    add(context, "Nuværende")
    bad = context.paths.backups / "refleks-20260101T000000000000Z-manual.db"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    before = files_in(context.paths.root)
    with pytest.raises(RefleksError, match="was not changed"):
        session.restore(manual(context.paths))
    assert files_in(context.paths.root) == before
    assert [s.title for s in context.journal.all_matching()] == ["Nuværende"]


def test_the_restore_list_says_damaged(qtmodeltester, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    from app.journal.backups import count_or_reason

    context = open_journal(data_paths)
    add(context, "a")
    BackupService(database=context.database, folder=data_paths.backups).backup_now()
    context.close()
    bad = data_paths.backups / "refleks-20260101T000000000000Z-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    model = BackupListModel(
        list_backups(data_paths.backups), count=lambda b: count_or_reason(b, None)
    )
    qtmodeltester.check(model)
    texts = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert texts[0].startswith("1 ") and texts[1] == "damaged"


class Script:
    def __init__(self, remedies: list[Remedy | None]) -> None:
        self.remedies = remedies
        self.problems: list[StartupProblem] = []

    def problem(self, problem: StartupProblem) -> Remedy | None:
        self.problems.append(problem)
        return self.remedies.pop(0)


def restore_first_backup(dialogs):  # type: ignore[no-untyped-def]
    def restore(paths: DataPaths) -> bool:
        original = restore_module.RestoreDialog.exec

        def run(self) -> int:  # type: ignore[no-untyped-def]
            self.view.selectRow(self.model.rowCount() - 1)  # the oldest: the good one
            assert self.restore_selected()
            return 1

        restore_module.RestoreDialog.exec = run  # type: ignore[method-assign]
        try:
            return restore_at_start(paths, dialogs)
        finally:
            restore_module.RestoreDialog.exec = original  # type: ignore[method-assign]

    return restore


def test_an_emptied_journal_at_start_offers_restore(qapp, data_paths: DataPaths, dialogs) -> None:  # type: ignore[no-untyped-def]
    context = open_journal(data_paths)
    for index in range(3):
        add(context, f"entry {index}")
    BackupService(database=context.database, folder=data_paths.backups).backup_now()
    context.close()
    data_paths.journal.write_bytes(b"")
    script = Script([Remedy.RESTORE_BACKUP])
    questions = StartupQuestions(
        problem=script.problem,
        passphrase=lambda _paths: None,
        folder=lambda _paths: None,
        restore=restore_first_backup(dialogs),
    )
    opened = StartupFlow(data_paths, questions).run()
    assert opened is not None
    try:
        assert opened.context.journal.count() == 3
    finally:
        opened.context.close()
        opened.lock.release()
    assert [p.kind for p in script.problems] == [ProblemKind.EMPTIED]
    assert Remedy.RESTORE_BACKUP in script.problems[0].remedies


def encrypted_journal_with_backup(paths: DataPaths) -> None:
    from app.security import service

    context = open_journal(paths)
    add(context, "Krypteret")
    context.close()
    service.encrypt(paths, PASSPHRASE, params=FAST)
    from app.security.unlock import unlock_key

    key = unlock_key(paths.journal, PASSPHRASE)
    context = open_journal(paths, key=key)
    BackupService(database=context.database, folder=paths.backups).backup_now()
    context.close()


def type_at_unlock_screen(text: str) -> None:
    from ui.shell.unlock_screen import UnlockScreen

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, UnlockScreen) and widget.isVisible():
            widget.passphrase.setText(text)
            if not widget.try_unlock():
                widget.quit_requested.emit()  # refused: no second try, the test fails instead
            return
    QTimer.singleShot(10, lambda: type_at_unlock_screen(text))


def test_a_damaged_key_check_leads_to_restore_instead_of_endless_asking(
    qapp, data_paths: DataPaths, dialogs
) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.startup_flow import ask_passphrase

    encrypted_journal_with_backup(data_paths)
    header = data_paths.root / "journal.db.header.json"
    data = json.loads(header.read_text())
    data["key_check"] = "00" * (len(data["key_check"]) // 2)
    header.write_text(json.dumps(data))
    journal_bytes = data_paths.journal.read_bytes()
    script = Script([Remedy.RESTORE_BACKUP])

    def passphrase(paths: DataPaths) -> bytes | None:
        QTimer.singleShot(0, lambda: type_at_unlock_screen(PASSPHRASE))
        return ask_passphrase(paths)

    typed: list[str] = []

    def backup_passphrase(_parent: object, _backup: BackupInfo) -> str:
        typed.append(PASSPHRASE)
        return PASSPHRASE

    import ui.shell.startup_flow as flow_module

    original = flow_module.ask_backup_passphrase
    flow_module.ask_backup_passphrase = backup_passphrase  # type: ignore[assignment]
    try:
        questions = StartupQuestions(
            problem=script.problem,
            passphrase=passphrase,
            folder=lambda _paths: None,
            restore=restore_first_backup(dialogs),
        )
        opened = StartupFlow(data_paths, questions).run()
    finally:
        flow_module.ask_backup_passphrase = original  # type: ignore[assignment]
    assert opened is not None
    try:
        assert opened.context.journal.count() == 1
    finally:
        opened.context.close()
        opened.lock.release()
    assert [p.kind for p in script.problems] == [ProblemKind.CORRUPT]
    assert "key file" in script.problems[0].message
    kept = next(data_paths.root.glob("journal.db.*.damaged"))
    assert kept.read_bytes() == journal_bytes
    assert typed == [PASSPHRASE]


def test_a_plain_file_swapped_in_beside_a_key_file_is_not_painted(
    data_paths: DataPaths, settings, languages
) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.application import _window_with_preview

    context = open_journal(data_paths)
    add(context, "Planted")
    context.close()
    (data_paths.root / "journal.db.header.json").write_text("{}")  # the encrypted one's
    assert _window_with_preview(data_paths, settings, languages) is None
