"""Reading untrusted JSON values with a precise place for every complaint.

Each getter names the field it checks (`entries[3].day`) so an import error says exactly
where the file is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from app.exchange.errors import ImportFormatError

_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "text",
    bool: "true or false",
    int: "a number",
}
#: The whole numbers a file may give (versions, positions: all small). SQLite itself stops
#: at 2**63, and a larger number used to end an import in an OverflowError.
INT_RANGE = (-(2**31), 2**31 - 1)
# A lone surrogate can only come from a JSON escape (UTF-8 itself cannot carry one).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json(text: str, path: Path | str) -> Any:
    """The JSON value of `text`; a syntax error names its line and column."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()):
            problem = "the JSON ends too early; the file looks truncated"
        else:
            problem = f"this is not valid JSON ({error.msg})"
        raise ImportFormatError(
            path, f"line {error.lineno}, column {error.colno}", problem
        ) from None
    except RecursionError:
        raise ImportFormatError(path, "", "the JSON is nested too deeply") from None
    except ValueError:  # a number of more than 4,300 digits
        raise ImportFormatError(path, "", "a number in it is far too long") from None
    if _SURROGATE_ESCAPE.search(text):
        check_text_values(value, path, "")
    return value


def check_text_values(value: Any, path: Path | str, where: str) -> None:
    """Refuse a text (or a name) holding half of a UTF-16 pair: JSON can write one as
    `\\ud800`, but it is no character, and SQLite cannot store it."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            code = ord(value[error.start])
            raise ImportFormatError(
                path,
                where,
                f"the text holds a broken character (\\u{code:04x}, half of a UTF-16 pair); "
                "the file is damaged there: correct or remove that text and import again",
            ) from None
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_text_values(item, path, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            place = f"{where}.{key}" if where else str(key)
            check_text_values(key, path, place)
            check_text_values(item, path, place)


class Fields:
    """Typed access to the fields of one JSON object, complaining with `path: where.field`."""

    def __init__(self, value: Any, path: Path | str, where: str) -> None:
        self.path = path
        self.where = where
        self.data: dict[str, Any] = expect(value, dict, path, where)

    def _place(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, problem: str) -> ImportFormatError:
        return ImportFormatError(self.path, self._place(name), problem)

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def raw(self, name: str, *, required: bool = True) -> Any:
        if name not in self.data or (required and self.data[name] is None):
            if required:
                raise self.fail(name, "this required field is missing")
            return None
        return self.data[name]

    def typed(self, name: str, kind: type, *, required: bool = True) -> Any:
        value = self.raw(name, required=required)
        if value is None:
            return None
        return expect(value, kind, self.path, self._place(name))

    def text(self, name: str, *, required: bool = True, default: str | None = None) -> Any:
        value = self.typed(name, str, required=required)
        return default if value is None else value

    def boolean(self, name: str, *, default: bool = False) -> bool:
        value = self.typed(name, bool, required=False)
        return default if value is None else bool(value)

    def integer(
        self, name: str, *, required: bool = True, low: int = INT_RANGE[0], high: int = INT_RANGE[1]
    ) -> int | None:
        value = self.typed(name, int, required=required)
        if value is not None and not low <= value <= high:
            raise self.fail(name, out_of_range(value, low, high))
        return value

    def items(self, name: str, *, required: bool = True) -> list[Any]:
        value = self.typed(name, list, required=required)
        return [] if value is None else value

    def day(self, name: str) -> dt.date:
        value = self.text(name)
        day = parse_day(value)
        if day is None:
            raise self.fail(name, f"'{value[:40]}' is not a date (YYYY-MM-DD)")
        return day

    def timestamp(self, name: str, *, required: bool = True) -> dt.datetime | None:
        value = self.text(name, required=required)
        if value is None:
            return None
        return parse_utc(value, lambda: self.fail(name, f"'{value[:40]}' is not a UTC timestamp"))


def expect(value: Any, kind: type, path: Path | str, where: str) -> Any:
    """`value` if it is of `kind` (bool is not a number here), else a clear complaint."""
    wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
    if wrong:
        raise ImportFormatError(
            path, where, f"expected {_TYPE_NAMES.get(kind, kind.__name__)}, found {describe(value)}"
        )
    return value


def out_of_range(value: int, low: int, high: int) -> str:
    digits = len(str(abs(value)))
    shown = str(value) if digits <= 40 else f"a number of {digits} digits"
    return f"{shown} is out of range (expected a whole number from {low:,} to {high:,})"


def parse_day(value: str) -> dt.date | None:
    """A `YYYY-MM-DD` date, None for anything else (no week dates or `20260314`)."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, float):
        return "a decimal number"
    return type(value).__name__


def format_utc(value: dt.datetime) -> str:
    """A naive-UTC timestamp as ISO 8601 with microseconds and a Z."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


def parse_utc(value: str, failure: Any) -> dt.datetime:
    """Naive UTC from an ISO 8601 timestamp (Z or an offset); `failure()` makes the error."""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError(value)
        return parsed.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise failure() from None
