"""The timeline's "on this day" strip and month calendar, on a real journal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from app.catalog.catalog import Catalog
from app.journal.service import JournalService
from app.records import EntryDraft, TagRef, TimelineFilter
from ui.timeline.on_this_day import msec_until_next_day
from ui.timeline.panel import TimelinePanel

TODAY = dt.date.today()
ONE_YEAR = TODAY.replace(year=TODAY.year - 1, day=min(TODAY.day, 28))


@pytest.fixture
def panel(journal: JournalService, catalog: Catalog, qtbot):  # type: ignore[no-untyped-def]
    built = TimelinePanel(journal=journal, catalog=catalog)
    built.set_language("en")
    qtbot.addWidget(built)
    built.resize(460, 700)
    built.show()
    qtbot.waitExposed(built)
    return built


def _add(journal: JournalService, day: dt.date, title: str, **fields: object) -> int:
    return journal.create_entry(EntryDraft(day=day, title=title, **fields)).id  # type: ignore[arg-type]


def test_the_strip_shows_this_day_in_earlier_years_and_opens_one(
    panel: TimelinePanel, journal: JournalService, qtbot
) -> None:  # type: ignore[no-untyped-def]
    strip = panel.on_this_day
    day = dt.date(2027, 1, 1)
    strip.set_today(day)
    assert not strip.isVisible()  # nothing comes back yet: no empty strip
    december = _add(journal, dt.date(2026, 12, 1), "December-mødet")
    last_year = _add(journal, dt.date(2026, 1, 1), "Nytårstanker", private=True)
    _add(journal, dt.date(2026, 12, 2), "Ikke i dag")
    # The strip follows the change notifications by itself.
    assert strip.isVisible()
    assert [link.entry_id for link in strip.list.links] == [december, last_year]
    assert "1 December 2026" in strip.list.links[0].full_text
    assert "December-mødet" in strip.list.links[0].full_text
    opened: list[int] = []
    panel.entry_activated.connect(opened.append)
    qtbot.mouseClick(strip.list.links[1], Qt.MouseButton.LeftButton)
    assert opened == [last_year]
    # Folded away: the list hides, the one-line header stays.
    with qtbot.waitSignal(strip.collapsed_changed) as folded:
        qtbot.mouseClick(strip.toggle, Qt.MouseButton.LeftButton)
    assert folded.args == [True]
    assert strip.is_collapsed() and not strip.list.isVisible() and strip.toggle.isVisible()


def test_the_calendar_marks_days_with_entries_and_jumps_to_one(
    panel: TimelinePanel, journal: JournalService, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ids = {
        day: _add(journal, dt.date(2026, 3, day), f"Marts {day}", time=dt.time(9, 0))
        for day in (2, 10, 10, 20)
    }
    later_on_10th = _add(journal, dt.date(2026, 3, 10), "Sent den 10.", time=dt.time(21, 0))
    gone = _add(journal, dt.date(2026, 3, 25), "Smidt ud")
    journal.trash_entry(gone)
    for n in range(60):  # enough newer entries that March is paged in only by the jump
        _add(journal, dt.date(2026, 11, 1) + dt.timedelta(days=n % 30), f"Senere {n}")
    panel.reload()
    panel.open_calendar()
    popup = panel.calendar_popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    calendar.setCurrentPage(2026, 3)
    assert calendar.counts() == {
        dt.date(2026, 3, 2): 1,
        dt.date(2026, 3, 10): 3,
        dt.date(2026, 3, 20): 1,
    }
    assert calendar.dateTextFormat(QDate(2026, 3, 10)).fontWeight() > 400
    assert calendar.dateTextFormat(QDate(2026, 3, 11)).fontWeight() <= 400
    with qtbot.waitSignal(popup.day_chosen):
        calendar.clicked.emit(QDate(2026, 3, 10))
    assert not popup.isVisible()
    # The newest entry of that day (by time) is selected and scrolled to.
    assert panel.current_entry_id() == later_on_10th
    assert ids[10] != later_on_10th
    # The marks follow the timeline's filter.
    panel.set_filter(TimelineFilter(tags=(TagRef("dilemma", "control"),)))
    panel.open_calendar()
    calendar.setCurrentPage(2026, 3)
    assert calendar.counts() == {}


def test_go_to_date_is_in_the_view_menu_with_a_shortcut(main_window) -> None:  # type: ignore[no-untyped-def]
    action = main_window.actions["go_to_date"]
    assert action in main_window.menus.menus["view"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    action.trigger()
    popup = main_window.timeline.calendar_popup
    assert popup is not None and popup.isVisible()
    popup.close()


def test_msec_until_the_next_day() -> None:
    assert msec_until_next_day(dt.datetime(2026, 12, 6, 23, 59, 59)) == 2000
    assert msec_until_next_day(dt.datetime(2026, 12, 31, 12, 0)) == 12 * 3600_000 + 1000
    assert msec_until_next_day(dt.datetime(2028, 2, 28, 0, 0)) == 24 * 3600_000 + 1000


def test_a_window_left_open_overnight_shows_the_new_day(
    panel: TimelinePanel, journal: JournalService
) -> None:
    strip = panel.on_this_day
    now = [dt.datetime(2026, 12, 6, 23, 59, 30)]
    strip.clock = lambda: now[0]
    _add(journal, dt.date(2025, 12, 7), "Et år siden i morgen")
    assert not strip.isVisible()  # nothing came on 6 December
    strip.refresh()
    assert not strip.isVisible()

    now[0] = dt.datetime(2026, 12, 7, 0, 0, 1)
    strip.new_day_timer.timeout.emit()  # the timer armed for just after midnight
    assert strip.isVisible()
    assert [link.full_text.split("  ·  ")[1] for link in strip.list.links] == [
        "Et år siden i morgen"
    ]
    assert strip.new_day_timer.isActive()  # armed again for the next midnight
    assert strip.new_day_timer.remainingTime() <= msec_until_next_day(now[0])
