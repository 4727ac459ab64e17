"""The catalog of the deck's taxonomy, guided templates and help texts.

One loader reads `resources/prompts/`: `families.toml` (the tag families),
`perspectives.toml` (help texts) and `templates/*.toml` (the built-in
templates). Users and coaches add templates as `*.toml` files in the same format
in `<data-dir>/templates/`. A bad user file never stops the program: it is
skipped and reported as a `CatalogProblem` naming the file, the field (prompts
numbered from 1, e.g. `prompts[2].da`) and the reason. Invalid built-in data is
a bug and raises `CatalogError`.

A template file looks like this (`instruction_*`, `item_family`, `help_*`
and `slide` are optional in user files)::

    key = "weekly"
    version = 1
    title_da = "Ugens refleksion"
    title_en = "Weekly reflection"
    description_da = "..."
    description_en = "..."

    [[prompts]]
    key = "highlight"
    da = "Hvad lykkedes i denne uge?"
    en = "What went well this week?"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.catalog_model import (
    BUILTIN_SOURCE,
    FAMILY_KEYS,
    CatalogError,
    CatalogProblem,
    Detail,
    HelpText,
    Prompt,
    TagFamily,
    TagItem,
    Template,
    Text,
)

__all__ = [
    "BUILTIN_SOURCE",
    "DEFAULT_RESOURCE_DIR",
    "FAMILY_KEYS",
    "Catalog",
    "CatalogError",
    "CatalogProblem",
    "Detail",
    "HelpText",
    "Prompt",
    "TagFamily",
    "TagItem",
    "Template",
    "Text",
]

DEFAULT_RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "prompts"

#: The order of the built-in templates in the chooser; any others follow by key.
_BUILTIN_TEMPLATE_ORDER: tuple[str, ...] = (
    "free",
    "postcard",
    "dilemma",
    "paradox",
    "legitimacy",
    "leader_roles",
    "fourfold_responsibility",
    "network_strategy",
    "public_value",
)

_KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

_T = TypeVar("_T")
_Table = dict[str, Any]


class _Invalid(Exception):
    """Internal: the first thing wrong with a file, turned into a CatalogProblem."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Catalog:
    """Everything the deck gives as data, plus the user's own templates."""

    families: tuple[TagFamily, ...]
    templates: tuple[Template, ...]
    help_texts: tuple[HelpText, ...]
    problems: tuple[CatalogProblem, ...] = ()

    @classmethod
    def load(
        cls, *, user_template_dir: Path | None = None, resource_dir: Path | None = None
    ) -> Catalog:
        """Read the built-in data and every `*.toml` in `user_template_dir`.

        Raises CatalogError only if the built-in data is invalid; bad user files
        end up in `problems` instead.
        """
        resources = resource_dir if resource_dir is not None else DEFAULT_RESOURCE_DIR
        families = _load_builtin(resources / "families.toml", _families)
        help_texts = _load_builtin(resources / "perspectives.toml", _help_texts)
        family_keys = frozenset(family.key for family in families)

        builtins: list[Template] = []
        for path in sorted((resources / "templates").glob("*.toml")):
            template = _load_builtin(
                path, lambda table: _template(table, family_keys, BUILTIN_SOURCE, strict=True)
            )
            if any(other.key == template.key for other in builtins):
                problem = CatalogProblem(str(path), "key", f"'{template.key}' is used twice")
                raise CatalogError(problem)
            builtins.append(template)
        builtins.sort(key=_builtin_rank)

        user_templates, problems = _load_user_templates(
            user_template_dir, family_keys, {template.key for template in builtins}
        )
        return cls(
            families=families,
            templates=(*builtins, *user_templates),
            help_texts=help_texts,
            problems=problems,
        )

    def family(self, key: str) -> TagFamily | None:
        """Return the family called `key`, or None."""
        return next((family for family in self.families if family.key == key), None)

    def item(self, family: str, key: str) -> TagItem | None:
        """Return the item `key` of `family`, or None."""
        found = self.family(family)
        return found.item(key) if found is not None else None

    def template(self, key: str) -> Template | None:
        """Return the template called `key`, or None."""
        return next((template for template in self.templates if template.key == key), None)

    def help_text(self, key: str) -> HelpText | None:
        """Return the help text called `key`, or None."""
        return next((help_text for help_text in self.help_texts if help_text.key == key), None)


