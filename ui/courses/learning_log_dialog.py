"""Exporting a learning log: choose a course or one module, see exactly what leaves, save.

The preview shows the document itself (the same HTML the file is made from), so nothing
leaves the app that was not on screen first. Private entries stay out unless ticked; the
file is written owner-only and all at once. The log is read from the journal here; it is
rendered and written on a worker thread (ui.exchange.progress), with progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.courses.service import CourseService
from app.errors import RefleksError
from app.exchange.destination import check_destination
from app.exchange.files import write_private_bytes
from app.exchange.registry import EXPORTS, ExportFormat, export_format, file_filter
from app.journal.service import JournalService
from app.summary.background import ExportJob
from app.summary.learning_log import LearningLog, build_learning_log
from app.summary.progress import Progress
from app.summary.render.learning_log import render_learning_log, render_learning_log_html
from models.errors import StorageError
from ui.exchange.progress import ExportProgress
from ui.window.dialogs import DialogService

FORMATS: tuple[ExportFormat, ...] = tuple(found for found in EXPORTS if found.for_learning_log)


class _OfflineBrowser(QTextBrowser):
    """A preview that never loads anything: no files, no network."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


class LearningLogDialog(QDialog):
    """Pick what the log covers, look at it, and save it as PDF, Markdown or HTML."""

    export_finished = Signal(Path)
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(
        self,
        *,
        journal: JournalService,
        catalog: Catalog,
        courses: CourseService,
        dialogs: DialogService,
        language: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learningLogDialog")
        self._journal = journal
        self._catalog = catalog
        self._courses = courses
        self._dialogs = dialogs
        self.scope_box = QComboBox(objectName="learningLogScope")
        self.language_box = QComboBox(objectName="learningLogLanguage")
        self.format_box = QComboBox(objectName="learningLogFormat")
        self.private_check = QCheckBox(objectName="learningLogPrivate")
        self.preview = _OfflineBrowser(objectName="learningLogPreview")
        self.preview.setOpenLinks(False)
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("muted", True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.progress = ExportProgress()
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.scope_box, self.language_box, self.format_box, self.private_check),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        for course in courses.list_courses():
            self.scope_box.addItem(course.name, ("course", course.id))
            for module in course.modules:
                self.scope_box.addItem(f"    {module.name}", ("module", module.id))
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language == "da" else 1)
        for key, name in ((found.name, found.title) for found in FORMATS):
            self.format_box.addItem(name, key)
        self.scope_box.currentIndexChanged.connect(self.update_preview)
        self.language_box.currentIndexChanged.connect(self.update_preview)
        self.private_check.toggled.connect(self.update_preview)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.progress.export_finished.connect(self._on_finished)
        self.progress.export_failed.connect(self._on_failed)
        self.progress.export_cancelled.connect(self.export_cancelled)
        self.resize(760, 640)
        self.retranslate()
        self.update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export learning log"))
        texts = (self.tr("&Covers"), self.tr("&Language"), self.tr("&Format"), "")
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.private_check.setText(self.tr("Include my private entries"))
        self.preview.setAccessibleName(self.tr("Preview of the learning log"))

    # ----- what the user does ------------------------------------------------------------

    def build(self) -> LearningLog | None:
        """The log as chosen now, or None when there is no course yet."""
        scope = self.scope_box.currentData()
        if scope is None:
            return None
        kind, ident = scope
        return build_learning_log(
            journal=self._journal,
            catalog=self._catalog,
            courses=self._courses,
            course_id=ident if kind == "course" else None,
            module_id=ident if kind == "module" else None,
            language=self.language_box.currentData(),
            include_private=self.private_check.isChecked(),
        )

    def update_preview(self) -> None:
        log = self.build()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(log is not None)
        if log is None:
            self.preview.setPlainText(
                self.tr("There are no courses yet. Make one under Courses… first.")
            )
            self.note.clear()
            return
        self.preview.setHtml(render_learning_log_html(log))
        left_out = log.private_left_out
        note = self.tr("%n entries will be in the file.", "", log.entry_count)
        if left_out:
            note += " " + self.tr("%n private entries are left out.", "", left_out)
        self.note.setText(note)

    def start_export(self, path: Path) -> ExportJob | None:
        """Write the log to `path` in the chosen format on a worker thread.

        Ends with `export_finished(path)`, `export_failed(message)` (also shown to the user)
        or `export_cancelled`. None when there is nothing to export (no course yet).
        """
        try:
            log = self.build()  # read here, on the window's own connection
        except (RefleksError, StorageError) as error:
            self._dialogs.error(self.tr("The learning log was not saved"), str(error))
            return None
        if log is None:
            return None
        fmt = self.format_box.currentData()

        journal_file = self._journal.database.path
        chosen = export_format(fmt)
        suffix = chosen.suffix if chosen is not None else ""

        def work(progress: Progress) -> None:
            # Never over the journal's own files or a backup (refused in one message).
            target = check_destination(path, journal_file, suffix=suffix)
            write_private_bytes(target, render_learning_log(log, fmt, progress=progress))

        return self.progress.start(work, path=path, busy=self._save_button())

    def is_exporting(self) -> bool:
        return self.progress.running

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _on_finished(self, path: Path | None) -> None:
        if path is not None:
            self._dialogs.saved(
                self.tr("Learning log saved"), self.tr("Your learning log is saved here:"), path
            )
            self.export_finished.emit(path)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._dialogs.error(self.tr("The learning log was not saved"), message)
        self.export_failed.emit(message)

    def done(self, result: int) -> None:
        # Closing while an export runs cancels it; the worker stops at its next page.
        self.progress.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.progress.stop()
        super().closeEvent(event)

    def _on_save(self) -> None:
        chosen = export_format(self.format_box.currentData())
        assert chosen is not None
        name = self.scope_box.currentText().strip().replace("/", "-") or "learning-log"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save learning log"),
            str(Path.home() / f"{name}{chosen.suffix}"),
            file_filter((chosen,), chosen.title),
        )
        if path:
            self.start_export(Path(path))
