"""Stored values as Python values: dates, UTC times and flags as SQLite holds them.

SQLAlchemy's Date and DateTime store ISO text on SQLite (`YYYY-MM-DD`, and naive UTC as
`YYYY-MM-DD HH:MM:SS.ffffff`); parsing that text with `fromisoformat` here is what every
reader of the store shares.
"""

from __future__ import annotations

import datetime as dt


def stored_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def stored_utc(text: str | None) -> dt.datetime | None:
    """A stored naive-UTC DATETIME as an aware datetime (None stays None)."""
    # One parse with the offset is a fifth of parsing and then replacing the tzinfo.
    return None if text is None else dt.datetime.fromisoformat(text + "+00:00")


def stored_time(text: str | None) -> dt.time:
    """A stored time of day ("HH:MM", local wall clock) as a time; midnight if missing."""
    if not text:
        return dt.time(0)
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return dt.time(0)


def time_text(value: dt.time) -> str:
    """A time of day as the store holds and orders it: "HH:MM"."""
    return f"{value.hour:02d}:{value.minute:02d}"


def day_text(day: dt.date) -> str:
    """A date as the store compares it (ISO text, as SQLAlchemy's Date binds it)."""
    return day.isoformat()


def stored_text(value: dt.datetime | None) -> str | None:
    """A UTC datetime (naive or aware) as SQLAlchemy's SQLite DateTime stores it: naive,
    microseconds always (None stays None)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")
