"""Screenshots of Preferences ▸ Sync after a sync with two other computers seen, into
docs/screenshots/ (sync-da.png, sync-en.png).

Offscreen, over throw-away journals: two other "computers" write entries and sync through
a folder, then the window's journal sets up sync through the same folder from the page
and its background sync merges what they wrote.

    .venv/bin/python -m scripts.screenshots.sync [--language da|en] [--out DIR]
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

import app.sync.service as sync_service
from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.records import EntryDraft
from scripts.screenshots.shooting import application, open_window, options, settle, shoot
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.sync_page import SyncPage
from ui.shell.journal_session import JournalLifecycle
from ui.shell.startup_flow import OpenedJournal

#: The computers' names by language: this one, then the two others with what each wrote.
COMPUTERS = {
    "da": ("Arbejds-pc", ("Hjemme-pc", "Efter mødet med borgerrådgiveren"), ("Laptop", "I toget")),
    "en": (
        "Work PC",
        ("Home PC", "After the meeting with the ombudsman"),
        ("Laptop", "On the train"),
    ),
}


def named(name: str) -> None:
    """The next journal set up to sync is a computer called `name` (not this host's)."""
    sync_service.platform.node = lambda: name  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__ or "", argv)
    out: Path = args.out
    app, languages = application(args.language)
    with tempfile.TemporaryDirectory(prefix="demo-") as tmp:
        folder = Path(tmp) / "Nextcloud" / "Refleks"
        folder.parent.mkdir()
        this, *others = COMPUTERS[args.language]
        for number, (name, title) in enumerate(others):
            other = open_journal(DataPaths(Path(tmp) / f"other-{number}"))
            named(name)
            other.sync.setup(folder)
            draft = EntryDraft(day=dt.date.today(), title=title, body="Kort refleksion.")
            other.journal.create_entry(draft)
            other.sync.sync_now()
            other.close()
            time.sleep(0.05 * (number + 1))  # two different "last seen" moments

        root = Path(tmp) / "this"
        window, context = open_window(root, languages, Path(tmp) / "a.ini")
        lock = InstanceLock(context.paths.lock)
        lock.try_acquire()
        session = JournalLifecycle(OpenedJournal(context.paths, context, lock), window)
        named(str(this))
        dialog = PreferencesDialog(settings=window.settings, session=session, parent=window)
        page = dialog.show_page(SyncPage)
        assert isinstance(page, SyncPage)
        page.ask_folder = lambda: folder  # type: ignore[method-assign]
        dialog.resize(700, 560)
        dialog.show()
        page.choose_and_set_up()
        deadline = time.monotonic() + 30
        while session.background_sync.running and time.monotonic() < deadline:
            settle(app)
            time.sleep(0.02)
        settle(app)
        shoot(dialog, out, f"sync-{args.language}")
        dialog.close()
        session.background_sync.shutdown()
        session.auto_lock.stop()
        session.server.close()
        window.close()
        context.close()
        lock.release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
