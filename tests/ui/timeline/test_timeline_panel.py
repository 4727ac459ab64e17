"""The timeline panel as a leader uses it: filters, search, count, density strip, keys."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from app.catalog.catalog import Catalog
from app.journal.service import JournalService
from app.journal.timeline_stats import TimelineStats
from app.records import EntryDraft, TagRef, TimelineFilter
from ui.timeline.model import RowKind, TimelineRole
from ui.timeline.panel import TimelinePanel

CONTROL = TagRef("dilemma", "control")
RISK = TagRef("dilemma", "risk")
MORAL = TagRef("legitimacy", "moral")
SELF_LEADERSHIP = TagRef("paradox", "self_leadership")
BUDGET = TagRef("own", "budget", "Budget")


@pytest.fixture
def ids(journal: JournalService) -> dict[str, int]:
    def add(key: str, day: dt.date, title: str, body: str, *tags: TagRef) -> tuple[str, int]:
        draft = EntryDraft(day=day, title=title, body=body, tags=tags)
        return key, journal.create_entry(draft).id

    return dict(
        [
            add(
                "power",
                dt.date(2026, 3, 2),
                "Styregruppemøde",
                "Vi drøftede magtudøvelse i netværket.",
                CONTROL,
                MORAL,
            ),
            add(
                "money",
                dt.date(2026, 3, 10),
                "Økonomi",
                "Økonomien er stram; det kræver åbenhed.",
                RISK,
            ),
            add(
                "citizens",
                dt.date(2026, 2, 15),
                "Borgerdialog",
                "Offentlig værdi skabes sammen med borgerne.",
                SELF_LEADERSHIP,
                MORAL,
            ),
            add("coach", dt.date(2026, 1, 20), "Coaching", "Ansvar og selvledelse.", BUDGET),
            add("old", dt.date(2025, 12, 1), "Gammel", "Intet særligt."),
        ]
    )


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


def shown_ids(panel: TimelinePanel) -> set[int]:
    model = panel.model
    return {
        model.index(row).data(TimelineRole.ENTRY_ID)
        for row in range(model.rowCount())
        if model.index(row).data(TimelineRole.KIND) == RowKind.ENTRY
    }


def tag_action(panel: TimelinePanel, tag: TagRef):  # type: ignore[no-untyped-def]
    for action in panel.filter_bar.tag_menu.actions():
        if action.data() == str(tag):
            return action
    raise AssertionError(f"no menu entry for {tag}")


def search(panel: TimelinePanel, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = panel.filter_bar.search_edit
    edit.clear()
    with qtbot.waitSignal(panel.filter_bar.filter_changed, timeout=2000):
        qtbot.keyClicks(edit, text)


def test_shows_every_entry_with_a_count(panel: TimelinePanel, ids: dict[str, int]) -> None:
    assert shown_ids(panel) == set(ids.values())
    assert panel.filter_bar.count_label.text() == "5 entries"
    assert not panel.filter_bar.clear_button.isEnabled()
    assert not panel.is_empty()
    months = [
        panel.model.index(row).data()
        for row in range(panel.model.rowCount())
        if panel.model.index(row).data(TimelineRole.KIND) == RowKind.MONTH
    ]
    assert months == ["March 2026", "February 2026", "January 2026", "December 2025"]


def test_family_filter_narrows_the_list_and_the_count(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    panel.toggle_filters()
    assert panel.filter_bar.filters_visible()
    with qtbot.waitSignal(panel.filter_changed) as changed:
        panel.filter_bar._family_buttons["dilemma"].click()
    assert changed.args[0].families == ("dilemma",)
    assert shown_ids(panel) == {ids["power"], ids["money"]}
    assert panel.filter_bar.count_label.text() == "2 entries"
    assert panel.current_filter().families == ("dilemma",)
    panel.filter_bar._family_buttons["own"].click()
    assert shown_ids(panel) == {ids["power"], ids["money"], ids["coach"]}


def test_tags_any_or_all(panel: TimelinePanel, ids: dict[str, int]) -> None:
    tag_action(panel, CONTROL).trigger()
    tag_action(panel, MORAL).trigger()
    assert panel.current_filter().tags == (CONTROL, MORAL)
    assert shown_ids(panel) == {ids["power"], ids["citizens"]}
    assert panel.filter_bar.tags_button.text() == "Tags (2)"
    panel.filter_bar.match_box.setCurrentIndex(1)  # all of these
    assert panel.current_filter().match_all_tags
    assert shown_ids(panel) == {ids["power"]}
    assert panel.filter_bar.count_label.text() == "1 entry"


def test_own_tags_are_offered_with_their_label(panel: TimelinePanel) -> None:
    action = tag_action(panel, BUDGET)
    assert action.text().startswith("Budget")
    assert action.text().endswith("(1)")


def test_date_range(panel: TimelinePanel, ids: dict[str, int]) -> None:
    bar = panel.filter_bar
    bar.from_edit.setDate(QDate(2026, 2, 1))
    bar.from_check.setChecked(True)
    bar.to_edit.setDate(QDate(2026, 3, 5))
    bar.to_check.setChecked(True)
    assert panel.current_filter().date_from == dt.date(2026, 2, 1)
    assert panel.current_filter().date_to == dt.date(2026, 3, 5)
    assert shown_ids(panel) == {ids["power"], ids["citizens"]}
    bar.to_check.setChecked(False)
    assert shown_ids(panel) == {ids["power"], ids["citizens"], ids["money"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("magtudøvelse", {"power"}),
        ("økonomien", {"money"}),
        ("Åbenhed", {"money"}),
        ('"offentlig værdi"', {"citizens"}),
        ("magt*", {"power"}),
        ("selvled*", {"coach", "citizens"}),  # "citizens" by its tag "Ledelse af selvledelse"
        ("ledelse", {"coach", "citizens"}),  # inside "selvledelse", and the tag's name
        ("borgerne værdi", {"citizens"}),
        ("ingenting", set()),
    ],
)
def test_search_as_you_type_in_danish(
    panel: TimelinePanel, ids: dict[str, int], qtbot, text: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    emitted: list[TimelineFilter] = []
    panel.filter_bar.filter_changed.connect(emitted.append)
    search(panel, qtbot, text)
    assert len(emitted) == 1  # one query after the pause, not one per key
    assert panel.current_filter().text == text
    assert shown_ids(panel) == {ids[key] for key in expected}
    count = len(expected)
    assert panel.filter_bar.count_label.text() == ("1 entry" if count == 1 else f"{count} entries")
    if not expected:
        assert panel._stack.currentWidget() is panel.placeholder
        assert "No entries match" in panel.placeholder.text()


def test_clear_all_in_one_click(panel: TimelinePanel, ids: dict[str, int], qtbot) -> None:  # type: ignore[no-untyped-def]
    search(panel, qtbot, "magt*")
    panel.filter_bar._family_buttons["dilemma"].click()
    tag_action(panel, CONTROL).trigger()
    assert panel.filter_bar.clear_button.isEnabled()
    qtbot.mouseClick(panel.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert panel.current_filter().is_empty()
    assert panel.filter_bar.search_edit.text() == ""
    assert not panel.filter_bar._family_buttons["dilemma"].isChecked()
    assert not tag_action(panel, CONTROL).isChecked()
    assert shown_ids(panel) == set(ids.values())
    assert panel.filter_bar.count_label.text() == "5 entries"


def test_set_filter_shows_in_the_controls(panel: TimelinePanel, ids: dict[str, int]) -> None:
    where = TimelineFilter(
        families=("paradox",), tags=(MORAL,), text="borgerne", date_from=dt.date(2026, 1, 1)
    )
    panel.set_filter(where)
    assert panel.current_filter() == where
    bar = panel.filter_bar
    assert bar.current_filter() == where
    assert bar.search_edit.text() == "borgerne"
    assert bar._family_buttons["paradox"].isChecked()
    assert tag_action(panel, MORAL).isChecked()
    assert bar.from_check.isChecked() and bar.from_edit.date() == QDate(2026, 1, 1)
    assert shown_ids(panel) == {ids["citizens"]}


def test_keyboard_moves_past_headers_and_enter_opens(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    view = panel.view
    panel.focus_search()
    assert panel.filter_bar.search_edit.hasFocus()
    qtbot.keyClick(panel.filter_bar.search_edit, Qt.Key.Key_Down)
    assert view.hasFocus()
    assert panel.current_entry_id() == ids["money"]  # newest first
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert panel.current_entry_id() == ids["power"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the February header
    assert panel.current_entry_id() == ids["citizens"]
    with qtbot.waitSignal(panel.entry_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [ids["citizens"]]


def test_click_opens_an_entry_but_not_a_header(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    view = panel.view
    opened: list[int] = []
    panel.entry_activated.connect(opened.append)
    header_rect = view.visualRect(panel.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=header_rect.center())
    assert opened == []
    entry_rect = view.visualRect(panel.model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=entry_rect.center())
    assert opened == [ids["money"]]


def test_density_strip_click_selects_the_first_entry_of_the_week(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    strip = panel.density_strip
    weeks = strip.weeks()
    assert weeks[0].start == dt.date(2025, 12, 1) and weeks[-1].start == dt.date(2026, 3, 9)
    assert sum(week.count for week in weeks) == 5
    bars = strip.bars()
    assert len(bars) == len(weeks)  # wide enough for one bar per week
    february = next(i for i, (_, w) in enumerate(bars) if w.start == dt.date(2026, 2, 9))
    assert bars[february][1].family == "paradox"  # tie with legitimacy: deck order wins
    with qtbot.waitSignal(strip.week_clicked):
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=bars[february][0].center())
    assert panel.current_entry_id() == ids["citizens"]
    # An empty week jumps to the next older entry.
    empty = next(i for i, (_, w) in enumerate(bars) if w.start == dt.date(2026, 1, 5))
    strip.click_bar(empty)
    assert panel.current_entry_id() == ids["old"]


def test_density_strip_keeps_milestones(panel: TimelinePanel) -> None:
    panel.density_strip.set_milestones([(dt.date(2026, 2, 1), "Modul 2")])
    assert panel.density_strip.milestones() == [(dt.date(2026, 2, 1), "Modul 2")]
    panel.density_strip.grab()  # paints without errors


def test_select_entry_pages_in_as_far_as_needed(
    journal: JournalService, catalog: Catalog, qtbot
) -> None:  # type: ignore[no-untyped-def]
    made = [
        journal.create_entry(EntryDraft(day=dt.date(2025, 1, 1) + dt.timedelta(days=i))).id
        for i in range(30)
    ]
    panel = TimelinePanel(journal=journal, catalog=catalog, page_size=5)
    qtbot.addWidget(panel)
    assert panel.model.loaded_entries() == 5
    assert panel.select_entry(made[0])  # the oldest: the last row
    assert panel.current_entry_id() == made[0]
    assert panel.model.loaded_entries() == 30
    panel.set_filter(TimelineFilter(text="findes-ikke"))
    assert not panel.select_entry(made[0])


def test_refresh_and_remove_keep_the_count_right(
    panel: TimelinePanel, journal: JournalService, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    created = journal.create_entry(EntryDraft(day=dt.date(2026, 4, 1), title="Ny", tags=(RISK,)))
    with qtbot.assertNotEmitted(panel.model.modelReset):
        panel.refresh_entry(created.id)
    assert created.id in shown_ids(panel)
    assert panel.filter_bar.count_label.text() == "6 entries"
    journal.trash_entry(ids["old"])
    with qtbot.assertNotEmitted(panel.model.modelReset):
        panel.remove_entry(ids["old"])
    assert ids["old"] not in shown_ids(panel)
    assert panel.filter_bar.count_label.text() == "5 entries"
    assert panel.density_strip.weeks()[0].start == dt.date(2026, 1, 19)


def test_empty_journal(journal: JournalService, catalog: Catalog, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    assert panel.is_empty()
    assert panel.model.rowCount(QModelIndex()) == 0
    assert panel._stack.currentWidget() is panel.placeholder
    assert panel.density_strip.weeks() == []
    panel.density_strip.grab()


def test_language_switch_relabels_without_reset(
    panel: TimelinePanel, ids: dict[str, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    row = panel.model.row_of_entry(ids["power"])
    assert panel.model.index(row).data(TimelineRole.TAG_CHIPS)[0] == ("Control", "dilemma")
    with qtbot.assertNotEmitted(panel.model.modelReset):
        panel.set_language("da")
    assert panel.model.index(row).data(TimelineRole.TAG_CHIPS)[0] == ("Kontrol", "dilemma")
    assert panel.model.index(0).data() == "Marts 2026"
    assert panel.filter_bar._family_buttons["dilemma"].text() == "Dilemmaer"


def test_accessible_names(panel: TimelinePanel) -> None:
    assert panel.view.accessibleName() == "Timeline"
    assert panel.filter_bar.search_edit.accessibleName() == "Search entries"
    assert panel.density_strip.accessibleName() == "Entries per week"
    assert panel.filter_bar.clear_button.accessibleName() == "Clear all filters"


def test_the_selected_entry_stays_selected_when_its_day_moves(
    panel: TimelinePanel, journal: JournalService, ids: dict[str, int]
) -> None:
    assert panel.select_entry(ids["citizens"])
    entry = journal.get_entry(ids["citizens"])
    journal.update_entry(entry.id, dataclasses.replace(entry.to_draft(), day=dt.date(2025, 11, 3)))
    panel.refresh_entry(entry.id)
    assert panel.current_entry_id() == entry.id
    assert panel.model.index(panel.model.row_of_entry(entry.id) - 1).data() == "November 2025"


def test_density_strip_shades_the_days_the_list_shows(
    panel: TimelinePanel, journal: JournalService, catalog: Catalog, qtbot
) -> None:  # type: ignore[no-untyped-def]
    strip = panel.density_strip
    qtbot.waitUntil(lambda: strip.days_in_view() == (dt.date(2025, 12, 1), dt.date(2026, 3, 10)))
    panel.set_filter(TimelineFilter(text="ingenting"))
    qtbot.waitUntil(lambda: strip.days_in_view() is None)

    made = [
        journal.create_entry(EntryDraft(day=dt.date(2024, 1, 1) + dt.timedelta(days=i))).id
        for i in range(60)
    ]
    tall = TimelinePanel(journal=journal, catalog=catalog, page_size=10)
    qtbot.addWidget(tall)
    tall.resize(460, 500)
    tall.show()
    assert tall.select_entry(made[0])  # the oldest, at the very bottom
    qtbot.waitUntil(lambda: tall.density_strip.days_in_view() is not None)
    oldest, newest = tall.density_strip.days_in_view()
    assert oldest == dt.date(2024, 1, 1)
    assert dt.date(2024, 1, 2) <= newest < dt.date(2024, 1, 20)
    tall.density_strip.grab()


def test_the_week_strip_counts_at_once_and_colours_its_weeks_when_idle(
    qtbot, journal: JournalService, catalog: Catalog, ids: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    """Counting weeks reads the timeline index; colouring them reads every tag of every
    entry, so it follows when the window is idle, and it agrees with the full figure."""
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    weeks = panel.density_strip.weeks()
    assert sum(week.count for week in weeks) == 5
    assert all(week.family is None for week in weeks)

    full = TimelineStats(database=journal.database).weekly_density(TimelineFilter())
    qtbot.waitUntil(lambda: panel.density_strip.weeks() == full)
    by_monday = {week.start: week.family for week in panel.density_strip.weeks() if week.count}
    assert by_monday[dt.date(2026, 3, 2)] == "dilemma"  # control (with moral): dilemma first
    assert by_monday[dt.date(2025, 12, 1)] is None  # no tags at all


def test_an_entrys_context_menu_is_asked_of_the_panel_not_its_view(qtbot, panel, ids) -> None:  # type: ignore[no-untyped-def]
    """Course mode offers "Belongs to module" there; it listens to the panel's signal."""
    row = panel.model.row_of_entry(ids["power"])
    point = panel.view.visualRect(panel.model.index(row)).center()
    with qtbot.waitSignal(panel.entry_menu_requested, timeout=2000) as blocker:
        panel.view.customContextMenuRequested.emit(point)
    entry_id, at = blocker.args
    assert entry_id == ids["power"]
    assert at == panel.view.viewport().mapToGlobal(point)


def test_an_empty_timeline_shows_its_words_without_an_empty_strip(
    journal: JournalService, catalog: Catalog, qtbot
) -> None:  # type: ignore[no-untyped-def]
    built = TimelinePanel(journal=journal, catalog=catalog)
    built.set_language("en")
    qtbot.addWidget(built)
    built.resize(460, 700)
    built.show()
    qtbot.waitExposed(built)
    assert built.is_empty()
    assert built.placeholder.isVisible()
    assert built.density_strip.isHidden()  # no white box above "No entries yet"
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Første"))
    built.reload()
    assert built.density_strip.isVisible()
    # A filter that matches nothing shows the placeholder, and no strip either.
    built.set_filter(TimelineFilter(text="ingenting her"))
    assert built.placeholder.isVisible()
    assert built.density_strip.isHidden()
