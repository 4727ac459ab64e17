"""Marking what was searched for in painted text: a soft band behind each match.

The timeline's delegate paints its rows by hand; it asks here where, in a line it is
about to draw, the search's terms match (app/search/spans.py, the index's own rules) and
has a band painted behind them before the text goes on top.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette

from app.search.spans import spans
from app.search.terms import Term, parse

__all__ = ["match_colour", "paint_matches", "terms_of"]


@lru_cache(maxsize=8)
def terms_of(typed: str) -> tuple[Term, ...]:
    return parse(typed)


def match_colour(palette: QPalette, dark: bool) -> QColor:
    """A marker's amber, light enough under dark text and deep enough under light text."""
    del palette  # the same amber reads on every light or dark base
    return QColor(190, 140, 20, 150) if dark else QColor(255, 214, 80, 170)


def paint_matches(
    painter: QPainter,
    font: QFont,
    text: str,
    left: float,
    top: float,
    height: float,
    terms: Sequence[Term],
    colour: QColor,
) -> int:
    """Paint a band behind each match of `terms` in `text` drawn from (left, top) in
    `font`, left-aligned on one line of `height`; returns how many were marked."""
    if not terms or not text:
        return 0
    found = spans(text, terms)
    if not found:
        return 0
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(colour)
    for start, end in found:
        x = left + metrics.horizontalAdvance(text[:start])
        width = metrics.horizontalAdvance(text[start:end])
        band = QRectF(x - 1, top + (height - metrics.height()) / 2, width + 2, metrics.height())
        painter.drawRoundedRect(band, 3, 3)
    painter.restore()
    return len(found)
