"""Argument types and the parser that reports a bad argument in one line with status 2."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import NoReturn

from app.dates import parse_clock
from app.errors import InvalidInputError
from app.records import EARLIEST_DAY, LATEST_DAY, TagRef

USAGE_ERROR = 2


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one clear line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


# Only the calendar form: fromisoformat alone also takes 20260314 and 2026-W11-6.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
#: The largest id SQLite can hold (a signed 64-bit integer).
MAX_ID = 2**63 - 1


def calendar_day(text: str) -> dt.date | None:
    """`YYYY-MM-DD` as a date, or None when it is another form or not a real day."""
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def iso_day(text: str) -> dt.date:
    day = calendar_day(text)
    if day is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a valid date; use YYYY-MM-DD, e.g. 2026-03-14"
        )
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the dates Refleks accepts "
            f"({EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}); check the year"
        )
    return day


def clock_time(text: str) -> dt.time:
    """A time of day for `--time`, as HH:MM."""
    found = parse_clock(text) if ":" in text else None
    if found is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time of day; use HH:MM, e.g. 18:06")
    return found


def check_period(date_from: dt.date | None, date_to: dt.date | None) -> None:
    """Refuse a period that ends before it starts (it would match nothing, silently)."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InvalidInputError(
            f"--from {date_from.isoformat()} is after --to {date_to.isoformat()}; "
            "swap them to give the period."
        )


def tag_ref(text: str) -> TagRef:
    try:
        return TagRef.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a tag; use FAMILY:KEY, e.g. dilemma:control or own:budget"
        ) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive whole number")
    if value > MAX_ID:
        # No id or count gets this large; the database could not even look it up.
        raise argparse.ArgumentTypeError(f"'{text}' is too large; no id or count is that big")
    return value
