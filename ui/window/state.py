"""What the main window remembers between runs: size, split, filter and the open entry.

Size and split are the window's; filter and open entry belong to one journal and are kept
per data folder.

Read once when the window opens and written when it closes, through the declared settings
(ui/preferences/settings.py). A stored value that no longer fits (another screen, an entry deleted
since) falls back to a sensible default instead of failing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from app.errors import RefleksError
from models.errors import StorageError
from ui.preferences import settings as keys
from ui.preferences.settings import filter_from_json, filter_to_json

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = (400, 880)


def restore_geometry(window: MainWindow) -> None:
    """Put back the window's size, position and toolbar placement (before it shows)."""
    settings = window.settings
    geometry = settings.get(keys.GEOMETRY)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        _default_geometry(window)
    window.restoreState(settings.get(keys.WINDOW_STATE))


def restore_panes(window: MainWindow) -> int | None:
    """Put back splitter and filter; returns the entry to reopen, if it still lives."""
    settings = window.settings
    window.restoreState(settings.get(keys.WINDOW_STATE))  # now that the toolbar exists
    splitter = settings.get(keys.SPLITTER)
    if splitter.isEmpty() or not window.splitter.restoreState(splitter):
        window.splitter.setSizes(list(DEFAULT_SPLIT))
    _restore_folds(window)
    last_filter, last_entry = _journal_keys(window)
    window.timeline.set_filter(filter_from_json(settings.get(last_filter)))
    last = settings.get(last_entry)
    return last if last and _is_live_entry(window, last) else None


def save_window(window: MainWindow) -> None:
    """Remember the window's size, split, filter and open entry for the next start."""
    settings = window.settings
    settings.set(keys.GEOMETRY, window.saveGeometry())
    settings.set(keys.WINDOW_STATE, window.saveState())
    settings.set(keys.SPLITTER, window.splitter.saveState())
    settings.set(keys.LIST_TOP, window.timeline.list_top_in(window))
    last_filter, last_entry = _journal_keys(window)
    where = window.timeline.current_filter()
    if window.context.database.key is not None:
        # The settings file is plain text: an encrypted journal's searches and own tag
        # names stay out of it.
        where = replace(where, text="", tags=tuple(t for t in where.tags if t.family != "own"))
    settings.set(last_filter, filter_to_json(where))
    settings.set(last_entry, window.editor.current_entry_id() or 0)
    settings.sync()


def _restore_folds(window: MainWindow) -> None:
    """Fold the lists of earlier entries as they were; each fold is kept as it happens."""
    settings = window.settings
    for setting, fold in (
        (keys.MET_BEFORE_COLLAPSED, window.editor.met_before),
        (keys.ON_THIS_DAY_COLLAPSED, window.timeline.on_this_day),
    ):
        fold.set_collapsed(settings.get(setting))
        fold.collapsed_changed.connect(lambda collapsed, s=setting: settings.set(s, collapsed))


def _journal_keys(window: MainWindow) -> tuple[keys.Setting[str], keys.Setting[int]]:
    """Filter and open entry belong to one journal: stored apart per data folder."""
    folder = window.context.paths.root
    return keys.for_journal(keys.LAST_FILTER, folder), keys.for_journal(keys.LAST_ENTRY, folder)


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
