"""Screenshots of the Insights view, into docs/screenshots/.

Runs offscreen over a throw-away data folder holding a generated journal (the benchmark
generator, ten years of entries ending in June 2026):

    .venv/bin/python -m scripts.screenshots.insights [--out docs/screenshots]

insights-{da,en}-{light,dark}.png: the window at 1366×768 with the view beside the
timeline, the timeline filtered by a click on a cell; the light pictures show the upper
charts, the dark ones the lower (roles and strategies, rhythm, commitments).
summary-insights-pdf-da.png and -en.png: the page of a quarter's coaching summary (PDF)
with the same charts (needs pdftoppm and pdftotext, poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from app.catalog.catalog import Catalog
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import TimelineFilter
from benchmarks.generator import generate
from benchmarks.loader import load
from scripts.screenshots.shooting import REPO, SIZE, report, settle, shoot
from ui.insights.actions import show_insights
from ui.preferences.settings import Settings
from ui.shell.application import create_application
from ui.shell.i18n import LanguageManager
from ui.shell.theme import apply_theme
from ui.window.main_window import MainWindow

PERIOD = (dt.date(2025, 7, 1), dt.date(2026, 6, 30))  # the generator's last year
QUARTER = (dt.date(2026, 4, 1), dt.date(2026, 6, 30))


def add_commitments(root: Path) -> None:
    """Commitments made in the generated entries of the year and closed each way."""
    context = open_journal(DataPaths(root))
    try:
        entries = context.journal.all_matching(
            TimelineFilter(date_from=PERIOD[0], date_to=PERIOD[1], private=False)
        )
        outcomes = ("kept", "kept", "changed", "kept", "dropped", "kept", "changed")
        for number, entry in enumerate(reversed(entries[::6])):
            made = context.commitments.add(entry.id, "Spørg teamet, før jeg beslutter")
            closed = entry.day + dt.timedelta(days=12 + number % 20)
            if closed <= PERIOD[1] and number % 5:
                status = outcomes[number % len(outcomes)]
                context.commitments.close(made.id, status, language="da", today=closed)
    finally:
        context.close()


def summary_page(root: Path, language: str, out: Path, tmp: Path) -> None:
    """The summary's PDF page that holds "Patterns over time", as a PNG."""
    from app.exchange.service import ExchangeService
    from app.summary.model import SummaryRequest

    context = open_journal(DataPaths(root))
    target = tmp / f"summary-{language}.pdf"
    try:
        service = ExchangeService(journal=context.journal, catalog=context.catalog)
        request = SummaryRequest(date_from=QUARTER[0], date_to=QUARTER[1], language=language)
        service.export_summary(request, "pdf", target)
    finally:
        context.close()
    heading = "Mønstre over tid" if language == "da" else "Patterns over time"
    pages = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    page = next(number for number, text in enumerate(pages, 1) if heading in text)
    stem = out / f"summary-insights-pdf-{language}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "90",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(target),
            str(stem),
        ],
        check=True,
    )
    report(stem.with_suffix(".png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["refleks-screenshots"])
    languages = LanguageManager(app)
    with tempfile.TemporaryDirectory(prefix="refleks-insights-") as tmp:
        root = Path(tmp) / "data"
        load(generate(1500, seed=5, catalog=Catalog.load()), DataPaths(root))
        add_commitments(root)
        for language, dark in (("da", False), ("da", True), ("en", False), ("en", True)):
            languages.apply(language)
            apply_theme(app, dark=dark)
            context = open_journal(DataPaths(root))
            settings = Settings(
                QSettings(str(Path(tmp) / f"{language}.ini"), QSettings.Format.IniFormat)
            )
            window = MainWindow(context=context, settings=settings, languages=languages)
            window.resize(*SIZE)
            window.splitter.setSizes([400, SIZE[0] - 400])
            window.show()
            view = show_insights(window)
            view.set_period(*PERIOD)
            settle(app)
            view.recurring_chart.cell_clicked.emit(0, 10)
            if dark:  # the lower charts: roles and strategies, rhythm, commitments
                bar = view.scroll.verticalScrollBar()
                bar.setValue(bar.maximum())
            settle(app)
            scheme = "dark" if dark else "light"
            shoot(window, out, f"insights-{language}-{scheme}")
            window.close()
            context.close()
        apply_theme(app, dark=False)
        if shutil.which("pdftoppm") and shutil.which("pdftotext"):
            for language in ("da", "en"):
                summary_page(root, language, out, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
