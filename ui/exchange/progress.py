"""The progress bar and Cancel button of an export dialog, and the worker thread behind them.

A dialog hands `start` the export's work (app.summary.background); the work runs on a
thread of this widget's own pool while the bar follows its reports. The widget shows
itself only while an export runs and announces how it ended: `export_finished`,
`export_failed(message)` or `export_cancelled`. Closing the dialog cancels the export and
waits for the worker to stop at its next page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.summary.background import ExportJob, Work


class ExportProgress(QWidget):
    """A busy bar and Cancel for one export at a time."""

    export_progressed = Signal(int, int)
    export_finished = Signal(object)  # the path written (as given to `start`), or None
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(objectName="exportProgress")
        self.cancel_button = QPushButton(objectName="exportCancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: ExportJob | None = None
        self._path: Path | None = None
        self._busy: QWidget | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()
        self.setVisible(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel export"))
        self.bar.setFormat(self.tr("Saving… %p%"))

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(
        self, work: Work, *, path: Path | None = None, busy: QWidget | None = None
    ) -> ExportJob:
        """Run `work` on the worker thread; one export at a time. `path` (where the work
        writes) comes back with `export_finished`; `busy` (the dialog's Save button) is
        disabled until the export ends, however it ends."""
        if self._job is not None:
            raise RuntimeError("an export is already running")
        self._path, self._busy = path, busy
        if busy is not None:
            busy.setEnabled(False)
        job = ExportJob(work, parent=self)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self._job = job
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        job.start(self._pool)
        return job

    def cancel(self) -> None:
        """Stop the running export at its next report; it ends with `export_cancelled`."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and wait for the worker (the dialog is closing)."""
        self.cancel()
        self._pool.waitForDone()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.export_progressed.emit(done, total)

    def _end(self) -> Path | None:
        self._job = None
        self.setVisible(False)
        if self._busy is not None:
            self._busy.setEnabled(True)
        path, self._path, self._busy = self._path, None, None
        return path

    def _on_finished(self) -> None:
        self.export_finished.emit(self._end())

    def _on_failed(self, message: str) -> None:
        self._end()
        self.export_failed.emit(message)

    def _on_cancelled(self) -> None:
        self._end()
        self.export_cancelled.emit()
