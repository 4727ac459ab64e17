"""Sync in the window: Preferences ▸ Sync, the background runs and what they merge.

Each test has the window's journal and, where it needs one, a second journal in another
data folder (the "laptop") syncing through the same folder; the real `SyncService` runs
on the background's worker thread. Waits are `qtbot.waitUntil`, never a sleep.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.journal.context import JournalContext, open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.records import EntryDraft
from tests.ui.conftest import ScriptedDialogs
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.sync_page import SyncPage
from ui.shell.journal_session import JournalLifecycle
from ui.shell.startup_flow import OpenedJournal
from ui.sync.background import BackgroundSync
from ui.sync.status_note import SyncNote
from ui.timeline.model import RowKind, TimelineRole

WAIT_MS = 20_000


@pytest.fixture
def session(main_window, context: JournalContext) -> Iterator[JournalLifecycle]:  # type: ignore[no-untyped-def]
    lock = InstanceLock(context.paths.lock)
    assert lock.try_acquire()
    made = JournalLifecycle(OpenedJournal(context.paths, context, lock), main_window)
    yield made
    made.background_sync.shutdown()
    made.auto_lock.stop()
    made.server.close()
    lock.release()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[JournalContext]:
    """Another computer's journal, in a data folder of its own."""
    other = open_journal(DataPaths(tmp_path / "laptop"))
    yield other
    other.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder inside the one a sync program shares (which exists)."""
    (tmp_path / "Sync").mkdir()
    return tmp_path / "Sync" / "Refleks"


def write(context: JournalContext, title: str) -> int:
    draft = EntryDraft(day=dt.date(2026, 5, 4), title=title, body=f"{title}, written down.")
    return context.journal.create_entry(draft).id


def timeline_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.timeline.model
    titles = []
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0)
        if index.data(TimelineRole.KIND) == RowKind.ENTRY:
            titles.append(index.data(TimelineRole.SUMMARY).title)
    return titles


def run_finished(qtbot, background: BackgroundSync) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not background.running, timeout=WAIT_MS)


def test_the_page_sets_up_sync_and_shows_the_other_computer_and_its_merged_entry(
    qtbot, main_window, session: JournalLifecycle, laptop: JournalContext, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    laptop.sync.setup(folder)
    write(laptop, "Skrevet på laptoppen")
    laptop.sync.sync_now()
    page = SyncPage(session=session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.state.text() == "This journal does not sync."
    assert not page.sync_button.isVisible() and not page.stop_button.isVisibleTo(page)
    assert "Skrevet på laptoppen" not in timeline_titles(main_window)

    told_on: set[int] = set()
    session.context.changes.subscribe(lambda _changes: told_on.add(threading.get_ident()))
    page.ask_folder = lambda: folder  # type: ignore[method-assign]
    assert page.choose_and_set_up()
    background = session.background_sync
    assert background.active
    # The merge ran on the worker; the timeline was told on this thread and shows it.
    qtbot.waitUntil(lambda: "Skrevet på laptoppen" in timeline_titles(main_window), timeout=WAIT_MS)
    run_finished(qtbot, background)
    assert background.last_report is not None and background.last_report.merged >= 1
    assert told_on == {threading.get_ident()}  # the panes were told on the window's thread
    assert str(folder) in page.state.text()
    assert page.last_sync.text() != "Not yet"
    assert page.device.text() == context_status_name(session)
    names = [page.devices.topLevelItem(i).text(0) for i in range(page.devices.topLevelItemCount())]
    assert names == [laptop.sync.status().device_name]
    assert page.devices.topLevelItem(0).text(1)  # when it last wrote
    assert page.conflicts.text() == "None"
    assert page.stop_button.isVisibleTo(page) and page.sync_button.isEnabled()
    note = main_window.findChild(SyncNote, "syncNote")
    assert note is not None and note.isVisibleTo(main_window)
    assert note.text().startswith("Synced ")


def context_status_name(session: JournalLifecycle) -> str:
    return session.context.sync.status().device_name


def test_the_sync_page_is_in_preferences_and_says_when_nothing_syncs(
    qtbot, session: JournalLifecycle, settings
) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(settings=settings, session=session)
    qtbot.addWidget(dialog)
    page = dialog.page(SyncPage)
    assert isinstance(page, SyncPage) and page.title() == "Sync"
    assert page.state.text() == "This journal does not sync."
    # Not set up: the background does nothing at all.
    assert not session.start_sync()
    assert not session.background_sync.active
    assert not session.background_sync.period.isActive()
    assert not session.background_sync.run_now()


def test_stop_syncing_asks_first_then_stops(
    qtbot, session: JournalLifecycle, dialogs: ScriptedDialogs, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    page = SyncPage(session=session)
    qtbot.addWidget(page)
    page.ask_folder = lambda: folder  # type: ignore[method-assign]
    assert page.choose_and_set_up()
    background = session.background_sync
    run_finished(qtbot, background)

    dialogs.confirm_answer = False
    assert not page.stop_syncing()
    assert dialogs.asked[-1][0] == "confirm"
    assert session.context.sync.status().enabled and background.active

    dialogs.confirm_answer = True
    assert page.stop_syncing()
    assert not session.context.sync.status().enabled
    assert not background.active and not background.period.isActive()
    assert page.state.text() == "This journal does not sync."
    assert not page.stop_button.isVisibleTo(page)
    write(session.context, "After stopping")
    assert not background.debounce.isActive()  # no longer listening
    assert folder.is_dir()  # the folder is left for the other computers


def test_saves_are_synced_once_after_they_pause(
    qtbot, session: JournalLifecycle, laptop: JournalContext, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    context = session.context
    context.sync.setup(folder)
    background = session.background_sync
    assert session.start_sync()  # set up: it syncs at once, then after changes
    run_finished(qtbot, background)
    runs: list[int] = []
    background.started.connect(lambda: runs.append(1))
    background.debounce.setInterval(300)

    write(context, "Først")
    write(context, "Så")
    write(context, "Til sidst")
    # Three saves in a row: one run, once they have paused.
    assert background.debounce.isActive() and runs == []
    qtbot.waitUntil(lambda: runs == [1] and not background.running, timeout=WAIT_MS)
    assert background.last_report is not None and background.last_report.sent == 3
    assert not background.debounce.isActive()  # its own merges start no further run

    laptop.sync.setup(folder)
    laptop.sync.sync_now()
    assert {"Først", "Så", "Til sidst"} <= set(_titles(laptop))


def test_a_request_during_a_run_runs_once_more_after_it(
    qtbot, session: JournalLifecycle, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    session.context.sync.setup(folder)
    background = session.background_sync
    background.activate()
    ended: list[object] = []
    background.finished.connect(ended.append)
    assert background.run_now()
    assert background.running
    assert background.run_now()  # asked again while running: after it, not beside it
    qtbot.waitUntil(lambda: len(ended) == 2 and not background.running, timeout=WAIT_MS)


def test_a_missing_folder_is_said_in_the_status_bar(
    qtbot, main_window, session: JournalLifecycle, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    session.context.sync.setup(folder)
    background = session.background_sync
    assert session.start_sync()
    run_finished(qtbot, background)
    note = main_window.findChild(SyncNote, "syncNote")
    assert note is not None and note.text().startswith("Synced ")
    shutil.rmtree(folder)
    failures: list[str] = []
    background.failed.connect(failures.append)
    assert background.run_now()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert note.text() == "Sync folder missing"
    assert str(folder) in note.toolTip()


def _titles(context: JournalContext) -> list[str]:
    return [summary.title for summary in context.journal.all_matching()]


def test_an_edit_from_the_other_computer_shows_in_the_open_entry(
    qtbot, main_window, session: JournalLifecycle, laptop: JournalContext, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    context = session.context
    shared = write(context, "Fælles")
    context.sync.setup(folder)
    laptop.sync.setup(folder)
    background = session.background_sync
    assert session.start_sync()
    run_finished(qtbot, background)
    laptop.sync.sync_now()
    (on_laptop,) = [s.id for s in laptop.journal.all_matching() if s.title == "Fælles"]
    draft = laptop.journal.get_entry(on_laptop).to_draft()
    laptop.journal.update_entry(on_laptop, dataclasses.replace(draft, body="Rettet på laptoppen."))
    laptop.sync.sync_now()

    main_window.open_entry(shared)
    editor = main_window.editor
    assert editor.body_edit.text() == "Fælles, written down."
    assert background.run_now()
    qtbot.waitUntil(lambda: editor.body_edit.text() == "Rettet på laptoppen.", timeout=WAIT_MS)
    assert not editor.has_unsaved_changes()


def test_what_is_being_typed_is_saved_and_sent_with_the_run(
    qtbot, main_window, session: JournalLifecycle, laptop: JournalContext, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    context = session.context
    context.sync.setup(folder)
    background = session.background_sync
    assert session.start_sync()
    run_finished(qtbot, background)
    main_window.new_entry()
    editor = main_window.editor
    editor.header.title_edit.setText("Skrevet lige nu")
    assert editor.has_unsaved_changes()
    assert background.run_now()
    assert not editor.has_unsaved_changes()  # saved before the worker started
    run_finished(qtbot, background)
    laptop.sync.setup(folder)
    laptop.sync.sync_now()
    assert "Skrevet lige nu" in _titles(laptop)


def test_nothing_runs_while_locked_and_a_run_follows_the_unlock(
    qtbot, session: JournalLifecycle, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    session.context.sync.setup(folder)
    background = session.background_sync
    assert session.start_sync()
    run_finished(qtbot, background)
    session.auto_lock.lock()
    assert session.locked
    assert not background.run_now()
    background.debounce.setInterval(0)
    write(session.context, "Skrevet før låsen")  # (a save that lands just as it locks)
    qtbot.waitUntil(lambda: not background.debounce.isActive(), timeout=WAIT_MS)
    assert not background.running
    started: list[int] = []
    background.started.connect(lambda: started.append(1))
    with qtbot.waitSignal(session.auto_lock.unlocked):
        session.auto_lock.screen.try_unlock()  # a plain journal opens without a passphrase
    assert started == [1]
    run_finished(qtbot, background)


def test_a_click_on_the_status_bar_note_opens_the_sync_page(
    qtbot, main_window, session: JournalLifecycle, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    session.context.sync.setup(folder)
    assert session.start_sync()
    run_finished(qtbot, session.background_sync)
    note = main_window.findChild(SyncNote, "syncNote")
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    dialog = main_window.open_dialogs.get("preferences")
    assert isinstance(dialog, PreferencesDialog)
    page = dialog.page(SyncPage)
    assert page.isVisible() and str(folder) in page.state.text()
    dialog.close()
