"""Period edges over a hand-made journal: a month boundary, a year boundary, an empty
period, trashed entries, a range without entries."""

from __future__ import annotations

import datetime as dt

from app.insights.records import InsightsRequest
from app.insights.service import InsightsService
from app.journal.context import JournalContext
from app.records import EntryDraft, TagRef

CONTROL = TagRef("dilemma", "control")
MORAL = TagRef("legitimacy", "moral")
EXPLORER = TagRef("role", "explorer")


def _write(context: JournalContext, day: str, *tags: TagRef, private: bool = False) -> int:
    draft = EntryDraft(day=dt.date.fromisoformat(day), title=day, tags=tags, private=private)
    return context.journal.create_entry(draft).id


def _compute(context: JournalContext, **request) -> object:  # type: ignore[no-untyped-def]
    return InsightsService(database=context.database).compute(InsightsRequest(**request))


def test_month_and_year_boundaries_and_an_empty_month(context: JournalContext) -> None:
    _write(context, "2025-12-31", CONTROL, MORAL)
    _write(context, "2026-01-01", CONTROL)
    _write(context, "2026-01-31", CONTROL, EXPLORER)
    _write(context, "2026-02-01", EXPLORER)
    _write(context, "2026-04-10", CONTROL, MORAL)
    _write(context, "2026-04-11", CONTROL, private=True)
    context.journal.trash_entry(_write(context, "2026-04-12", CONTROL))

    found = _compute(context, date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 4, 30))

    assert [p.label for p in found.periods] == [
        "2025-12",
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
    ]
    assert found.entries == (1, 2, 1, 0, 1)
    by_tag = {str(s.tag): s.counts for s in found.by_tag}
    assert by_tag["dilemma:control"] == (1, 2, 0, 0, 1)
    assert by_tag["role:explorer"] == (0, 1, 1, 0, 0)
    assert [(str(p.row), p.column.key, p.count) for p in found.pairs] == [
        ("dilemma:control", "moral", 2)
    ]
    weeks = {w.label: w.count for w in found.weeks}
    assert weeks["2026-W01"] == 2  # Wednesday 31 December and Thursday 1 January
    assert weeks["2026-W05"] == 2  # Saturday 31 January and Sunday 1 February: one week
    assert weeks["2026-W06"] == 0
    assert found.weeks[0].start == dt.date(2025, 12, 1)  # a Monday
    assert found.weeks[-1].label == "2026-W18"

    quarters = _compute(
        context, date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 4, 30), by="quarter"
    )
    assert [p.label for p in quarters.periods] == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert quarters.entries == (1, 3, 1)

    private = _compute(
        context, date_from=dt.date(2026, 4, 1), date_to=dt.date(2026, 4, 30), include_private=True
    )
    assert private.entries == (2,)  # the private one now; the trashed one never


def test_without_dates_the_range_is_the_first_to_the_last_entry(context: JournalContext) -> None:
    _write(context, "2026-03-05", CONTROL)
    _write(context, "2026-05-20", EXPLORER)
    found = _compute(context)
    assert (found.date_from, found.date_to) == (dt.date(2026, 3, 5), dt.date(2026, 5, 20))
    assert [p.label for p in found.periods] == ["2026-03", "2026-04", "2026-05"]
    assert found.entries == (1, 0, 1)


def test_an_empty_range_has_its_periods_and_no_counts(context: JournalContext) -> None:
    _write(context, "2026-03-05", CONTROL)
    found = _compute(context, date_from=dt.date(2027, 1, 1), date_to=dt.date(2027, 6, 30))
    assert len(found.periods) == 6 and found.entries == (0,) * 6
    assert found.by_tag == () and found.pairs == ()
    assert all(week.count == 0 for week in found.weeks)


def test_an_empty_journal_has_no_periods(context: JournalContext) -> None:
    found = _compute(context)
    assert found.periods == () and found.weeks == () and found.date_from is None
