"""How far a long export has come, and how the user stops it.

Rendering reports `progress(done, total)` at points where stopping is safe (between
entries, between pages). A cancel is an exception raised from that call: it leaves the
renderer before any byte is written, so the export's temporary file never becomes the
destination. `Cancellation` is what a worker thread's caller keeps to cancel with; it is
safe to use from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import RefleksError

#: `progress(done, total)`: `done` of `total` steps of the current stage are behind us.
Progress = Callable[[int, int], None]


class ExportCancelled(RefleksError):
    """The user stopped an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was saved.")


class Cancellation:
    """A cancel flag checked at every progress report; reports go on to `report`."""

    def __init__(self, report: Progress | None = None) -> None:
        self._cancelled = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def __call__(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise ExportCancelled
        if self._report is not None:
            self._report(done, total)
