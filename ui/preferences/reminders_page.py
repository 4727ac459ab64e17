"""Preferences ▸ Reminders: the reflection rhythm, postcards, commitments, start at log-in.

The reminders' settings live in the device-local settings (ui/preferences/settings.py).
Whether Refleks starts at log-in is read from the system itself (app/reminders/autostart.py),
so the box tells the truth even after the entry was removed by hand.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.desktop_entry import launch_command
from app.reminders import autostart
from app.reminders.schedule import days_text, parse_days, parse_time
from ui.preferences import settings as keys
from ui.preferences.settings import Settings


class RemindersPage(QWidget):
    """Which reminders come, when the rhythm's do, and whether Refleks starts at log-in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rhythm = QCheckBox(objectName="rhythmCheck")
        self.days: dict[int, QCheckBox] = {
            day: QCheckBox(objectName=f"rhythmDay{day}") for day in range(1, 8)
        }
        self.time = QTimeEdit(objectName="rhythmTime")
        self.time.setDisplayFormat("HH:mm")
        self.postcards = QCheckBox(objectName="postcardReminderCheck")
        self.commitments = QCheckBox(objectName="commitmentReminderCheck")
        self.start_at_login = QCheckBox(objectName="startAtLoginCheck")
        self._time_label = QLabel()
        self._time_label.setBuddy(self.time)
        self._hint = QLabel(wordWrap=True)
        self._hint.setProperty("muted", True)
        self.problem = QLabel(wordWrap=True, objectName="remindersProblem")
        self.problem.hide()
        self._autostart_was = False

        day_row = QHBoxLayout()
        day_row.setContentsMargins(24, 0, 0, 0)
        for box in self.days.values():
            day_row.addWidget(box)
        day_row.addStretch(1)
        time_row = QHBoxLayout()
        time_row.setContentsMargins(24, 0, 0, 0)
        time_row.addWidget(self._time_label)
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.rhythm)
        column.addLayout(day_row)
        column.addLayout(time_row)
        column.addSpacing(6)
        column.addWidget(self.postcards)
        column.addWidget(self.commitments)
        column.addSpacing(6)
        column.addWidget(self.start_at_login)
        column.addWidget(self._hint)
        column.addWidget(self.problem)
        column.addStretch(1)
        self.rhythm.toggled.connect(self._follow_rhythm)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reminders")

    def load(self, settings: Settings) -> None:
        days = parse_days(settings.get(keys.REMIND_RHYTHM_DAYS))
        for day, box in self.days.items():
            box.setChecked(day in days)
        self.rhythm.setChecked(bool(days))
        at = parse_time(settings.get(keys.REMIND_RHYTHM_TIME))
        self.time.setTime(QTime(at.hour, at.minute))
        self._follow_rhythm(bool(days))
        self.postcards.setChecked(settings.get(keys.REMIND_POSTCARDS))
        self.commitments.setChecked(settings.get(keys.REMIND_COMMITMENTS))
        try:
            self._autostart_was = autostart.is_enabled()
        except OSError:
            self._autostart_was = False
        self.start_at_login.setChecked(self._autostart_was)

    def save(self, settings: Settings) -> None:
        chosen = frozenset(d for d, box in self.days.items() if box.isChecked())
        settings.set(keys.REMIND_RHYTHM_DAYS, days_text(chosen) if self.rhythm.isChecked() else "")
        at = self.time.time()
        settings.set(keys.REMIND_RHYTHM_TIME, dt.time(at.hour(), at.minute()).strftime("%H:%M"))
        settings.set(keys.REMIND_POSTCARDS, self.postcards.isChecked())
        settings.set(keys.REMIND_COMMITMENTS, self.commitments.isChecked())
        wanted = self.start_at_login.isChecked()
        if wanted == self._autostart_was:
            return
        try:
            autostart.set_enabled(wanted, launch_command())
        except OSError as error:
            self.problem.setText(
                self.tr("Refleks could not change how it starts at log-in: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            self.problem.show()
            self.start_at_login.setChecked(self._autostart_was)
            return
        self.problem.hide()
        self._autostart_was = wanted

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _follow_rhythm(self, on: bool) -> None:
        for box in self.days.values():
            box.setEnabled(on)
        self.time.setEnabled(on)

    def retranslate(self) -> None:
        self.rhythm.setText(self.tr("Remind me to &reflect on these days:"))
        locale = QLocale()
        for day, box in self.days.items():
            box.setText(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day, QLocale.FormatType.LongFormat))
        self._time_label.setText(self.tr("&At:"))
        self.time.setAccessibleName(self.tr("Time of the reminder"))
        self.postcards.setText(
            self.tr("Remind me of a course module's &postcard once its day has passed")
        )
        self.commitments.setText(self.tr("Remind me of &commitments on their due day"))
        self.start_at_login.setText(self.tr("&Start Refleks when I log in"))
        self._hint.setText(
            self.tr(
                "Reminders come while Refleks is open, at most once a day of each kind: "
                "as a notification from its icon beside the clock, or at the top of the "
                "window where the system has no such icons."
            )
        )
