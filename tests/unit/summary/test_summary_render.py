"""Rendering the summary: Markdown, standalone sanitized HTML, and an A4 PDF with page numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.exchange.service import ExchangeService
from app.records import Answer, EntryDraft, TagRef
from app.summary.model import SummaryRequest
from app.summary.render.html import render_html_summary
from app.summary.render.markdown import render_markdown_summary

# The PDF writer needs a Qt application; pytest-qt's (a QApplication) serves every test in
# the run, where the offscreen QGuiApplication the command line makes would not.
pytestmark = pytest.mark.usefixtures("qapp")

HOSTILE = (
    "Tekst <script>alert(1)</script> <img src=x onerror=alert(2)> "
    "[klik](javascript:alert(3)) ![spor](https://tracker.example/p.png)"
    "<iframe src='https://evil.example'></iframe>"
)


@pytest.fixture
def service(context) -> ExchangeService:  # type: ignore[no-untyped-def]
    journal = context.journal
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppe på Ærø",
            body=HOSTILE,
            tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "moral")),
            template_key="dilemma",
            template_version=1,
            answers=(Answer("situation", "Møde med rådmanden"),),
            coaching=True,
        )
    )
    for day in range(3, 28):  # enough entries for several pages
        journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, day),
                title=f"Dag {day}: øvelse i åbenhed",
                body="Et afsnit om ledelse i netværk. " * 12,
                tags=(TagRef("role", "explorer"),),
            )
        )
    journal.create_entry(
        EntryDraft(day=dt.date(2026, 3, 28), title="HEMMELIGT-ØKONOMI", private=True, body="tal")
    )
    return ExchangeService(journal=journal, catalog=context.catalog)


def test_markdown(service: ExchangeService) -> None:
    text = render_markdown_summary(service.summary(SummaryRequest(language="da", author="Mette")))
    assert text.startswith("# Refleksioner til coaching\n")
    for heading in ("## Temaer", "## Dilemmaer og legitimitet", "## Indlæg", "## Til coaching"):
        assert heading in text
    assert "**Af:** Mette" in text
    assert "| Kontrol |  | 1 |  |  |" in text  # dilemma × legitimacy: Moralsk
    assert "### 2. marts 2026 — Styregruppe på Ærø" in text
    assert "**Hvilken situation stod du i?" in text and "Møde med rådmanden" in text
    # Nothing in the file hints at the private entry: neither its text nor a count.
    assert "HEMMELIGT" not in text and "tal" not in text.split()
    assert "privat" not in text.lower() and "udeladt" not in text


def test_html_is_standalone_and_sanitized(service: ExchangeService) -> None:
    html = render_html_summary(service.summary(SummaryRequest(language="en")))
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    lowered = html.lower()
    for bad in ("<script", "onerror", "javascript:", "<iframe", "https://tracker", "<img", "src="):
        assert bad not in lowered, bad
    assert "<h2>Themes</h2>" in html and "<h2>Bring to coaching</h2>" in html
    assert "Styregruppe på Ærø" in html and "HEMMELIGT" not in html
    assert "private" not in lowered and "left out" not in lowered


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    # NFKC folds the typographic ligatures Qt uses ("ﬂ") back into letters.
    return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))


def test_pdf_has_headings_page_numbers_and_no_private_entry(
    service: ExchangeService, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    summary = service.export_summary(
        SummaryRequest(language="da", author="Søs Ørum"), "pdf", target
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = _pdf_text(target)
    for heading in ("Refleksioner til coaching", "Temaer", "Dilemmaer og legitimitet", "Indlæg"):
        assert heading in text
    assert "Til coaching" in text and "Søs Ørum" in text and "Styregruppe på Ærø" in text
    assert "HEMMELIGT" not in text
    assert "privat" not in text.lower() and "udeladt" not in text
    pages = text.count("\f")
    assert pages >= 2
    assert f"Side 1 af {pages}" in text and f"Side {pages} af {pages}" in text
    assert len(summary.entries) == 26


def test_pdf_page_is_a4(service: ExchangeService, tmp_path: Path) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    target = tmp_path / "summary.pdf"
    service.export_summary(SummaryRequest(language="en"), "pdf", target)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, check=True, timeout=60)
    assert "(A4)" in info.stdout.decode()


def test_private_entry_included_when_ticked(service: ExchangeService, context) -> None:  # type: ignore[no-untyped-def]
    secret = next(s for s in context.journal.all_matching() if s.private)
    summary = service.summary(SummaryRequest(private_ids=frozenset({secret.id})))
    text = render_markdown_summary(summary)
    assert "HEMMELIGT-ØKONOMI" in text and "privat" in text


def test_failed_export_leaves_no_file(service: ExchangeService, tmp_path: Path) -> None:
    from app.exchange.errors import ExportError

    with pytest.raises(ExportError, match="does not exist"):
        service.export_summary(SummaryRequest(), "md", tmp_path / "missing" / "s.md")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_an_empty_selection_says_so_in_a_whole_sentence(service: ExchangeService) -> None:
    for language, sentence in (
        ("da", "Ingen indlæg passer til dit valg."),
        ("en", "No entries match your selection."),
    ):
        request = SummaryRequest(
            language=language, date_from=dt.date(2030, 1, 1), date_to=dt.date(2030, 1, 2)
        )
        summary = service.summary(request)
        assert summary.entries == ()
        assert sentence in render_markdown_summary(summary)
        assert sentence in render_html_summary(summary)


def _is_heading(text: str) -> bool:
    """An entry's title ("2. marts 2026 — …"), its date line, or a question."""
    return " — " in text or text.startswith("Skabelon:") or text.endswith("?")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_pdf_keeps_each_question_with_its_answer(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.summary.render.pdf import render_pdf_summary
    from tests.unit.summary.pdf_pages import check_pages

    keys = ("situation", "action", "legitimacy", "next_time")
    for n in range(70):  # answers of many lengths, so headings land all over the pages
        context.journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                title=f"Møde {n} med direktionen",
                body="Et afsnit om ledelse i netværk. " * (n % 7),
                template_key="dilemma",
                template_version=1,
                tags=(TagRef("dilemma", "control"),),
                answers=tuple(
                    Answer(key, "Svar om ledelse og tillid. " * (2 + (n * 7 + k * 5) % 23), k)
                    for k, key in enumerate(keys[: 1 + n % 4])
                ),
            )
        )
    service = ExchangeService(journal=context.journal, catalog=context.catalog)
    target = tmp_path / "long.pdf"
    summary = service.summary(SummaryRequest(language="da"))
    target.write_bytes(render_pdf_summary(summary))
    pages = check_pages(target, is_heading=_is_heading, footer=summary.title)
    assert pages > 15
