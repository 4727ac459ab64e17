"""The insights' numbers equal independent counts over a generated journal; private entries
are left out unless included; trashed entries never count; each count's filter shows
exactly the entries it counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.insights.records import Insights, InsightsRequest
from app.insights.service import InsightsService
from app.journal.context import JournalContext, open_journal
from tests.unit.insights.generated import (
    counted_rows,
    expected_by_tag,
    expected_pairs,
    expected_weeks,
    generated_journal,
    month_of,
    quarter_of,
)

FIRST = dt.date(2019, 11, 14)  # mid-month and mid-quarter: the edge periods are clipped
LAST = dt.date(2023, 2, 9)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, catalog) -> Iterator[JournalContext]:  # type: ignore[no-untyped-def]
    paths = generated_journal(tmp_path_factory.mktemp("generated") / "data", catalog)
    context = open_journal(paths, catalog=catalog)
    yield context
    context.close()


def _compute(context: JournalContext, request: InsightsRequest) -> Insights:
    return InsightsService(database=context.database).compute(request)


def _as_cells(found: Insights) -> dict[tuple[str, str], int]:
    return {
        (str(series.tag), period.label): n
        for series in found.by_tag
        for period, n in zip(found.periods, series.counts, strict=True)
        if n
    }


@pytest.mark.parametrize("include_private", [False, True])
@pytest.mark.parametrize("by", ["month", "quarter"])
def test_counts_equal_independent_counts(
    generated: JournalContext, by: str, include_private: bool
) -> None:
    request = InsightsRequest(FIRST, LAST, by, include_private)  # type: ignore[arg-type]
    found = _compute(generated, request)
    entries, tags = counted_rows(
        generated.paths.journal, FIRST, LAST, include_private=include_private
    )
    bucket = month_of if by == "month" else quarter_of

    assert _as_cells(found) == dict(expected_by_tag(entries, tags, bucket))
    per_period = {period.label: n for period, n in zip(found.periods, found.entries, strict=True)}
    assert sum(per_period.values()) == len(entries)
    for label, n in per_period.items():
        assert n == sum(1 for day in entries.values() if bucket(day) == label)
    pairs = {(str(p.row), p.column.key): p.count for p in found.pairs}
    assert pairs == dict(expected_pairs(entries, tags))
    assert pairs  # the generated journal has both kinds of tags on some entries
    weeks = {week.label: week.count for week in found.weeks if week.count}
    assert weeks == dict(expected_weeks(entries))


def test_private_entries_count_only_when_included(generated: JournalContext) -> None:
    without = _compute(generated, InsightsRequest(FIRST, LAST))
    with_private = _compute(generated, InsightsRequest(FIRST, LAST, include_private=True))
    entries, _ = counted_rows(generated.paths.journal, FIRST, LAST, include_private=True)
    public, _ = counted_rows(generated.paths.journal, FIRST, LAST, include_private=False)
    assert len(public) < len(entries)  # the generator makes some private entries
    assert sum(without.entries) == len(public)
    assert sum(with_private.entries) == len(entries)


def test_periods_run_from_first_to_last_month_with_empty_ones(generated: JournalContext) -> None:
    months = _compute(generated, InsightsRequest(FIRST, LAST)).periods
    quarters = _compute(generated, InsightsRequest(FIRST, LAST, by="quarter")).periods
    assert months[0].label == "2019-11" and months[-1].label == "2023-02"
    assert len(months) == 2 + 12 * 3 + 2
    assert (months[0].start, months[0].end) == (FIRST, dt.date(2019, 11, 30))
    assert (months[-1].start, months[-1].end) == (dt.date(2023, 2, 1), LAST)
    assert [q.label for q in quarters[:3]] == ["2019-Q4", "2020-Q1", "2020-Q2"]
    assert (quarters[0].start, quarters[0].end) == (FIRST, dt.date(2019, 12, 31))
    assert quarters[-1].label == "2023-Q1" and quarters[-1].end == LAST


def test_each_count_filter_shows_exactly_the_entries_counted(generated: JournalContext) -> None:
    journal = generated.journal
    found = _compute(generated, InsightsRequest(FIRST, LAST, by="quarter"))
    for series in found.series("dilemma", "role")[:4]:
        for period, n in zip(found.periods, series.counts, strict=True):
            assert journal.count(found.filter_for(tags=(series.tag,), period=period)) == n
    for pair in found.pairs[:6]:
        assert journal.count(found.filter_for(tags=(pair.row, pair.column))) == pair.count
    for week in found.weeks[:30]:
        assert journal.count(found.filter_for_week(week)) == week.count
    assert journal.count(found.base_filter()) == sum(found.entries)


def test_exported_ids_count_alone(generated: JournalContext) -> None:
    """The summary's charts count exactly the exported entries, a private one included."""
    entries, _ = counted_rows(generated.paths.journal, FIRST, LAST, include_private=True)
    chosen = sorted(entries)[:40]
    found = InsightsService(database=generated.database).for_entries(
        chosen, InsightsRequest(FIRST, LAST)
    )
    assert sum(found.entries) == 40
    assert sum(week.count for week in found.weeks) == 40