# --- reading files -------------------------------------------------------------------


def _read_toml(path: Path) -> _Table:
    """Parse one TOML file; every failure becomes an _Invalid."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _Invalid("(file)", f"cannot be read: {error.strerror or error}") from error
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Invalid(
            "(file)", f"is not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from error
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        if position is None:
            raise _Invalid("(file)", f"is not valid TOML: {message}") from error
        field = f"line {position.group(1)}, column {position.group(2)}"
        raise _Invalid(field, f"is not valid TOML: {message[: position.start()]}") from error


def _load_builtin(path: Path, build: Callable[[_Table], _T]) -> _T:
    try:
        return build(_read_toml(path))
    except _Invalid as invalid:
        raise CatalogError(CatalogProblem(str(path), invalid.field, invalid.reason)) from None


def _load_user_templates(
    folder: Path | None, family_keys: frozenset[str], taken: set[str]
) -> tuple[tuple[Template, ...], tuple[CatalogProblem, ...]]:
    if folder is None or not folder.is_dir():
        return (), ()
    templates: list[Template] = []
    problems: list[CatalogProblem] = []
    keys = dict.fromkeys(taken, "a built-in template")
    for path in sorted(folder.glob("*.toml")):
        if not path.is_file():
            continue
        try:
            template = _template(_read_toml(path), family_keys, str(path), strict=False)
            if template.key in keys:
                raise _Invalid("key", f"'{template.key}' is already used by {keys[template.key]}")
        except _Invalid as invalid:
            problems.append(CatalogProblem(str(path), invalid.field, invalid.reason))
            continue
        keys[template.key] = path.name
        templates.append(template)
    return tuple(templates), tuple(problems)


def _builtin_rank(template: Template) -> tuple[int, str]:
    if template.key in _BUILTIN_TEMPLATE_ORDER:
        return _BUILTIN_TEMPLATE_ORDER.index(template.key), template.key
    return len(_BUILTIN_TEMPLATE_ORDER), template.key


# --- validating tables ---------------------------------------------------------------


def _field(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _string(table: _Table, name: str, where: str, *, required: bool = True) -> str:
    """A string field; required ones must not be blank."""
    value = table.get(name)
    if value is None:
        if required:
            raise _Invalid(_field(where, name), "is missing")
        return ""
    if not isinstance(value, str):
        raise _Invalid(_field(where, name), f"must be text, not {_type_name(value)}")
    if required and not value.strip():
        raise _Invalid(_field(where, name), "is empty")
    return value


def _key(table: _Table, where: str) -> str:
    key = _string(table, "key", where)
    if not _KEY_PATTERN.fullmatch(key):
        raise _Invalid(
            _field(where, "key"),
            f"'{key}' must be lower-case letters, digits and underscores, starting with a letter",
        )
    return key


def _required_text(table: _Table, base: str, where: str) -> Text:
    """A `<base>_da`/`<base>_en` pair (plain `da`/`en` when base is empty)."""
    da_name, en_name = (f"{base}_da", f"{base}_en") if base else ("da", "en")
    return Text(da=_string(table, da_name, where), en=_string(table, en_name, where))


def _optional_text(table: _Table, base: str, where: str) -> Text | None:
    """Like _required_text, but the pair may be left out entirely (never half given)."""
    if f"{base}_da" not in table and f"{base}_en" not in table:
        return None
    return _required_text(table, base, where)


def _help(table: _Table, where: str, *, strict: bool) -> Text:
    if strict:
        return _required_text(table, "help", where)
    return _optional_text(table, "help", where) or Text(da="", en="")


def _tables(table: _Table, name: str, where: str, *, required: bool = True) -> list[_Table]:
    """An array of tables, e.g. `[[prompts]]`."""
    value = table.get(name)
    if value is None:
        if required:
            raise _Invalid(_field(where, name), "is missing")
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise _Invalid(_field(where, name), "must be a list of tables ([[...]] sections)")
    return value


def _strings(table: _Table, name: str, where: str) -> tuple[str, ...]:
    value = table.get(name, [])
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise _Invalid(_field(where, name), "must be a list of text")
    return tuple(value)


def _unique(keys: list[str], name: str, where: str) -> None:
    seen: set[str] = set()
    for number, key in enumerate(keys, start=1):
        if key in seen:
            raise _Invalid(_field(where, f"{name}[{number}].key"), f"'{key}' is used twice")
        seen.add(key)


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list"}
    names[dict] = "a table"
    return names.get(type(value), type(value).__name__)


# --- building records ----------------------------------------------------------------


def _template(table: _Table, family_keys: frozenset[str], source: str, *, strict: bool) -> Template:
    key = _key(table, "")
    version = table.get("version")
    if version is None:
        raise _Invalid("version", "is missing")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Invalid("version", "must be a whole number of 1 or more")
    item_family: str | None = None
    if "item_family" in table:
        item_family = _string(table, "item_family", "")
        if item_family not in family_keys:
            known = ", ".join(sorted(family_keys))
            raise _Invalid("item_family", f"'{item_family}' is not a tag family ({known})")
    prompt_tables = _tables(table, "prompts", "", required=strict)
    prompts = tuple(
        _prompt(entry, f"prompts[{number}]", strict=strict)
        for number, entry in enumerate(prompt_tables, start=1)
    )
    _unique([prompt.key for prompt in prompts], "prompts", "")
    return Template(
        key=key,
        version=version,
        title=_required_text(table, "title", ""),
        description=_required_text(table, "description", ""),
        instruction=_optional_text(table, "instruction", ""),
        item_family=item_family,
        prompts=prompts,
        source=source,
    )


def _prompt(table: _Table, where: str, *, strict: bool) -> Prompt:
    return Prompt(
        key=_key(table, where),
        text=_required_text(table, "", where),
        help=_help(table, where, strict=strict),
        slide=_string(table, "slide", where, required=strict),
    )


def _families(document: _Table) -> tuple[TagFamily, ...]:
    families = [
        _family(entry, f"families[{number}]")
        for number, entry in enumerate(_tables(document, "families", ""), start=1)
    ]
    _unique([family.key for family in families], "families", "")
    keys = [family.key for family in families]
    if sorted(keys) != sorted(FAMILY_KEYS):
        raise _Invalid("families", f"must be exactly {', '.join(FAMILY_KEYS)}; found {keys}")
    return tuple(sorted(families, key=lambda family: FAMILY_KEYS.index(family.key)))


def _family(table: _Table, where: str) -> TagFamily:
    key = _key(table, where)
    items = tuple(
        _item(entry, key, f"{where}.items[{number}]")
        for number, entry in enumerate(_tables(table, "items", where, required=False), start=1)
    )
    _unique([item.key for item in items], "items", where)
    return TagFamily(
        key=key,
        label=_required_text(table, "label", where),
        description=_required_text(table, "description", where),
        slides=_strings(table, "slides", where),
        items=items,
    )


def _item(table: _Table, family: str, where: str) -> TagItem:
    details = tuple(
        Detail(
            key=_key(entry, f"{where}.details[{number}]"),
            label=_required_text(entry, "label", f"{where}.details[{number}]"),
            value=_required_text(entry, "", f"{where}.details[{number}]"),
        )
        for number, entry in enumerate(_tables(table, "details", where, required=False), start=1)
    )
    _unique([detail.key for detail in details], "details", where)
    return TagItem(
        family=family,
        key=_key(table, where),
        label=_required_text(table, "label", where),
        text=_required_text(table, "", where),
        question=_optional_text(table, "question", where),
        help=_help(table, where, strict=True),
        slide=_string(table, "slide", where),
        details=details,
    )


def _help_texts(document: _Table) -> tuple[HelpText, ...]:
    help_texts = tuple(
        HelpText(
            key=_key(entry, f"help_texts[{number}]"),
            title=_required_text(entry, "title", f"help_texts[{number}]"),
            text=_required_text(entry, "", f"help_texts[{number}]"),
            slide=_string(entry, "slide", f"help_texts[{number}]"),
        )
        for number, entry in enumerate(_tables(document, "help_texts", ""), start=1)
    )
    _unique([help_text.key for help_text in help_texts], "help_texts", "")
    return help_texts
