"""Start-up in the window: the flow through bad files, the problem dialog, the Restore
dialog and its model, and the Security preferences page over a live session."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from app.journal.backups import BackupService, entry_count, list_backups
from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.journal.startup import ProblemKind, Remedy, StartupProblem
from app.records import EntryDraft
from app.security import KdfParams, unlock_key
from app.security.conversion import encrypt_journal
from ui.shell.restore_dialog import BackupListModel, RestoreDialog
from ui.shell.startup_flow import StartupFlow, StartupQuestions, restore_at_start
from ui.shell.startup_problem_dialog import StartupProblemDialog

PASSPHRASE = "correct horse battery"


def journal_with_backup(paths: DataPaths, titles: tuple[str, ...] = ("kept",)) -> None:
    context = open_journal(paths)
    try:
        for title in titles:
            context.journal.create_entry(EntryDraft(day=dt.date(2026, 4, 1), title=title))
        BackupService(database=context.database, folder=paths.backups).backup_now()
    finally:
        context.close()


def damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))
    return bytes(data)


class Script:
    def __init__(self, *, remedies: list[Remedy | None], key: bytes | None = None) -> None:
        self.remedies = remedies
        self.key = key
        self.problems: list[StartupProblem] = []
        self.restored = 0

    def questions(self, restore=None) -> StartupQuestions:  # type: ignore[no-untyped-def]
        return StartupQuestions(
            problem=self.problem,
            passphrase=lambda _paths: self.key,
            folder=lambda _paths: None,
            restore=restore or self.restore,
        )

    def problem(self, problem: StartupProblem) -> Remedy | None:
        self.problems.append(problem)
        return self.remedies.pop(0)

    def restore(self, paths: DataPaths) -> bool:
        self.restored += 1
        return False


def test_a_damaged_journal_is_left_alone_when_the_user_quits(qapp, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    journal_with_backup(data_paths)
    damaged = damage(data_paths.journal)
    script = Script(remedies=[None])
    assert StartupFlow(data_paths, script.questions()).run() is None
    assert [p.kind for p in script.problems] == [ProblemKind.CORRUPT]
    assert data_paths.journal.read_bytes() == damaged
    lock = InstanceLock(data_paths.lock)
    assert lock.try_acquire()  # the flow let go of the lock
    lock.release()


def test_restore_from_a_backup_then_open(qtbot, data_paths: DataPaths, dialogs) -> None:  # type: ignore[no-untyped-def]
    journal_with_backup(data_paths, ("one", "two"))
    damaged = damage(data_paths.journal)
    script = Script(remedies=[Remedy.RESTORE_BACKUP])

    def restore(paths: DataPaths) -> bool:
        # The real dialog, answered by the scripted dialog service.
        dialog_box: list[RestoreDialog] = []
        import ui.shell.restore_dialog as module

        original = module.RestoreDialog.exec

        def run(self) -> int:  # type: ignore[no-untyped-def]
            dialog_box.append(self)
            assert self.restore_selected()
            return 1

        module.RestoreDialog.exec = run  # type: ignore[method-assign]
        try:
            return restore_at_start(paths, dialogs)
        finally:
            module.RestoreDialog.exec = original  # type: ignore[method-assign]

    opened = StartupFlow(data_paths, script.questions(restore)).run()
    assert opened is not None
    try:
        assert opened.context.journal.count() == 2
    finally:
        opened.context.close()
        opened.lock.release()
    kept = list(data_paths.root.glob("journal.db.*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert any("kept as" in text for kind, text in dialogs.asked if kind == "inform")


def test_an_encrypted_journal_asks_for_the_passphrase(qapp, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    journal_with_backup(data_paths)
    encrypt_journal(
        data_paths.journal, PASSPHRASE, params=KdfParams.fresh(time_cost=1, memory_kib=8192)
    )
    key = unlock_key(data_paths.journal, PASSPHRASE)
    opened = StartupFlow(data_paths, Script(remedies=[], key=key).questions()).run()
    assert opened is not None
    try:
        assert opened.context.journal.count() == 1
    finally:
        opened.context.close()
        opened.lock.release()
    # quitting at the unlock screen opens nothing
    assert StartupFlow(data_paths, Script(remedies=[], key=None).questions()).run() is None


def test_a_newer_schema_offers_no_restore_and_changes_nothing(qapp, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    journal_with_backup(data_paths)
    connection = sqlite3.connect(data_paths.journal)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()
    before = data_paths.journal.read_bytes()
    script = Script(remedies=[None])
    assert StartupFlow(data_paths, script.questions()).run() is None
    problem = script.problems[0]
    assert problem.kind is ProblemKind.SCHEMA_TOO_NEW
    assert Remedy.RESTORE_BACKUP not in problem.remedies
    assert data_paths.journal.read_bytes() == before


def test_problem_dialog_names_the_problem_and_offers_its_remedies(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    problem = StartupProblem(
        ProblemKind.CORRUPT,
        tmp_path / "journal.db",
        "journal.db is damaged and cannot be opened.",
        (Remedy.RESTORE_BACKUP, Remedy.CHOOSE_FILE),
    )
    dialog = StartupProblemDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "The journal is damaged"
    assert "cannot be opened" in dialog.detail.text()
    assert set(dialog.remedy_buttons) == {Remedy.RESTORE_BACKUP, Remedy.CHOOSE_FILE}
    qtbot.mouseClick(dialog.remedy_buttons[Remedy.CHOOSE_FILE], Qt.MouseButton.LeftButton)
    assert dialog.choice is Remedy.CHOOSE_FILE
    quitting = StartupProblemDialog(problem)
    qtbot.addWidget(quitting)
    quitting.show()
    qtbot.mouseClick(quitting.quit_button, Qt.MouseButton.LeftButton)
    assert quitting.choice is None


def test_backup_list_model(qtmodeltester, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    journal_with_backup(data_paths, ("a", "b", "c"))
    backups = list_backups(data_paths.backups)
    model = BackupListModel(backups, count=lambda b: entry_count(b.path, None))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "3 entries"
    assert model.index(0, 1).data() == "Made by you"
    assert model.index(0, 3).data() == "Not encrypted"


def test_restore_dialog_asks_before_restoring(qtbot, data_paths: DataPaths, dialogs) -> None:  # type: ignore[no-untyped-def]
    journal_with_backup(data_paths)
    restored: list[Path] = []
    dialog = RestoreDialog(
        backups=list_backups(data_paths.backups),
        count=lambda b: 1,
        restore=lambda b: restored.append(b.path) or "done",  # type: ignore[func-returns-value]
        dialogs=dialogs,
    )
    qtbot.addWidget(dialog)
    dialogs.confirm_answer = False
    assert not dialog.restore_selected() and restored == []
    dialogs.confirm_answer = True
    assert dialog.restore_selected()
    assert len(restored) == 1 and dialog.restored
