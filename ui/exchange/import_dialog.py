"""Importing entries: choose a file, see what it holds, then import all of it or nothing.

Checking reads and validates the whole file without touching the journal and says how
many entries are new and how many are there already. A bad file is reported in the dialog
with the service's message (which names the file and the place), and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from app.exchange.batch import ImportResult
from app.exchange.registry import AUTO, IMPORTS, file_filter
from app.exchange.service import ExchangeService, ImportPreview
from models.errors import StorageError

FORMAT_NAMES: dict[str, str] = {found.name: found.title for found in IMPORTS}


class ImportDialog(QDialog):
    """File, format and what to do with entries already present; check, then import."""

    imported = Signal(object)  # ImportResult, after the transaction committed

    def __init__(self, *, exchange: ExchangeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._exchange = exchange
        self._preview: ImportPreview | None = None
        self.path_edit = QLineEdit(objectName="importPath")
        self.browse_button = QPushButton(objectName="importBrowse")
        self.format_box = QComboBox(objectName="importFormat")
        self.format_box.addItem("", AUTO)
        for found in IMPORTS:
            self.format_box.addItem(found.title, found.name)
        self.conflict_box = QComboBox(objectName="importConflict")
        self.conflict_box.addItem("", "skip")
        self.conflict_box.addItem("", "update")
        self.check_button = QPushButton(objectName="importCheck")
        self.status = QLabel(wordWrap=True, objectName="importStatus")
        self.problem = QLabel(wordWrap=True, objectName="importProblem")
        self.problem.setStyleSheet("color: #a33;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importRun")
        self.import_button.setEnabled(False)
        self._labels = [QLabel() for _ in range(3)]

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self._labels[0], file_row)
        form.addRow(self._labels[1], self.format_box)
        form.addRow(self._labels[2], self.conflict_box)
        for label, field in zip(
            self._labels, (self.path_edit, self.format_box, self.conflict_box), strict=True
        ):
            label.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.resize(620, 320)
        self.retranslate()

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse)
        self.check_button.clicked.connect(self.check)
        self.path_edit.textChanged.connect(self._forget_check)
        self.format_box.currentIndexChanged.connect(self._forget_check)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import entries"))
        for label, text in zip(
            self._labels, (self.tr("&File"), self.tr("F&ormat"), self.tr("&Already here")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.browse_button.setText(self.tr("Choose…"))
        self.format_box.setItemText(0, self.tr("Recognise by content"))
        self.conflict_box.setItemText(0, self.tr("Keep my version (skip)"))
        self.conflict_box.setItemText(1, self.tr("Replace with the file's version (update)"))
        self.check_button.setText(self.tr("Check the file"))
        self.import_button.setText(self.tr("&Import"))
        if self._preview is None and not self.problem.isVisible():
            self.status.setText(
                self.tr(
                    "Refleks backups, jrnl and Day One exports can be imported. The file is "
                    "checked first; an import adds everything or nothing."
                )
            )

    # ----- what the user does ---------------------------------------------------------

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def _on_browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            self.path_edit.text() or str(Path.home()),
            file_filter(IMPORTS, self.tr("Journals")) + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.set_path(Path(path))
            self.check()

    def _forget_check(self) -> None:
        self._preview = None
        self.import_button.setEnabled(False)

    def _show_problem(self, text: str) -> None:
        self.status.clear()
        self.problem.setText(text)
        self.problem.show()

    def check(self) -> ImportPreview | None:
        """Read and validate the whole file; nothing is written."""
        self._forget_check()
        self.problem.hide()
        text = self.path_edit.text().strip()
        if not text:
            self._show_problem(self.tr("Choose a file first."))
            return None
        try:
            preview = self._exchange.preview_import(Path(text), self.format_box.currentData())
        except (RefleksError, StorageError) as error:
            self._show_problem(str(error))
            return None
        self._preview = preview
        source = FORMAT_NAMES.get(preview.batch.source_format, preview.batch.source_format)
        status = source + ": " + self.tr("%n entries in the file", "", len(preview.batch.entries))
        status += " — " + self.tr("%n new", "", preview.new)
        status += ", " + self.tr("%n already in your journal.", "", preview.present)
        for note in preview.batch.notes:
            status += "\n" + note
        self.status.setText(status)
        self.import_button.setEnabled(bool(preview.batch.entries))
        return preview

    def run_import(self) -> ImportResult | None:
        """Write the checked file in one transaction; the journal is unchanged on failure."""
        preview = self._preview or self.check()
        if preview is None:
            return None
        try:
            result = self._exchange.import_batch(preview.batch, self.conflict_box.currentData())
        except (RefleksError, StorageError) as error:
            self._show_problem(str(error))
            return None
        self._forget_check()
        self.status.setText(
            self.tr("Imported: %1 added, %2 skipped, %3 updated.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.skipped))
            .replace("%3", str(result.updated))
        )
        self.imported.emit(result)
        return result
