"""The `refleks` command: the window, or a headless command when one is named.

Both `python main.py` (a source checkout) and the installed `refleks` script (pip, pipx,
the bundles) start here, so they keep the same contracts. Only the command line is
imported up front: the window's modules load when no command is given.
"""

from __future__ import annotations

import sys

from app.cli.main import run
from app.journal.paths import DataPaths


def open_window(paths: DataPaths) -> int:
    """Imported only when no command is given: the command line stays free of widgets."""
    from ui.shell.import_scan import answer_from_module_contents

    answer_from_module_contents()  # before the window's modules are imported: see there
    from ui.shell.application import run_window

    return run_window(paths)


def main() -> int:
    """The console script's entry point (pyproject.toml's [project.scripts])."""
    return run(open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
