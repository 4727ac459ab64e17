"""What a user types in a search box, as terms.

Words and "quoted phrases"; everything else typed (AND, OR, NOT, NEAR, *, ^, colons,
hyphens, parentheses, a lone quote) only separates words, so no query can fail. A word
of three letters or more is found anywhere in a word: at its start ("kontro" in
"kontrollen") and inside a compound ("opgave" in "kerneopgaven"). A shorter one is found
at the start of a word, and a quoted phrase as whole words in that order. Case is
folded, diacritics are not: "får" is not "far", "æ" is "Æ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words at least this long are matched inside words (the trigram index's reach).
INFIX_FROM = 3

#: Search operators of other programs, typed in capitals: left out when other words are
#: typed ("kontrol AND opgave" is both words; "and" alone is still the word).
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to find: a word, or the words of a quoted phrase."""

    words: tuple[str, ...]
    phrase: bool = False

    @property
    def infix(self) -> bool:
        """True when the word is found anywhere inside words (not a phrase, long enough)."""
        return not self.phrase and len(self.words[0]) >= INFIX_FROM

    @property
    def text(self) -> str:
        return " ".join(self.words)


def parse(typed: str) -> tuple[Term, ...]:
    """The terms of `typed`, in order, without repeats; () when nothing searchable is in it."""
    terms: list[Term] = []
    for match in _TERM.finditer(typed):
        phrase, loose = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(phrase))
            if len(words) > 1:
                terms.append(Term(words, phrase=True))
            elif words:
                # One quoted word: that whole word, not words containing it.
                terms.append(Term(words, phrase=True))
            continue
        terms.extend(Term((word,)) for word in _WORD.findall(loose or ""))
    meant = [term for term in terms if term.phrase or term.words[0] not in _OPERATORS]
    return tuple(dict.fromkeys(meant or terms))
