"""What the screenshot scripts share: their options, the application in one language, the
main window at 1366×768 over a throw-away journal, and taking a picture."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from ui.preferences.settings import Settings
from ui.shell.application import create_application
from ui.shell.i18n import LanguageManager
from ui.window.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
SIZE = (1366, 768)  # the smallest screen the app is meant to be comfortable on


def options(description: str, argv: list[str] | None) -> argparse.Namespace:
    """`--language da|en` and `--out` (made if missing; docs/screenshots by default)."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--language", choices=("da", "en"), default="da")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def application(language: str) -> tuple[QApplication, LanguageManager]:
    app = create_application(["refleks-screenshots"])
    languages = LanguageManager(app)
    languages.apply(language)
    return app, languages


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let posted events (layouts, LanguageChange, paging) run before a picture is taken."""
    for _ in range(rounds):
        app.processEvents()


def focus_timeline(window: MainWindow) -> None:
    """As after a click in the timeline: no field of the entry shows a selection."""
    window.timeline.view.setFocus()


def shoot(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    report(path)
    return path


def report(path: Path) -> None:
    """Name a picture made (inside the checkout, from its root)."""
    print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


def open_window(
    root: Path, languages: LanguageManager, settings_file: Path
) -> tuple[MainWindow, JournalContext]:
    context = open_journal(DataPaths(root))
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(context=context, settings=settings, languages=languages)
    window.resize(*SIZE)
    window.splitter.setSizes([430, SIZE[0] - 430])
    window.show()
    return window, context
