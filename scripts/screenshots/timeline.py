"""Screenshots of the timeline panel alone, over a demo journal of a few hundred entries.

Run `.venv/bin/python -m scripts.screenshots.timeline OUT_DIR` (offscreen), or with
QT_QPA_PLATFORM=xcb under `xvfb-run -a -s "-screen 0 1366x768x24"`. It writes, in Danish and at
the width the main window gives the timeline at 1366×768: the plain list, the filters
open with a family and a search applied, and the dark scheme. For a high-DPI look, run it
with QT_SCALE_FACTOR=2. Used to look at the panel while working on it; the whole-window shots are
scripts/screenshots/main_states.py.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import TimelineFilter
from benchmarks.timeline_demo import fill_demo
from ui.shell.theme import apply_theme
from ui.timeline.model import TimelineRole
from ui.timeline.panel import TimelinePanel

SIZE = (430, 720)  # the timeline's share of a 1366×768 window
SCALE_SUFFIX = "-x2" if os.environ.get("QT_SCALE_FACTOR") == "2" else ""


def shoot(app: QApplication, panel: TimelinePanel, path: Path) -> None:
    app.processEvents()
    panel.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "timeline-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    with tempfile.TemporaryDirectory() as folder:
        context = open_journal(DataPaths(Path(folder)))
        try:
            fill_demo(context.journal, 300, until=dt.date(2026, 11, 27))
            for dark in (False, True):
                apply_theme(app, dark=dark)  # type: ignore[arg-type]
                panel = TimelinePanel(journal=context.journal, catalog=context.catalog)
                panel.set_language("da")
                panel.resize(*SIZE)
                panel.show()
                panel.select_entry(panel.model.index(2).data(TimelineRole.ENTRY_ID))
                suffix = ("-dark" if dark else "") + SCALE_SUFFIX
                shoot(app, panel, out / f"timeline{suffix}.png")
                if not dark:
                    panel.toggle_filters()
                    panel.set_filter(TimelineFilter(families=("legitimacy",), text="magt*"))
                    shoot(app, panel, out / f"timeline-filtered{SCALE_SUFFIX}.png")
                panel.close()
        finally:
            context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
