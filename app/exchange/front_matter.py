"""YAML front matter written by hand, safely: every string is a double-quoted YAML scalar.

Characters YAML does not allow raw (controls, line separators, BOM, non-characters) and
the quote and backslash are escaped, so any title reads back exactly in any YAML parser.
"""

from __future__ import annotations

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


def quote(text: str) -> str:
    """`text` as a double-quoted YAML scalar."""
    parts = ['"']
    for char in text:
        code = ord(char)
        if char in _SHORT_ESCAPES:
            parts.append(_SHORT_ESCAPES[char])
        elif _printable(code):
            parts.append(char)
        elif code <= 0xFF:
            parts.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            parts.append(f"\\u{code:04x}")
        else:
            parts.append(f"\\U{code:08x}")
    parts.append('"')
    return "".join(parts)


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
