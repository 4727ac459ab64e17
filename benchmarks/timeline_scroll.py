"""Is the timeline smooth with ten thousand entries? Paging, painting, jumping, density.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.timeline_scroll` (or under
`xvfb-run -a` for the real xcb platform). It opens the cached generated journal
(benchmarks/datasets.py), builds the real TimelinePanel at 1366×768 proportions and times:

- building the panel (first page, count, density strip, tag menu);
- one `fetchMore` page;
- scrolling from top to bottom a screen at a time, each step a synchronous repaint of
  the list's viewport (pages are fetched as the view asks for them, as a user would);
- jumping to the oldest entry (`select_entry`) and clicking the density strip's first week;
- a filter change, and the weekly density query on its own.

Figures are printed as JSON (median, p95, max per measurement); nothing here asserts.
With `--screenshot PATH` it also saves the panel as a PNG.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from app.catalog.catalog import Catalog
from app.journal.context import open_journal
from app.journal.timeline_stats import TimelineStats
from app.records import TimelineFilter
from benchmarks.datasets import prepare
from benchmarks.measure import summarize, time_calls
from ui.shell.theme import apply_theme
from ui.timeline.panel import TimelinePanel


def _ms(summary: dict[str, Any]) -> dict[str, Any]:
    """Milliseconds, rounded, without the raw samples."""
    keys = ("n", "median", "p95", "max")
    return {k: round(summary[k] * 1000, 2) if k != "n" else summary[k] for k in keys}


def _scroll(app: QApplication, panel: TimelinePanel, step: int, limit: int = 0) -> dict:
    """Scroll down `step` pixels a frame to the end (or `limit` frames); time each frame.

    A frame is the scroll bar move (which fetches a page when the view nears the end)
    plus processing the events it causes, which paints the newly exposed rows.
    """
    view = panel.view
    bar = view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    frames: list[float] = []
    while not limit or len(frames) < limit:
        before = bar.value()
        start = time.perf_counter()
        bar.setValue(before + step)
        app.processEvents()
        frames.append(time.perf_counter() - start)
        if bar.value() == before and not panel.model.canFetchMore(QModelIndex()):
            break
    return summarize(frames)


def measure(size: int, seed: int, screenshot: str | None) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app)  # type: ignore[arg-type]
    catalog = Catalog.load()
    prepared = prepare(size, seed=seed, log=lambda text: print(text, file=sys.stderr))
    context = open_journal(prepared.paths, catalog=catalog)
    results: dict[str, Any] = {"entries": context.journal.count(), "platform": app.platformName()}
    try:
        start = time.perf_counter()
        panel = TimelinePanel(journal=context.journal, catalog=catalog)
        panel.set_language("da")
        panel.resize(480, 720)
        panel.show()
        app.processEvents()
        results["build_panel_ms"] = round((time.perf_counter() - start) * 1000, 1)

        model = panel.model
        fetch = time_calls(lambda: model.fetchMore(QModelIndex()), runs=5, warmup=0)
        results["fetch_page_ms"] = _ms(fetch)

        view = panel.view
        results["scroll_page_frame_ms"] = _ms(_scroll(app, panel, view.viewport().height()))
        results["rows_after_scroll"] = model.rowCount()
        panel.reload()
        # A mouse wheel notch scrolls three lines of text: about 60 px here.
        results["scroll_wheel_frame_ms"] = _ms(_scroll(app, panel, 60, limit=600))

        panel.reload()
        entries = context.journal.all_matching(TimelineFilter())
        oldest = entries[-1].id
        start = time.perf_counter()
        panel.select_entry(oldest)
        view.viewport().repaint()
        results["jump_to_oldest_ms"] = round((time.perf_counter() - start) * 1000, 1)

        view.setCurrentIndex(QModelIndex())  # else reload() pages in to keep the selection
        panel.reload()
        start = time.perf_counter()
        panel.density_strip.click_bar(0)
        view.viewport().repaint()
        results["density_click_oldest_week_ms"] = round((time.perf_counter() - start) * 1000, 1)

        stats = TimelineStats(database=context.database)
        density = time_calls(lambda: stats.weekly_density(TimelineFilter()), runs=5)
        results["weekly_density_ms"] = _ms(density)
        results["weeks"] = len(stats.weekly_density(TimelineFilter()))

        where = TimelineFilter(families=("dilemma",))
        change = time_calls(
            lambda: (panel.set_filter(where), panel.set_filter(TimelineFilter())), runs=5
        )
        results["filter_change_and_back_ms"] = _ms(change)

        if screenshot:
            panel.reload()
            view.setCurrentIndex(model.index(1))
            app.processEvents()
            panel.grab().save(screenshot)
            results["screenshot"] = screenshot
        panel.close()
    finally:
        context.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--screenshot", default=None)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.entries, args.seed, args.screenshot), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
