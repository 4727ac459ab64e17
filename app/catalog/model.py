"""The catalog's plain values: tag families, templates, prompts and help texts.

These are the frozen records the rest of the program reads; `app.catalog.catalog`
builds them from the TOML files in `resources/prompts/` and from the user's
own template files. Nothing here imports Qt or touches the disk.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The tag families, in the order the UI shows them. `own` holds the user's tags.
FAMILY_KEYS: tuple[str, ...] = (
    "dilemma",
    "paradox",
    "legitimacy",
    "role",
    "strategy",
    "responsibility",
    "own",
)

#: `Template.source` for templates shipped with the program.
BUILTIN_SOURCE = "builtin"


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Danish (the deck's own words) and English."""

    da: str
    en: str

    def get(self, language: str) -> str:
        """Return the text in `language` ("da" or "en"); anything else gives English."""
        return self.da if language == "da" else self.en


@dataclass(frozen=True, slots=True)
class Detail:
    """One labelled fact about a tag item, e.g. a form of legitimacy's focus."""

    key: str
    label: Text
    value: Text


@dataclass(frozen=True, slots=True)
class TagItem:
    """One item of a tag family, e.g. the dilemma of control."""

    family: str
    key: str
    label: Text  # short, for chips and menus
    text: Text  # the deck's full wording
    question: Text | None  # the item's own question in the deck, if it has one
    help: Text
    slide: str  # heading of the slide the item comes from
    details: tuple[Detail, ...] = ()

    def detail(self, key: str) -> Detail | None:
        """Return the detail called `key`, or None."""
        return next((detail for detail in self.details if detail.key == key), None)


@dataclass(frozen=True, slots=True)
class TagFamily:
    """A group of tag items from one part of the deck, e.g. the paradoxes."""

    key: str
    label: Text
    description: Text
    slides: tuple[str, ...]
    items: tuple[TagItem, ...]

    def item(self, key: str) -> TagItem | None:
        """Return the item called `key`, or None."""
        return next((item for item in self.items if item.key == key), None)


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question of a template; each is answered in its own field."""

    key: str
    text: Text
    help: Text
    slide: str  # empty for user prompts that cite no slide
    #: A tag family whose items are ticked beside the answer, e.g. "legitimacy" for the
    #: question of which forms were drawn on; the ticks are the entry's tags of that family.
    picker: str | None = None
    #: True for a question whose answer says what the writer will do ("what would you do
    #: next time?"): the editor offers to make that answer a commitment.
    commitment: bool = False


@dataclass(frozen=True, slots=True)
class Template:
    """A guided way of writing an entry: an ordered list of prompts."""

    key: str
    version: int
    title: Text
    description: Text  # one or two sentences for the template chooser
    instruction: Text | None  # shown above the prompts, if any
    item_family: str | None  # the family the writer picks an item from, if any
    prompts: tuple[Prompt, ...]
    source: str  # BUILTIN_SOURCE or the path of the user's file
    #: Keys of help texts (perspectives.toml) offered beside the prompts, "see it from…".
    perspectives: tuple[str, ...] = ()

    @property
    def is_builtin(self) -> bool:
        """True for templates shipped with the program."""
        return self.source == BUILTIN_SOURCE

    def prompt(self, key: str) -> Prompt | None:
        """Return the prompt called `key`, or None."""
        return next((prompt for prompt in self.prompts if prompt.key == key), None)

    def picker_prompt(self, family: str) -> Prompt | None:
        """Return the prompt that ticks items of `family`, or None."""
        return next((prompt for prompt in self.prompts if prompt.picker == family), None)


@dataclass(frozen=True, slots=True)
class HelpText:
    """Background help from the deck, e.g. the three theoretical perspectives."""

    key: str
    title: Text
    text: Text
    slide: str


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """Why one data file was skipped: which file, which field, and what is wrong."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


class CatalogError(Exception):
    """The built-in data in `resources/prompts/` is invalid: a bug in the program."""

    def __init__(self, problem: CatalogProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
