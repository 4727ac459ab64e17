"""The Markdown folder export: one `.md` file per entry with YAML front matter.

Readable in any Markdown editor (Obsidian, Typora, a plain text editor): the front matter
holds date, title, tags, template and uuid; the body follows, then each answer under its
question as a heading.

The labels come from any `FileNames`: the summary's `Names` in the window, or
`CatalogNames` on the command line, which gives the same texts without importing the
summary builder (and with it SQLAlchemy); a test keeps the two equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from app.exchange.front_matter import quote
from app.records import OWN_FAMILY, Entry, TagRef

if TYPE_CHECKING:
    from app.catalog.catalog import Catalog


class FileNames(Protocol):
    """The labels a Markdown file shows (see app.summary.builder.Names)."""

    def tag_with_family(self, ref: TagRef) -> str: ...

    def question(self, entry: Entry, prompt_key: str) -> str: ...


class CatalogNames:
    """`FileNames` straight from the catalog, in one language: deck labels, own tags'
    labels, the template's question for an answer (else its prompt key)."""

    def __init__(self, catalog: Catalog, language: str) -> None:
        self.catalog = catalog
        self.language = language
        self._questions: dict[tuple[str | None, str], str] = {}

    def tag_with_family(self, ref: TagRef) -> str:
        family = self.catalog.family(ref.family)
        family_label = family.label.get(self.language) if family else ref.family
        if ref.family == OWN_FAMILY:
            tag = ref.label or ref.key
        else:
            item = self.catalog.item(ref.family, ref.key)
            tag = item.label.get(self.language) if item else ref.key
        return f"{family_label}: {tag}"

    def question(self, entry: Entry, prompt_key: str) -> str:
        cache_key = (entry.template_key, prompt_key)
        text = self._questions.get(cache_key)
        if text is None:
            template = self.catalog.template(entry.template_key) if entry.template_key else None
            prompt = template.prompt(prompt_key) if template else None
            text = prompt.text.get(self.language) if prompt else prompt_key
            self._questions[cache_key] = text
        return text


_NOT_NAME = re.compile(r"[^\w]+", re.UNICODE)
MAX_SLUG = 48


def _slug(title: str) -> str:
    normal = unicodedata.normalize("NFC", title).strip().lower()
    slug = _NOT_NAME.sub("-", normal).strip("-_")
    return slug[:MAX_SLUG].rstrip("-_") or "entry"


def file_name(entry: Entry) -> str:
    """`2026-03-14-styregruppemode-1a2b3c4d.md`: sorts by date, unique by the uuid."""
    return f"{entry.day.isoformat()}-{_slug(entry.title)}-{entry.uuid[:8]}.md"


class _Lines:
    """Front-matter list lines per tag, quoted once: a tag recurs in thousands of entries."""

    def __init__(self, names: FileNames) -> None:
        self.names = names
        self._tags: dict[TagRef, tuple[str, str]] = {}

    def tag(self, ref: TagRef) -> tuple[str, str]:
        lines = self._tags.get(ref)
        if lines is None:
            lines = (f"  - {quote(str(ref))}", f"  - {quote(self.names.tag_with_family(ref))}")
            self._tags[ref] = lines
        return lines


def _list(key: str, lines: list[str]) -> str:
    return f"{key}:\n" + "\n".join(lines) if lines else f"{key}: []"


def entry_markdown(entry: Entry, names: FileNames, lines: _Lines | None = None) -> str:
    """The file's text: front matter as `front_matter` writes it, title, body, answers."""
    tag_lines = [(lines or _Lines(names)).tag(ref) for ref in entry.tags]
    template = "null" if entry.template_key is None else quote(entry.template_key)
    head = "\n".join(
        (
            "---",
            f"date: {quote(entry.day.isoformat())}",
            f"time: {quote(f'{entry.time.hour:02d}:{entry.time.minute:02d}')}",
            f"title: {quote(entry.title)}",
            _list("tags", [ref_line for ref_line, _ in tag_lines]),
            _list("tag_labels", [label_line for _, label_line in tag_lines]),
            f"template: {template}",
            f"uuid: {quote(entry.uuid)}",
            f"private: {'true' if entry.private else 'false'}",
            f"coaching: {'true' if entry.coaching else 'false'}",
            "---",
        )
    )
    parts = [head, "\n"]
    if entry.title.strip():
        parts.append(f"\n# {entry.title.strip()}\n")
    if entry.body.strip():
        parts.append(f"\n{entry.body.strip()}\n")
    for answer in sorted(entry.answers, key=lambda a: a.position):
        parts.append(f"\n## {names.question(entry, answer.prompt_key)}\n\n{answer.text.strip()}\n")
    return "".join(parts)


def folder_files(entries: Iterable[Entry], names: FileNames) -> Iterator[tuple[str, bytes]]:
    """(file name, UTF-8 text) of each entry, made one at a time (see write_private_folder)."""
    lines = _Lines(names)
    for entry in entries:
        yield file_name(entry), entry_markdown(entry, names, lines).encode("utf-8")
