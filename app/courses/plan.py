"""Reading a course plan that a course organiser hands out, as TOML or CSV.

A plan is a list of modules: name and date, optionally place and notes. CSV files have a
header row (English or Danish column names; comma or semicolon separated, as Danish
spreadsheets save them); TOML files have an optional `name` and `[[modules]]` tables.
Dates are ISO (2026-03-14) or Danish day-first (14.03.2026, 14-03-2026, 14/3/2026).

A bad file is refused as a whole with one message naming the file, line and field; nothing
is written (the service creates the course and its modules in one transaction).

CSV::

    name,date,place,notes
    Modul 1: Offentlig værdi,2026-01-15,Kolding,Læs kapitel 3

TOML::

    name = "Ledelse i netværksstaten"

    [[modules]]
    name = "Modul 1: Offentlig værdi"
    date = 2026-01-15
    place = "Kolding"
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.courses.service import Course, CourseService, ModuleSpec, check_modules
from app.errors import InvalidInputError

MAX_PLAN_BYTES = 1_000_000
MAX_MODULES = 200

#: Column names accepted in a CSV header (lower case), by field.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "module", "module name", "navn", "modul", "modulnavn"),
    "date": ("date", "day", "dato", "dag"),
    "place": ("place", "location", "sted"),
    "notes": ("notes", "note", "noter", "bemærkninger"),
}
TOML_FIELDS = ("name", "date", "place", "notes")

_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")


class CoursePlanError(InvalidInputError):
    """A plan file that cannot be read; the message names file, line and field."""


@dataclass(frozen=True, slots=True)
class CoursePlan:
    """What a plan file holds: perhaps a course name, and the modules in date order."""

    name: str | None
    modules: tuple[ModuleSpec, ...]
    source: Path


def parse_day(text: str) -> dt.date | None:
    """A date in ISO or Danish day-first form, or None when it is neither."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def load_plan(path: Path) -> CoursePlan:
    """Read a plan from `path` (.toml, or .csv/.txt); raise CoursePlanError when it is bad."""
    path = Path(path)
    text = _read_text(path)
    if path.suffix.lower() == ".toml":
        return parse_toml(text, source=path)
    return parse_csv(text, source=path)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CoursePlanError(f"{path} does not exist. Check the file name.") from None
    except OSError as error:
        raise CoursePlanError(f"{path} cannot be read: {error.strerror}.") from None
    if not path.is_file():
        raise CoursePlanError(f"{path} is not a file. Choose a .toml or .csv course plan.")
    if size > MAX_PLAN_BYTES:
        raise CoursePlanError(
            f"{path} is {size // 1000} kB; a course plan can be at most "
            f"{MAX_PLAN_BYTES // 1000} kB. Is this the right file?"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CoursePlanError(f"{path} cannot be read: {error.strerror}.") from None
    try:
        return data.decode("utf-8-sig")  # spreadsheets often write a byte order mark
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CoursePlanError(
            f"{path}, line {line}: the file is not UTF-8 text. "
            "Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again."
        ) from None


def _finish(name: str | None, modules: list[ModuleSpec], source: Path) -> CoursePlan:
    if not modules:
        raise CoursePlanError(f"{source}: the plan lists no modules. Add at least one.")
    if len(modules) > MAX_MODULES:
        raise CoursePlanError(
            f"{source}: the plan lists {len(modules)} modules; at most {MAX_MODULES} are allowed."
        )
    try:
        cleaned = check_modules(modules)
    except InvalidInputError as error:
        raise CoursePlanError(f"{source}: {error.message}") from None
    return CoursePlan(name=name, modules=tuple(cleaned), source=source)


# ----- CSV ---------------------------------------------------------------------------


def parse_csv(text: str, *, source: Path) -> CoursePlan:
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    columns: dict[str, int] | None = None
    modules: list[ModuleSpec] = []
    seen: dict[dt.date, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if columns is None:
                columns = _header(row, source, line)
                continue
            spec = _csv_module(row, columns, source, line)
            if spec.day in seen:
                raise CoursePlanError(
                    f"{source}, line {line}, field 'date': {spec.day.isoformat()} is also the "
                    f"date of the module on line {seen[spec.day]}. Each module needs its own date."
                )
            seen[spec.day] = line
            modules.append(spec)
    except csv.Error as error:
        reason = str(error)
        if "unexpected end of data" in reason:
            reason = 'a quote (") is opened but never closed'
        raise CoursePlanError(f"{source}, line {reader.line_num}: {reason}.") from None
    if columns is None:
        raise CoursePlanError(f"{source} is empty. A course plan needs a header row: name,date")
    return _finish(None, modules, source)


def _header(row: list[str], source: Path, line: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        label = cell.strip().lower()
        for field, names in COLUMNS.items():
            if label in names and field not in found:
                found[field] = index
    missing = [field for field in ("name", "date") if field not in found]
    if missing:
        got = ", ".join(cell.strip() for cell in row) or "nothing"
        raise CoursePlanError(
            f"{source}, line {line}: the header row needs the columns name and date "
            f"(optional: place, notes), but has: {got}. Missing: {', '.join(missing)}."
        )
    return found


def _csv_module(row: list[str], columns: dict[str, int], source: Path, line: int) -> ModuleSpec:
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = " ".join(cell("name").split())
    if not name:
        raise CoursePlanError(f"{source}, line {line}, field 'name': the module has no name.")
    raw_day = cell("date")
    day = parse_day(raw_day)
    if day is None:
        shown = f"'{raw_day}'" if raw_day else "empty"
        raise CoursePlanError(
            f"{source}, line {line}, field 'date': {shown} is not a date. "
            "Use YYYY-MM-DD (e.g. 2026-03-14) or DD.MM.YYYY."
        )
    return ModuleSpec(name, day, cell("place") or None, cell("notes") or None)


# ----- TOML --------------------------------------------------------------------------


def parse_toml(text: str, *, source: Path) -> CoursePlan:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CoursePlanError(f"{source}: not valid TOML: {error}.") from None
    name = document.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        line = _key_line(text, None, "name")
        raise CoursePlanError(f"{source}, line {line}, field 'name': give the course name as text.")
    tables = document.get("modules")
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise CoursePlanError(
            f"{source}: no [[modules]] tables found. Each module is a [[modules]] table "
            "with name and date."
        )
    modules: list[ModuleSpec] = []
    seen: dict[dt.date, int] = {}
    for index, table in enumerate(tables):
        spec = _toml_module(text, table, index, source)
        line = _key_line(text, index, "date")
        if spec.day in seen:
            raise CoursePlanError(
                f"{source}, line {line}, field 'modules[{index + 1}].date': "
                f"{spec.day.isoformat()} is also the date of modules[{seen[spec.day]}]. "
                "Each module needs its own date."
            )
        seen[spec.day] = index + 1
        modules.append(spec)
    return _finish(name.strip() if isinstance(name, str) else None, modules, source)


def _toml_module(text: str, table: dict[str, Any], index: int, source: Path) -> ModuleSpec:
    def fail(field: str, reason: str) -> CoursePlanError:
        line = _key_line(text, index, field)
        return CoursePlanError(
            f"{source}, line {line}, field 'modules[{index + 1}].{field}': {reason}"
        )

    unknown = sorted(set(table) - set(TOML_FIELDS))
    if unknown:
        raise fail(unknown[0], f"unknown field; a module has {', '.join(TOML_FIELDS)}.")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "the module needs a name (text).")
    raw_day = table.get("date")
    if isinstance(raw_day, dt.datetime):
        day: dt.date | None = raw_day.date()
    elif isinstance(raw_day, dt.date):
        day = raw_day
    elif isinstance(raw_day, str):
        day = parse_day(raw_day)
    else:
        day = None
    if day is None:
        shown = "missing" if raw_day is None else f"'{raw_day}' is not a date"
        raise fail("date", f"{shown}. Use YYYY-MM-DD, e.g. date = 2026-03-14.")
    optional: dict[str, str | None] = {}
    for field in ("place", "notes"):
        value = table.get(field)
        if value is not None and not isinstance(value, str):
            raise fail(field, "give it as text in quotes.")
        optional[field] = value
    return ModuleSpec(" ".join(name.split()), day, optional["place"], optional["notes"])


def _key_line(text: str, index: int | None, field: str) -> int:
    """The line of `field` in the index-th [[modules]] table (or at the top when None).

    tomllib gives no positions for values; a good-enough scan finds the line for the message.
    Falls back to the table's header line, or line 1.
    """
    key = re.compile(rf"\s*{re.escape(field)}\s*=")
    header = re.compile(r"\s*\[\[\s*modules\s*\]\]")
    any_header = re.compile(r"\s*\[")
    tables_seen = -1
    header_line = 1
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            tables_seen += 1
            if index is not None and tables_seen == index:
                header_line = number
            continue
        if any_header.match(line) and index is None:
            break
        in_table = tables_seen == index if index is not None else tables_seen == -1
        if in_table and key.match(line):
            return number
        if index is not None and tables_seen > index:
            break
    return header_line


def import_plan(courses: CourseService, path: Path, *, name: str | None = None) -> Course:
    """Read the plan at `path` and make its course; all of it or nothing.

    The course is called `name`, else the plan's own name, else after the file.
    """
    plan = load_plan(path)
    chosen = (name or "").strip() or plan.name or Path(path).stem.replace("_", " ").strip()
    return courses.create_course(chosen, plan.modules)
