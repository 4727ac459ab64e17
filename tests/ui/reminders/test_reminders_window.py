"""Reminders in the window, offscreen (no system tray): the calm notice at the top shows
what is due, and its button brings up what it is about; a private commitment is never
quoted; Preferences ▸ Reminders stores the choices and writes the autostart entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.courses.records import ModuleSpec
from app.records import EntryDraft
from app.reminders.schedule import ReminderKind
from ui.preferences import settings as keys
from ui.preferences.dialog import PreferencesDialog
from ui.preferences.reminders_page import RemindersPage
from ui.preferences.settings import Settings
from ui.window.main_window import MainWindow

TUESDAY = dt.date(2026, 12, 1)


def fixed(moment: dt.datetime):  # type: ignore[no-untyped-def]
    return lambda: moment


def test_a_due_commitment_shows_the_notice_and_opens_the_pane(
    qtbot, main_window: MainWindow, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    mode = window.reminder_mode
    assert not mode.use_tray  # offscreen has no tray: the notice in the window instead
    entry = window.context.journal.create_entry(EntryDraft(day=TUESDAY, title="Møde")).id
    window.context.commitments.add(entry, "Spørg Søren om budgettet", TUESDAY)
    mode.now = fixed(dt.datetime(2026, 12, 1, 9, 0))

    (shown,) = mode.check()
    assert shown.kind is ReminderKind.COMMITMENTS
    notice = mode.notice
    qtbot.waitUntil(notice.isVisible)
    assert mode.bar.isVisible()
    assert notice.title.text() == "A commitment is due"
    assert notice.detail.text() == "“Spørg Søren om budgettet”"
    assert settings.get(keys.last_nudge("commitments")) == "2026-12-01"
    assert mode.check() == []  # once a day

    assert not window.commitment_mode.dock.isVisible()
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.commitment_mode.dock.isVisible)
    assert not notice.isVisible() and not mode.bar.isVisible()


def test_a_private_commitment_is_not_quoted(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    mode = window.reminder_mode
    entry = window.context.journal.create_entry(
        EntryDraft(day=TUESDAY, title="Fortroligt", private=True)
    ).id
    window.context.commitments.add(entry, "Tal med Anne om opsigelsen", TUESDAY)
    mode.now = fixed(dt.datetime(2026, 12, 2, 9, 0))
    mode.check()
    assert mode.notice.title.text() == "A commitment is due"
    assert "Anne" not in mode.notice.detail.text()
    assert "private" in mode.notice.detail.text()


def test_the_postcard_and_the_rhythm_open_their_entries(
    qtbot, main_window: MainWindow, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    mode = window.reminder_mode
    course = window.course_mode.courses.create_course(
        "Ledelse", [ModuleSpec("Modul 3", dt.date(2026, 11, 24))]
    )
    settings.set(keys.REMIND_RHYTHM_DAYS, "2,4")
    settings.set(keys.REMIND_RHYTHM_TIME, "16:00")
    mode.now = fixed(dt.datetime(2026, 12, 1, 15, 59))
    (postcard,) = mode.check()  # the rhythm is not due before 16:00
    assert postcard.kind is ReminderKind.POSTCARD
    assert mode.notice.title.text() == "Postcard for Modul 3"

    mode.now = fixed(dt.datetime(2026, 12, 1, 16, 0))
    (rhythm,) = mode.check()
    assert rhythm.kind is ReminderKind.RHYTHM
    # Both wait in turn: the postcard first.
    assert mode.notice.current() is postcard
    qtbot.mouseClick(mode.notice.open_button, Qt.MouseButton.LeftButton)
    assert window.editor.postcard_module_id() == course.modules[0].id
    assert mode.notice.title.text() == "Time to reflect"
    qtbot.mouseClick(mode.notice.later_button, Qt.MouseButton.LeftButton)
    assert not mode.bar.isVisible()


def test_each_kind_can_be_turned_off(qtbot, main_window: MainWindow, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.course_mode.courses.create_course("K", [ModuleSpec("M", dt.date(2026, 11, 24))])
    entry = window.context.journal.create_entry(EntryDraft(day=TUESDAY, title="Møde")).id
    window.context.commitments.add(entry, "Noget", TUESDAY)
    settings.set(keys.REMIND_POSTCARDS, False)
    settings.set(keys.REMIND_COMMITMENTS, False)
    window.reminder_mode.now = fixed(dt.datetime(2026, 12, 1, 16, 0))
    assert window.reminder_mode.check() == []
    assert not window.reminder_mode.bar.isVisible()


def test_the_reminders_page_stores_choices_and_the_autostart_entry(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = PreferencesDialog(settings=settings)
    qtbot.addWidget(dialog)
    page = dialog.page(RemindersPage)
    assert isinstance(page, RemindersPage)
    assert not page.rhythm.isChecked() and not page.days[2].isEnabled()
    assert page.postcards.isChecked() and page.commitments.isChecked()
    assert not page.start_at_login.isChecked()

    page.rhythm.setChecked(True)
    page.days[2].setChecked(True)
    page.days[4].setChecked(True)
    page.time.setTime(page.time.time().fromString("16:30", "HH:mm"))
    page.commitments.setChecked(False)
    page.start_at_login.setChecked(True)
    dialog.apply()

    assert settings.get(keys.REMIND_RHYTHM_DAYS) == "2,4"
    assert settings.get(keys.REMIND_RHYTHM_TIME) == "16:30"
    assert settings.get(keys.REMIND_COMMITMENTS) is False
    entry = tmp_path / "config" / "autostart" / "refleks.desktop"
    assert entry.exists() and "Exec=" in entry.read_text(encoding="utf-8")

    page.rhythm.setChecked(False)
    page.start_at_login.setChecked(False)
    dialog.apply()
    assert settings.get(keys.REMIND_RHYTHM_DAYS) == ""
    assert not entry.exists()
