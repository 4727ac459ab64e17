"""Exports on a worker thread, so the window keeps painting while a long PDF is made.

A job runs one export in Qt's thread pool and reports through signals, which Qt delivers
on the thread that made the job (the window's): `progressed(done, total)` at every entry
and page, then exactly one of `finished`, `failed(message)` or `cancelled`. `cancel()` may
be called from any thread; the work stops at its next progress report, before anything is
written, and the export's temporary file is removed (app.exchange.files).

The work never touches widgets. Work that reads the journal opens its own Database on the
same file for the job's thread (`own_database`): SQLCipher refuses a connection made on
another thread, and the window's connection stays free for the window. QtCore only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.catalog.catalog import Catalog
from app.errors import RefleksError
from app.summary.model import SummaryRequest
from app.summary.progress import Cancellation, ExportCancelled, Progress
from models.database import Database
from models.errors import StorageError

#: The export itself: given the progress callback, does the whole job or raises.
Work = Callable[[Progress], object]


@contextmanager
def own_database(database: Database) -> Iterator[Database]:
    """A Database on `database`'s file and key for the calling thread; closed afterwards."""
    own = Database(path=database.path, key=database.key)
    try:
        yield own
    finally:
        own.close()


class ExportJob(QObject):
    """One export on a worker thread; see the module's text for the signals' order."""

    progressed = Signal(int, int)
    finished = Signal()
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancellation = Cancellation(self.progressed.emit)
        self._runner: _Runner | None = None

    def start(self, pool: QThreadPool) -> None:
        # Kept here and not deleted by the pool: Python owns the runner.
        self._runner = _Runner(self)
        self._runner.setAutoDelete(False)
        pool.start(self._runner)

    def cancel(self) -> None:
        """Stop at the next progress report; safe from any thread."""
        self._cancellation.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._cancellation.cancelled

    def run(self) -> None:
        """The work, on the calling thread (the pool's); ends with exactly one signal."""
        try:
            self._work(self._cancellation)
        except ExportCancelled:
            self.cancelled.emit()
        except (RefleksError, StorageError) as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(_os_message(error))
        except Exception as error:  # a bug: say so rather than hang the dialog
            self.failed.emit(f"The export failed unexpectedly ({type(error).__name__}: {error}).")
        else:
            self.finished.emit()


class _Runner(QRunnable):
    """Runs a job on a pool thread; the job (a QObject) stays on its own thread."""

    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


def summary_export(
    database: Database,
    catalog: Catalog,
    request: SummaryRequest,
    fmt: str,
    destination: Path,
) -> Work:
    """The work of exporting a coaching summary, reading through a Database of its own."""

    def work(progress: Progress) -> None:
        from app.exchange.service import ExchangeService
        from app.journal.service import JournalService

        with own_database(database) as own:
            journal = JournalService(database=own, catalog=catalog)
            exchange = ExchangeService(journal=journal, catalog=catalog)
            exchange.export_summary(request, fmt, destination, progress=progress)

    return work


def _os_message(error: OSError) -> str:
    where = f" ({Path(error.filename)})" if error.filename else ""
    return f"The file could not be written{where}: {error.strerror or error}. Nothing was saved."
