"""A long PDF painted in two parts (here and in a forked copy) and joined reads the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from app.summary.forked import CpuClock, can_fork
from app.summary.pdf_join import PdfJoinError, join_pdfs
from app.summary.render_pdf import FORK_FROM_PAGES, PagedDocument

REPO = Path(__file__).resolve().parents[2]
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


def _serial(tmp_path: Path, html: str) -> list[str]:
    document = PagedDocument(html, "Prøve", "da", None)
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(document.render(range(document.page_count)))
    return _texts(whole)


def test_joined_halves_read_like_the_whole(tmp_path: Path) -> None:
    html = _long_html()
    whole = _serial(tmp_path, html)
    pages = len(whole)
    assert pages >= FORK_FROM_PAGES
    first = PagedDocument(html, "Prøve", "da", None).render(range(pages // 2))
    second = PagedDocument(html, "Prøve", "da", None).render(range(pages // 2, pages))
    joined = tmp_path / "joined.pdf"
    joined.write_bytes(join_pdfs([first, second]))

    texts = _texts(joined)
    assert texts == whole
    assert f"Side {pages} af {pages}" in texts[-1] and "åbenhed" in texts[-1]
    document = QPdfDocument()
    document.load(str(joined))
    assert document.metaData(QPdfDocument.MetaDataField.Title) == "Prøve"


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


def test_join_refuses_a_part_that_is_not_a_pdf() -> None:
    with pytest.raises(PdfJoinError):
        join_pdfs([b"%PDF-1.4\nnot really\n", b"%PDF-1.4\n"])
    assert join_pdfs([b"one part"]) == b"one part"


def test_no_fork_while_another_thread_runs() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        release.set()
        thread.join()


def test_cpu_clock_counts_idle_cores() -> None:
    clock = CpuClock()
    sum(range(200_000))
    assert 0.0 <= clock.idle_cores() <= (os.cpu_count() or 1)


# Run as a command-line process runs (one thread, offscreen QGuiApplication): records
# whether the copy was made and, with "fail", makes the copy's painting fail. The copy is
# made whether or not the machine has a core to spare just now.
_SCRIPT = """
import os, sys, json
from app.summary import render_pdf
render_pdf.CpuClock.idle_cores = lambda self: 1.0
parent, started = os.getpid(), []
original_start, original_render = render_pdf.start_forked, render_pdf.PagedDocument.render

def start(work):
    child = original_start(work)
    started.append(child is not None)
    return child

def render(self, numbers):
    if sys.argv[2] == "fail" and os.getpid() != parent:
        raise RuntimeError("the copy fails")
    return original_render(self, numbers)

render_pdf.start_forked = start
render_pdf.PagedDocument.render = render
data = render_pdf.render_pdf_document(sys.stdin.read(), title="Prøve", language="da")
open(sys.argv[1], "wb").write(data)
print(json.dumps(started))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the copy is only made on Linux")
@pytest.mark.parametrize("copy", ["works", "fail"])
def test_command_line_paints_half_in_a_forked_copy(tmp_path: Path, copy: str) -> None:
    html = _long_html()
    target = tmp_path / "forked.pdf"
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(target), copy],
        input=html,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == [True]
    # Whether the copy painted its half or failed and this process painted it over.
    assert _texts(target) == _serial(tmp_path, html)
