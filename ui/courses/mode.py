"""Course mode in the main window: the course dialog, milestones, postcard suggestions.

`CourseMode(window=...)` is made once by the main window. It attaches the course parts to
the timeline panel (ui/courses/timeline_link.py), puts a postcard suggestion on the start page,
opens a postcard linked to its module on one click, offers the modules in the entry
editor's module field (which follows later course changes itself), and keeps the milestones
and suggestions current after a course or an entry is saved. The actions in ui/window/actions.py
reach it through the module functions `show_course_dialog(window)` and
`show_learning_log_dialog(window)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.courses.service import CourseService
from app.errors import RefleksError
from app.journal.changes import Change, Changes
from models.errors import StorageError
from ui.courses.dialog import CourseDialog
from ui.courses.postcard_suggestion import PostcardSuggestion
from ui.courses.timeline_link import CourseTimelineLink

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

POSTCARD = "postcard"


class CourseMode(QObject):
    """Everything course-related that the main window shows."""

    def __init__(self, *, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.courses = CourseService(journal=window.context.journal)
        self.timeline_link = CourseTimelineLink.attach(window.timeline, courses=self.courses)
        self.start_suggestion = PostcardSuggestion(window.start_page)
        window.start_page.add_suggestion(self.start_suggestion)
        # Saves come in bursts while typing; re-reading the courses once per burst is enough.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._connect_signals()
        window.editor.set_courses(self.courses)  # the module field in the entry editor
        self.set_language(window.languages.language)
        self._show_pending()  # the timeline's link read the courses as it attached

    def _connect_signals(self) -> None:
        window = self._window
        self.timeline_link.postcard_requested.connect(self.write_postcard)
        self.timeline_link.module_link_requested.connect(self.link_entry)
        self.start_suggestion.postcard_requested.connect(self.write_postcard)
        self._refresh_timer.timeout.connect(self.refresh)
        unsubscribe = window.context.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())
        window.languages.language_changed.connect(self.set_language)
        window.right.currentChanged.connect(self._place_suggestion)
        window.editor.entry_loaded.connect(self._place_suggestion)

    def _on_changes(self, changes: Changes) -> None:
        # Entries decide postcard states and module counts; courses decide everything.
        if changes.touches(Change.ENTRIES | Change.COURSES):
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the courses again: milestones, postcard states and suggestions."""
        self.timeline_link.refresh()
        self._show_pending()

    def _show_pending(self) -> None:
        # The timeline's link has just read them; the start page shows the same modules.
        self.start_suggestion.set_pending(self.timeline_link.suggestion.pending)
        self._place_suggestion()

    def _place_suggestion(self, *_args: object) -> None:
        # One suggestion on screen: on the start page while it shows, else above the timeline.
        on_start_page = self._window.right.currentWidget() is self._window.start_page
        self.timeline_link.suggestion.set_allowed(not on_start_page)
        # Not while that very postcard is being written; back if it is left unsaved.
        writing = None if on_start_page else self._window.editor.postcard_module_id()
        self.timeline_link.suggestion.set_writing(writing)
        self.start_suggestion.set_writing(writing)

    def set_language(self, language: str) -> None:
        self.timeline_link.set_language(language)
        self.start_suggestion.set_language(language)

    def write_postcard(self, module_id: int) -> None:
        """Open a new postcard entry linked to the module."""
        self._window.new_entry(POSTCARD, module_id=module_id)

    def link_entry(self, entry_id: int, module_id: int | None) -> bool:
        """Put an entry in a module (or back to its date); the open text is saved first."""
        window = self._window
        is_open = window.editor.current_entry_id() == entry_id
        if is_open and not window.editor.save_now():
            return False  # the banner says why; linking now would race the unsaved text
        try:
            self.courses.link_entry(entry_id, module_id)
        except (RefleksError, StorageError) as error:
            window.dialogs.error(self.tr("Cannot change the module"), str(error))
            return False
        if is_open:
            window.editor.open_entry(entry_id)  # so the next save keeps the new link
        return True

    def show_course_dialog(self) -> CourseDialog:
        self._window.save_all()
        dialog = CourseDialog(
            courses=self.courses, dialogs=self._window.dialogs, parent=self._window
        )
        return self._window.open_dialogs.open("courses", dialog)

    def show_learning_log_dialog(self) -> QWidget:
        from ui.courses.learning_log_dialog import LearningLogDialog

        self._window.save_all()
        dialog = LearningLogDialog(
            journal=self._window.context.journal,
            catalog=self._window.context.catalog,
            courses=self.courses,
            dialogs=self._window.dialogs,
            language=self._window.languages.language,
            parent=self._window,
        )
        return self._window.open_dialogs.open("learning_log", dialog)


def show_course_dialog(window: MainWindow) -> CourseDialog:
    """The action handler of "Courses…" (see ui/window/actions.py)."""
    return window.course_mode.show_course_dialog()


def show_learning_log_dialog(window: MainWindow) -> QWidget:
    """The action handler of "Export Learning Log…" (see ui/window/actions.py)."""
    return window.course_mode.show_learning_log_dialog()
