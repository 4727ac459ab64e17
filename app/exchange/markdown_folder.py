"""The Markdown folder export: one `.md` file per entry with YAML front matter.

Readable in any Markdown editor (Obsidian, Typora, a plain text editor): the front matter
holds date, title, tags, template and uuid; the body follows, then each answer under its
question as a heading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.exchange.front_matter import front_matter
from app.records import Entry
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


def entry_markdown(entry: Entry, names: Names) -> str:
    fields: list[tuple[str, object]] = [
        ("date", entry.day.isoformat()),
        ("title", entry.title),
        ("tags", [str(ref) for ref in entry.tags]),
        ("tag_labels", [names.tag_with_family(ref) for ref in entry.tags]),
        ("template", entry.template_key),
        ("uuid", entry.uuid),
        ("private", entry.private),
        ("coaching", entry.coaching),
    ]
    parts = [front_matter(fields)]
    if entry.title.strip():
        parts.append(f"\n# {entry.title.strip()}\n")
    if entry.body.strip():
        parts.append(f"\n{entry.body.strip()}\n")
    for answer in sorted(entry.answers, key=lambda a: a.position):
        parts.append(f"\n## {names.question(entry, answer.prompt_key)}\n\n{answer.text.strip()}\n")
    return "".join(parts)


def folder_files(entries: Iterable[Entry], names: Names) -> dict[str, bytes]:
    return {file_name(entry): entry_markdown(entry, names).encode("utf-8") for entry in entries}
