"""Starting the window: the QApplication, the journal, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from app.context import open_journal
from app.paths import DataPaths


def run_window(paths: DataPaths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    context = open_journal(paths)
    window = QMainWindow()
    window.setWindowTitle("Refleks")
    window.setCentralWidget(QLabel(str(paths.journal)))
    window.resize(1100, 720)
    window.show()
    try:
        return app.exec()
    finally:
        context.close()
