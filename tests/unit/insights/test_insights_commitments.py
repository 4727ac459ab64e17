"""How commitments ended: closed ones counted per period by the day they were closed,
whenever their entry was written; private ones only when included; trashed never; in the
service, the command's JSON and the summary's charts (its exported entries only)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.cli.main import run
from app.exchange.service import ExchangeService
from app.insights.charts import charts_of
from app.insights.records import InsightsRequest
from app.insights.service import InsightsService
from app.journal.context import JournalContext
from app.records import EntryDraft
from app.summary.model import SummaryRequest


def _commitment(
    context: JournalContext, written: str, closed: str | None, status: str, *, private=False
) -> int:  # type: ignore[no-untyped-def]
    entry = context.journal.create_entry(
        EntryDraft(day=dt.date.fromisoformat(written), title=written, private=private)
    )
    made = context.commitments.add(entry.id, f"Næste gang {written}")
    if closed is not None:
        context.commitments.close(
            made.id, status, language="da", today=dt.date.fromisoformat(closed)
        )
    return entry.id


@pytest.fixture
def closed(context: JournalContext) -> dict[str, int]:
    return {
        "old": _commitment(context, "2025-11-20", "2026-01-05", "kept"),  # made before the range
        "jan": _commitment(context, "2026-01-10", "2026-01-31", "changed"),
        "feb": _commitment(context, "2026-01-12", "2026-02-01", "kept"),  # a month boundary
        "dropped": _commitment(context, "2026-02-02", "2026-03-15", "dropped"),
        "private": _commitment(context, "2026-02-03", "2026-02-10", "kept", private=True),
        "open": _commitment(context, "2026-02-04", None, "open"),
        "later": _commitment(context, "2026-03-01", "2026-04-02", "kept"),  # after the range
    }


def test_outcomes_per_period(context: JournalContext, closed: dict[str, int]) -> None:
    service = InsightsService(database=context.database)
    request = InsightsRequest(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    found = service.compute(request)
    outcomes = {series.outcome: series.counts for series in found.outcomes}
    assert outcomes == {"kept": (1, 1, 0), "changed": (1, 0, 0), "dropped": (0, 0, 1)}

    with_private = service.compute(
        InsightsRequest(request.date_from, request.date_to, "quarter", True)
    )
    assert {s.outcome: s.counts for s in with_private.outcomes}["kept"] == (3,)

    context.journal.trash_entry(closed["jan"])
    after = {s.outcome: s.counts for s in service.compute(request).outcomes}
    assert after["changed"] == (0, 0, 0)


def test_the_command_reports_commitments(
    context: JournalContext, closed: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(context.paths.root)
    context.close()
    args = ["--data-dir", root, "insights", "--from", "2026-01-01", "--to", "2026-03-31"]
    assert run([*args, "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["commitments"] == {"kept": [1, 1, 0], "changed": [1, 0, 0], "dropped": [0, 0, 1]}
    assert run(args) == 0
    assert "Commitments closed" in capsys.readouterr().out


def test_the_summary_counts_commitments_of_exported_entries(
    context: JournalContext, closed: dict[str, int]
) -> None:
    service = ExchangeService(journal=context.journal, catalog=context.catalog)
    summary = service.summary(SummaryRequest(dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    outcomes = summary.patterns.outcomes
    # Only entries written in the period leave the app: the November one's commitment stays.
    assert outcomes.rows == ("Holdt", "Ændret", "Droppet")
    assert outcomes.counts == ((0, 1, 0), (1, 0, 0), (0, 0, 1))


@pytest.mark.parametrize("include_private", [False, True])
def test_each_outcome_cell_lists_one_follow_up_per_commitment_it_counts(
    context: JournalContext, closed: dict[str, int], include_private: bool
) -> None:
    found = InsightsService(database=context.database).compute(
        InsightsRequest(dt.date(2026, 1, 1), dt.date(2026, 3, 31), include_private=include_private)
    )
    charts = charts_of(found, context.catalog, "da")
    follow_ups = {c.follow_up_entry_id: c for c in context.commitments.list() if not c.is_open}
    cells = 0
    for row, series in enumerate(found.outcomes):
        for column, count in enumerate(series.counts):
            where = charts.outcome_filter(row, column)
            shown = context.journal.all_matching(where)
            assert len(shown) == count
            for item in shown:
                assert follow_ups[item.id].status == series.outcome
            cells += count
    assert cells == (5 if include_private else 4)

    context.journal.trash_entry(closed["jan"])  # its commitment no longer counts, nor shows
    where = charts.outcome_filter(1, 0)  # changed, January
    assert context.journal.all_matching(where) == []
