"""The catalog of the deck's taxonomy, guided templates and help texts.

One loader reads `resources/prompts/`: `families.toml` (the tag families),
`perspectives.toml` (help texts) and `templates/*.toml` (the built-in
templates). Users and coaches add templates as `*.toml` files in the same format
in `<data-dir>/templates/`. A bad user file never stops the program: it is
skipped and reported as a `CatalogProblem` naming the file, the field (prompts
numbered from 1, e.g. `prompts[2].da`) and the reason. Invalid built-in data is
a bug and raises `CatalogError`.

A template file looks like this (`instruction_*`, `item_family`, `perspectives`,
`help_*`, `slide`, `picker` and `commitment` are optional in user files)::

    key = "weekly"
    version = 1
    title_da = "Ugens refleksion"
    title_en = "Weekly reflection"
    description_da = "..."
    description_en = "..."

    perspectives = ["governance", "agency"]   # help texts shown beside the prompts

    [[prompts]]
    key = "highlight"
    da = "Hvad lykkedes i denne uge?"
    en = "What went well this week?"

    [[prompts]]
    key = "support"
    da = "Hvilken form for legitimitet trak du på?"
    en = "Which form of legitimacy did you draw on?"
    picker = "legitimacy"   # tick the family's items beside the answer; they tag the entry

    [[prompts]]
    key = "next_step"
    da = "Hvad vil du gøre næste gang?"
    en = "What will you do next time?"
    commitment = true   # the editor offers to make the answer a commitment
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.catalog import fields
from app.catalog.model import (
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
from app.resources import resource_path

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

DEFAULT_RESOURCE_DIR = resource_path("prompts")

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
    "perspectives",
)


_T = TypeVar("_T")
_Table = fields.Table


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
        known = _Known(
            families=frozenset(family.key for family in families),
            help_texts=frozenset(help_text.key for help_text in help_texts),
        )

        builtins: list[Template] = []
        for path in sorted((resources / "templates").glob("*.toml")):
            template = _load_builtin(
                path, lambda table: _template(table, known, BUILTIN_SOURCE, strict=True)
            )
            if any(other.key == template.key for other in builtins):
                problem = CatalogProblem(str(path), "key", f"'{template.key}' is used twice")
                raise CatalogError(problem)
            builtins.append(template)
        builtins.sort(key=_builtin_rank)

        user_templates, problems = _load_user_templates(
            user_template_dir, known, {template.key for template in builtins}
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


def _load_builtin(path: Path, build: Callable[[_Table], _T]) -> _T:
    try:
        return build(fields.read_toml(path))
    except fields.Invalid as invalid:
        raise CatalogError(CatalogProblem(str(path), invalid.field, invalid.reason)) from None


def _load_user_templates(
    folder: Path | None, known: _Known, taken: set[str]
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
            template = _template(fields.read_toml(path), known, str(path), strict=False)
            if template.key in keys:
                raise fields.Invalid(
                    "key", f"'{template.key}' is already used by {keys[template.key]}"
                )
        except fields.Invalid as invalid:
            problems.append(CatalogProblem(str(path), invalid.field, invalid.reason))
            continue
        keys[template.key] = path.name
        templates.append(template)
    return tuple(templates), tuple(problems)


def _builtin_rank(template: Template) -> tuple[int, str]:
    if template.key in _BUILTIN_TEMPLATE_ORDER:
        return _BUILTIN_TEMPLATE_ORDER.index(template.key), template.key
    return len(_BUILTIN_TEMPLATE_ORDER), template.key


# --- building records ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Known:
    """The keys a template may refer to: tag families and help texts."""

    families: frozenset[str]
    help_texts: frozenset[str]


def _template(table: _Table, known: _Known, source: str, *, strict: bool) -> Template:
    key = fields.key(table, "")
    version = table.get("version")
    if version is None:
        raise fields.Invalid("version", "is missing")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise fields.Invalid("version", "must be a whole number of 1 or more")
    item_family: str | None = None
    if "item_family" in table:
        item_family = fields.string(table, "item_family", "")
        _family_key(item_family, known, "item_family")
    prompt_tables = fields.tables(table, "prompts", "", required=strict)
    prompts = tuple(
        _prompt(entry, f"prompts[{number}]", strict=strict)
        for number, entry in enumerate(prompt_tables, start=1)
    )
    fields.unique([prompt.key for prompt in prompts], "prompts", "")
    _check_pickers(prompts, item_family, known)
    perspectives = fields.strings(table, "perspectives", "")
    for number, perspective in enumerate(perspectives, start=1):
        if perspective not in known.help_texts:
            names = ", ".join(sorted(known.help_texts))
            raise fields.Invalid(
                f"perspectives[{number}]", f"'{perspective}' is not a perspective ({names})"
            )
    return Template(
        key=key,
        version=version,
        title=fields.required_text(table, "title", ""),
        description=fields.required_text(table, "description", ""),
        instruction=fields.optional_text(table, "instruction", ""),
        item_family=item_family,
        prompts=prompts,
        source=source,
        perspectives=perspectives,
    )


def _family_key(family: str, known: _Known, field: str) -> None:
    if family not in known.families:
        names = ", ".join(sorted(known.families))
        raise fields.Invalid(field, f"'{family}' is not a tag family ({names})")


def _check_pickers(prompts: tuple[Prompt, ...], item_family: str | None, known: _Known) -> None:
    """A picker ticks the deck's items of one family; the tags are the one truth, so two
    places that pick from one family would show the same ticks twice."""
    seen: set[str] = set()
    for number, prompt in enumerate(prompts, start=1):
        if prompt.picker is None:
            continue
        field = f"prompts[{number}].picker"
        _family_key(prompt.picker, known, field)
        if prompt.picker == "own":
            raise fields.Invalid(field, "own tags cannot be ticked here; name a family of the deck")
        if prompt.picker == item_family:
            raise fields.Invalid(field, f"'{prompt.picker}' is already the template's item_family")
        if prompt.picker in seen:
            raise fields.Invalid(field, f"'{prompt.picker}' is picked by an earlier prompt")
        seen.add(prompt.picker)


def _prompt(table: _Table, where: str, *, strict: bool) -> Prompt:
    picker = fields.string(table, "picker", where, required=False) or None
    return Prompt(
        key=fields.key(table, where),
        text=fields.required_text(table, "", where),
        help=fields.help(table, where, strict=strict),
        slide=fields.string(table, "slide", where, required=strict),
        picker=picker,
        commitment=_flag(table, "commitment", where),
    )


def _flag(table: _Table, name: str, where: str) -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise fields.Invalid(
            fields.field(where, name), f"must be true or false, not {fields.type_name(value)}"
        )
    return value


def _families(document: _Table) -> tuple[TagFamily, ...]:
    families = [
        _family(entry, f"families[{number}]")
        for number, entry in enumerate(fields.tables(document, "families", ""), start=1)
    ]
    fields.unique([family.key for family in families], "families", "")
    keys = [family.key for family in families]
    if sorted(keys) != sorted(FAMILY_KEYS):
        raise fields.Invalid("families", f"must be exactly {', '.join(FAMILY_KEYS)}; found {keys}")
    return tuple(sorted(families, key=lambda family: FAMILY_KEYS.index(family.key)))


def _family(table: _Table, where: str) -> TagFamily:
    key = fields.key(table, where)
    items = tuple(
        _item(entry, key, f"{where}.items[{number}]")
        for number, entry in enumerate(
            fields.tables(table, "items", where, required=False), start=1
        )
    )
    fields.unique([item.key for item in items], "items", where)
    return TagFamily(
        key=key,
        label=fields.required_text(table, "label", where),
        description=fields.required_text(table, "description", where),
        slides=fields.strings(table, "slides", where),
        items=items,
    )


def _item(table: _Table, family: str, where: str) -> TagItem:
    details = tuple(
        Detail(
            key=fields.key(entry, f"{where}.details[{number}]"),
            label=fields.required_text(entry, "label", f"{where}.details[{number}]"),
            value=fields.required_text(entry, "", f"{where}.details[{number}]"),
        )
        for number, entry in enumerate(
            fields.tables(table, "details", where, required=False), start=1
        )
    )
    fields.unique([detail.key for detail in details], "details", where)
    return TagItem(
        family=family,
        key=fields.key(table, where),
        label=fields.required_text(table, "label", where),
        text=fields.required_text(table, "", where),
        question=fields.optional_text(table, "question", where),
        help=fields.help(table, where, strict=True),
        slide=fields.string(table, "slide", where),
        details=details,
    )


def _help_texts(document: _Table) -> tuple[HelpText, ...]:
    help_texts = tuple(
        HelpText(
            key=fields.key(entry, f"help_texts[{number}]"),
            title=fields.required_text(entry, "title", f"help_texts[{number}]"),
            text=fields.required_text(entry, "", f"help_texts[{number}]"),
            slide=fields.string(entry, "slide", f"help_texts[{number}]"),
        )
        for number, entry in enumerate(fields.tables(document, "help_texts", ""), start=1)
    )
    fields.unique([help_text.key for help_text in help_texts], "help_texts", "")
    return help_texts
