"""The timeline's first paint: what the start does next, and a hook for the benchmark.

`after_first_paint` runs a function once a widget has painted for the first time (the
window opens its journal only then). `exit_after_first_paint_if_asked` is the start-up
benchmark's hook, active only when REFLEKS_BENCH_EXIT_AFTER_PAINT is set
(benchmarks/startup.py sets it): the app prints `PAINTED <epoch seconds>` once the
timeline list has painted for the first time, `READY <epoch seconds>` once the journal is
open in the window (at once when it opened before the paint), and exits on the spot, so
a whole-process start and its peak memory can be measured from outside.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

PAINT_ENV = "REFLEKS_BENCH_EXIT_AFTER_PAINT"


class _FirstPaintWatcher(QObject):
    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._seen = False
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # After the paint event has been handled (and shown), not before it.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` from the event loop once `widget` has painted for the first time."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    target.installEventFilter(_FirstPaintWatcher(widget, then))


def _stamp(what: str) -> None:
    print(f"{what} {time.time():.6f}", file=sys.stdout, flush=True)


def _exit() -> None:
    # Leave at once: the close path (saving settings, the backup taken on close) is not
    # what is measured, and a backup per run would fill the data folder. Nothing was
    # written, so there is nothing to lose.
    sys.stderr.flush()
    os._exit(0)


def exit_after_first_paint_if_asked(window: MainWindow) -> None:
    """Watch the timeline of `window` when the benchmark asks for it; otherwise do nothing."""
    if not os.environ.get(PAINT_ENV):
        return
    from ui.timeline.view import TimelineView

    view = window.findChild(TimelineView)
    if view is None:
        return

    def painted() -> None:
        _stamp("PAINTED")
        if window.attached:
            _stamp("READY")
            _exit()
        window.journal_attached.connect(lambda: (_stamp("READY"), _exit()))

    after_first_paint(view, painted)
