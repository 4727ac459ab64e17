"""After an export: where the file went, with "Open" and "Show in Folder".

Nothing here opens a real program: `ui.window.dialogs.open_externally` is replaced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import ui.window.dialogs
from app.exchange.service import ExchangeService
from app.records import EntryDraft
from ui.exchange.actions import BackupNotice
from ui.exchange.export_dialog import ExportDialog
from ui.window.dialogs import DialogService


def _opened(monkeypatch) -> list[QUrl]:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(ui.window.dialogs, "open_externally", opened.append)
    return opened


def test_the_summary_dialog_says_where_the_file_went(
    qtbot, context, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Styregruppen"))
    dialog = ExportDialog(
        journal=context.journal,
        catalog=context.catalog,
        exchange=ExchangeService(journal=context.journal, catalog=context.catalog),
        dialogs=dialogs,
        language="en",
    )
    qtbot.addWidget(dialog)
    dialog.scope_box.setCurrentIndex(0)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    target = tmp_path / "summary.md"
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        dialog.start_export(target)
    assert dialogs.saved_paths == [target]


def test_the_learning_log_dialog_says_where_the_file_went(
    qtbot, context, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.courses.records import ModuleSpec
    from app.courses.service import CourseService
    from ui.courses.learning_log_dialog import LearningLogDialog

    courses = CourseService(journal=context.journal)
    courses.create_course("Netværksledelse", (ModuleSpec("Modul 1", dt.date(2026, 3, 1)),))
    dialog = LearningLogDialog(
        journal=context.journal, catalog=context.catalog, courses=courses, dialogs=dialogs
    )
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    target = tmp_path / "log.md"
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        dialog.start_export(target)
    assert dialogs.saved_paths == [target]


def test_the_backup_says_where_the_file_went(
    qtbot, main_window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "backup.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    main_window.actions["export_backup"].trigger()
    assert main_window.dialogs.saved_paths == [target]
    assert target.exists()


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_open_and_show_in_folder_hand_the_file_and_its_folder_on(
    qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened = _opened(monkeypatch)
    target = tmp_path / "noter" / "summary.pdf"
    service = DialogService(None)

    box = service.saved("Summary saved", "Your coaching summary is saved here:", target)
    qtbot.addWidget(box)
    qtbot.waitExposed(box)
    assert str(target) in box.informativeText()
    box.grab().save(str(tmp_path / "saved.png"))
    _button(box, "Open").click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: not box.isVisible())

    box = service.saved("Summary saved", "Your coaching summary is saved here:", target)
    qtbot.addWidget(box)
    _button(box, "Show in Folder").click()
    assert opened[-1] == QUrl.fromLocalFile(str(target.parent))

    box = service.saved("Summary saved", "Your coaching summary is saved here:", target)
    qtbot.addWidget(box)
    _button(box, "Close").click()
    assert len(opened) == 2
    QApplication.processEvents()


def test_the_backup_notice_counts_in_both_languages(languages) -> None:  # type: ignore[no-untyped-def]
    notice = BackupNotice()
    languages.apply("en")
    assert notice.saved_text(1).startswith("Your one entry is in this file")
    assert notice.saved_text(3).startswith("All 3 entries, private ones and the trash included")
    languages.apply("da")
    assert notice.saved_text(1).startswith("Dit ene indlæg er i denne fil")
    assert notice.saved_text(3).startswith("Alle 3 indlæg, også de private")
