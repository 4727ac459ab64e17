"""Refleks: start the window, or run a headless command (`main.py --help`)."""

from __future__ import annotations

import sys

from app.cli.main import run

if __name__ == "__main__":
    sys.exit(run())
