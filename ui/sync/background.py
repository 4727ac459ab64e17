"""Sync in the background while the window is open: at start, after saves, on a timer.

One `BackgroundSync` per open journal. It runs `SyncService.sync_now()` on a worker thread
of its own pool, so typing never waits for the sync folder, and never runs two at once: a
reason to sync during a run asks for one more run after it. A run's merges are published
on the journal's `ChangeFeed` from the worker; the feed hands them to this object
(`ChangeFeed.deliver_through`), which tells the panes on the window's thread, where they
refresh as after any other write. Those changes do not start another run.

A journal not set up to sync does nothing: no timer, no subscription, no thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.errors import RefleksError
from app.journal.changes import Change, ChangeFeed, Changes
from models.errors import StorageError

if TYPE_CHECKING:
    from app.sync.service import SyncReport, SyncService

DEBOUNCE_MS = 2_000  # after the last change: a burst of saves is one run
PERIOD_MS = 5 * 60_000  # what other devices wrote arrives without a save here
SHUTDOWN_WAIT_MS = 30_000  # a run in progress finishes before the journal closes

#: What syncs; a change of any of these is a reason to sync soon.
SYNCED = Change.ENTRIES | Change.TAGS | Change.COURSES | Change.COMMITMENTS | Change.COACHING


class BackgroundSync(QObject):
    """Runs the journal's sync off the window's thread; see the module's text."""

    #: A run began.
    started = Signal()
    #: A run ended with this `SyncReport`.
    finished = Signal(object)
    #: A run failed; the message says why in plain words.
    failed = Signal(str)
    #: What the status bar shows changed (`state()`).
    state_changed = Signal()

    _posted = Signal(object)  # from the worker: a function to run on this thread
    _ended = Signal(object, object)  # from the worker: (report or None, error or None)

    def __init__(
        self,
        *,
        sync: SyncService,
        changes: ChangeFeed,
        paused: Callable[[], bool] = lambda: False,
        before_run: Callable[[], object] = lambda: None,
        debounce_ms: int = DEBOUNCE_MS,
        period_ms: int = PERIOD_MS,
        parent: QObject | None = None,
    ) -> None:
        """`paused` says when not to run (the window is locked); `before_run` saves what is
        being typed, so it goes along (and an edit made elsewhere meanwhile becomes a
        conflict copy instead of being written over); `debounce_ms` is the wait after a
        change, `period_ms` the timer's interval."""
        super().__init__(parent)
        self.sync = sync
        self._changes = changes
        self._paused = paused
        self._before_run = before_run
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._unsubscribe: Callable[[], None] | None = None
        self._running = False
        self._again = False
        self._delivering = False
        self._closed = False
        #: When the last run ended well (aware, UTC), and the last run's failure.
        self.last_success: dt.datetime | None = None
        self.last_report: SyncReport | None = None
        self.last_error: RefleksError | None = None
        self._missing_folder = False
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.debounce.timeout.connect(self.run_now)
        self.period = QTimer(self, interval=period_ms)
        self.period.timeout.connect(self.run_now)
        self._posted.connect(self._run_posted)
        self._ended.connect(self._on_ended)

    # ----- on and off ----------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._unsubscribe is not None

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> bool:
        """At the window's start: sync now and from then on if the journal is set up to
        sync; otherwise do nothing at all. True when it is."""
        if self._closed:
            return False  # the window closed before its first sync was due
        try:
            enabled = self.sync.status().enabled
        except (RefleksError, StorageError):
            return False
        if enabled:
            self.activate()
            self.run_now()
        return enabled

    def activate(self) -> None:
        """Sync after changes and on the timer (after a set-up, or at start)."""
        if self.active or self._closed:
            return
        self._changes.deliver_through(self._posted.emit)
        self._unsubscribe = self._changes.subscribe(self._on_changes)
        self.period.start()

    def deactivate(self) -> None:
        """No more runs (the journal stopped syncing); a run in progress still ends."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.debounce.stop()
        self.period.stop()
        self._again = False
        self.last_error = None
        self.state_changed.emit()

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """Before the journal closes: no new run, and the one in progress ends first."""
        self._closed = True
        self.deactivate()
        self._pool.waitForDone(wait_ms)
        self._changes.deliver_through(None)

    # ----- running ---------------------------------------------------------------------

    def run_now(self) -> bool:
        """Start a run on the worker (or ask for one after the run in progress). False
        when nothing was started: not active, paused or closed."""
        self.debounce.stop()
        if not self.active or self._closed or self._paused():
            return False
        if self._running:
            self._again = True
            return True
        self._before_run()
        self._running = True
        self._again = False
        self.started.emit()
        self._pool.start(_Run(self.sync.sync_now, self._ended.emit))
        return True

    def _on_ended(self, report: SyncReport | None, error: RefleksError | None) -> None:
        self._running = False
        if error is None and report is not None:
            self.last_success = dt.datetime.now(dt.UTC)
            self.last_report = report
            self.last_error = None
            self.state_changed.emit()
            self.finished.emit(report)
        elif error is not None:
            self.last_error = error
            self._missing_folder = self._folder_is_gone()
            self.state_changed.emit()
            self.failed.emit(error.message)
        if self._again:
            self.run_now()

    def _folder_is_gone(self) -> bool:
        try:
            folder = self.sync.status().folder
        except (RefleksError, StorageError):
            return False
        return folder is not None and not folder.is_dir()

    def _on_changes(self, changes: Changes) -> None:
        if self._delivering or not changes.kinds & (SYNCED | Change.JOURNAL):
            return
        self.debounce.start()  # (again): a run once the saves have paused

    def _run_posted(self, deliver: Callable[[], None]) -> None:
        """A merge's changes, told to the panes here on the window's thread."""
        if self._closed:
            return  # the journal is closing: the panes read it afresh at the next start
        self._delivering = True
        try:
            deliver()
        finally:
            self._delivering = False

    def folder_missing(self) -> bool:
        """Whether the last run failed and the folder set up is not there (any more)."""
        return self.last_error is not None and self._missing_folder


class _Run(QRunnable):
    """One `sync_now()` on the pool's thread; its outcome goes back through `ended`."""

    def __init__(
        self,
        sync_now: Callable[[], SyncReport],
        ended: Callable[[SyncReport | None, RefleksError | None], None],
    ) -> None:
        super().__init__()
        self._sync_now = sync_now
        self._ended = ended

    def run(self) -> None:
        try:
            report = self._sync_now()
        except RefleksError as error:
            self._ended(None, error)
        except Exception as error:
            # Anything else still ends the run: a run that never ended would stop every
            # later one (and the window would not know why sync went quiet).
            self._ended(None, RefleksError(str(error) or type(error).__name__))
        else:
            self._ended(report, None)
