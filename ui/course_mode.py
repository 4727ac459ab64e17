"""Course mode in the main window: the course dialog, milestones, postcard suggestions.

`CourseMode(window=...)` is made once by the main window. It attaches the course parts to
the timeline panel (ui/course_timeline.py), puts a postcard suggestion on the start page,
opens a postcard linked to its module on one click, offers the modules in the entry
editor's module field, and keeps everything current after a course or an entry is saved.
The actions in ui/actions.py reach it through the module functions
`show_course_dialog(window)` and `show_learning_log_dialog(window)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QBoxLayout, QWidget

from app.changes import Change, Changes
from app.courses import CourseService
from app.errors import RefleksError
from models.errors import StorageError
from ui.course_dialog import CourseDialog
from ui.course_timeline import CourseTimelineLink
from ui.postcard_suggestion import PostcardSuggestion

if TYPE_CHECKING:
    from ui.main_window import MainWindow

POSTCARD = "postcard"


class CourseMode(QObject):
    """Everything course-related that the main window shows."""

    def __init__(self, *, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.courses = CourseService(journal=window.context.journal)
        self.timeline_link = CourseTimelineLink.attach(window.timeline, courses=self.courses)
        self.start_suggestion = PostcardSuggestion(window.start_page)
        _place_on_start_page(window.start_page, self.start_suggestion)
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
        self._window.editor.header.module_field.refresh()
        self._place_suggestion()

    def _place_suggestion(self, *_args: object) -> None:
        # One suggestion on screen: on the start page while it shows, else above the timeline.
        on_start_page = self._window.right.currentWidget() is self._window.start_page
        self.timeline_link.suggestion.set_allowed(not on_start_page)

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
        return self._window._open_dialog("courses", dialog)  # type: ignore[return-value]

    def show_learning_log_dialog(self) -> QWidget:
        from ui.learning_log_dialog import LearningLogDialog

        self._window.save_all()
        dialog = LearningLogDialog(
            journal=self._window.context.journal,
            catalog=self._window.context.catalog,
            courses=self.courses,
            dialogs=self._window.dialogs,
            language=self._window.languages.language,
            parent=self._window,
        )
        return self._window._open_dialog("learning_log", dialog)


def _place_on_start_page(start_page: QWidget, suggestion: PostcardSuggestion) -> None:
    """Put the suggestion above the start page's buttons, inside its centred column."""
    buttons = getattr(start_page, "buttons", {})
    first = next(iter(buttons.values()), None)
    column = first.parentWidget() if first is not None else None
    layout = column.layout() if column is not None else start_page.layout()
    if isinstance(layout, QBoxLayout):
        at = layout.indexOf(first) if first is not None else layout.count()
        layout.insertWidget(max(at, 0), suggestion)


def course_mode_of(window: MainWindow) -> CourseMode:
    mode = getattr(window, "course_mode", None)
    if not isinstance(mode, CourseMode):
        mode = CourseMode(window=window)
        window.course_mode = mode  # type: ignore[attr-defined]
    return mode


def show_course_dialog(window: MainWindow) -> CourseDialog:
    """The action handler of "Courses…" (see ui/actions.py)."""
    return course_mode_of(window).show_course_dialog()


def show_learning_log_dialog(window: MainWindow) -> QWidget:
    """The action handler of "Export Learning Log…" (see ui/actions.py)."""
    return course_mode_of(window).show_learning_log_dialog()
