"""The plain-text excerpt a timeline row shows under its title, from an entry's Markdown."""

from __future__ import annotations

import re

EXCERPT_SOURCE_CHARS = 400
EXCERPT_CHARS = 240

_MARKDOWN_NOISE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[#>*_`~|]+")
_MARKS = re.compile(r"[#>*_`~|]+")
_SPACE = re.compile(r"\s+")


def excerpt_of(text_: str) -> str:
    """A plain-text excerpt of Markdown: markup dropped, white space folded, cut short."""
    if "[" in text_:
        plain = _MARKDOWN_NOISE.sub(lambda m: m.group(1) or " ", text_)
    else:
        # No link or image can match: a plain replacement, with no Python call per mark
        # (every timeline page makes 200 excerpts; this was a third of a search).
        plain = _MARKS.sub(" ", text_)
    plain = _SPACE.sub(" ", plain).strip()
    if len(plain) > EXCERPT_CHARS:
        plain = plain[: EXCERPT_CHARS - 1].rstrip() + "…"
    return plain
