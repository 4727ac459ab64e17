"""The dilemma × legitimacy table: guided entries, paradoxes as rows, private entries."""

from __future__ import annotations

import datetime as dt

from app.records import Answer, EntryDraft, TagRef
from app.summary.builder import build_summary
from app.summary.model import SummaryRequest
from app.summary.render.html import render_html_summary
from app.summary.render.markdown import render_markdown_summary


def _add(
    journal, title: str, *tags: TagRef, template: str | None = None, private: bool = False
) -> int:  # type: ignore[no-untyped-def]
    return journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 4, 2),
            title=title,
            tags=tags,
            template_key=template,
            template_version=1 if template else None,
            answers=(Answer("legitimacy", "Hvordan – med egne ord"),) if template else (),
            private=private,
        )
    ).id


def test_paradox_entries_are_rows_after_the_dilemmas(journal, catalog) -> None:  # type: ignore[no-untyped-def]
    moral, legal = TagRef("legitimacy", "moral"), TagRef("legitimacy", "legal")
    _add(
        journal, "Paradoks", TagRef("paradox", "power_to_vs_power_over"), legal, template="paradox"
    )
    _add(journal, "Dilemma", TagRef("dilemma", "ethics"), moral, legal, template="dilemma")
    _add(journal, "Kun paradoks", TagRef("paradox", "self_leadership"))  # no form: no row
    _add(journal, "Hemmeligt", TagRef("dilemma", "risk"), moral, private=True)
    summary = build_summary(journal, catalog, SummaryRequest(language="en"))
    assert summary.cross.rows == ("Ethics", "Power to vs. power over")
    assert summary.cross.counts == ((0, 1, 0, 1), (0, 0, 0, 1))
    markdown = render_markdown_summary(summary)
    assert "| Dilemma or paradox | Pragmatic | Moral | Cognitive | Legal |" in markdown
    assert "| Power to vs. power over |  |  |  | 1 |" in markdown
    assert "Risk" not in markdown.split("## Dilemmas and legitimacy")[1].split("##")[0]
    assert "<th>Dilemma or paradox</th>" in render_html_summary(summary)


def test_an_empty_table_says_so_in_both_languages(journal, catalog) -> None:  # type: ignore[no-untyped-def]
    _add(journal, "Uden form", TagRef("dilemma", "control"), template="dilemma")
    for language, words in (
        ("da", "Ingen indlæg har både et dilemma eller paradoks og en form for legitimitet."),
        ("en", "No entry carries both a dilemma or paradox and a form of legitimacy."),
    ):
        summary = build_summary(journal, catalog, SummaryRequest(language=language))
        assert summary.cross.is_empty
        assert words in render_markdown_summary(summary)
