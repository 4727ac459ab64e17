"""The files shipped with Refleks (resources/), found the same way wherever it runs.

A source checkout, an installed wheel and a PyInstaller bundle each keep `resources/` beside
the code in a different place; `importlib.resources` knows where. Wheels are installed
unpacked and bundles are unpacked on disk, so every folder is a real path: Qt's loaders
(translators, icons) and the catalog's globbing need one.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "resources"


def resource_path(*parts: str) -> Path:
    """`resources/<parts...>` as a path on disk (a file or a folder)."""
    return Path(str(files(PACKAGE).joinpath(*parts)))
