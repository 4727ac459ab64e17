"""The Markdown folder export: one `.md` file per entry with YAML front matter.

Readable in any Markdown editor (Obsidian, Typora, a plain text editor): the front matter
holds date, title, tags, template and uuid; the body follows, then each answer under its
question as a heading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.exchange.front_matter import quote
from app.records import Entry, TagRef
from app.summary.builder import Names

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

    def __init__(self, names: Names) -> None:
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


def entry_markdown(entry: Entry, names: Names, lines: _Lines | None = None) -> str:
    """The file's text: front matter as `front_matter` writes it, title, body, answers."""
    tag_lines = [(lines or _Lines(names)).tag(ref) for ref in entry.tags]
    template = "null" if entry.template_key is None else quote(entry.template_key)
    head = "\n".join(
        (
            "---",
            f"date: {quote(entry.day.isoformat())}",
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


def folder_files(entries: Iterable[Entry], names: Names) -> dict[str, bytes]:
    lines = _Lines(names)
    return {
        file_name(entry): entry_markdown(entry, names, lines).encode("utf-8") for entry in entries
    }
