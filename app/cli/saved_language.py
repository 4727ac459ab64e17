"""The window's language, read for a command without loading Qt's widgets.

The window keeps its language in the user's settings (ui/preferences/settings.py,
`LANGUAGE`: 'da', 'en', or '' for the system's language) through QSettings under the
organisation and application name "Refleks". On Linux and the other Unix systems that
store is an INI file, `$XDG_CONFIG_HOME/Refleks/Refleks.conf`, read here with configparser,
so a command starts as fast as before. Elsewhere (the macOS property list, the Windows
registry) QSettings from QtCore reads it, only when a command asks.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from app.journal.paths import APP_NAME

LANGUAGES = ("da", "en")
#: ui/preferences/settings.py LANGUAGE.key: section "ui", key "language" in the INI file.
SETTING_KEY = "ui/language"
#: Where settings from before the versioned layout kept it (moved on the window's next start).
OLD_KEY = "language"
ORGANISATION = "Refleks"  # ui/shell/application.py ORGANISATION


def settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """The window's settings file on a Unix system (QSettings' native INI location)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORGANISATION / f"{APP_NAME}.conf"


def _read_ini(path: Path) -> str:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # Qt's keys keep case
    try:
        with path.open(encoding="utf-8") as file:
            parser.read_file(file)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""
    section, key = SETTING_KEY.split("/", 1)
    value = parser.get(section, key, fallback=None)
    if value is None:
        value = parser.get("General", OLD_KEY, fallback="")
    return value.strip().strip('"')


def _read_native() -> str:
    from PySide6.QtCore import QSettings  # QtCore only: no widgets, no display

    store = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME
    )
    value = store.value(SETTING_KEY)
    if value is None:
        value = store.value(OLD_KEY, "")
    return str(value or "")


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """'da' when the locale speaks Danish (as ui/shell/i18n.py's system_language decides)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            if value.lower().startswith("da"):
                return "da"
            break
    preferred = env.get("LANGUAGE", "")
    if any(part.lower().startswith("da") for part in preferred.split(":")):
        return "da"
    return "en"


def saved_language() -> str:
    """The language the window shows, 'da' or 'en'."""
    if sys.platform in ("darwin", "win32"):
        try:
            chosen = _read_native()
        except Exception:  # an unreadable store means "not chosen"
            chosen = ""
    else:
        chosen = _read_ini(settings_file())
    return chosen if chosen in LANGUAGES else system_language()
