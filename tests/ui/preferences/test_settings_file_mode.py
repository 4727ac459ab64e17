"""The settings file is owner-only from its first write on, like everything Refleks keeps."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.preferences.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_settings_file_is_0600_and_stays_so_through_rewrites(tmp_path: Path) -> None:
    path = tmp_path / "config" / "Refleks.conf"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.store.setValue("window/geometry", "x")
    settings.sync()
    assert mode(path) == 0o600  # Qt alone wrote it 0644
    assert mode(path.parent) == 0o700
    for value in ("y", "z"):  # each sync replaces the file
        settings.store.setValue("window/geometry", value)
        settings.sync()
        assert mode(path) == 0o600
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert again.value("window/geometry") == "z"


def test_an_existing_readable_settings_file_is_narrowed(tmp_path: Path) -> None:
    path = tmp_path / "Refleks.conf"
    path.write_text("[settings]\nversion=2\n[window]\nlanguage=da\n", encoding="utf-8")
    path.chmod(0o644)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.sync()
    assert mode(path) == 0o600
    assert settings.store.value("window/language") == "da"
