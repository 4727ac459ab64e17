"""The window's settings, each declared once with its key, type, default and meaning.

Backed by QSettings. A stored `settings/version` lets later releases move or reshape old
values with small upgrade steps that run once, in order, when the settings are opened.
The journal itself never lives here: only how the window looks and where the user was.
Still, the file says which folders hold journals and what was last searched for, so it is
kept owner-only (0600) like everything else Refleks writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.records import ORDER_DATE, ORDER_MATCH, TagRef, TimelineFilter

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: where it is stored, what type it has and what it is for."""

    key: str
    type: type
    default: T
    description: str


GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "Size and position of the main window."
)
WINDOW_STATE: Setting[QByteArray] = Setting(
    "window/state", QByteArray, QByteArray(), "Toolbar placement of the main window."
)
SPLITTER: Setting[QByteArray] = Setting(
    "window/splitter", QByteArray, QByteArray(), "Widths of the timeline and the editor."
)
LIST_TOP: Setting[int] = Setting(
    "window/timeline_list_top",
    int,
    0,
    "How far below the window's top the timeline's list began at close: the first paint "
    "puts the list there, so rows do not jump when the filter bar comes in.",
)
LANGUAGE: Setting[str] = Setting(
    "ui/language", str, "", "'da' or 'en'; empty follows the system's language."
)
LAST_FILTER: Setting[str] = Setting(
    "timeline/last_filter", str, "", "The timeline filter in use at close, as JSON."
)
LAST_ENTRY: Setting[int] = Setting(
    "timeline/last_entry", int, 0, "The entry open at close (0: none), opened again at start."
)
AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "security/auto_lock_minutes",
    int,
    10,
    "Lock the journal after this many idle minutes (0: never).",
)

MET_BEFORE_COLLAPSED: Setting[bool] = Setting(
    "editor/met_before_collapsed",
    bool,
    False,
    "Whether the editor's list of earlier entries with the same tags is folded away.",
)
ON_THIS_DAY_COLLAPSED: Setting[bool] = Setting(
    "timeline/on_this_day_collapsed",
    bool,
    False,
    "Whether the timeline's strip of entries from this date in earlier years is folded away.",
)

REMIND_RHYTHM_DAYS: Setting[str] = Setting(
    "reminders/rhythm_days",
    str,
    "",
    "Weekdays of the reflection rhythm as ISO numbers, e.g. '2,4' (empty: off).",
)
REMIND_RHYTHM_TIME: Setting[str] = Setting(
    "reminders/rhythm_time", str, "16:00", "Time of day of the reflection rhythm, 'HH:MM'."
)
REMIND_POSTCARDS: Setting[bool] = Setting(
    "reminders/postcards",
    bool,
    True,
    "Remind of a course module's postcard once the module's day has passed.",
)
REMIND_COMMITMENTS: Setting[bool] = Setting(
    "reminders/commitments", bool, True, "Remind of open commitments whose due day has come."
)


def last_nudge(kind: str) -> Setting[str]:
    """The day (ISO) a reminder of `kind` was last shown: at most one nudge a day per kind."""
    return Setting(f"reminders/last_{kind}", str, "", f"Day the {kind} reminder was last shown.")


ALL_SETTINGS: tuple[Setting[Any], ...] = (
    GEOMETRY,
    WINDOW_STATE,
    SPLITTER,
    LIST_TOP,
    LANGUAGE,
    LAST_FILTER,
    LAST_ENTRY,
    AUTO_LOCK_MINUTES,
    MET_BEFORE_COLLAPSED,
    ON_THIS_DAY_COLLAPSED,
    REMIND_RHYTHM_DAYS,
    REMIND_RHYTHM_TIME,
    REMIND_POSTCARDS,
    REMIND_COMMITMENTS,
)

VERSION_KEY = "settings/version"


