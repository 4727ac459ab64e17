"""Starting the window: the QApplication, its language and look, the journal, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.paths import APP_NAME, DataPaths
from ui import settings as keys
from ui.first_paint import exit_after_first_paint_if_asked
from ui.i18n import LanguageManager
from ui.settings import Settings
from ui.theme import apply_theme

ORGANISATION = "Refleks"
BACKUP_DELAY_MS = 1500  # the daily backup runs once the window is up, not before


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings finds the user's settings."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app = QApplication(argv if argv is not None else sys.argv)
    apply_theme(app)
    # Follow the system when it switches between light and dark while Refleks is open.
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    return app


def run_window(paths: DataPaths) -> int:
    """Open the journal in `paths` in the main window and run until it closes."""
    app = create_application()
    settings = Settings(QSettings())
    languages = LanguageManager(app)
    languages.apply(settings.get(keys.LANGUAGE))
    # Lock → unlock → open, with a dialog for every problem (see ui/startup_flow.py).
    from ui.startup_flow import AlreadyRunning, StartupFlow, interactive_questions

    try:
        opened = StartupFlow(paths, interactive_questions()).run()
    except AlreadyRunning:
        return 0  # the window already open came forward instead
    if opened is None:
        return 1
    session = None
    try:
        from ui.journal_session import JournalLifecycle
        from ui.main_window import MainWindow

        window = MainWindow(context=opened.context, settings=settings, languages=languages)
        session = JournalLifecycle(opened, window)  # backups, auto-lock, raising this window
        exit_after_first_paint_if_asked(window)
        window.show()
        QTimer.singleShot(BACKUP_DELAY_MS, session.back_up_if_due)
        return app.exec()
    finally:
        if session is not None:
            session.close()  # backs up, closes the journal, releases the lock
        else:
            opened.context.close()
            opened.lock.release()
