"""The export dialog shows the service's refusal to write over the journal or a backup."""

from __future__ import annotations

import datetime as dt

from app.exchange.service import ExchangeService
from app.records import EntryDraft
from ui.exchange.export_dialog import ExportDialog


def test_saving_over_the_journal_or_a_backup_is_refused_in_a_message(
    qtbot, context, dialogs
) -> None:  # type: ignore[no-untyped-def]
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Styregruppe"))
    exchange = ExchangeService(journal=context.journal, catalog=context.catalog)
    dialog = ExportDialog(
        journal=context.journal,
        catalog=context.catalog,
        exchange=exchange,
        dialogs=dialogs,
        language="en",
        encrypted=False,
    )
    qtbot.addWidget(dialog)
    journal = context.paths.journal
    inode = journal.stat().st_ino
    backup = context.paths.backups / "journal-2026-03-01.db"
    backup.parent.mkdir(exist_ok=True)
    backup.write_bytes(b"an earlier backup")
    for target in (journal, backup):
        with qtbot.waitSignal(dialog.export_failed, timeout=20_000):
            dialog.start_export(target)
        assert not dialog.is_exporting()
    assert len(dialogs.errors) == 2
    assert "own files" in dialogs.errors[0] and "backups folder" in dialogs.errors[1]
    assert journal.stat().st_ino == inode
    assert backup.read_bytes() == b"an earlier backup"


def test_a_learning_log_over_the_journal_is_refused_in_a_message(qtbot, context, dialogs) -> None:  # type: ignore[no-untyped-def]
    from app.courses.records import ModuleSpec
    from app.courses.service import CourseService
    from ui.courses.learning_log_dialog import LearningLogDialog

    courses = CourseService(journal=context.journal)
    courses.create_course("Netværksledelse", (ModuleSpec("Modul 1", dt.date(2026, 3, 1)),))
    dialog = LearningLogDialog(
        journal=context.journal, catalog=context.catalog, courses=courses, dialogs=dialogs
    )
    qtbot.addWidget(dialog)
    journal = context.paths.journal
    inode = journal.stat().st_ino
    with qtbot.waitSignal(dialog.export_failed, timeout=20_000):
        dialog.start_export(journal)
    assert len(dialogs.errors) == 1 and "own files" in dialogs.errors[0]
    assert journal.stat().st_ino == inode
    assert context.journal.count() == 0
