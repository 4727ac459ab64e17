"""Starting at log-in: the Linux autostart entry written and removed for real under a
temporary XDG_CONFIG_HOME; the macOS and Windows writers as the paths and contents they make."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from app.desktop_entry import APP_ID
from app.reminders import autostart

COMMAND = ["/opt/Refleks bundle/refleks"]


def test_linux_entry_is_written_atomically_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    target = tmp_path / "config" / "autostart" / "refleks.desktop"
    assert autostart.linux_autostart_path() == target
    assert not autostart.is_enabled("linux")

    autostart.set_enabled(True, COMMAND, "linux")
    assert autostart.is_enabled("linux")
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "[Desktop Entry]" in lines and "Name=Refleks" in lines
    # The menu entry's Exec line, quoted as the desktop entry spec asks.
    assert 'Exec="/opt/Refleks bundle/refleks"' in lines
    assert "X-GNOME-Autostart-enabled=true" in lines
    assert [p.name for p in target.parent.iterdir()] == ["refleks.desktop"]  # no .partial left

    autostart.set_enabled(True, ["/usr/bin/refleks"], "linux")  # again: replaced, not doubled
    assert "Exec=/usr/bin/refleks" in target.read_text(encoding="utf-8").splitlines()

    autostart.set_enabled(False, COMMAND, "linux")
    assert not target.exists() and not autostart.is_enabled("linux")
    autostart.set_enabled(False, COMMAND, "linux")  # already off: nothing to do, no error


def test_a_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    assert autostart.config_home({"XDG_CONFIG_HOME": "rel/dir"}, home=tmp_path) == (
        tmp_path / ".config"
    )
    assert autostart.config_home({}, home=tmp_path) == tmp_path / ".config"


def test_macos_launch_agent() -> None:
    home = Path("/Users/mette")
    assert autostart.macos_agent_path(home) == Path(
        f"/Users/mette/Library/LaunchAgents/{APP_ID}.plist"
    )
    agent = plistlib.loads(
        autostart.macos_agent(["/Applications/Refleks.app/Contents/MacOS/Refleks"])
    )
    assert agent == {
        "Label": APP_ID,
        "ProgramArguments": ["/Applications/Refleks.app/Contents/MacOS/Refleks"],
        "RunAtLoad": True,
    }


def test_windows_run_value() -> None:
    assert autostart.WINDOWS_RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert (
        autostart.windows_run_value([r"C:\Program Files\Refleks\Refleks.exe"])
        == r'"C:\Program Files\Refleks\Refleks.exe"'
    )
    assert (
        autostart.windows_run_value([r"C:\Python311\pythonw.exe", r"C:\src\main.py"])
        == r"C:\Python311\pythonw.exe C:\src\main.py"
    )
