"""Refleks: start the window, or run a headless command (`main.py --help`)."""

from __future__ import annotations

import sys

from app.cli.main import run
from app.paths import DataPaths


def open_window(paths: DataPaths) -> int:
    """Imported only when no command is given: the command line stays free of widgets."""
    from ui.import_scan import answer_from_module_contents

    answer_from_module_contents()  # before the window's modules are imported: see there
    from ui.application import run_window

    return run_window(paths)


if __name__ == "__main__":
    sys.exit(run(open_window=open_window))
