"""Argument types and the parser that reports a bad argument in one line with status 2."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import NoReturn

from app.records import TagRef

USAGE_ERROR = 2


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one clear line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


def iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a valid date; use YYYY-MM-DD, e.g. 2026-03-14"
        ) from None


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
    return value
