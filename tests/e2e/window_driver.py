"""The real window in a process of its own, driven over stdin, for tests of two processes.

Run as `python window_driver.py DATA_DIR`. It starts Refleks as `main.py` does (the first
page painted from the preview, then the journal opened behind it), prints `open` once the
journal is attached to the window, and then for each line `save TEXT` on stdin starts a new
entry, puts TEXT in its body and saves it as Ctrl+S does, printing `saved ID` only after the
editor reported the save. The test may SIGKILL it at any moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSocketNotifier, QTimer

import main
from app.cli.main import run
from ui.shell.application import create_application


class Driver:
    def __init__(self) -> None:
        self.window = None
        self._poll = QTimer(interval=20)
        self._poll.timeout.connect(self._look_for_window)
        self._poll.start()
        self._stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self._stdin.setEnabled(False)
        self._stdin.activated.connect(self._on_command)

    def _look_for_window(self) -> None:
        from ui.window.main_window import MainWindow

        app = create_application()
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.attached:
                self.window = widget
                self._poll.stop()
                print("open", flush=True)
                self._stdin.setEnabled(True)
                return

    def _on_command(self) -> None:
        line = sys.stdin.readline()
        if not line:
            self._stdin.setEnabled(False)
            return
        verb, _, text = line.rstrip("\n").partition(" ")
        if verb == "save" and self.window is not None:
            self.window.new_entry()
            self.window.editor.body_edit.setPlainText(text)
            if self.window.editor.save_now():
                print(f"saved {self.window.editor.current_entry_id()}", flush=True)
            else:
                print("failed", flush=True)


if __name__ == "__main__":
    create_application()
    driver = Driver()
    sys.exit(run(["--data-dir", sys.argv[1]], open_window=main.open_window))
