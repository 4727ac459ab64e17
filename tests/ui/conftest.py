"""Fixtures for the window tests: private settings, the language, scripted dialogs, the window.

Settings live in an INI file in the test's temporary folder, so no test reads or writes
the user's own settings; the language is put back to English after each test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.journal.context import JournalContext
from ui.preferences.settings import Settings
from ui.shell.i18n import LanguageManager
from ui.window.dialogs import DialogService, UnsavedChoice


class ScriptedDialogs(DialogService):
    """Answers every question from a script instead of a modal box; records what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.confirm_answer = True
        self.text_answers: list[str | None] = []
        self.choice_answers: list[int | None] = []
        self.unsaved_answers: list[UnsavedChoice] = []
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.saved_paths: list[Path] = []

    def confirm(
        self, title: str, text: str, *, accept_text: str, destructive: bool = False
    ) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def inform(self, title: str, text: str) -> None:
        self.asked.append(("inform", text))

    def error(self, title: str, text: str) -> None:
        self.asked.append(("error", text))
        self.errors.append(text)

    def saved(self, title: str, text: str, path: Path) -> None:  # type: ignore[override]
        self.asked.append(("saved", f"{text} {path}"))
        self.saved_paths.append(path)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(("ask_text", label))
        return self.text_answers.pop(0)

    def choose(self, title: str, label: str, options: list[str]) -> int | None:
        self.asked.append(("choose", label))
        self.last_options = options
        return self.choice_answers.pop(0)

    def ask_unsaved(self, detail: str) -> UnsavedChoice:
        self.asked.append(("ask_unsaved", detail))
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.DISCARD


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "refleks.ini"


@pytest.fixture
def settings(settings_file: Path) -> Settings:
    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager()
    manager.apply("en")
    yield manager
    manager.apply("en")  # take our translators out again for the next test
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


WindowFactory = Callable[..., "MainWindow"]  # noqa: F821 (imported lazily below)


@pytest.fixture
def make_window(
    qtbot, context: JournalContext, languages: LanguageManager, dialogs: ScriptedDialogs
) -> Iterator[WindowFactory]:  # type: ignore[no-untyped-def]
    """Build main windows over the test's journal; each is closed before the journal is."""
    from ui.window.main_window import MainWindow

    made: list[MainWindow] = []

    def make(settings: Settings) -> MainWindow:
        window = MainWindow(
            context=context, settings=settings, languages=languages, dialogs=dialogs
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # Focus only lands in an active window; the first window of a run needs a moment.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield make
    dialogs.unsaved_answers = []  # never block teardown on a scripted answer
    for window in made:
        if window.isVisible():
            window.close()


@pytest.fixture
def main_window(make_window: WindowFactory, settings: Settings):  # type: ignore[no-untyped-def]
    return make_window(settings)
