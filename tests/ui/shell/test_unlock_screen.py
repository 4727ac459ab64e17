"""The unlock screen and auto-lock: passphrase checks, idle time on the wall clock, saving
before locking, only the unlock screen while locked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.journal.context import JournalContext
from app.security import KdfParams, service, unlock_key
from ui.shell.auto_lock import AutoLock
from ui.shell.unlock_screen import UnlockScreen
from ui.window.start_page import FREE

PASSPHRASE = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def encrypt(context: JournalContext) -> bytes:
    report = service.encrypt(
        context.paths,
        PASSPHRASE,
        database=context.database,
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    assert report.key is not None
    return report.key


def test_wrong_then_right_passphrase(qtbot, context: JournalContext) -> None:  # type: ignore[no-untyped-def]
    key = encrypt(context)
    screen = UnlockScreen(unlock=lambda text: unlock_key(context.paths.journal, text))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.passphrase, "not it at all")
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.error.isVisible()
    assert "does not open" in screen.error.text()
    assert screen.passphrase.text() == ""
    assert screen.passphrase.echoMode() is screen.passphrase.EchoMode.Password
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked) as blocker:
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [key]
    assert screen.passphrase.text() == ""  # nothing lingers in the field


def test_an_empty_passphrase_is_not_tried(qtbot) -> None:  # type: ignore[no-untyped-def]
    tried: list[str] = []
    screen = UnlockScreen(unlock=lambda text: tried.append(text) or b"")  # type: ignore[func-returns-value]
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.try_unlock()
    assert tried == [] and screen.error.isVisible()


def make_lock(window, clock: Clock, minutes: int = 10, unlock=None) -> AutoLock:  # type: ignore[no-untyped-def]
    return AutoLock(
        window=window, save_all=window.save_all, unlock=unlock, minutes=minutes, clock=clock
    )


def test_idle_minutes_lock_after_saving_and_show_only_the_unlock_screen(
    qtbot, main_window, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    encrypt(context)
    clock = Clock()
    lock = make_lock(
        main_window, clock, unlock=lambda text: unlock_key(context.paths.journal, text)
    )
    main_window.start_page.buttons[FREE].click()
    qtbot.keyClicks(main_window.editor.header.title_edit, "Skrevet lige før")
    assert main_window.editor.has_unsaved_changes()
    clock.now += 9 * 60
    assert not lock.check()
    clock.now += 2 * 60  # eleven idle minutes, e.g. across a suspend
    with qtbot.waitSignal(lock.locked):
        assert lock.check()
    assert not main_window.editor.has_unsaved_changes()
    entry_id = main_window.editor.current_entry_id()
    assert context.journal.get_entry(entry_id).title == "Skrevet lige før"
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [lock.screen]
    assert lock.screen is not None and lock.screen.passphrase.isVisible()

    qtbot.keyClicks(lock.screen.passphrase, "wrong passphrase")
    assert not lock.screen.try_unlock()
    assert lock.is_locked and not main_window.isVisible()
    qtbot.keyClicks(lock.screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked):
        lock.screen.try_unlock()
    assert main_window.isVisible() and not lock.is_locked
    assert main_window.editor.header.title_edit.text() == "Skrevet lige før"
    lock.stop()


def test_activity_resets_the_idle_time(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    lock = make_lock(main_window, clock, minutes=10)
    clock.now += 9 * 60
    QApplication.sendEvent(
        main_window,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    )
    assert lock.idle_seconds() == 0
    clock.now += 9 * 60
    assert not lock.check()
    lock.stop()


@pytest.mark.parametrize("minutes", [0])
def test_zero_minutes_never_locks(qtbot, main_window, minutes: int) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    lock = make_lock(main_window, clock, minutes=minutes)
    clock.now += 10 * 24 * 3600
    assert not lock.check() and not lock.is_locked
    lock.stop()


def test_a_plain_journal_locks_and_opens_with_one_click(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    lock = make_lock(main_window, clock, minutes=lambda: 1)  # type: ignore[arg-type]
    clock.now += 61
    assert lock.check()
    assert lock.screen is not None and not lock.screen.passphrase.isVisible()
    with qtbot.waitSignal(lock.unlocked):
        qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert main_window.isVisible()
    lock.stop()


def test_the_settings_default_is_ten_minutes(settings) -> None:  # type: ignore[no-untyped-def]
    from ui.preferences import settings as keys

    assert settings.get(keys.AUTO_LOCK_MINUTES) == 10


def test_the_title_leaves_the_application_name_to_qt(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Qt appends " — <applicationDisplayName>" to every window title that does not end with
    # it, so a title naming Refleks itself would read "Refleks — locked — Refleks".
    screen = UnlockScreen(unlock=None)
    qtbot.addWidget(screen)
    assert screen.windowTitle() == "Locked"
    assert "Refleks" not in screen.windowTitle()


ON_A_REAL_X_SERVER = """
import json, subprocess, sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from ui.shell.application import create_application
from ui.shell.auto_lock import AutoLock
from ui.shell.i18n import LanguageManager
from ui.shell.unlock_screen import UnlockScreen

app = create_application([])
languages = LanguageManager(app)
languages.apply("en")


def settle(condition):
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(20)
    return condition()


def shown_title(widget):
    out = subprocess.run(
        ["xprop", "-id", str(int(widget.winId())), "_NET_WM_NAME"],
        capture_output=True, text=True, check=True,
    ).stdout
    return out.split("=", 1)[1].strip().strip('"')


result = {}
start = UnlockScreen(unlock=lambda text: b"key")  # the start-up unlock screen
start.show()
result["start focus"] = settle(lambda: start.passphrase.hasFocus())
result["title"] = shown_title(start)
languages.apply("da")
settle(lambda: start.windowTitle() != "Locked")
app.processEvents()
result["danish title"] = shown_title(start)
languages.apply("en")
start.close()

window = QWidget()
window.resize(500, 400)
window.show()
window.activateWindow()
settle(lambda: QApplication.activeWindow() is window)
lock = AutoLock(window=window, save_all=lambda: True, unlock=lambda text: b"key")
lock.lock()
result["auto-lock focus"] = settle(lambda: lock.screen.passphrase.hasFocus())
print(json.dumps(result))
"""


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xprop") is None,
    reason="needs xvfb-run and xprop",
)
def test_on_a_real_x_server_the_passphrase_has_the_keyboard_and_the_title_is_right(
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    # Offscreen, every window shown becomes active by itself; an X server only gives the
    # keyboard to a window that asks for it, which is what went wrong after auto-lock.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1024x768x24",
            sys.executable,
            "-c",
            ON_A_REAL_X_SERVER,
        ],
        cwd=Path(__file__).resolve().parents[3],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {
        "start focus": True,
        "title": "Locked — Refleks",
        "danish title": "Låst — Refleks",
        "auto-lock focus": True,
    }
