"""What the main window remembers between runs: size, split, filter and the open entry.

Read once when the window opens and written when it closes, through the declared settings
(ui/settings.py). A stored value that no longer fits (another screen, an entry deleted
since) falls back to a sensible default instead of failing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from app.errors import RefleksError
from models.errors import StorageError
from ui import settings as keys
from ui.settings import filter_from_json, filter_to_json

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = (400, 880)


def restore_window(window: MainWindow) -> int | None:
    """Put back geometry, splitter and filter; returns the entry to reopen, if it still lives."""
    settings = window.settings
    geometry = settings.get(keys.GEOMETRY)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        _default_geometry(window)
    window.restoreState(settings.get(keys.WINDOW_STATE))
    splitter = settings.get(keys.SPLITTER)
    if splitter.isEmpty() or not window.splitter.restoreState(splitter):
        window.splitter.setSizes(list(DEFAULT_SPLIT))
    window.timeline.set_filter(filter_from_json(settings.get(keys.LAST_FILTER)))
    last = settings.get(keys.LAST_ENTRY)
    return last if last and _is_live_entry(window, last) else None


def save_window(window: MainWindow) -> None:
    """Remember the window's size, split, filter and open entry for the next start."""
    settings = window.settings
    settings.set(keys.GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.set(keys.SPLITTER, window.splitter.saveState())
    settings.set(keys.LAST_FILTER, filter_to_json(window.timeline.current_filter()))
    settings.set(keys.LAST_ENTRY, window.editor.current_entry_id() or 0)
    settings.sync()


def _default_geometry(window: MainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    width, height = DEFAULT_SIZE
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 40)
        height = min(height, available.height() - 60)
    window.resize(width, height)


def _is_live_entry(window: MainWindow, entry_id: int) -> bool:
    try:
        return window.context.journal.get_entry(entry_id).trashed_at is None
    except (RefleksError, StorageError):
        return False
