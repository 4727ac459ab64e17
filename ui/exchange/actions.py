"""The File menu's exchange commands: summary export, complete backup, import.

Each handler takes the main window (see `ActionSpec.handler` in ui/window/actions.py), saves the
open entry first so the export holds what is on screen, and opens the dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import RefleksError
from app.exchange.registry import export_format, file_filter
from app.exchange.service import ExchangeService, journal_is_encrypted
from models.errors import StorageError
from ui.exchange.export_dialog import ExportDialog
from ui.exchange.import_dialog import ImportDialog

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


class BackupNotice(QObject):
    """What a saved backup holds. A class of its own because lupdate reads the plural of
    `self.tr(text, "", n)`, not of `QCoreApplication.translate(context, text, "", n)`."""

    def saved_text(self, count: int) -> str:
        return self.tr(
            "All %n entries, private ones and the trash included, are in this file. "
            "It is not encrypted: keep it somewhere only you can read.",
            "",
            count,
        )


def _modules(window: MainWindow) -> tuple[tuple[int, str], ...]:
    try:
        from app.courses.service import CourseService

        courses = CourseService(journal=window.context.journal).list_courses()
    except (ImportError, RefleksError, StorageError):
        return ()
    return tuple(
        (module.id, f"{course.name} — {module.name}")
        for course in courses
        for module in course.modules
    )


def exchange_service(window: MainWindow) -> ExchangeService:
    context = window.context
    return ExchangeService(journal=context.journal, catalog=context.catalog)


def show_export_dialog(window: MainWindow) -> QWidget:
    """The action handler of "Export Coaching Summary…" (see ui/window/actions.py)."""
    window.save_all()
    context = window.context
    dialog = ExportDialog(
        journal=context.journal,
        catalog=context.catalog,
        exchange=exchange_service(window),
        dialogs=window.dialogs,
        modules=_modules(window),
        language=window.languages.language,
        encrypted=journal_is_encrypted(context.paths.journal),
        coaching=context.coaching,
        parent=window,
    )
    return window.open_dialogs.open("export_summary", dialog)


def show_backup_dialog(window: MainWindow) -> None:
    """The action handler of "Back Up as JSON…": the whole journal, private entries too."""
    window.save_all()
    backup = export_format("json")
    assert backup is not None
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ExportDialog", "Save a complete backup"),
        str(Path.home() / f"refleks-backup-{dt.date.today().isoformat()}{backup.suffix}"),
        file_filter((backup,), backup.title),
    )
    if not path:
        return
    try:
        count = exchange_service(window).export_backup(Path(path))
    except (RefleksError, StorageError, OSError) as error:
        window.dialogs.error(
            QCoreApplication.translate("ExportDialog", "The backup was not saved"), str(error)
        )
        return
    text = BackupNotice().saved_text(count)
    window.dialogs.saved(
        QCoreApplication.translate("ExportDialog", "Backup saved"), text, Path(path)
    )


def show_import_dialog(window: MainWindow) -> QWidget:
    """The action handler of "Import…": the timeline reloads after a successful import."""
    window.save_all()
    dialog = ImportDialog(exchange=exchange_service(window), parent=window)
    return window.open_dialogs.open("import", dialog)
