"""The main window's own dialogs: template chooser, preferences, trash and tag manager.

A part of MainWindow (ui/main_window.py), kept apart for size. Each dialog is window-modal
without blocking, one of each kind at a time, and its module is imported when it is first
opened, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.context import JournalContext
    from ui.dialogs import DialogService
    from ui.editor.entry_editor import EntryEditor
    from ui.i18n import LanguageManager
    from ui.preferences_dialog import PreferencesDialog
    from ui.settings import Settings
    from ui.tag_manager_dialog import TagManagerDialog
    from ui.template_chooser import TemplateChooserDialog
    from ui.trash_dialog import TrashDialog


class WindowDialogs:
    """Mixed into MainWindow, whose attributes (context, editor, …) these methods use."""

    # What MainWindow provides.
    context: JournalContext
    settings: Settings
    languages: LanguageManager
    dialogs: DialogService
    editor: EntryEditor
    _dialogs_open: dict[str, QWidget]
    new_entry: Callable[..., None]
    _apply_preferences: Callable[[], None]
    _on_entry_restored: Callable[[int], None]

    def show_template_chooser(self) -> TemplateChooserDialog:
        from ui.template_chooser import TemplateChooserDialog

        chooser = TemplateChooserDialog(
            catalog=self.context.catalog, language=self.languages.language, parent=self
        )
        chooser.template_chosen.connect(lambda key: self.new_entry(key))
        return self.open_dialog("chooser", chooser)

    def show_preferences(self) -> PreferencesDialog:
        from ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(settings=self.settings, parent=self)
        dialog.applied.connect(self._apply_preferences)
        return self.open_dialog("preferences", dialog)

    def show_trash(self) -> TrashDialog:
        from ui.trash_dialog import TrashDialog

        self.editor.save_now()
        dialog = TrashDialog(journal=self.context.journal, dialogs=self.dialogs, parent=self)
        dialog.entry_restored.connect(self._on_entry_restored)
        return self.open_dialog("trash", dialog)

    def show_tag_manager(self) -> TagManagerDialog:
        from ui.tag_manager_dialog import TagManagerDialog

        self.editor.save_now()
        dialog = TagManagerDialog(own_tags=self.context.own_tags, dialogs=self.dialogs, parent=self)
        return self.open_dialog("tags", dialog)

    def open_dialog(self, name: str, dialog: QWidget) -> QWidget:
        """Show `dialog` window-modal without blocking; one dialog per `name` at a time."""
        previous = self._dialogs_open.pop(name, None)
        if previous is not None:
            previous.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._dialogs_open.pop(name, None))
        self._dialogs_open[name] = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    _open_dialog = open_dialog  # the name the course dialogs were written against
