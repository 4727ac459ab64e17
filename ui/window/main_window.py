"""The main window: timeline on the left, the open entry (or the start page) on the right.

It only builds and wires: the actions come from ui/window/actions.py, the panels from
ui/timeline/ and ui/editor/, the questions from ui/window/dialogs.py, the save banner and the
trash notice from ui/window/status_widgets.py; its dialogs open through ui/window/dialog_actions.py.
Every write goes through the services in the journal context.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from app.journal.changes import Change, Changes
from app.records import TagRef
from models.errors import StorageError
from ui.window.dialog_actions import OpenDialogs
from ui.window.dialogs import DialogService, UnsavedChoice
from ui.window.state import restore_geometry, save_window

if TYPE_CHECKING:
    from app.journal.context import JournalContext
    from ui.commitments.mode import CommitmentMode
    from ui.courses.mode import CourseMode
    from ui.editor.entry_editor import EntryEditor
    from ui.preferences.settings import Settings
    from ui.reminders.mode import ReminderMode
    from ui.shell.i18n import LanguageManager
    from ui.shell.journal_session import JournalLifecycle
    from ui.timeline.panel import TimelinePanel
    from ui.window.actions import ActionRegistry
    from ui.window.menus import WindowMenus
    from ui.window.start_page import StartPage
    from ui.window.status_widgets import SaveBanner, TrashNotice

WINDOW_TITLE = "Refleks"


class MainWindow(QMainWindow):
    """One journal open in a window."""

    journal_attached = Signal()  # the panes are built over the open journal

    #: Backups, auto-lock and passphrase of the open journal; set by the JournalLifecycle
    #: made for this window (None in a window without one, as in most tests).
    session: JournalLifecycle | None = None

    def __init__(
        self,
        *,
        context: JournalContext | None,
        settings: Settings,
        languages: LanguageManager,
        dialogs: DialogService | None = None,
        parent: QWidget | None = None,
        preview: QWidget | None = None,
    ) -> None:
        """The window of `context`; or, with `context=None`, the window while the journal
        opens, showing `preview` (ui/timeline/preview.py) until `attach` is called."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.settings = settings
        self.languages = languages
        self.dialogs = dialogs if dialogs is not None else DialogService(self)
        self.dialogs.set_parent_widget(self)
        self.open_dialogs = OpenDialogs(self)  # its non-blocking dialogs, closed with it
        self._attached = False
        restore_geometry(self)
        if context is None:
            if preview is not None:
                self.setCentralWidget(preview)
            return
        self.attach(context)

    @property
    def attached(self) -> bool:
        """False while the window only shows the preview of a journal still opening."""
        return self._attached

    def attach(self, context: JournalContext) -> None:
        """Build the panes, menus and course mode over the open journal in `context`."""
        # Imported here, not at the top: a window opening with a preview paints before
        # any of these (and the engine and SQLAlchemy they bring) is loaded.
        from ui.commitments.mode import CommitmentMode
        from ui.courses.mode import CourseMode
        from ui.editor.entry_editor import EntryEditor
        from ui.reminders.mode import ReminderMode
        from ui.timeline.panel import TimelinePanel
        from ui.window.actions import ActionRegistry
        from ui.window.menus import WindowMenus
        from ui.window.start_page import StartPage
        from ui.window.state import restore_panes
        from ui.window.status_widgets import SaveBanner, TrashNotice

        self.context = context
        self.actions: ActionRegistry = ActionRegistry(self)
        language = self.languages.language

        self.timeline: TimelinePanel = TimelinePanel(
            journal=context.journal, catalog=context.catalog
        )
        self.editor: EntryEditor = EntryEditor(
            journal=context.journal, catalog=context.catalog, own_tags=context.own_tags
        )
        self.timeline.set_language(language)
        self.editor.set_language(language)
        self.start_page: StartPage = StartPage()
        self.save_banner: SaveBanner = SaveBanner()
        self.trash_notice: TrashNotice = TrashNotice()
        self.saved_label = QLabel(objectName="savedLabel")

        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.save_banner)
        editor_layout.addWidget(self.editor, 1)
        self.right = QStackedWidget(objectName="rightPane")
        self.right.addWidget(self.start_page)
        self.right.addWidget(editor_page)
        self._editor_page = editor_page
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)  # the preview, if any, goes

        self.menus: WindowMenus = WindowMenus(self, self.actions)
        self.template_menu = self.menus.template_menu
        self.toolbar = self.menus.toolbar
        self.menus.fill_templates(context.catalog.templates, language)
        self.statusBar().addWidget(self.trash_notice, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._connect_signals()
        self.course_mode: CourseMode = CourseMode(window=self)  # milestones, postcards
        # The commitments pane and badge; made before the saved window state is put back,
        # which shows the pane again if it was open.
        self.commitment_mode: CommitmentMode = CommitmentMode(window=self)
        self._attached = True
        self._open_first_entry(restore_panes(self))
        # After the saved window state is put back: the reminder bar is never restored open.
        self.reminder_mode: ReminderMode = ReminderMode(window=self)
        self.retranslate()
        self.journal_attached.emit()

    # ----- wiring -----------------------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self.actions
        a["new_entry"].triggered.connect(lambda: self.new_entry())
        a["save"].triggered.connect(self.save_all)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(lambda: _call_on_focus("undo"))
        a["redo"].triggered.connect(lambda: _call_on_focus("redo"))
        a["trash_entry"].triggered.connect(lambda: self.trash_entry())
        a["search"].triggered.connect(self.timeline.focus_search)
        a["filters"].triggered.connect(self.timeline.toggle_filters)
        a["switch_pane"].triggered.connect(self.switch_pane)
        a["full_screen"].toggled.connect(self._set_full_screen)
        a["about"].triggered.connect(self._show_about)
        for spec in a.specs():
            if spec.handler:
                a[spec.key].triggered.connect(lambda _c=False, h=spec.handler: self._run_hook(h))
        self.template_menu.triggered.connect(lambda action: self.new_entry(str(action.data())))
        self.start_page.entry_requested.connect(lambda key: self.new_entry(key or None))
        # Earlier entries (on this day, met before) open as a click in the timeline does.
        self.start_page.entry_clicked.connect(self.open_entry)
        self.editor.met_before.entry_clicked.connect(self.open_entry)
        self.timeline.entry_activated.connect(self.open_entry)
        # What the timeline searches for is marked in the open entry, with find next/previous.
        find_bar = self.editor.find_bar
        self.timeline.filter_changed.connect(lambda where: find_bar.set_text(where.text))
        unsubscribe = self.context.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.editor.save_succeeded.connect(self._on_save_succeeded)
        self.editor.save_failed.connect(self.save_banner.show_failure)
        self.editor.trash_requested.connect(self.trash_entry)
        self.save_banner.retry_requested.connect(self.save_all)
        self.trash_notice.undo_requested.connect(self.undo_trash)
        self.languages.language_changed.connect(self._on_language_changed)

    # ----- what the user does ----------------------------------------------------------

    def new_entry(
        self,
        template_key: str | None = None,
        *,
        item: TagRef | None = None,
        module_id: int | None = None,
    ) -> None:
        """Start a new entry (from `template_key`) and put the cursor in its title."""
        if not self.editor.new_entry(template_key, item=item, module_id=module_id):
            self._report_not_saved()
            return
        self._show_editor()
        self.editor.focus_title()

    def open_entry(self, entry_id: int) -> None:
        if entry_id == self.editor.current_entry_id():
            self._show_editor()
            return
        try:
            opened = self.editor.open_entry(entry_id)
        except (RefleksError, StorageError) as error:
            self.dialogs.error(self.tr("Cannot open the entry"), str(error))
            return
        if not opened:
            self._report_not_saved()
            current = self.editor.current_entry_id()
            if current is not None:
                self.timeline.select_entry(current)
            return
        self._show_editor()
        self.timeline.select_entry(entry_id)

    def save_all(self) -> bool:
        """Commit everything typed so far; True when nothing is left unsaved.

        The auto-lock calls this before it locks the journal.
        """
        return self.editor.save_now()

    def trash_entry(self, entry_id: int | None = None) -> None:
        """Move an entry (default: the open one) to the trash, with Undo in the status bar."""
        open_id = self.editor.current_entry_id()
        if entry_id is None:
            entry_id = open_id
        if entry_id is None:
            return
        if entry_id == open_id and not self.editor.save_now():
            # The trash must hold the latest text, or Undo would bring back an older one.
            self._report_not_saved()
            return
        try:
            title = self.context.journal.get_entry(entry_id).title
            self.context.journal.trash_entry(entry_id)
        except (RefleksError, StorageError) as error:
            self.dialogs.error(self.tr("Cannot move the entry to the trash"), str(error))
            return
        if entry_id == open_id:
            self.editor.new_entry()
        self.trash_notice.show_trashed(entry_id, title)
        self._show_start_page_if_empty()

    def undo_trash(self, entry_id: int) -> None:
        try:
            self.context.journal.restore_entry(entry_id)
        except (RefleksError, StorageError) as error:
            self.dialogs.error(self.tr("Cannot restore the entry"), str(error))
            return
        self.trash_notice.clear_notice()
        self.open_entry(entry_id)

    def switch_pane(self) -> None:
        """F6: from the timeline to the open entry and back, for keyboard users."""
        focus = QApplication.focusWidget()
        if focus is not None and self.timeline.isAncestorOf(focus):
            if self.right.currentWidget() is self.start_page:
                self.start_page.focus_first()
            else:
                self.editor.focus_title()
        else:
            self.timeline.focus_list()

    # ----- slots -----------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """After an import, a restore or emptying the trash: the start page or the entry,
        whichever fits what the journal holds now. (Single saves keep their entry open.)"""
        if changes.entry_ids or not changes.touches(Change.ENTRIES):
            return
        if self.right.currentWidget() is self.start_page:
            if not self.timeline.is_empty():
                self._show_editor()
        else:
            self._show_start_page_if_empty()

    def _on_save_succeeded(self, text: str) -> None:
        self.saved_label.setText(text)
        self.save_banner.hide()

    def on_entry_restored(self, entry_id: int) -> None:
        """An entry came back from the trash dialog: show it if nothing else is open."""
        if self.right.currentWidget() is self.start_page:
            self.open_entry(entry_id)

    def _on_language_changed(self, language: str) -> None:
        # Qt posts LanguageChange to each widget; the window's own texts change right away.
        self.retranslate()
        self.editor.set_language(language)
        self.timeline.set_language(language)
        if self.start_page.memories.memories():
            self.start_page.set_memories(self.timeline.on_this_day.list.memories(), language)
        self.menus.fill_templates(self.context.catalog.templates, language)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _show_about(self) -> None:
        self.dialogs.inform(
            self.tr("About Refleks"),
            self.tr(
                "Refleks is a private reflection journal for leaders, built on the course "
                "“Leadership in the involving network state”.\n\nYour journal is kept in:\n%s"
            )
            % self.context.paths.root,
        )

    def _run_hook(self, handler: str) -> None:
        module_name, _, function = handler.partition(":")
        getattr(import_module(module_name), function)(self)

    # ----- helpers ---------------------------------------------------------------------

    def _report_not_saved(self) -> None:
        """The editor kept the open entry because it could not be saved: say so once."""
        self.dialogs.error(
            self.tr("Your text is not saved yet"),
            self.tr(
                "Refleks could not save the open entry, so it stays open. The banner above "
                "the entry says why; saving is retried by itself."
            ),
        )

    def _show_editor(self) -> None:
        self.right.setCurrentWidget(self._editor_page)

    def _show_start_page_if_empty(self) -> None:
        empty = self.timeline.is_empty() and self.editor.current_entry_id() is None
        if empty and not self.editor.has_unsaved_changes():
            self.right.setCurrentWidget(self.start_page)

    def _open_first_entry(self, last: int | None) -> None:
        if self.timeline.is_empty():
            self.right.setCurrentWidget(self.start_page)
            self.start_page.focus_first()  # Enter starts writing
            return
        memories = self.timeline.on_this_day.list.memories()
        if last is None and memories:
            # Nothing left open: welcome back with what comes back on this day.
            self.start_page.set_memories(memories, self.languages.language)
            self.right.setCurrentWidget(self.start_page)
            self.start_page.focus_first()
            return
        self.editor.new_entry()
        self._show_editor()
        if last is not None:
            self.open_entry(last)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:
            event.accept()  # closed while opening: nothing was written, nothing to keep
            return
        while not self.save_all() and self.editor.has_unsaved_changes():
            choice = self.dialogs.ask_unsaved(self.save_banner.message())
            if choice is UnsavedChoice.DISCARD:
                break
            if choice is UnsavedChoice.CANCEL:
                event.ignore()
                return
        save_window(self)
        self.open_dialogs.close_all()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._attached:
            self.actions.refresh_icons()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if not self._attached:
            return
        self.menus.retranslate()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.right.setAccessibleName(self.tr("Open entry"))
        if self.editor.saved_at is not None:  # "Saved 14:02", in the new language
            from ui.editor.editor_state import saved_status  # loaded with the editor by now

            self.saved_label.setText(saved_status(self.editor.saved_at))


def _call_on_focus(method: str) -> None:
    """Undo/Redo from the menu act on whichever text field has the focus."""
    widget = QApplication.focusWidget()
    if not isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return
    if method == "undo":
        widget.undo()
    else:
        widget.redo()
