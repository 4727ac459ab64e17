"""Searching in the timeline: excerpts at the match, marks in the rows, the order of best
match, and the count of entries found."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from app.catalog.catalog import Catalog
from app.journal.service import JournalService
from app.records import EntryDraft, TimelineFilter
from app.search.terms import parse
from ui.timeline.highlight import match_colour, paint_matches
from ui.timeline.model import RowKind, TimelineRole
from ui.timeline.panel import TimelinePanel

FILLER = "Vi talte længe om budgettet og om næste års planer for afdelingen. " * 8


@pytest.fixture
def ids(journal: JournalService) -> dict[str, int]:
    def add(day: int, title: str, body: str) -> int:
        draft = EntryDraft(day=dt.date(2026, day, 1), title=title, body=body)
        return journal.create_entry(draft).id

    return {
        "deep": add(3, "Møde i styregruppen", FILLER + "Til sidst: hvad er kerneopgaven?"),
        "title": add(1, "Kerneopgaven", "Om det vi er til for. Opgaven, opgaven, opgaven."),
        "none": add(2, "Frokost", "Intet om det."),
    }


@pytest.fixture
def panel(journal: JournalService, catalog: Catalog, ids: dict[str, int], qtbot, qtmodeltester):  # type: ignore[no-untyped-def]
    built = TimelinePanel(journal=journal, catalog=catalog)
    built.set_language("en")
    qtbot.addWidget(built)
    built.resize(460, 700)
    built.show()
    qtbot.waitExposed(built)
    yield built
    qtmodeltester.check(built.model)


def search(panel: TimelinePanel, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = panel.filter_bar.search_edit
    edit.clear()
    with qtbot.waitSignal(panel.filter_bar.filter_changed, timeout=2000):
        qtbot.keyClicks(edit, text)


def entry_rows(panel: TimelinePanel) -> list[tuple[int, str]]:
    model = panel.model
    return [
        (model.index(row).data(TimelineRole.ENTRY_ID), model.index(row).data(TimelineRole.EXCERPT))
        for row in range(model.rowCount())
        if model.index(row).data(TimelineRole.KIND) == RowKind.ENTRY
    ]


def test_the_excerpt_shows_the_text_around_the_first_match(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    search(panel, qtbot, "opgave")
    excerpts = dict(entry_rows(panel))
    assert set(excerpts) == {ids["deep"], ids["title"]}
    assert excerpts[ids["deep"]].startswith("…")
    assert "kerneopgaven" in excerpts[ids["deep"]]
    assert panel.filter_bar.count_label.text() == "2 entries"
    # Without a search the row shows the text's first lines again.
    search(panel, qtbot, "")
    assert dict(entry_rows(panel))[ids["deep"]].startswith("Vi talte længe")


def test_best_match_first_without_month_headers(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    bar = panel.filter_bar
    assert not bar.order_box.isVisible()  # nothing searched: nothing to order by
    search(panel, qtbot, "opgave")
    assert bar.order_box.isVisible()
    assert [entry_id for entry_id, _ in entry_rows(panel)] == [ids["deep"], ids["title"]]
    with qtbot.waitSignal(bar.filter_changed, timeout=2000):
        bar.order_box.setCurrentIndex(1)
    assert panel.current_filter().order == "match"
    # In its title and three times in its text: "Kerneopgaven" comes first.
    assert [entry_id for entry_id, _ in entry_rows(panel)] == [ids["title"], ids["deep"]]
    kinds = {panel.model.index(r).data(TimelineRole.KIND) for r in range(panel.model.rowCount())}
    assert kinds == {RowKind.ENTRY}
    # A save keeps the row where it is, and a row that stops matching goes.
    journal = panel._journal
    entry = journal.get_entry(ids["deep"])
    journal.update_entry(ids["deep"], EntryDraft(day=entry.day, title=entry.title, body="Intet."))
    assert [entry_id for entry_id, _ in entry_rows(panel)] == [ids["title"]]
    search(panel, qtbot, "")
    assert not bar.order_box.isVisible()
    assert panel.current_filter() == TimelineFilter()  # the plain timeline again
    search(panel, qtbot, "opgave")
    assert panel.current_filter().order == "match"  # the choice waited for the next search


def _amber_pixels(image: QImage, colour: QColor) -> int:
    """Pixels of the marker's colour over white (its alpha blended in)."""
    alpha = colour.alphaF()
    want = [
        round(c * alpha + 255 * (1 - alpha)) for c in (colour.red(), colour.green(), colour.blue())
    ]
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 6
                for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), want, strict=True)
            ):
                count += 1
    return count


def test_matches_are_marked_in_the_rows(panel: TimelinePanel, ids: dict[str, int], qtbot) -> None:  # type: ignore[no-untyped-def]
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1))
    colour = match_colour(panel.palette(), dark=False)
    before = _amber_pixels(panel.view.viewport().grab().toImage(), colour)
    search(panel, qtbot, "opgave")
    panel.view.clearSelection()
    qtbot.wait(20)
    after = _amber_pixels(panel.view.viewport().grab().toImage(), colour)
    assert before == 0
    assert after > 20


def test_paint_matches_marks_each_match_once() -> None:
    image = QImage(400, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    colour = match_colour(QPalette(), dark=False)
    terms = parse("kontrol")
    text = "Kontrollen og kontrol, ikke far"
    try:
        assert paint_matches(painter, font, text, 0, 0, 30, terms, colour) == 2
        assert paint_matches(painter, font, text, 0, 0, 30, parse("får"), colour) == 0
        assert paint_matches(painter, font, text, 0, 0, 30, (), colour) == 0
    finally:
        painter.end()
    assert _amber_pixels(image, colour) > 10


def test_a_search_the_timeline_runs_matches_the_list(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    search(panel, qtbot, "kerneopgaven")
    assert panel.current_filter() == TimelineFilter(text="kerneopgaven")
    assert {entry_id for entry_id, _ in entry_rows(panel)} == {ids["deep"], ids["title"]}
