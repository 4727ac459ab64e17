"""The density strip at the edges of the calendar: every day a journal may hold paints."""

from __future__ import annotations

import datetime as dt

import pytest

from app.journal.timeline_stats import WeekDensity, week_start
from app.records import EARLIEST_DAY, LATEST_DAY
from ui.timeline.density_strip import DensityStrip


def weeks_between(first: dt.date, last: dt.date) -> list[WeekDensity]:
    start, end = week_start(first), week_start(last)
    count = (end - start).days // 7 + 1
    return [
        WeekDensity(start + dt.timedelta(weeks=n), 1 if n in (0, count - 1) else 0, None)
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (EARLIEST_DAY, LATEST_DAY),  # the range the app accepts now
        (dt.date(9999, 12, 20), dt.date(9999, 12, 31)),  # stored before days were checked
        (dt.date(1, 1, 1), dt.date(1, 1, 20)),
        (dt.date(9999, 12, 31), dt.date(9999, 12, 31)),  # a Friday: its week ends past max
    ],
)
def test_days_at_the_ends_paint_shade_and_click(qtbot, first: dt.date, last: dt.date) -> None:  # type: ignore[no-untyped-def]
    strip = DensityStrip()
    qtbot.addWidget(strip)
    strip.resize(300, 40)
    strip.set_weeks(weeks_between(first, last))
    strip.set_milestones([(first, "first"), (last, "last")])
    strip.set_days_in_view(last, last)
    strip.show()
    qtbot.waitExposed(strip)
    image = strip.grab().toImage()  # raised OverflowError in paintEvent at 9999-12-31
    assert not image.isNull()
    bars = strip.bars()
    with qtbot.waitSignal(strip.week_clicked) as clicked:
        strip.click_bar(len(bars) - 1)
    assert clicked.args[1] >= last >= clicked.args[0]
    assert "last" in strip._describe(len(bars) - 1)
