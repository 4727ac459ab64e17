"""Course mode in the timeline: milestone rows, exact row signals, module filter, postcards."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QSignalSpy
from pytestqt.qtbot import QtBot

from app.catalog.catalog import Catalog
from app.courses.service import CourseService, ModuleSpec
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TimelineFilter
from ui.courses.milestones import (
    MILESTONE_KIND,
    MilestoneRole,
    MilestoneTimelineModel,
    PostcardState,
)
from ui.courses.postcard_suggestion import PostcardSuggestion
from ui.courses.timeline_link import CourseTimelineLink
from ui.timeline.model import RowKind, TimelineModel, TimelineRole
from ui.timeline.panel import TimelinePanel

M1, M2, M3 = dt.date(2026, 1, 15), dt.date(2026, 3, 5), dt.date(2026, 5, 20)
TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def courses(journal: JournalService) -> CourseService:
    return CourseService(journal=journal)


@pytest.fixture
def course_id(courses: CourseService) -> int:
    modules = [ModuleSpec("Modul 1", M1), ModuleSpec("Modul 2", M2), ModuleSpec("Modul 3", M3)]
    return courses.create_course("Ledelse", modules).id


def write(journal: JournalService, day: dt.date, **changes: object) -> int:
    values: dict[str, object] = {"day": day, "title": f"Dag {day.isoformat()}"}
    values.update(changes)
    return journal.create_entry(EntryDraft(**values)).id  # type: ignore[arg-type]


def rows(model: MilestoneTimelineModel) -> list[tuple[str, object]]:
    """The rows as ("month", first day), ("entry", day) and ("milestone", day)."""
    found: list[tuple[str, object]] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        kind = index.data(TimelineRole.KIND)
        name = {RowKind.MONTH: "month", RowKind.ENTRY: "entry", MILESTONE_KIND: "milestone"}[kind]
        found.append((name, index.data(TimelineRole.DAY)))
    return found


def make_model(
    journal: JournalService, catalog: Catalog, courses: CourseService, *, page_size: int = 200
) -> MilestoneTimelineModel:
    source = TimelineModel(journal=journal, catalog=catalog, page_size=page_size)
    model = MilestoneTimelineModel(source=source, today=TODAY)
    model.set_milestones(courses.milestones(today=TODAY), today=TODAY)
    return model


def test_milestones_sit_above_the_entries_of_their_module(
    qtmodeltester, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:  # type: ignore[no-untyped-def]
    for day in (dt.date(2026, 1, 10), M1, dt.date(2026, 3, 4), M2, dt.date(2026, 3, 10)):
        write(journal, day)
    model = make_model(journal, catalog, courses)
    qtmodeltester.check(model)
    assert rows(model) == [
        ("milestone", M3),  # upcoming, above everything
        ("month", dt.date(2026, 3, 1)),
        ("entry", dt.date(2026, 3, 10)),
        ("entry", M2),
        ("milestone", M2),
        ("entry", dt.date(2026, 3, 4)),
        ("month", dt.date(2026, 1, 1)),
        ("entry", M1),
        ("milestone", M1),
        ("entry", dt.date(2026, 1, 10)),
    ]
    states = [model.index(r).data(MilestoneRole.POSTCARD) for r in model.milestone_rows()]
    assert states == [PostcardState.UPCOMING, PostcardState.DUE, PostcardState.DUE]
    first = model.index(model.milestone_rows()[1])
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Modul 2"
    assert first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not model.mapToSource(first).isValid()
    source = model.source_model()
    for row in range(source.rowCount()):
        proxy = model.mapFromSource(source.index(row))
        assert model.mapToSource(proxy).row() == row


def test_saves_move_rows_exactly_and_keep_milestones_in_place(
    qtbot: QtBot,
    qtmodeltester,
    journal: JournalService,
    catalog: Catalog,
    courses: CourseService,
    course_id: int,
) -> None:  # type: ignore[no-untyped-def]
    early = write(journal, dt.date(2026, 3, 1))
    write(journal, dt.date(2026, 3, 10))
    model = make_model(journal, catalog, courses)
    qtmodeltester.check(model)
    resets = QSignalSpy(model.modelReset)
    # A new entry in the same month, older than the module date.
    new_id = write(journal, dt.date(2026, 3, 3))
    model.source_model().refresh_entry(new_id)
    # The early entry moves past the module date: remove + insert, never a reset.
    moved = dataclasses.replace(journal.get_entry(early).to_draft(), day=dt.date(2026, 3, 8))
    journal.update_entry(early, moved)
    model.source_model().refresh_entry(early)
    assert resets.count() == 0
    assert rows(model) == [
        ("milestone", M3),
        ("month", dt.date(2026, 3, 1)),
        ("entry", dt.date(2026, 3, 10)),
        ("entry", dt.date(2026, 3, 8)),
        ("milestone", M2),
        ("entry", dt.date(2026, 3, 3)),
        ("milestone", M1),
    ]
    model.source_model().remove_entry(new_id)
    assert ("entry", dt.date(2026, 3, 3)) not in rows(model)
    assert [kind for kind, _ in rows(model)].count("milestone") == 3


def test_milestones_older_than_the_loaded_page_wait_for_it(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    for offset in range(30):
        write(journal, M1 - dt.timedelta(days=5) + dt.timedelta(days=offset * 3))
    model = make_model(journal, catalog, courses, page_size=5)
    shown = [day for kind, day in rows(model) if kind == "milestone"]
    assert M1 not in shown
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [day for kind, day in rows(model) if kind == "milestone"] == [M3, M2, M1]


def test_module_filter_shows_only_that_module_and_its_entries(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    for day in (M1, dt.date(2026, 2, 1), M2, dt.date(2026, 4, 1)):
        write(journal, day)
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    link = CourseTimelineLink.attach(panel, courses=courses, today=TODAY)
    module_2 = courses.get_course(course_id).modules[1]
    names = [
        panel.filter_bar.module_box.itemText(i) for i in range(panel.filter_bar.module_box.count())
    ]
    assert any("Modul 2" in name for name in names)
    panel.set_filter(TimelineFilter(module_id=module_2.id))
    assert rows(link.model) == [
        ("month", dt.date(2026, 4, 1)),
        ("entry", dt.date(2026, 4, 1)),
        ("month", dt.date(2026, 3, 1)),
        ("entry", M2),
        ("milestone", M2),
    ]
    assert [day for day, _label in panel.density_strip.milestones()] == [M1, M2, M3]


def test_clicking_milestones_opens_or_writes_the_postcard(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    modules = courses.get_course(course_id).modules
    postcard = write(
        journal, dt.date(2026, 2, 1), template_key="postcard", answers=(Answer("new_angles", "x"),)
    )
    write(journal, dt.date(2026, 3, 10))
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    link = CourseTimelineLink.attach(panel, courses=courses, today=TODAY)
    by_module = {
        link.model.index(r).data(MilestoneRole.MODULE_ID): link.model.index(r)
        for r in link.model.milestone_rows()
    }
    with qtbot.waitSignal(link.postcard_requested) as requested:
        link.activate(by_module[modules[1].id])
    assert requested.args == [modules[1].id]
    with qtbot.waitSignal(panel.entry_activated) as opened:
        link.activate(by_module[modules[0].id])
    assert opened.args == [postcard]
    # Keyboard: Enter on a selected milestone row asks for its postcard too.
    panel.view.setCurrentIndex(by_module[modules[1].id])
    with qtbot.waitSignal(link.postcard_requested):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    # The suggestion above the list names the latest module without a postcard.
    assert link.suggestion.isVisibleTo(panel)
    assert link.suggestion.module_id() == modules[1].id
    # Once the postcard is written and the link refreshed, the module shows as done.
    write(journal, dt.date(2026, 3, 12), template_key="postcard", module_id=modules[1].id)
    link.refresh()
    assert not link.suggestion.isVisibleTo(panel)
    states = {m.module_id: m.postcard_done for m in link.milestones()}
    assert states[modules[1].id] is True


def test_select_entry_goes_through_the_milestone_model(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    ids = [write(journal, day) for day in (M1, M2, dt.date(2026, 3, 10))]
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    CourseTimelineLink.attach(panel, courses=courses, today=TODAY)
    for entry_id in ids:
        assert panel.select_entry(entry_id)
        assert panel.current_entry_id() == entry_id


def test_postcard_suggestion_widget(qtbot: QtBot, courses: CourseService, course_id: int) -> None:
    suggestion = PostcardSuggestion()
    qtbot.addWidget(suggestion)
    suggestion.set_pending([])
    assert suggestion.isHidden()
    pending = courses.pending_postcards(today=TODAY)
    suggestion.set_pending(pending)
    assert not suggestion.isHidden()
    assert "Modul 2" in suggestion.title.text()
    assert "1 more module" in suggestion.detail.text()
    with qtbot.waitSignal(suggestion.postcard_requested) as requested:
        qtbot.mouseClick(suggestion.write_button, Qt.MouseButton.LeftButton)
    assert requested.args == [pending[0].module.id]
    qtbot.mouseClick(suggestion.later_button, Qt.MouseButton.LeftButton)
    assert "Modul 1" in suggestion.title.text()
    qtbot.mouseClick(suggestion.later_button, Qt.MouseButton.LeftButton)
    assert suggestion.isHidden()


def test_module_menu_links_an_entry(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    modules = courses.get_course(course_id).modules
    entry_id = write(journal, dt.date(2026, 3, 10))
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    link = CourseTimelineLink.attach(panel, courses=courses, today=TODAY)
    menu = link.module_menu(entry_id)
    assert menu is not None
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["By its date (Modul 2)", "Modul 1", "Modul 2", "Modul 3"]
    assert [a.isChecked() for a in actions] == [True, False, False, False]
    with qtbot.waitSignal(link.module_link_requested) as requested:
        actions[1].trigger()
    assert requested.args == [entry_id, modules[0].id]
    courses.link_entry(entry_id, modules[0].id)
    menu = link.module_menu(entry_id)  # keep the menu alive while reading its actions
    again = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.isChecked() for a in again] == [False, True, False, False]


def test_milestone_rows_paint_in_every_state(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    write(journal, M1, template_key="postcard")
    for day in (dt.date(2026, 2, 1), dt.date(2026, 3, 10)):
        write(journal, day)
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    link = CourseTimelineLink.attach(panel, courses=courses, today=TODAY)
    panel.resize(420, 900)
    panel.show()
    qtbot.waitExposed(panel)
    image = panel.view.viewport().grab().toImage()
    assert not image.isNull()
    states = {link.model.index(r).data(MilestoneRole.POSTCARD) for r in link.model.milestone_rows()}
    assert states == {PostcardState.DONE, PostcardState.DUE, PostcardState.UPCOMING}
    row = link.model.milestone_rows()[0]
    option_height = panel.view.sizeHintForRow(row)
    assert option_height > 0


def test_module_dates_use_the_danish_long_form(
    qtbot: QtBot, journal: JournalService, catalog: Catalog, courses: CourseService
) -> None:
    """ "Begyndte 24. november 2026", with the period after the day, as Danes write it."""
    day = dt.date(2026, 11, 24)
    courses.create_course("Ledelse", [ModuleSpec("Modul 1", day)])
    suggestion = PostcardSuggestion()
    qtbot.addWidget(suggestion)
    suggestion.set_language("da")
    suggestion.set_pending(courses.pending_postcards(today=day))
    assert "24. november 2026" in suggestion.detail.text()
    suggestion.set_language("en")
    assert "24 November 2026" in suggestion.detail.text()
    write(journal, day - dt.timedelta(days=1))  # the milestone row sits above it
    source = TimelineModel(journal=journal, catalog=catalog)
    source.set_language("da")
    model = MilestoneTimelineModel(source=source, today=day)
    model.set_milestones(courses.milestones(today=day), today=day)
    row = model.milestone_rows()[0]
    spoken = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "24. november 2026" in spoken
