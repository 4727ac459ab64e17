"""The Insights view: its charts' numbers equal independent counts over a generated
journal, private entries only when asked, and a click on a cell or bar sets the timeline's
filter to exactly the entries behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.journal.context import JournalContext, open_journal
from app.journal.paths import DataPaths
from app.records import EntryDraft, TagRef, TimelineFilter
from tests.unit.insights.generated import (
    counted_rows,
    expected_by_tag,
    expected_pairs,
    expected_weeks,
    generated_journal,
    month_of,
)
from ui.insights.actions import show_insights
from ui.insights.chart_widgets import GridChart
from ui.insights.view import InsightsView
from ui.timeline.model import TimelineRole

FIRST, LAST = dt.date(2025, 7, 1), dt.date(2026, 6, 30)  # the generator's last year


@pytest.fixture
def context(data_paths: DataPaths, catalog) -> Iterator[JournalContext]:  # type: ignore[no-untyped-def]
    """The test's journal, filled by the benchmark generator before it is opened."""
    generated_journal(data_paths.root, catalog, size=700, seed=5)
    ctx = open_journal(data_paths, catalog=catalog)
    yield ctx
    ctx.close()


@pytest.fixture
def view(main_window) -> InsightsView:  # type: ignore[no-untyped-def]
    main_window.actions["insights"].trigger()
    found = main_window.findChild(InsightsView)
    assert found is not None and main_window.right.currentWidget() is found
    found.set_period(FIRST, LAST)
    return found


def _cells(chart: GridChart, columns: list[str]) -> dict[tuple[str, str], int]:
    grid = chart.grid()
    return {
        (row, columns[c]): n
        for row, counts in zip(grid.rows, grid.counts, strict=True)
        for c, n in enumerate(counts)
        if n
    }


def _click(qtbot, chart, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    """Click the middle of a cell or bar as the chart painted it."""
    chart.window().findChild(InsightsView).scroll.ensureWidgetVisible(chart)
    chart.repaint()  # the areas are those of the last paint
    point = chart.area_of(row, column).center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)


def _timeline_entries(window) -> set[int]:  # type: ignore[no-untyped-def]
    """The ids of the entries the timeline lists under its current filter."""
    model = window.timeline.model
    model.fetch_entries(10_000)
    rows = range(model.rowCount())
    ids = {model.data(model.index(r, 0), TimelineRole.ENTRY_ID) for r in rows}
    ids.discard(None)
    assert len(ids) == model.loaded_entries()
    return ids


@pytest.mark.parametrize("include_private", [False, True])
def test_every_chart_equals_independent_counts(
    view: InsightsView, context: JournalContext, catalog, include_private: bool
) -> None:  # type: ignore[no-untyped-def]
    view.private_check.setChecked(include_private)
    entries, tags = counted_rows(
        context.paths.journal, FIRST, LAST, include_private=include_private
    )
    charts = view.charts()
    assert charts is not None
    months = [period.label for period in charts.insights.periods]
    assert len(months) == 12

    expected = expected_by_tag(entries, tags, month_of)
    for chart, tag_grid, families in (
        (view.recurring_chart, charts.recurring, ("dilemma", "paradox")),
        (view.practice_chart, charts.practice, ("role", "strategy")),
    ):
        shown = {
            (str(tag_grid.tags[r]), months[c]): n
            for r, counts in enumerate(chart.grid().counts)
            for c, n in enumerate(counts)
            if n
        }
        wanted = {key: n for key, n in expected.items() if key[0].split(":")[0] in families}
        assert shown == wanted and shown
        item = catalog.item(*str(tag_grid.tags[0]).split(":"))
        assert chart.grid().rows[0] == item.label.en  # labels in the UI language

    pairs = view.pairs_chart.grid()
    shown_pairs = {
        (str(charts.pair_rows[r]), charts.pair_columns[c].key): n
        for r, counts in enumerate(pairs.counts)
        for c, n in enumerate(counts)
        if n
    }
    assert shown_pairs == dict(expected_pairs(entries, tags))
    weeks = {
        week.label: n
        for week, n in zip(charts.insights.weeks, view.rhythm_chart.bars().counts, strict=True)
        if n
    }
    assert weeks == dict(expected_weeks(entries))


