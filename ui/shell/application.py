"""Starting the window: the QApplication, its language and look, the journal, the main window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.journal.paths import APP_NAME, DataPaths
from app.records import TimelineFilter
from app.resources import resource_path
from models.errors import StorageError
from ui.preferences import settings as keys
from ui.preferences.settings import Settings
from ui.shell.first_paint import after_first_paint, exit_after_first_paint_if_asked
from ui.shell.i18n import LanguageManager
from ui.shell.theme import apply_theme

if TYPE_CHECKING:
    from ui.shell.journal_session import JournalLifecycle
    from ui.shell.startup_flow import OpenedJournal
    from ui.timeline.preview import TimelinePreview
    from ui.window.main_window import MainWindow

ORGANISATION = "Refleks"
#: The desktop entry's name (resources/desktop/): Wayland and the menus match windows by it.
DESKTOP_FILE_NAME = "dk.refleks.Refleks"
BACKUP_DELAY_MS = 1500  # the daily backup runs once the window is up, not before
SYNC_DELAY_MS = 500  # so does the first sync (on its worker thread)
OPEN_UNPAINTED_AFTER_MS = 1000


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings finds the user's settings."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app = QApplication(argv if argv is not None else sys.argv)
    # On the application, the icon covers the main window and every dialog.
    app.setWindowIcon(application_icon())
    apply_theme(app)
    # Follow the system when it switches between light and dark while Refleks is open.
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


def application_icon() -> QIcon:
    """The Refleks icon in every size drawn from its SVG (packaging/build_icons.py)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "png").glob("refleks-*.png")):
        icon.addFile(str(png))
    return icon


def run_window(paths: DataPaths) -> int:
    """Open the journal in `paths` in the main window and run until it closes.

    A plain journal at the current schema is painted first from a preview of its timeline
    (ui/timeline/preview.py) and opened right after that paint; anything else (no journal
    yet, encrypted, to be upgraded, open elsewhere, a restored filter) opens first.
    """
    app = create_application()
    settings = Settings(QSettings())
    languages = LanguageManager(app)
    languages.apply(settings.get(keys.LANGUAGE))
    previewed = _window_with_preview(paths, settings, languages)
    if previewed is None:
        return _open_then_show(app, paths, settings, languages)
    window, preview = previewed
    starting = _OpenAfterPaint(paths, window)
    after_first_paint(preview.view, starting.open)
    # A window that is not painted (started minimised, on another desktop) opens anyway.
    QTimer.singleShot(OPEN_UNPAINTED_AFTER_MS, starting.open)
    # Installed last, so Qt runs it first: the benchmark times the paint alone.
    exit_after_first_paint_if_asked(window)
    window.show()
    try:
        code = app.exec()
    finally:
        starting.close()
    return code if starting.exit_code is None else starting.exit_code


def _open_then_show(
    app: QApplication, paths: DataPaths, settings: Settings, languages: LanguageManager
) -> int:
    from ui.window.main_window import MainWindow

    opening = _Opening(paths)
    opened = opening.open_journal()
    if opened is None:
        return opening.exit_code or 0
    try:
        window = MainWindow(context=opened.context, settings=settings, languages=languages)
        opening.take_over(opened, window)
    except BaseException:
        opening.give_up(opened)
        raise
    exit_after_first_paint_if_asked(window)
    window.show()
    try:
        return app.exec()
    finally:
        opening.close()


def _window_with_preview(
    paths: DataPaths, settings: Settings, languages: LanguageManager
) -> tuple[MainWindow, TimelinePreview] | None:
    """The window showing the first page of a plain journal, or None to open first."""
    from app.journal.instance_lock import held_elsewhere
    from app.store.plain_timeline import open_plain_timeline
    from ui.preferences.settings import filter_from_json
    from ui.timeline.preview import TimelinePreview
    from ui.window.main_window import MainWindow

    if held_elsewhere(paths.lock):
        return None  # the usual start brings that window forward; nothing to show here
    last_filter = settings.get(keys.for_journal(keys.LAST_FILTER, paths.root))
    if filter_from_json(last_filter) != TimelineFilter():
        return None  # the preview reads the unfiltered timeline only
    if paths.journal.with_name(paths.journal.name + ".header.json").exists():
        return None  # a plain file beside an encrypted journal's key file: to be reported
    source = open_plain_timeline(paths.journal)
    if source is None:
        return None
    from app.catalog.catalog import Catalog

    catalog = Catalog.load(user_template_dir=paths.templates)
    try:
        preview = TimelinePreview(
            source=source, catalog=catalog, language=languages.language, settings=settings
        )
    except StorageError:
        # A page the header check could not see is damaged: the usual start says so.
        source.close()
        return None
    preview.destroyed.connect(source.close)
    window = MainWindow(context=None, settings=settings, languages=languages, preview=preview)
    return window, preview


class _Opening:
    """Lock → unlock → open with a dialog for every problem (ui/shell/startup_flow.py), then the
    journal's lifecycle (backups, auto-lock, raising the window) until `close`."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self.session: JournalLifecycle | None = None
        self.exit_code: int | None = None  # set when the start ends without a journal

    def open_journal(self) -> OpenedJournal | None:
        from ui.shell.startup_flow import AlreadyRunning, StartupFlow, interactive_questions

        try:
            opened = StartupFlow(self.paths, interactive_questions()).run()
        except AlreadyRunning:
            self.exit_code = 0  # the window already open came forward instead
            return None
        if opened is None:
            self.exit_code = 1  # the user quit
        return opened

    def take_over(self, opened: OpenedJournal, window: MainWindow) -> None:
        from ui.shell.journal_session import JournalLifecycle

        self.session = JournalLifecycle(opened, window)
        QTimer.singleShot(BACKUP_DELAY_MS, self.session.back_up_if_due)
        QTimer.singleShot(SYNC_DELAY_MS, self.session.start_sync)

    @staticmethod
    def give_up(opened: OpenedJournal) -> None:
        """The window could not be built over `opened`: close it and let go of the lock."""
        opened.context.close()
        opened.lock.release()

    def close(self) -> None:
        if self.session is not None:
            self.session.close()  # backs up, closes the journal, releases the lock


class _OpenAfterPaint(_Opening):
    """Opens the journal once the preview has painted, then fills the window in."""

    def __init__(self, paths: DataPaths, window: MainWindow) -> None:
        super().__init__(paths)
        self.window = window
        self._started = False

    def open(self) -> None:
        if self._started:
            return  # after the paint, or a second after the start: whichever came first
        self._started = True
        if not self.window.isVisible():
            return  # closed while it painted: quit without opening anything
        opened = self.open_journal()
        if opened is None:
            self._quit(self.exit_code or 0)
            return
        try:
            self.window.attach(opened.context)
        except Exception as error:
            self.give_up(opened)
            # Not left showing a preview that cannot open: say so, and quit.
            self.window.dialogs.error(
                QCoreApplication.translate("Application", "Refleks could not open the journal"),
                str(error),
            )
            self._quit(1)
            raise
        self.take_over(opened, self.window)

    def _quit(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        QApplication.exit(code)
