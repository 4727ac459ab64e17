"""Reading a date typed as text, in the usual Danish and English forms.

Both languages are always accepted, whatever the window's language: "3. november 2026",
"3/11/2026", "3-11-2026", "2026-11-03", "3 November 2026", "November 3, 2026",
"3. nov. 2026". Numeric dates are read day first (Danish and British order), except the
ISO form, which starts with a four-digit year.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "january", "jan"),
        ("februar", "february", "feb"),
        ("marts", "march", "mar"),
        ("april", "apr"),
        ("maj", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^([a-zæøå]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})$")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The date `text` names, or None when it names none (or an impossible one)."""
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    if match := _ISO.match(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return _make(year, month, day)
    if match := _NUMERIC.match(cleaned):
        day, month, year = (int(part) for part in match.groups())
        if year < 100:
            year += 2000
        return _make(year, month, day)
    if match := _DAY_MONTH.match(cleaned):
        day_text, name, year_text = match.groups()
        month = _MONTHS.get(name)
        return _make(int(year_text), month, int(day_text)) if month else None
    if match := _MONTH_DAY.match(cleaned):
        name, day_text, year_text = match.groups()
        month = _MONTHS.get(name)
        return _make(int(year_text), month, int(day_text)) if month else None
    return None


_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")


def parse_clock(text: str) -> dt.time | None:
    """A time of day typed as "18:06", "18.06", "9:05" or "9", or None if it names none."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def local_clock(moment: dt.datetime) -> dt.time:
    """The wall-clock time here (to the minute) of a UTC moment; naive means UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    try:
        local = aware.astimezone()
    except (OverflowError, OSError, ValueError):  # dates far outside what the OS knows
        local = aware
    return dt.time(local.hour, local.minute)
