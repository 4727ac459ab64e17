"""A long PDF: every page painted, in order, each line on exactly one page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from app.markdown_render import BREAK_EVERY, LONG_RUN, breakable
from app.summary.progress import Cancellation, ExportCancelled
from app.summary.render.pdf import PagedDocument, render_pdf_document
from tests.unit.summary.pdf_pages import check_pages, page_lines

pytestmark = pytest.mark.usefixtures("qapp")


def _long_html() -> str:
    """About 50 pages: headings, paragraphs with æ/ø/å, lists and links."""
    parts = ["<h1>Refleksioner</h1>"]
    for n in range(1, 131):
        parts.append(f"<h3>Indlæg {n}: øvelse i åbenhed</h3>")
        parts.append("<p>" + f"Afsnit {n} om ledelse i netværk, tillid og ærlighed. " * 30 + "</p>")
        parts.append(f"<ul><li>punkt {n}</li><li>se <a href='https://kommune.dk'>her</a></li></ul>")
    return "\n".join(parts)


def _texts(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [document.getAllText(page).text() for page in range(document.pageCount())]


def test_a_long_document_reads_page_by_page(tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    target = tmp_path / "whole.pdf"
    target.write_bytes(
        render_pdf_document(
            _long_html(), title="Prøve", language="da", progress=lambda *r: reports.append(r)
        )
    )
    texts = _texts(target)
    pages = len(texts)
    assert pages > 20
    assert reports == [(n, pages) for n in range(pages + 1)]
    assert "Indlæg 1:" in texts[0] and f"Side 1 af {pages}" in texts[0]
    assert f"Side {pages} af {pages}" in texts[-1] and "Indlæg 130:" in texts[-1]
    document = QPdfDocument()
    document.load(str(target))
    assert document.metaData(QPdfDocument.MetaDataField.Title) == "Prøve"


def test_a_cancel_stops_the_painting() -> None:
    painted: list[int] = []
    cancellation = Cancellation(lambda done, _total: painted.append(done))
    document = PagedDocument(_long_html(), "Prøve", "da", None)

    def report(done: int, total: int) -> None:
        cancellation(done, total)
        if done == 2:
            cancellation.cancel()

    with pytest.raises(ExportCancelled):
        document.render(range(document.page_count), progress=report)
    assert painted == [0, 1, 2]


def test_every_line_lies_within_one_painted_page() -> None:
    # Qt's page breaks and the pages painted must agree to the pixel, to the last page:
    # else the top of a page's first line shows under the page before it.
    document = PagedDocument(_long_html(), "Prøve", "da", None)
    layout = document.document.documentLayout()
    height = document.page_height
    block = document.document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for index in range(block.layout().lineCount()):
            line = block.layout().lineAt(index)
            first, last = top + line.y(), top + line.y() + line.height() - 0.01
            assert int(first // height) == int(last // height), block.text()[:40]
        block = block.next()


def test_a_run_without_spaces_gets_break_opportunities_and_keeps_its_text() -> None:
    # Qt lays out one unbreakable run in time growing with its square (a body of a
    # million characters without a space took 33 s to lay out).
    run = "ø" * (3 * LONG_RUN)
    href = "https://kommune.dk/" + "a" * LONG_RUN
    html = f'<p>{run} <a href="{href}">kort</a> ok</p>'
    broken = breakable(html)
    assert broken.replace("\u200b", "") == html
    assert f'href="{href}"' in broken  # attribute values keep their text
    text_run = broken.split(" <a")[0].removeprefix("<p>")
    assert all(len(part) <= BREAK_EVERY for part in text_run.split("\u200b"))
    entities = breakable("<p>" + "&amp;" * LONG_RUN + "</p>")
    assert all(piece.endswith(";") for piece in entities[3:-4].split("\u200b"))
    assert breakable("<p>" + "x" * (LONG_RUN - 1) + "</p>") == "<p>" + "x" * (LONG_RUN - 1) + "</p>"


def test_a_long_run_is_laid_out_in_lines_cut_at_the_breaks() -> None:
    document = PagedDocument("<p>" + "x" * 30_000 + "</p>", "Prøve", "da", None)
    text = document.document.toPlainText()
    # Cut into one paragraph per page (see test_no_text_is_drawn_outside_its_page).
    assert text.count("\n") == document.page_count - 1 > 0
    assert text.replace("\u200b", "").replace("\n", "") == "x" * 30_000 and "\u200b" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_no_text_is_drawn_outside_its_page(tmp_path: Path) -> None:
    # Painting a page drew the paragraph's line just above it and the line starting just
    # below it; the clip hid them, but a search or a copy found their text in the margins.
    target = tmp_path / "whole.pdf"
    target.write_bytes(render_pdf_document(_long_html(), title="Prøve", language="da"))
    check_pages(target, is_heading=lambda text: text.startswith("Indlæg "), footer="Prøve")
    texts = [" ".join(line.text for line in lines) for lines in page_lines(target)]
    for n in range(1, 131):  # each heading once, each list once
        assert sum(f"Indlæg {n}: øvelse" in text for text in texts) == 1
        assert sum(f"punkt {n} " in text + " " for text in texts) == 1
