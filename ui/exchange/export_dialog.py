"""Exporting a coaching summary: choose what it covers, see exactly what leaves, then save.

The preview is the document itself (the same HTML the file is made from), and the list
beside it names every entry that goes out. Private entries are listed but stay out until
ticked one by one. Nothing is written before the user presses Save; the file is written
owner-only and all at once. The export runs on a worker thread (app.summary.background)
with a progress bar and a Cancel button, so a long PDF never freezes the window; a
cancelled export leaves no file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.coaching.service import CoachingService
from app.errors import RefleksError
from app.exchange.registry import EXPORTS, ExportFormat, export_format, file_filter
from app.exchange.service import ExchangeService
from app.journal.service import JournalService
from app.summary.background import ExportJob, summary_export
from app.summary.builder import candidates
from app.summary.model import Summary, SummaryRequest
from app.summary.render.html import CHART_URL, render_html_summary
from app.summary.render.pdf import chart_image, pattern_images
from models.errors import StorageError
from ui.commitments.coaching_mark import CoachingMark
from ui.exchange.entry_list import ExportEntryList
from ui.exchange.progress import ExportProgress
from ui.timeline.tag_choice import TagChoice
from ui.window.dialogs import DialogService

FORMATS: tuple[ExportFormat, ...] = tuple(found for found in EXPORTS if found.kind == "summary")
_PREVIEW_DELAY_MS = 150  # typing a name or clicking through dates re-renders once
PREVIEW_ENTRY_LIMIT = 50
_CHART_WIDTH = 1700  # pixels at the PDF's resolution: about 540 on screen


class _OfflineBrowser(QTextBrowser):
    """A preview that never loads anything (no files, no network) but our charts."""

    chart: QImage | None = None
    patterns: dict[str, QImage] = {}  # noqa: RUF012 (replaced, never changed in place)

    def loadResource(self, kind: int, name: QUrl) -> object:
        if name.toString() == CHART_URL and self.chart is not None:
            return self.chart
        return self.patterns.get(name.toString())


class ExportDialog(QDialog):
    """Pick period, filters, entries and parts; look at the summary; save it."""

    export_progressed = Signal(int, int)
    export_finished = Signal(Path)
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(
        self,
        *,
        journal: JournalService,
        catalog: Catalog,
        exchange: ExchangeService,
        dialogs: DialogService,
        modules: tuple[tuple[int, str], ...] = (),
        language: str = "da",
        encrypted: bool = False,
        coaching: CoachingService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With `coaching`, the period starts the day after the last coaching session, and
        "Brought to coaching on …" records a session when the export succeeds."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._journal = journal
        self._catalog = catalog
        self._exchange = exchange
        self._dialogs = dialogs
        self._encrypted = encrypted

        self.scope_box = QComboBox(objectName="exportScope")
        self.date_from = QDateEdit(objectName="exportFrom", calendarPopup=True)
        self.date_to = QDateEdit(objectName="exportTo", calendarPopup=True)
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        self.coaching_mark: CoachingMark | None = None
        if coaching is not None:
            self.coaching_mark = CoachingMark(
                coaching=coaching, today=_day(today), language=language
            )
            since = _since_last_session(coaching, _day(today))
            if since is not None:
                self.date_from.setDate(QDate(since.year, since.month, since.day))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.family_checks: dict[str, QCheckBox] = {}
        for family in catalog.families:
            self.family_checks[family.key] = QCheckBox(family.label.get(language))
        # Several tags may be ticked; an entry carrying any of them is in (as `--tag` on
        # the command line).
        self.tag_choice = TagChoice(catalog=catalog)
        self.tag_choice.setObjectName("exportTags")
        self.tag_choice.set_language(language)
        self.tag_choice.set_counts(journal.tag_counts())
        self.mode_all = QRadioButton(objectName="exportAll")
        self.mode_coaching = QRadioButton(objectName="exportCoaching")
        self.mode_picked = QRadioButton(objectName="exportPicked")
        self.mode_all.setChecked(True)
        self._modes = QButtonGroup(self)
        for button in (self.mode_all, self.mode_coaching, self.mode_picked):
            self._modes.addButton(button)
        self.part_answers = QCheckBox(checked=True)
        self.part_body = QCheckBox(checked=True)
        self.part_tags = QCheckBox(checked=True)
        self.name_edit = QLineEdit(objectName="exportName")
        self.language_box = QComboBox(objectName="exportLanguage")
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language == "da" else 1)
        self.format_box = QComboBox(objectName="exportFormat")
        for key, name in ((found.name, found.title) for found in FORMATS):
            self.format_box.addItem(name, key)
        self.entry_list = ExportEntryList()
        self.entry_list.setObjectName("exportEntries")
        self.preview = _OfflineBrowser(objectName="exportPreview")
        self.preview.setOpenLinks(False)
        self.preview.document().setDocumentMargin(18)
        self.note = QLabel(wordWrap=True, objectName="exportNote")
        self.encryption_note = QLabel(wordWrap=True, objectName="exportEncryptionNote")
        self.encryption_note.setVisible(encrypted)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.progress = ExportProgress()
        label_keys = ("covers", "from", "to", "families", "tag", "entries", "parts", "name",
                      "language", "format")  # fmt: skip
        self._labels = {key: QLabel() for key in label_keys}
        self._fill_scope(modules)
        self._build_layout()
        self._preview_timer = QTimer(self, singleShot=True, interval=_PREVIEW_DELAY_MS)
        self._connect_signals()
        self.resize(1100, 720)
        self.retranslate()
        self.refresh()

    # ----- building -------------------------------------------------------------------

    def _fill_scope(self, modules: tuple[tuple[int, str], ...]) -> None:
        self.scope_box.addItem("", ("all", None))
        self.scope_box.addItem("", ("dates", None))
        self.scope_box.setCurrentIndex(1)  # the usual case: the months since last coaching
        for module_id, name in modules:
            self.scope_box.addItem(name, ("module", module_id))

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._labels["covers"], self.scope_box)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self._labels["to"])
        dates.addWidget(self.date_to)
        form.addRow(self._labels["from"], dates)
        families = QGridLayout()
        for index, check in enumerate(self.family_checks.values()):
            families.addWidget(check, index // 2, index % 2)
        form.addRow(self._labels["families"], families)
        form.addRow(self._labels["tag"], self.tag_choice)
        modes = QVBoxLayout()
        for button in (self.mode_all, self.mode_coaching, self.mode_picked):
            modes.addWidget(button)
        form.addRow(self._labels["entries"], modes)
        parts = QHBoxLayout()
        for check in (self.part_answers, self.part_body, self.part_tags):
            parts.addWidget(check)
        form.addRow(self._labels["parts"], parts)
        form.addRow(self._labels["name"], self.name_edit)
        form.addRow(self._labels["language"], self.language_box)
        form.addRow(self._labels["format"], self.format_box)
        for key, field in (
            ("covers", self.scope_box),
            ("tag", self.tag_choice),
            ("name", self.name_edit),
            ("language", self.language_box),
            ("format", self.format_box),
        ):
            self._labels[key].setBuddy(field)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        self._list_label = QLabel(wordWrap=True)
        left_layout.addWidget(self._list_label)
        left_layout.addWidget(self.entry_list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.encryption_note)
        if self.coaching_mark is not None:
            layout.addWidget(self.coaching_mark)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self._preview_timer.timeout.connect(self.update_preview)
        self.scope_box.currentIndexChanged.connect(self.refresh)
        self.tag_choice.selection_changed.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        for check in self.family_checks.values():
            check.toggled.connect(self.refresh)
        self._modes.buttonToggled.connect(lambda _b, on: on and self.refresh())
        for widget in (self.part_answers, self.part_body, self.part_tags):
            widget.toggled.connect(self._schedule_preview)
        self.name_edit.textChanged.connect(self._schedule_preview)
        self.language_box.currentIndexChanged.connect(self._schedule_preview)
        self.entry_list.ticks_changed.connect(self._schedule_preview)
        if self.coaching_mark is not None:
            # The commitments section reviews up to the session the summary is brought to.
            self.coaching_mark.check.toggled.connect(self._schedule_preview)
            self.coaching_mark.day_edit.dateChanged.connect(self._schedule_preview)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.progress.export_progressed.connect(self.export_progressed)
        self.progress.export_finished.connect(self._on_finished)
        self.progress.export_failed.connect(self._on_failed)
        self.progress.export_cancelled.connect(self.export_cancelled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export coaching summary"))
        texts = {
            "covers": self.tr("&Covers"), "from": self.tr("From"), "to": self.tr("to"),
            "families": self.tr("Families"), "tag": self.tr("&Tags"),
            "entries": self.tr("Entries"),
            "parts": self.tr("Parts"), "name": self.tr("Your &name"),
            "language": self.tr("&Language"), "format": self.tr("&Format"),
        }  # fmt: skip
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.scope_box.setItemText(0, self.tr("The whole journal"))
        self.scope_box.setItemText(1, self.tr("Dates…"))
        self.mode_all.setText(self.tr("All matching entries"))
        self.mode_coaching.setText(self.tr("Only entries marked bring-to-coaching"))
        self.mode_picked.setText(self.tr("Only the entries I tick below"))
        self.part_answers.setText(self.tr("Answers"))
        self.part_body.setText(self.tr("Text"))
        self.part_tags.setText(self.tr("Tags"))
        self.name_edit.setPlaceholderText(self.tr("optional, shown in the title block"))
        self._list_label.setText(
            self.tr(
                "Entries in the period (★ = bring to coaching). Private entries stay out "
                "unless you tick them one by one."
            )
        )
        self.encryption_note.setText(
            self.tr(
                "Your journal is encrypted, but the exported file is not: keep it "
                "somewhere only you and your coach can read."
            )
        )
        self.preview.setAccessibleName(self.tr("Preview of exactly what will be exported"))

    # ----- what the user chose --------------------------------------------------------

    def _mode(self) -> str:
        if self.mode_coaching.isChecked():
            return "coaching"
        return "picked" if self.mode_picked.isChecked() else "all"

    def _scope_request(self) -> SummaryRequest:
        """The period and filters alone: what the entry list shows."""
        kind, ident = self.scope_box.currentData()
        dated = kind == "dates"
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)
        return SummaryRequest(
            date_from=_day(self.date_from.date()) if dated else None,
            date_to=_day(self.date_to.date()) if dated else None,
            module_id=ident if kind == "module" else None,
            families=tuple(key for key, check in self.family_checks.items() if check.isChecked()),
            tags=self.tag_choice.selected(),
            selection="coaching" if self._mode() == "coaching" else "all",
        )

    def request(self) -> SummaryRequest:
        """Everything chosen now, as the service takes it."""
        scope = self._scope_request()
        return SummaryRequest(
            date_from=scope.date_from,
            date_to=scope.date_to,
            module_id=scope.module_id,
            families=scope.families,
            tags=scope.tags,
            selection=self._mode(),  # type: ignore[arg-type]
            picked_ids=self.entry_list.ticked_ids(),
            private_ids=self.entry_list.ticked_private_ids(),
            include_answers=self.part_answers.isChecked(),
            include_body=self.part_body.isChecked(),
            include_tags=self.part_tags.isChecked(),
            language=self.language_box.currentData(),
            author=self.name_edit.text(),
            # The session this summary is brought to ends its "since the last session".
            coaching_day=self.coaching_mark.day() if self.coaching_mark is not None else None,
        )

    def summary(self) -> Summary:
        return self._exchange.summary(self.request())

    # ----- keeping list and preview current -------------------------------------------

    def refresh(self) -> None:
        """Re-list the entries the period and filters match, then re-render the preview."""
        picking = self._mode() == "picked"
        self.entry_list.fill(candidates(self._journal, self._scope_request()), picking=picking)
        self.update_preview()

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        try:
            summary = self.summary()
        except (RefleksError, StorageError) as error:
            self.preview.setPlainText(str(error))
            return
        # The PDF's own layout (chart included) is the closest to what will be written.
        self.preview.chart = chart_image(summary, _CHART_WIDTH) if summary.themes else None
        self.preview.patterns = pattern_images(summary, _CHART_WIDTH)
        # Rendering thousands of entries would freeze the dialog; the list names them all.
        self.preview.setHtml(
            render_html_summary(summary, for_qt=True, entry_limit=PREVIEW_ENTRY_LIMIT)
        )
        note = self.tr("Entries in the file: %n.", "", len(summary.entries))
        if summary.private_included:
            note += " " + self.tr("Private entries included: %n.", "", summary.private_included)
        if summary.private_left_out:
            note += " " + self.tr("Private entries left out: %n.", "", summary.private_left_out)
        self.note.setText(note)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(summary.entries))

    # ----- saving ---------------------------------------------------------------------

    def start_export(self, path: Path) -> ExportJob:
        """Write the summary to `path` in the chosen format on a worker thread.

        Ends with `export_finished(path)`, `export_failed(message)` (also shown to the user)
        or `export_cancelled`; the dialog stays usable meanwhile.
        """
        work = summary_export(
            self._journal.database,
            self._catalog,
            self.request(),
            self.format_box.currentData(),
            path,
        )
        return self.progress.start(work, path=path, busy=self._save_button())

    def cancel_export(self) -> None:
        """Stop the running export; it ends with `export_cancelled` and leaves no file."""
        self.progress.cancel()

    def is_exporting(self) -> bool:
        return self.progress.running

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _on_finished(self, path: Path | None) -> None:
        if path is not None:
            if self.coaching_mark is not None:
                self.coaching_mark.record(self._dialogs)
            self._dialogs.saved(
                self.tr("Summary saved"), self.tr("Your coaching summary is saved here:"), path
            )
            self.export_finished.emit(path)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._dialogs.error(self.tr("The summary was not saved"), message)
        self.export_failed.emit(message)

    def _on_save(self) -> None:
        chosen = export_format(self.format_box.currentData())
        assert chosen is not None
        default = Path.home() / f"refleks-{dt.date.today().isoformat()}{chosen.suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save coaching summary"),
            str(default),
            file_filter((chosen,), chosen.title),
        )
        if path:
            self.start_export(Path(path))

    def done(self, result: int) -> None:
        # Closing while an export runs cancels it; the worker stops at its next page.
        self.progress.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.progress.stop()
        super().closeEvent(event)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _since_last_session(coaching: CoachingService, today: dt.date) -> dt.date | None:
    """The day after the last coaching session before today, or None without one."""
    try:
        last = coaching.last_before(today)
    except (RefleksError, StorageError):
        return None
    return last.day + dt.timedelta(days=1) if last is not None else None
