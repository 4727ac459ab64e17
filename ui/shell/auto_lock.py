"""Locking the window after N idle minutes, measured on the wall clock.

Idle time is the wall-clock time since the last key press, click or wheel turn anywhere in
the application, so time spent suspended or asleep counts (a monotonic timer would stop
during suspend on some systems). A coarse timer compares it with the limit; the check also
runs when the application becomes active again, which is the first thing after a resume.
Locking first asks the window to save everything, then hides every window and shows only
the unlock screen; unlocking shows them again as they were.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.shell.unlock_screen import UnlockFunction, UnlockScreen

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)
CHECK_INTERVAL_MS = 15_000


class AutoLock(QObject):
    """Watches for activity and locks `window` after `minutes` without any (0: never)."""

    locked = Signal()
    unlocked = Signal(object)  # the key from the unlock screen (None without passphrase)

    def __init__(
        self,
        *,
        window: QWidget,
        save_all: Callable[[], bool],
        unlock: UnlockFunction | None,
        minutes: int | Callable[[], int] = 10,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._save_all = save_all
        self._unlock = unlock
        self._clock = clock
        self._minutes = minutes
        self.last_activity = clock()
        self.screen: UnlockScreen | None = None
        self._hidden: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_state_changed)  # type: ignore[attr-defined]

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    @property
    def minutes(self) -> int:
        """The idle limit; read from the settings each time, so Preferences apply at once."""
        value = self._minutes() if callable(self._minutes) else self._minutes
        return max(0, int(value))

    def set_minutes(self, minutes: int | Callable[[], int]) -> None:
        self._minutes = minutes
        self.last_activity = self._clock()

    def set_unlock(self, unlock: UnlockFunction | None) -> None:
        """After the passphrase was set, changed or removed."""
        self._unlock = unlock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and not self.is_locked:
            self.last_activity = self._clock()
        return False

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self.last_activity)

    def check(self) -> bool:
        """Lock when the idle limit has passed; True when it locked now."""
        if self.is_locked or self.minutes <= 0:
            return False
        if self.idle_seconds() < self.minutes * 60:
            return False
        self.lock()
        return True

    def lock(self, *, by_hand: bool = False) -> None:
        """Save, hide every window and show only the unlock screen."""
        if self.is_locked:
            return
        self._save_all()  # text that could not be saved stays in the editor, hidden
        app = QApplication.instance()
        widgets = app.topLevelWidgets() if isinstance(app, QApplication) else [self._window]
        self._hidden = [w for w in widgets if w.isVisible()]
        screen = UnlockScreen(unlock=self._unlock, after_idle=not by_hand, by_hand=by_hand)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.unlocked.connect(self._on_unlocked)
        screen.quit_requested.connect(self._on_quit)
        screen.resize(self._window.size())
        screen.move(self._window.pos())
        self.screen = screen
        for widget in self._hidden:
            widget.hide()
        screen.show()
        self.locked.emit()

    def _on_unlocked(self, key: object) -> None:
        screen, self.screen = self.screen, None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._window.raise_()
        self._window.activateWindow()
        if screen is not None:
            screen.close()
        self.last_activity = self._clock()
        self.unlocked.emit(key)

    def _on_quit(self) -> None:
        # The windows stay hidden: closing the main window saves and backs up as usual.
        self._window.close()
        if self.screen is not None:
            self.screen.close()
            self.screen = None
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # after a resume, before anything is shown for long

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
