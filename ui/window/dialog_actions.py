"""The main window's dialogs: which ones are open, and the four the window opens itself.

`OpenDialogs` is owned by the window as `window.open_dialogs`: every dialog opened from the
window (template chooser, preferences, trash, tag manager, and those of course mode and the
exchange commands) is window-modal without blocking, one of each name at a time, and closed
when the window closes. The `show_*` functions are action handlers taking the window (see
`ActionSpec.handler` in ui/window/actions.py); each dialog's module is imported when it is first
opened, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.preferences.dialog import PreferencesDialog
    from ui.window.main_window import MainWindow
    from ui.window.tag_manager_dialog import TagManagerDialog
    from ui.window.template_chooser import TemplateChooserDialog
    from ui.window.trash_dialog import TrashDialog

_Dialog = TypeVar("_Dialog", bound=QWidget)


class OpenDialogs(QObject):
    """The window's non-blocking dialogs by name; at most one per name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: dict[str, QWidget] = {}

    def open(self, name: str, dialog: _Dialog) -> _Dialog:
        """Show `dialog` window-modal without blocking, closing the one of `name` before."""
        previous = self._open.pop(name, None)
        if previous is not None:
            previous.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(name, dialog))
        self._open[name] = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def get(self, name: str) -> QWidget | None:
        return self._open.get(name)

    def close_all(self) -> None:
        for dialog in list(self._open.values()):
            dialog.close()

    def _forget(self, name: str, dialog: QWidget) -> None:
        # A dialog replaced under the same name goes later than its successor came.
        if self._open.get(name) is dialog:
            del self._open[name]


# ----- action handlers (see ui/window/actions.py) ----------------------------------------------


def show_template_chooser(window: MainWindow) -> TemplateChooserDialog:
    from ui.window.template_chooser import TemplateChooserDialog

    chooser = TemplateChooserDialog(
        catalog=window.context.catalog, language=window.languages.language, parent=window
    )
    chooser.template_chosen.connect(lambda key: window.new_entry(key))
    # The chooser shows the catalogue's texts in the journal language, not through tr().
    window.languages.language_changed.connect(chooser.set_language)
    return window.open_dialogs.open("chooser", chooser)


def show_preferences(window: MainWindow) -> PreferencesDialog:
    from ui.preferences import settings as keys
    from ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog(settings=window.settings, session=window.session, parent=window)
    dialog.applied.connect(lambda: window.languages.apply(window.settings.get(keys.LANGUAGE)))
    dialog.applied.connect(window.reminder_mode.settings_changed)  # the tray icon, on or off
    return window.open_dialogs.open("preferences", dialog)


def show_trash(window: MainWindow) -> TrashDialog:
    from ui.window.trash_dialog import TrashDialog

    window.editor.save_now()
    dialog = TrashDialog(journal=window.context.journal, dialogs=window.dialogs, parent=window)
    dialog.entry_restored.connect(window.on_entry_restored)
    return window.open_dialogs.open("trash", dialog)


def show_tag_manager(window: MainWindow) -> TagManagerDialog:
    from ui.window.tag_manager_dialog import TagManagerDialog

    window.editor.save_now()
    dialog = TagManagerDialog(
        own_tags=window.context.own_tags, dialogs=window.dialogs, parent=window
    )
    return window.open_dialogs.open("tags", dialog)
