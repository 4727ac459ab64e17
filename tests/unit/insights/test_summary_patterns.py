"""The Insights charts in the coaching summary count exactly the exported entries: private
ones only when the export includes them, by month for a short period and by quarter for a
long one; the HTML carries them as inline SVG, the PDF as painted images."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.exchange.service import ExchangeService
from app.journal.context import JournalContext, open_journal
from app.summary.model import SummaryRequest
from app.summary.render.html import render_html_summary
from app.summary.render.insight_charts import PAIRS_URL, RECURRING_URL, RHYTHM_URL
from app.summary.render.pdf import pattern_images
from tests.unit.insights.generated import (
    counted_rows,
    expected_by_tag,
    expected_weeks,
    generated_journal,
    month_of,
    quarter_of,
)

# A QApplication first: the charts paint, and later widget tests need a QApplication.
pytestmark = pytest.mark.usefixtures("qapp")

QUARTER = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, catalog) -> Iterator[JournalContext]:  # type: ignore[no-untyped-def]
    paths = generated_journal(tmp_path_factory.mktemp("summary") / "data", catalog, size=900)
    context = open_journal(paths, catalog=catalog)
    yield context
    context.close()


def _service(context: JournalContext) -> ExchangeService:
    return ExchangeService(journal=context.journal, catalog=context.catalog)


def _shown(patterns, families: tuple[str, ...]) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    periods = [p.label for p in patterns.insights.periods]
    grids = [patterns.recurring, patterns.practice]
    return {
        (str(grid.tags[r]), periods[c]): n
        for grid in grids
        for r, counts in enumerate(grid.grid.counts)
        for c, n in enumerate(counts)
        if n and grid.tags[r].family in families
    }


@pytest.mark.parametrize("include_private", [False, True])
def test_the_charts_count_the_exported_entries(
    generated: JournalContext, include_private: bool
) -> None:
    request = SummaryRequest(
        date_from=QUARTER[0], date_to=QUARTER[1], include_private=include_private
    )
    summary = _service(generated).summary(request)
    patterns = summary.patterns
    assert patterns is not None
    assert [p.label for p in patterns.insights.periods] == ["2026-01", "2026-02", "2026-03"]
    entries, tags = counted_rows(generated.paths.journal, *QUARTER, include_private=include_private)
    assert set(entries) == {entry.id for entry in summary.entries}
    families = ("dilemma", "paradox", "role", "strategy")
    wanted = {
        key: n
        for key, n in expected_by_tag(entries, tags, month_of).items()
        if key[0].split(":")[0] in families
    }
    assert _shown(patterns, families) == wanted
    weeks = {w.label: w.count for w in patterns.insights.weeks if w.count}
    assert weeks == dict(expected_weeks(entries))


def test_a_private_entry_ticked_alone_is_counted_alone(generated: JournalContext) -> None:
    year = (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    everything, _ = counted_rows(generated.paths.journal, *year, include_private=True)
    public, _ = counted_rows(generated.paths.journal, *year, include_private=False)
    private = sorted(set(everything) - set(public))
    assert len(private) >= 2
    request = SummaryRequest(date_from=year[0], date_to=year[1], private_ids=frozenset(private[:1]))
    patterns = _service(generated).summary(request).patterns
    assert sum(patterns.insights.entries) == len(public) + 1


def test_a_long_period_goes_by_quarter(generated: JournalContext) -> None:
    first, last = dt.date(2024, 5, 1), dt.date(2026, 6, 30)
    summary = _service(generated).summary(SummaryRequest(date_from=first, date_to=last))
    periods = [p.label for p in summary.patterns.insights.periods]
    assert periods[0] == "2024-Q2" and periods[-1] == "2026-Q2" and len(periods) == 9
    entries, tags = counted_rows(generated.paths.journal, first, last, include_private=False)
    wanted = {
        key: n
        for key, n in expected_by_tag(entries, tags, quarter_of).items()
        if key[0].split(":")[0] in ("dilemma", "paradox")
    }
    assert _shown(summary.patterns, ("dilemma", "paradox")) == wanted


def test_html_has_the_charts_as_inline_svg(generated: JournalContext) -> None:
    summary = _service(generated).summary(
        SummaryRequest(date_from=QUARTER[0], date_to=QUARTER[1], language="en")
    )
    html = render_html_summary(summary)
    assert "<h2>Patterns over time</h2>" in html
    assert "Recurring dilemmas and paradoxes" in html and "Rhythm of writing" in html
    assert html.count("<svg") == 4  # recurring, heat map, roles and strategies, rhythm
    assert "<img" not in html and "src=" not in html
    grid = summary.patterns.recurring.grid
    assert grid.rows[0] in html  # the labels are text in the SVG, in the summary's language


def test_pdf_paints_every_chart(generated: JournalContext, tmp_path: Path) -> None:
    summary = _service(generated).summary(
        SummaryRequest(date_from=QUARTER[0], date_to=QUARTER[1], language="da")
    )
    images = pattern_images(summary, 2000)
    assert {RECURRING_URL, PAIRS_URL, RHYTHM_URL} <= set(images)
    assert all(not image.isNull() and image.width() == 2000 for image in images.values())
    target = tmp_path / "summary.pdf"
    _service(generated).export_summary(
        SummaryRequest(date_from=QUARTER[0], date_to=QUARTER[1], language="da"), "pdf", target
    )
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    assert "Mønstre over tid" in text and "Skriverytme" in text
