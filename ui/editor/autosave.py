"""When the editor saves by itself: a pause in typing, and retries after a failed save.

Two single-shot timers: the pause timer restarts on every change, so a save happens about
a second after typing stops; the retry timer waits longer after each failure (RetryPolicy).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ui.editor.editor_state import RetryPolicy

AUTOSAVE_DELAY_MS = 1000


class AutosaveTimers(QObject):
    """Emits `due` when it is time to save."""

    due = Signal()

    def __init__(
        self,
        *,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        retry_policy: RetryPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = retry_policy or RetryPolicy()
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(delay_ms)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.pause.timeout.connect(self.due)
        self.retry.timeout.connect(self.due)

    def changed(self) -> None:
        """The text changed: (re)start the pause before saving."""
        self.pause.start()

    def failed(self) -> int:
        """A save failed: schedule the next attempt and return the delay in ms."""
        delay = self.policy.next_delay_ms()
        self.retry.start(delay)
        return delay

    def succeeded(self) -> None:
        self.policy.reset()
        self.stop()

    def stop(self) -> None:
        self.pause.stop()
        self.retry.stop()
