"""User text shown on buttons, check boxes and menu actions, kept literal.

Qt reads "&" in those texts as the mark of a keyboard mnemonic: an own tag called
"økonomi & budget" would show as "økonomi _budget" with the space underlined. Every text
the user typed (tag, course and module names) goes through `literal` on its way there.
"""

from __future__ import annotations


def literal(text: str) -> str:
    """`text` with each "&" doubled, so Qt shows it as written and makes no mnemonic."""
    return text.replace("&", "&&")
