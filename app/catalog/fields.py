"""Typed readers of TOML tables for the catalog: each failure names the field it is about."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from app.catalog.model import Text

Table = dict[str, Any]

KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


class Invalid(Exception):
    """The first thing wrong with a file; the catalog turns it into a CatalogProblem."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


def read_toml(path: Path) -> Table:
    """Parse one TOML file; every failure becomes an Invalid."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise Invalid("(file)", f"cannot be read: {error.strerror or error}") from error
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Invalid(
            "(file)", f"is not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from error
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        if position is None:
            raise Invalid("(file)", f"is not valid TOML: {message}") from error
        field = f"line {position.group(1)}, column {position.group(2)}"
        raise Invalid(field, f"is not valid TOML: {message[: position.start()]}") from error


def field(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def string(table: Table, name: str, where: str, *, required: bool = True) -> str:
    """A string field; required ones must not be blank."""
    value = table.get(name)
    if value is None:
        if required:
            raise Invalid(field(where, name), "is missing")
        return ""
    if not isinstance(value, str):
        raise Invalid(field(where, name), f"must be text, not {type_name(value)}")
    if required and not value.strip():
        raise Invalid(field(where, name), "is empty")
    return value


def key(table: Table, where: str) -> str:
    key = string(table, "key", where)
    if not KEY_PATTERN.fullmatch(key):
        raise Invalid(
            field(where, "key"),
            f"'{key}' must be lower-case letters, digits and underscores, starting with a letter",
        )
    return key


def required_text(table: Table, base: str, where: str) -> Text:
    """A `<base>_da`/`<base>_en` pair (plain `da`/`en` when base is empty)."""
    da_name, en_name = (f"{base}_da", f"{base}_en") if base else ("da", "en")
    return Text(da=string(table, da_name, where), en=string(table, en_name, where))


def optional_text(table: Table, base: str, where: str) -> Text | None:
    """Like required_text, but the pair may be left out entirely (never half given)."""
    if f"{base}_da" not in table and f"{base}_en" not in table:
        return None
    return required_text(table, base, where)


def help(table: Table, where: str, *, strict: bool) -> Text:
    if strict:
        return required_text(table, "help", where)
    return optional_text(table, "help", where) or Text(da="", en="")


def tables(table: Table, name: str, where: str, *, required: bool = True) -> list[Table]:
    """An array of tables, e.g. `[[prompts]]`."""
    value = table.get(name)
    if value is None:
        if required:
            raise Invalid(field(where, name), "is missing")
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise Invalid(field(where, name), "must be a list of tables ([[...]] sections)")
    return value


def strings(table: Table, name: str, where: str) -> tuple[str, ...]:
    value = table.get(name, [])
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise Invalid(field(where, name), "must be a list of text")
    return tuple(value)


def unique(keys: list[str], name: str, where: str) -> None:
    seen: set[str] = set()
    for number, key in enumerate(keys, start=1):
        if key in seen:
            raise Invalid(field(where, f"{name}[{number}].key"), f"'{key}' is used twice")
        seen.add(key)


def type_name(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    names[dict] = "a table"
    return names.get(type(value), type(value).__name__)