def test_a_click_on_a_cell_sets_the_timeline_filter_to_its_entries(
    qtbot, view: InsightsView, main_window, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    charts = view.charts()
    grid = view.recurring_chart.grid()
    row, column = next(
        (r, c) for r, counts in enumerate(grid.counts) for c, n in enumerate(counts) if n >= 2
    )
    tag, period = charts.recurring.tags[row], charts.insights.periods[column]

    _click(qtbot, view.recurring_chart, row, column)

    where = main_window.timeline.current_filter()
    assert where.tags == (tag,)
    assert (where.date_from, where.date_to) == (period.start, period.end)
    assert where.private is False
    entries, tags = counted_rows(
        context.paths.journal, period.start, period.end, include_private=False
    )
    behind = {i for i in entries if (tag.family, tag.key) in tags[i]}
    assert len(behind) == grid.counts[row][column]
    assert _timeline_entries(main_window) == behind


def test_a_click_on_the_heat_map_and_on_a_week(qtbot, view: InsightsView, main_window) -> None:  # type: ignore[no-untyped-def]
    charts = view.charts()
    pairs = view.pairs_chart.grid()
    row, column = next(
        (r, c) for r, counts in enumerate(pairs.counts) for c, n in enumerate(counts) if n
    )
    _click(qtbot, view.pairs_chart, row, column)
    where = main_window.timeline.current_filter()
    assert set(where.tags) == {charts.pair_rows[row], charts.pair_columns[column]}
    assert where.match_all_tags
    assert len(_timeline_entries(main_window)) == pairs.counts[row][column]

    counts = view.rhythm_chart.bars().counts
    index = max(range(len(counts)), key=counts.__getitem__)
    _click(qtbot, view.rhythm_chart, 0, index)
    week = charts.insights.weeks[index]
    where = main_window.timeline.current_filter()
    assert where.tags == () and where.date_from == week.start
    assert where.date_to == week.start + dt.timedelta(days=6)
    assert len(_timeline_entries(main_window)) == counts[index]


def test_a_new_entry_is_counted_and_close_brings_the_entry_back(
    qtbot, view: InsightsView, main_window, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    before = sum(view.charts().insights.entries)
    context.journal.create_entry(
        EntryDraft(day=dt.date(2026, 6, 30), title="Ny", tags=(TagRef("role", "explorer"),))
    )
    assert sum(view.charts().insights.entries) == before + 1
    view.close_button.click()
    assert main_window.right.currentWidget() is not view
    assert show_insights(main_window) is view  # one view per window, kept


def test_quarters_and_private_toggle(view: InsightsView, context: JournalContext) -> None:
    public = sum(view.charts().insights.entries)
    view.by_box.setCurrentIndex(1)
    assert [p.label for p in view.charts().insights.periods] == [
        "2025-Q3",
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
    ]
    assert view.recurring_chart.grid().columns == ("Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026")
    view.private_check.setChecked(True)
    entries, _ = counted_rows(context.paths.journal, FIRST, LAST, include_private=True)
    assert sum(view.charts().insights.entries) == len(entries) > public
    assert view.charts().insights.base_filter() == TimelineFilter(date_from=FIRST, date_to=LAST)


def test_commitment_outcomes_show_and_a_click_shows_their_follow_ups(
    qtbot, view: InsightsView, main_window, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    assert not view.outcomes_chart.isVisibleTo(view)  # none closed yet: a note instead
    entry = context.journal.create_entry(EntryDraft(day=dt.date(2026, 1, 5), title="Løfte"))
    made = context.commitments.add(entry.id, "Spørg teamet først")
    context.commitments.close(made.id, "kept", language="en", today=dt.date(2026, 2, 10))
    # Closing publishes its change; the shown view counts again by itself.
    grid = view.outcomes_chart.grid()
    assert grid.rows == ("Kept", "Changed", "Dropped")
    february = [p.label for p in view.charts().insights.periods].index("2026-02")
    assert grid.counts[0][february] == 1 and sum(map(sum, grid.counts)) == 1

    _click(qtbot, view.outcomes_chart, 0, february)
    where = main_window.timeline.current_filter()
    assert (where.date_from, where.date_to) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert where.tags == ()
    assert where.closed_as == "kept"
    (follow_up,) = [c.follow_up_entry_id for c in context.commitments.list()]
    # The follow-up alone, not the period's other entries.
    qtbot.waitUntil(lambda: _timeline_entries(main_window) == {follow_up})
