"""Reminders in the main window: a check every minute and at start, and the nudge itself.

`ReminderMode(window=...)` is made once by the main window, after the course and
commitment modes it opens things through. Each check asks `ReminderService` what is due
now (the clock is `self.now`, which tests replace), remembers the day each kind was shown
in the device-local settings, and shows the reminders: as a system notification through
the tray icon, present while any reminder is on, or, where the system has no tray, as a
calm notice at the top of the window. Clicking either brings the window forward and opens
what the reminder is about: a new entry, the module's postcard, the commitments pane.

A private entry's commitment is never named in a notification: it says that one is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QSizePolicy, QSystemTrayIcon, QToolBar

from app.errors import RefleksError
from app.reminders.schedule import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    parse_day,
    parse_days,
    parse_time,
)
from app.reminders.service import ReminderService
from app.summary.labels import long_date
from models.errors import StorageError
from ui.preferences import settings as keys
from ui.preferences.settings import Settings
from ui.reminders.notice import ReminderNotice
from ui.shell.single_instance import bring_forward

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

CHECK_INTERVAL_MS = 60_000
TRAY_MESSAGE_MS = 15_000
# The longest commitment text a notification quotes; longer ones end in an ellipsis.
QUOTED_CHARS = 80

Clock = Callable[[], dt.datetime]


def reminder_settings(settings: Settings) -> ReminderSettings:
    """What Preferences ▸ Reminders stored, as the decision reads it."""
    return ReminderSettings(
        rhythm_days=parse_days(settings.get(keys.REMIND_RHYTHM_DAYS)),
        rhythm_time=parse_time(settings.get(keys.REMIND_RHYTHM_TIME)),
        postcards=settings.get(keys.REMIND_POSTCARDS),
        commitments=settings.get(keys.REMIND_COMMITMENTS),
    )


def last_nudged(settings: Settings) -> dict[str, dt.date]:
    found = {}
    for kind in ReminderKind:
        day = parse_day(settings.get(keys.last_nudge(kind.value)))
        if day is not None:
            found[kind.value] = day
    return found


class ReminderMode(QObject):
    """The timer, the tray icon and the notice of one window."""

    def __init__(self, *, window: MainWindow, now: Clock = dt.datetime.now) -> None:
        super().__init__(window)
        self._window = window
        self.now = now
        self.service = ReminderService(
            courses=window.course_mode.courses, commitments=window.context.commitments
        )
        # Whether nudges go through the system tray; False shows them in the window.
        self.use_tray = (
            QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()
        )
        self.tray: QSystemTrayIcon | None = None
        self._tray_reminder: Reminder | None = None
        self.notice = ReminderNotice()
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar = QToolBar(objectName="reminderBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.toggleViewAction().setVisible(False)  # not a toolbar the user picks
        self.bar.addWidget(self.notice)
        window.addToolBarBreak()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.notice.showing.connect(self.bar.setVisible)
        self.notice.open_requested.connect(self.open_reminder)
        self.timer.timeout.connect(self.check)
        self.settings_changed()
        self.timer.start()
        QTimer.singleShot(0, self, self.check)  # at start, once the window is up

    # ----- the check -----------------------------------------------------------------

    def settings_changed(self) -> None:
        """Preferences were applied: the tray icon is there while any reminder is on."""
        on = reminder_settings(self._window.settings).any_on
        if on and self.use_tray and self.tray is None:
            from ui.shell.application import application_icon

            self.tray = QSystemTrayIcon(application_icon(), self)
            self.tray.setToolTip("Refleks")
            self.tray.messageClicked.connect(self._on_tray_message_clicked)
            self.tray.activated.connect(lambda _reason: self._bring_forward())
        if self.tray is not None:
            self.tray.setVisible(on)

    def check(self) -> list[Reminder]:
        """Show what is due now and remember the day; returns what was shown."""
        session = self._window.session
        if session is not None and session.locked:
            return []  # checked again after unlocking, on the next tick
        settings = self._window.settings
        now = self.now()
        try:
            due = self.service.due(now, reminder_settings(settings), last_nudged(settings))
        except (RefleksError, StorageError):
            return []  # the journal cannot be read just now; the next tick tries again
        for reminder in due:
            settings.set(keys.last_nudge(reminder.kind.value), now.date().isoformat())
        if due:
            settings.sync()
            self._show(due)
        return due

    def _show(self, due: list[Reminder]) -> None:
        if self.use_tray and self.tray is not None and self.tray.isVisible():
            title, detail, _button = self.describe(due[0])
            lines = [detail] + [self.describe(r)[0] for r in due[1:]]
            self._tray_reminder = due[0]
            self.tray.showMessage(
                title,
                "\n".join(line for line in lines if line),
                QSystemTrayIcon.MessageIcon.Information,
                TRAY_MESSAGE_MS,
            )
            return
        for reminder in due:
            self.notice.add(reminder, *self.describe(reminder))

    # ----- what a reminder says --------------------------------------------------------

    def describe(self, reminder: Reminder) -> tuple[str, str, str]:
        """The reminder's title, one line of detail and its button's text."""
        if reminder.kind is ReminderKind.RHYTHM:
            return (
                self.tr("Time to reflect"),
                self.tr("A few minutes with your journal: what from these days is worth keeping?"),
                self.tr("Write an entry"),
            )
        if reminder.kind is ReminderKind.POSTCARD and reminder.module is not None:
            module = reminder.module.module
            day = long_date(module.day, self._window.languages.language)
            detail = self.tr("%1 was on %2. Five short questions on what you take with you.")
            detail = detail.replace("%1", module.name).replace("%2", day)
            if reminder.more_modules:
                detail += " " + self.tr(
                    "%n more module(s) without a postcard.", "", reminder.more_modules
                )
            return (
                self.tr("Postcard for %1").replace("%1", module.name),
                detail,
                self.tr("Write the postcard"),
            )
        due = reminder.commitments
        button = self.tr("Show commitments")
        if len(due) == 1:
            only = due[0]
            if only.private:
                detail = self.tr("It comes from a private entry; open your commitments to see it.")
            else:
                detail = _quoted(only.text)
            return self.tr("A commitment is due"), detail, button
        return (
            self.tr("%n commitments are due", "", len(due)),
            self.tr("Open your commitments to see how they went."),
            button,
        )

    # ----- what a click opens ------------------------------------------------------------

    def open_reminder(self, reminder: Reminder) -> None:
        """Bring the window forward and open what `reminder` is about."""
        window = self._window
        session = window.session
        if session is not None and session.locked:
            session.bring_forward()  # the unlock screen first; the journal stays closed
            return
        self._bring_forward()
        if reminder.kind is ReminderKind.RHYTHM:
            window.new_entry()
        elif reminder.kind is ReminderKind.POSTCARD and reminder.module is not None:
            window.course_mode.write_postcard(reminder.module.module.id)
        elif reminder.kind is ReminderKind.COMMITMENTS:
            window.commitment_mode.show_pane()

    def _on_tray_message_clicked(self) -> None:
        if self._tray_reminder is not None:
            self.open_reminder(self._tray_reminder)

    def _bring_forward(self) -> None:
        session = self._window.session
        if session is not None:
            session.bring_forward()
        else:
            bring_forward(self._window)


def _quoted(text: str) -> str:
    line = " ".join(text.split())
    if len(line) > QUOTED_CHARS:
        line = line[: QUOTED_CHARS - 1].rstrip() + "…"
    return f"“{line}”"
