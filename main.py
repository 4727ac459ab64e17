"""Refleks from a source checkout: start the window, or run a headless command (`--help`).

Installed, the same start is the `refleks` command (ui/shell/launch.py).
"""

from __future__ import annotations

import sys

from ui.shell.launch import main, open_window

__all__ = ["open_window"]

if __name__ == "__main__":
    sys.exit(main())
