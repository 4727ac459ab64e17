"""YAML front matter written by hand, safely: every string is a double-quoted YAML scalar.

Characters YAML does not allow raw (controls, line separators, BOM, non-characters) and
the quote and backslash are escaped, so any title reads back exactly in any YAML parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _printable(code: int) -> bool:
    # YAML 1.1/1.2 c-printable, minus NEL and the Unicode line/paragraph separators,
    # which some parsers fold into line breaks.
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    ) and code not in (0x2028, 0x2029)


# Every character `_escape` would change: the short escapes and all that is not printable.
# One regex pass leaves ordinary text alone at C speed (a Markdown export quotes ~50k
# strings; a Python loop over each character cost seconds).
_NEEDS_ESCAPE = re.compile(
    '["\\\\]|[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]'
)


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    if _printable(code):
        return char
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def quote(text: str) -> str:
    """`text` as a double-quoted YAML scalar."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def front_matter(fields: Sequence[tuple[str, object]]) -> str:
    """A `---` block of `key: value` lines; values are str, bool, None or lists of str."""
    lines = ["---"]
    for key, value in fields:
        if value is None:
            lines.append(f"{key}: null")
        elif isinstance(value, bool):
            lines.append(f"{key}: {'true' if value else 'false'}")
        elif isinstance(value, list | tuple):
            if not value:
                lines.append(f"{key}: []")
            else:
                lines.append(f"{key}:")
                lines.extend(f"  - {quote(str(item))}" for item in value)
        else:
            lines.append(f"{key}: {quote(str(value))}")
    lines.append("---")
    return "\n".join(lines) + "\n"
