"""Every page of a PDF read back as lines with their boxes (poppler's `pdftotext -bbox-layout`)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtGui import QPageLayout

from app.summary.render.pdf import RESOLUTION, PagedDocument, _page_layout


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    top: float
    right: float
    bottom: float


def page_lines(path: Path) -> list[list[Line]]:
    """Each page's lines, top to bottom, in points from the page's top left corner."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
        timeout=120,
    ).stdout
    root = ElementTree.fromstring(re.sub(r'xmlns="[^"]*"', "", xml))
    pages = []
    for page in root.iter("page"):
        lines = [
            Line(
                unicodedata.normalize("NFKC", " ".join(w.text or "" for w in line.iter("word"))),
                *(float(line.get(edge, "0")) for edge in ("xMin", "yMin", "xMax", "yMax")),
            )
            for line in page.iter("line")
        ]
        pages.append(sorted(lines, key=lambda line: (line.top, line.left)))
    return pages


def check_pages(path: Path, *, is_heading: Callable[[str], bool], footer: str) -> int:
    """Asserts that no page ends with a heading and that every line lies in the text area.

    The footer's lines (the title and "Side x af y") lie below it. Returns the page count.
    """
    area = _page_layout().paintRect(QPageLayout.Unit.Point)
    text_bottom = area.top() + PagedDocument.text_height() * 72 / RESOLUTION
    pages = page_lines(path)
    for number, lines in enumerate(pages, start=1):
        body = [line for line in lines if line.bottom <= text_bottom + 0.5]
        below = [line for line in lines if line not in body]
        footer_line = rf"({re.escape(footer)} )?Side \d+ af \d+|{re.escape(footer)}"
        for line in below:
            assert re.fullmatch(footer_line, line.text), f"page {number}: {line.text!r} below"
            assert line.top >= text_bottom, f"page {number}: the footer runs into the text"
        for line in body:
            assert line.top >= area.top() - 0.5, f"page {number}: {line.text!r} above the area"
            assert area.left() - 0.5 <= line.left and line.right <= area.right() + 0.5, line.text
        assert body, f"page {number} is empty"
        if number < len(pages):
            assert not is_heading(body[-1].text), f"page {number} ends with {body[-1].text!r}"
    return len(pages)
