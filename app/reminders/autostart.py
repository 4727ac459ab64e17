"""Starting Refleks when the user logs in: one writer per system, and the way back out.

Linux (and other freedesktop systems): a desktop entry in $XDG_CONFIG_HOME/autostart, the
same entry the menu gets (app/desktop_entry.py), written atomically. macOS: a LaunchAgent
property list in ~/Library/LaunchAgents. Windows: a value under the current user's Run
key. The paths and contents are pure functions, so every system's can be tested anywhere.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.desktop_entry import APP_ID, desktop_entry_text, write_atomically

AUTOSTART_FILE = "refleks.desktop"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE_NAME = "Refleks"


def config_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """$XDG_CONFIG_HOME, or ~/.config when it is unset or not absolute (as the spec says)."""
    chosen = (environ if environ is not None else os.environ).get("XDG_CONFIG_HOME", "")
    if os.path.isabs(chosen):
        return Path(chosen)
    return (home if home is not None else Path.home()) / ".config"


def linux_autostart_path(environ: Mapping[str, str] | None = None) -> Path:
    return config_home(environ) / "autostart" / AUTOSTART_FILE


def linux_autostart_entry(command: Sequence[str]) -> str:
    """The menu's desktop entry, marked for autostart."""
    return desktop_entry_text(command) + "X-GNOME-Autostart-enabled=true\n"


def macos_agent_path(home: Path | None = None) -> Path:
    base = home if home is not None else Path.home()
    return base / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def macos_agent(command: Sequence[str]) -> bytes:
    """A LaunchAgent that runs `command` once at log-in."""
    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True})


def windows_run_value(command: Sequence[str]) -> str:
    """`command` as one command line, quoted as Windows reads it, for the Run key."""
    return subprocess.list2cmdline(list(command))


def is_enabled(platform: str = sys.platform) -> bool:
    """Whether Refleks starts at log-in now (read from the system, not remembered)."""
    if platform == "win32":
        return _windows_value() is not None
    if platform == "darwin":
        return macos_agent_path().exists()
    return linux_autostart_path().exists()


def set_enabled(on: bool, command: Sequence[str], platform: str = sys.platform) -> None:
    """Start `command` at log-in, or no longer. OSError when the system refuses."""
    if platform == "win32":
        _set_windows_value(windows_run_value(command) if on else None)
        return
    if platform == "darwin":
        path, data = macos_agent_path(), macos_agent(command)
    else:
        path, data = linux_autostart_path(), linux_autostart_entry(command).encode("utf-8")
    if on:
        write_atomically(path, data)
    else:
        path.unlink(missing_ok=True)


def _windows_value() -> str | None:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, WINDOWS_VALUE_NAME)
    except OSError:
        return None
    return str(value)


def _set_windows_value(value: str | None) -> None:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
        if value is not None:
            winreg.SetValueEx(key, WINDOWS_VALUE_NAME, 0, winreg.REG_SZ, value)
            return
        with contextlib.suppress(FileNotFoundError):
            winreg.DeleteValue(key, WINDOWS_VALUE_NAME)
