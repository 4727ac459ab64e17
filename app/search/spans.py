"""Where the terms of a search match in a text: for highlights, snippets and names.

The same rules as the index (app/search/terms.py): a long word anywhere, a short one at a
word's start, a phrase as whole words with anything but letters between them. Python's
case-insensitive matching folds Æ/æ, Ø/ø and Å/å and keeps å apart from a, as the index
does, and it works on the text as shown, so a span's offsets are the text's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.search.terms import Term, parse

Span = tuple[int, int]


def _pattern_of(term: Term) -> str:
    words = [re.escape(word) for word in term.words]
    if term.phrase:
        return r"(?<![^\W_])" + r"[\W_]+".join(words) + r"(?![^\W_])"
    if term.infix:
        return words[0]
    return r"(?<![^\W_])" + words[0]


@lru_cache(maxsize=64)
def _compiled(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # Longest first, so that of two terms starting at one place the longer one is taken.
    ordered = sorted(terms, key=lambda term: -len(term.text))
    return re.compile("|".join(_pattern_of(term) for term in ordered), re.IGNORECASE)


def term_matches(term: Term, text: str) -> bool:
    """True when `term` matches somewhere in `text` (a tag's or a module's name)."""
    pattern = _compiled((term,))
    return pattern is not None and pattern.search(text) is not None


def spans(text: str, terms: Sequence[Term] | str) -> list[Span]:
    """(start, end) of every match of any of `terms` (or of the typed query) in `text`."""
    pattern = _compiled(tuple(parse(terms) if isinstance(terms, str) else terms))
    if pattern is None or not text:
        return []
    return [match.span() for match in pattern.finditer(text) if match.end() > match.start()]


def first_span(text: str, terms: Sequence[Term] | str) -> Span | None:
    pattern = _compiled(tuple(parse(terms) if isinstance(terms, str) else terms))
    if pattern is None or not text:
        return None
    found = pattern.search(text)
    return None if found is None else found.span()
