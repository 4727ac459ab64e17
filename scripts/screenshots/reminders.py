"""Screenshots of reminders, into docs/screenshots/.

    .venv/bin/python -m scripts.screenshots.reminders [--language da|en] [--out docs/screenshots]

Over a throw-away demo journal with the clock fixed at Tuesday 8 December 2026, 16:05:
the window with the in-window reminder notice (as shown where the system has no tray),
here a module's postcard with the rhythm and a due commitment waiting behind it
(reminder-notice-<language>.png), and Preferences ▸ Reminders set to Tuesday and
Thursday at 16:00 (reminders-<language>.png). Runs offscreen unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from app.courses.records import ModuleSpec
from scripts.screenshots.demo_journal import fill
from scripts.screenshots.shooting import (
    application,
    focus_timeline,
    open_window,
    options,
    settle,
    shoot,
)
from ui.preferences import settings as keys
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.reminders_page import RemindersPage

D = dt.date
NOW = dt.datetime(2026, 12, 8, 16, 5)


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    language = args.language

    app, languages = application(language)

    with tempfile.TemporaryDirectory(prefix="refleks-shots-") as tmp:
        tmp_path = Path(tmp)
        window, context = open_window(tmp_path / "demo", languages, tmp_path / "a.ini")
        mode = window.reminder_mode
        mode.now = lambda: NOW
        mode.use_tray = False  # the in-window notice, whatever this machine has
        window.settings.set(keys.REMIND_RHYTHM_DAYS, "2,4")
        window.settings.set(keys.REMIND_RHYTHM_TIME, "16:00")
        ids = fill(context.journal, context.catalog)
        window.course_mode.courses.create_course(
            "Ledelse i den involverende netværksstat",
            [
                ModuleSpec("Modul 2: Netværksledelse", D(2026, 10, 27)),
                ModuleSpec("Modul 3: Legitimitet", D(2026, 12, 1)),
                ModuleSpec("Modul 4: Offentlig værdi", D(2027, 1, 19)),
            ],
        )
        context.commitments.add(
            ids["Magtudøvelse i styregruppen"],
            "Sige det højt, når jeg bruger min formelle rolle til at lukke en diskussion.",
            D(2026, 12, 8),
        )
        window.timeline.reload()
        settle(app)
        mode.check()
        settle(app)
        focus_timeline(window)
        settle(app)
        shoot(window, out, f"reminder-notice-{language}")

        dialog = PreferencesDialog(settings=window.settings, parent=window)
        dialog._list.setCurrentRow(dialog.pages.index(dialog.page(RemindersPage)))
        dialog.show()
        settle(app)
        shoot(dialog, out, f"reminders-{language}")
        dialog.close()

        window.close()
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