def for_journal(setting: Setting[T], folder: Path) -> Setting[T]:
    """`setting` stored apart for the journal in `folder` (a hash, not the path, names it)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return replace(setting, key=f"journals/{digest}/{setting.key}")


UpgradeStep = Callable[[QSettings], None]


def _from_unversioned(store: QSettings) -> None:
    """Version 0 kept the language under `language`; it moved to `ui/language`."""
    if store.contains("language") and not store.contains(LANGUAGE.key):
        store.setValue(LANGUAGE.key, store.value("language"))
    store.remove("language")


def _journal_state_per_folder(store: QSettings) -> None:
    """Version 1 kept one last filter and entry for every journal; they are now per folder.

    The old values cannot be told apart by journal (and may hold a search typed in an
    encrypted one), so they are dropped.
    """
    store.remove(LAST_FILTER.key)
    store.remove(LAST_ENTRY.key)


# Index i upgrades version i to version i + 1.
UPGRADE_STEPS: tuple[UpgradeStep, ...] = (_from_unversioned, _journal_state_per_folder)
CURRENT_VERSION = len(UPGRADE_STEPS)


class Settings:
    """Typed access to the declared settings over one QSettings store."""

    def __init__(
        self, store: QSettings | None = None, *, steps: tuple[UpgradeStep, ...] = UPGRADE_STEPS
    ) -> None:
        self._store = store if store is not None else QSettings()
        self._steps = steps
        keep_private(self._store)
        self._upgrade()

    @property
    def store(self) -> QSettings:
        return self._store

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            return _coerce(raw, setting.type)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            # A hand-edited or damaged value must not stop the window from opening.
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def _upgrade(self) -> None:
        version = _coerce(self._store.value(VERSION_KEY, 0), int)
        if version > len(self._steps):
            return  # written by a newer release: read what we know, change nothing
        for step in self._steps[version:]:
            step(self._store)
        self._store.setValue(VERSION_KEY, len(self._steps))


PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def keep_private(store: QSettings) -> None:
    """Make the store's file owner-only, now and whenever Qt rewrites it.

    Qt writes a new settings file with the default mode (0644 under the usual umask), but
    a rewrite keeps the mode of the file it replaces. So the file is made here, empty and
    0600, before Qt first writes it, and an existing one is narrowed to 0600.
    """
    if sys.platform == "win32" and store.format() == QSettings.Format.NativeFormat:
        return  # the registry, not a file
    path = Path(store.fileName())
    if not path.is_absolute():
        return
    try:
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=PRIVATE_FOLDER_MODE)
        if path.exists():
            os.chmod(path, PRIVATE_FILE_MODE)
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except OSError:
        pass  # a read-only home or another owner's file: Qt cannot write it either


def _coerce(raw: object, kind: type) -> object:
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, bytes | bytearray):
            return QByteArray(bytes(raw))
        raise TypeError(kind)
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes"}
        return bool(raw)
    if kind is int:
        return int(raw)  # type: ignore[call-overload]
    if kind is str:
        return "" if raw is None else str(raw)
    raise TypeError(kind)


# ----- the last filter as JSON ---------------------------------------------------------


def filter_to_json(where: TimelineFilter) -> str:
    """A stable text form of `where` for LAST_FILTER (the trash view is never remembered)."""
    return json.dumps(
        {
            "date_from": where.date_from.isoformat() if where.date_from else None,
            "date_to": where.date_to.isoformat() if where.date_to else None,
            "tags": [[t.family, t.key, t.label] for t in where.tags],
            "match_all_tags": where.match_all_tags,
            "families": list(where.families),
            "text": where.text,
            "module_id": where.module_id,
            "private": where.private,
            "coaching": where.coaching,
            "order": where.order,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def filter_from_json(text: str) -> TimelineFilter:
    """The filter stored by `filter_to_json`; anything unreadable gives the empty filter."""
    if not text:
        return TimelineFilter()
    try:
        data = json.loads(text)
        return TimelineFilter(
            date_from=_day(data.get("date_from")),
            date_to=_day(data.get("date_to")),
            tags=tuple(TagRef(str(f), str(k), lbl) for f, k, lbl in data.get("tags", [])),
            match_all_tags=bool(data.get("match_all_tags", False)),
            families=tuple(str(f) for f in data.get("families", [])),
            text=str(data.get("text", "")),
            module_id=_optional_int(data.get("module_id")),
            private=_optional_bool(data.get("private")),
            coaching=_optional_bool(data.get("coaching")),
            order=ORDER_MATCH if data.get("order") == ORDER_MATCH else ORDER_DATE,
        )
    except (ValueError, TypeError, AttributeError):
        return TimelineFilter()


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _optional_int(value: object) -> int | None:
    return int(value) if isinstance(value, int) else None


def _optional_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None
