"""The summary's section on commitments since the last session: grouped by how they went,
each with its note, in Markdown, HTML and PDF; a private entry's commitments only when
private entries are let in."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.exchange.service import ExchangeService
from app.journal.context import JournalContext
from app.records import EntryDraft
from app.summary.model import SummaryRequest
from app.summary.render.html import render_html_summary
from app.summary.render.markdown import render_markdown_summary

pytestmark = pytest.mark.usefixtures("qapp")

SESSION = dt.date(2026, 11, 1)
NEXT = dt.date(2026, 12, 1)


@pytest.fixture
def service(context: JournalContext, catalog) -> ExchangeService:  # type: ignore[no-untyped-def]
    journal, commitments = context.journal, context.commitments
    meeting = journal.create_entry(
        EntryDraft(day=dt.date(2026, 10, 10), title="Teammøde", body="Om ansvar")
    ).id
    secret = journal.create_entry(
        EntryDraft(day=dt.date(2026, 10, 11), title="Lønsamtale", private=True)
    ).id

    def close(text: str, status: str, note: str, day: dt.date, entry: int = meeting) -> None:
        made = commitments.add(entry, text)
        commitments.close(made.id, status, note, language="da", today=day)

    context.coaching.add(dt.date(2026, 10, 1))
    close("Gammel aftale", "kept", "Talt om sidst", dt.date(2026, 10, 20))
    context.coaching.add(SESSION)
    close("Spørg først", "kept", "De talte mere.\nOgså de stille.", dt.date(2026, 11, 5))
    close("Ros offentligt", "changed", "Roste dem én og én", dt.date(2026, 11, 6))
    close("Mødefri fredag", "dropped", "<b>Ikke</b> realistisk", dt.date(2026, 11, 7))
    close("HEMMELIG-AFTALE", "kept", "HEMMELIG-NOTE", dt.date(2026, 11, 8), secret)
    commitments.add(meeting, "Uddeleger budgettet", dt.date(2026, 11, 30))
    commitments.add(secret, "HEMMELIG-ÅBEN")
    return ExchangeService(journal=journal, catalog=catalog)


def test_the_section_groups_since_the_last_session(service: ExchangeService) -> None:
    summary = service.summary(SummaryRequest(language="da", coaching_day=NEXT))
    section = summary.commitments
    assert section is not None and (section.since, section.until) == (SESSION, NEXT)
    assert [c.text for c in section.kept] == ["Spørg først"]
    assert [c.text for c in section.changed] == ["Ros offentligt"]
    assert [c.text for c in section.dropped] == ["Mødefri fredag"]
    assert [c.text for c in section.still_open] == ["Uddeleger budgettet"]

    text = render_markdown_summary(summary)
    part = text[text.index("## Forpligtelser siden sidste session") :]
    assert "Siden coachingsessionen 1. november 2026" in part
    for heading in ("### Holdt", "### Ændret", "### Droppet", "### Stadig åbne"):
        assert heading in part
    assert "- **Spørg først** *(fra 10. oktober 2026: Teammøde · lukket 5. november 2026)*" in part
    assert "  De talte mere.\n  Også de stille." in part
    assert "frist 30. november 2026" in part
    assert "Gammel aftale" not in part  # closed before the last session
    # Neither the private commitments nor their (private) follow-up entries.
    assert "HEMMELIG" not in text


def test_english_and_the_day_it_is_made(service: ExchangeService) -> None:
    summary = service.summary(SummaryRequest(language="en"))
    text = render_markdown_summary(summary)
    assert "## Commitments since the last session" in text
    assert "### Kept" in text and "### Still open" in text
    # Made today, after both sessions: the last one is 1 November.
    assert "Since the coaching session on 1 November 2026" in text


def test_before_the_first_session_everything_counts(service: ExchangeService) -> None:
    summary = service.summary(SummaryRequest(language="da", coaching_day=dt.date(2026, 10, 1)))
    section = summary.commitments
    assert section is not None and section.since is None
    assert section.kept == () and [c.text for c in section.still_open] == ["Uddeleger budgettet"]
    assert "Der er ikke registreret nogen coachingsession før" in render_markdown_summary(summary)


def test_private_commitments_only_with_private_entries(
    service: ExchangeService, context: JournalContext
) -> None:
    secret = next(s for s in context.journal.all_matching() if s.title == "Lønsamtale")
    asked = service.summary(SummaryRequest(include_private=True, coaching_day=NEXT))
    ticked = service.summary(SummaryRequest(private_ids=frozenset({secret.id}), coaching_day=NEXT))
    for summary in (asked, ticked):
        text = render_markdown_summary(summary)
        assert "HEMMELIG-AFTALE" in text and "HEMMELIG-NOTE" in text and "HEMMELIG-ÅBEN" in text
    # Ticking another private entry does not let this one's commitments out.
    other = service.summary(SummaryRequest(private_ids=frozenset({9999}), coaching_day=NEXT))
    assert "HEMMELIG" not in render_markdown_summary(other)
    assert "HEMMELIG" not in render_html_summary(other)


def test_left_out_when_not_asked_or_empty(
    service: ExchangeService, context: JournalContext
) -> None:
    summary = service.summary(SummaryRequest(include_commitments=False))
    assert summary.commitments is None
    assert "Forpligtelser" not in render_markdown_summary(summary)
    for commitment in context.commitments.list():
        context.commitments.delete(commitment.id)
    assert service.summary(SummaryRequest()).commitments is None


def test_html_escapes_the_note_and_keeps_its_lines(service: ExchangeService) -> None:
    html = render_html_summary(service.summary(SummaryRequest(language="da", coaching_day=NEXT)))
    assert "HEMMELIG" not in html
    part = html[html.index("<h2>Forpligtelser siden sidste session</h2>") :]
    assert "&lt;b&gt;Ikke&lt;/b&gt; realistisk" in part and "<b>Ikke</b>" not in part
    assert "De talte mere.<br>Også de stille." in part


def test_the_pdf_has_the_section_and_no_private_commitment(
    service: ExchangeService, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    target = tmp_path / "summary.pdf"
    service.export_summary(SummaryRequest(language="da", coaching_day=NEXT), "pdf", target)
    done = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, timeout=60
    )
    text = unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))
    assert "Forpligtelser siden sidste session" in text
    for words in ("Spørg først", "Roste dem én og én", "Ikke realistisk", "Uddeleger budgettet"):
        assert words in text
    assert "HEMMELIG" not in text
