"""The baseline for start-up: a bare QListWidget filled from sqlite3, nothing else.

Run as a child process by the runner (`python -m benchmarks.bare_qt JOURNAL PAGE`): it
reads the newest PAGE entries (day and title, the same first page the timeline shows),
shows them in a plain list, prints `PAINTED <epoch seconds>` on the list's first paint,
and quits. What Refleks adds on top of this is what the 2.5× floor is about.
"""

from __future__ import annotations

import sqlite3
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"PAINTED {time.time():.6f}", flush=True)
        self._app.quit()


def main(journal: str, page: int) -> int:
    app = QApplication(sys.argv[:1])
    connection = sqlite3.connect(journal)
    rows = connection.execute(
        "SELECT day, title FROM entries WHERE trashed_at IS NULL "
        "ORDER BY day DESC, id DESC LIMIT ?",
        (page,),
    ).fetchall()
    connection.close()
    window = QMainWindow()
    window.setWindowTitle("bare list")
    listing = QListWidget()
    listing.setUniformItemSizes(True)
    listing.addItems([f"{day}  {title}" for day, title in rows])
    watcher = _FirstPaint(app)
    listing.viewport().installEventFilter(watcher)
    window.setCentralWidget(listing)
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
