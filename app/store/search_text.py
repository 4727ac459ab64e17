"""Turn what a user types in the search box into a safe FTS5 query.

Users type words, "quoted phrases" and prefixes ending in `*`. Every term becomes a
quoted FTS5 string, so operators and punctuation typed by accident (AND, -, :, ^)
never raise a syntax error; terms are combined with AND.
"""

from __future__ import annotations

import re

_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_CHARS = re.compile(r"[\w*]+", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def to_fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None when it holds no searchable term."""
    parts: list[str] = []
    for match in _TERM.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = [w.replace("*", "") for w in _WORD_CHARS.findall(phrase)]
            words = [w for w in words if w]
            if words:
                parts.append(_quote(" ".join(words)))
            continue
        for token in _WORD_CHARS.findall(word or ""):
            prefix = token.endswith("*")
            core = token.replace("*", "")
            if not core:
                continue
            parts.append(_quote(core) + ("*" if prefix else ""))
    return " AND ".join(parts) if parts else None
