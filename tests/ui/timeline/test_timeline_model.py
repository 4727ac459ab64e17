"""The timeline model: paging, month headers, exact row signals after saves and trash."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.catalog.catalog import Catalog
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.journal.service import JournalService
from app.records import EntryDraft, TagRef, TimelineFilter
from ui.timeline.delegate import fit_chips
from ui.timeline.model import RowKind, TimelineModel, TimelineRole

START = dt.date(2024, 1, 1)
DILEMMA = TagRef("dilemma", "control")


def draft(day: dt.date, title: str = "Refleksion", *tags: TagRef) -> EntryDraft:
    return EntryDraft(day=day, title=title, body="Tekst om ansvar", tags=tags)


@dataclass
class Big:
    journal: JournalService
    ids: list[int]


@pytest.fixture(scope="module")
def big_template(
    tmp_path_factory: pytest.TempPathFactory, catalog: Catalog
) -> tuple[Path, list[int]]:
    """450 entries, two a day from 1 January 2024 (about seven and a half months), once."""
    paths = DataPaths(tmp_path_factory.mktemp("timeline-big"))
    context = open_journal(paths, catalog=catalog)
    ids = [
        context.journal.create_entry(draft(START + dt.timedelta(days=i // 2), f"Nr. {i}")).id
        for i in range(450)
    ]
    context.close()
    return paths.journal, ids


@pytest.fixture
def big(big_template: tuple[Path, list[int]], tmp_path: Path, catalog: Catalog) -> Iterator[Big]:
    """A fresh copy of the 450-entry journal for one test."""
    source_file, ids = big_template
    paths = DataPaths(tmp_path / "big")
    paths.root.mkdir()
    with (
        closing(sqlite3.connect(source_file)) as source,
        closing(sqlite3.connect(paths.journal)) as target,
    ):
        source.backup(target)
    context = open_journal(paths, catalog=catalog)
    yield Big(context.journal, list(ids))
    context.close()


def layout(model: TimelineModel) -> list[tuple[str, object]]:
    """The model as ("month", first day) and ("entry", id) pairs."""
    rows: list[tuple[str, object]] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(TimelineRole.KIND) == RowKind.MONTH:
            rows.append(("month", index.data(TimelineRole.DAY)))
        else:
            rows.append(("entry", index.data(TimelineRole.ENTRY_ID)))
    return rows


def fetch_all(model: TimelineModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def fresh_layout(journal: JournalService, catalog: Catalog, where: TimelineFilter) -> list:
    model = TimelineModel(journal=journal, catalog=catalog)
    model.set_filter(where)
    fetch_all(model)
    return layout(model)


class Recorder:
    """Every structural signal a model sends, in order."""

    def __init__(self, model: TimelineModel) -> None:
        self.events: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.dataChanged.connect(
            lambda a, b, _r: self.events.append(("changed", a.row(), b.row()))
        )
        model.modelReset.connect(lambda: self.events.append(("reset", -1, -1)))
        model.layoutChanged.connect(lambda: self.events.append(("layout", -1, -1)))


@pytest.fixture
def model(journal: JournalService, catalog: Catalog, qtmodeltester) -> Iterator[TimelineModel]:  # type: ignore[no-untyped-def]
    built = TimelineModel(journal=journal, catalog=catalog, page_size=100)
    yield built
    qtmodeltester.check(built)


@pytest.fixture
def big_model(big: Big, catalog: Catalog, qtmodeltester) -> Iterator[TimelineModel]:  # type: ignore[no-untyped-def]
    built = TimelineModel(journal=big.journal, catalog=catalog, page_size=100)
    yield built
    qtmodeltester.check(built)


def test_pages_in_with_fetch_more_and_reaches_every_entry(
    big: Big, catalog: Catalog, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    journal, many = big.journal, big.ids
    model = TimelineModel(journal=journal, catalog=catalog, page_size=100)
    assert model.loaded_entries() == 100
    assert model.canFetchMore(QModelIndex())
    fetches = 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetches += 1
    assert fetches == 4
    assert model.loaded_entries() == 450

    rows = layout(model)
    assert [value for kind, value in rows if kind == "entry"] == list(reversed(many))
    # A header before the first entry of each month, and nowhere else.
    months = [value for kind, value in rows if kind == "month"]
    assert months == sorted(
        {(START + dt.timedelta(days=i // 2)).replace(day=1) for i in range(450)}, reverse=True
    )
    for position, (kind, value) in enumerate(rows):
        if kind == "month":
            following = model.index(position + 1).data(TimelineRole.DAY)
            assert following.replace(day=1) == value
            if position:
                previous = model.index(position - 1).data(TimelineRole.DAY)
                assert previous.replace(day=1) > value
    qtmodeltester.check(model)


def test_headers_are_not_selectable_and_entries_show_their_parts(
    journal: JournalService, catalog: Catalog
) -> None:
    created = journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 4),
            title="",
            body="Første linje om *magt*\n\nmere",
            tags=(DILEMMA, TagRef("own", "budget", "Budget")),
            template_key="postcard",
            private=True,
            time=dt.time(18, 6),
        )
    )
    model = TimelineModel(journal=journal, catalog=catalog)
    model.set_language("da")
    header, entry = model.index(0), model.index(1)
    assert header.data() == "Marts 2026"
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not header.flags() & Qt.ItemFlag.ItemIsEnabled
    assert entry.flags() & Qt.ItemFlag.ItemIsSelectable
    assert entry.data(TimelineRole.ENTRY_ID) == created.id
    assert entry.data() == "Første linje om magt mere"  # no title: the excerpt stands in
    assert entry.data(TimelineRole.TEMPLATE_NAME) == "Postkort"
    assert entry.data(TimelineRole.TAG_CHIPS) == (("Kontrol", "dilemma"), ("Budget", "own"))
    spoken = entry.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("onsdag den 4. marts 2026 18:06, Første linje") and spoken.endswith(
        "private"
    )

    model.set_language("en")
    assert model.index(0).data() == "March 2026"
    assert model.index(1).data(TimelineRole.TEMPLATE_NAME) == "Postcard"
    assert model.index(1).data(TimelineRole.TAG_CHIPS)[0] == ("Control", "dilemma")


def test_update_in_place_changes_one_row_only(big: Big, big_model: TimelineModel) -> None:
    journal, many = big.journal, big.ids
    model = big_model
    target = many[-3]  # loaded in the first page
    row = model.row_of_entry(target)
    recorder = Recorder(model)
    day = journal.get_entry(target).day
    journal.update_entry(target, draft(day, "Ny titel"))
    assert model.refresh_entry(target) is False  # only text: nothing to recount
    assert recorder.events == [("changed", row, row)]
    assert model.index(row).data() == "Ny titel"
    journal.update_entry(target, draft(day, "Ny titel", DILEMMA))
    assert model.refresh_entry(target) is True  # tags changed: counts may have
    assert recorder.events[-1] == ("changed", row, row)


def test_new_entry_in_a_new_month_inserts_header_and_row(
    big: Big, catalog: Catalog, big_model: TimelineModel
) -> None:
    journal = big.journal
    model = big_model
    recorder = Recorder(model)
    created = journal.create_entry(draft(dt.date(2024, 9, 2), "Ny måned"))
    model.refresh_entry(created.id)
    assert recorder.events == [("inserted", 0, 1)]
    assert layout(model)[:2] == [("month", dt.date(2024, 9, 1)), ("entry", created.id)]


def test_new_entry_inside_a_loaded_month_inserts_one_row_in_place(
    big: Big, catalog: Catalog, big_model: TimelineModel
) -> None:
    journal = big.journal
    model = big_model
    day = START + dt.timedelta(days=220)  # 8 August 2024, inside the first page
    recorder = Recorder(model)
    created = journal.create_entry(draft(day, "Midt i"))
    model.refresh_entry(created.id)
    row = model.row_of_entry(created.id)
    assert recorder.events == [("inserted", row, row)]
    fetch_all(model)
    assert layout(model) == fresh_layout(journal, catalog, TimelineFilter())


def test_day_change_moves_the_row_and_fixes_headers(
    big: Big, catalog: Catalog, big_model: TimelineModel
) -> None:
    journal, many = big.journal, big.ids
    model = big_model
    # The only entries of their month go: the newest month (August) is the easy case.
    first_of_august = [i for i in many if journal.get_entry(i).day.month == 8]
    target = first_of_august[-1]
    recorder = Recorder(model)
    journal.update_entry(target, draft(dt.date(2024, 10, 5), "Flyttet frem"))
    model.refresh_entry(target)
    assert [kind for kind, *_ in recorder.events] == ["removed", "inserted"]
    assert "reset" not in [kind for kind, *_ in recorder.events]
    assert layout(model)[:2] == [("month", dt.date(2024, 10, 1)), ("entry", target)]
    fetch_all(model)
    assert layout(model) == fresh_layout(journal, catalog, TimelineFilter())


def test_moving_the_last_entry_of_a_month_removes_its_header(
    journal: JournalService, catalog: Catalog, model: TimelineModel
) -> None:
    lonely = journal.create_entry(draft(dt.date(2025, 2, 10), "Alene i februar")).id
    journal.create_entry(draft(dt.date(2025, 1, 10)))
    model.reload()
    assert layout(model)[0] == ("month", dt.date(2025, 2, 1))
    recorder = Recorder(model)
    journal.update_entry(lonely, draft(dt.date(2025, 1, 20), "Nu i januar"))
    model.refresh_entry(lonely)
    assert recorder.events == [("removed", 0, 1), ("inserted", 1, 1)]
    assert layout(model) == fresh_layout(journal, catalog, TimelineFilter())


def test_entry_that_stops_matching_the_filter_leaves(
    journal: JournalService, catalog: Catalog, model: TimelineModel
) -> None:
    tagged = journal.create_entry(draft(dt.date(2025, 3, 3), "Med tag", DILEMMA)).id
    journal.create_entry(draft(dt.date(2025, 2, 3), "Også", DILEMMA))
    model.set_filter(TimelineFilter(families=("dilemma",)))
    recorder = Recorder(model)
    journal.update_entry(tagged, draft(dt.date(2025, 3, 3), "Uden tag"))
    model.refresh_entry(tagged)
    assert recorder.events == [("removed", 0, 1)]
    assert layout(model) == fresh_layout(journal, catalog, TimelineFilter(families=("dilemma",)))


def test_old_entries_wait_for_their_page_and_appear_once(
    big: Big, catalog: Catalog, big_model: TimelineModel
) -> None:
    journal = big.journal
    model = big_model
    recorder = Recorder(model)
    old = journal.create_entry(draft(dt.date(2023, 12, 31), "Før alt andet")).id
    model.refresh_entry(old)
    assert recorder.events == []  # not loaded yet: it comes with the last page
    fetch_all(model)
    ids = [value for kind, value in layout(model) if kind == "entry"]
    assert ids.count(old) == 1 and ids[-1] == old


def test_trash_removes_the_row_and_filter_change_resets(big: Big, big_model: TimelineModel) -> None:
    journal, many = big.journal, big.ids
    model = big_model
    target = many[-1]
    row = model.row_of_entry(target)
    recorder = Recorder(model)
    journal.trash_entry(target)
    model.remove_entry(target)
    assert recorder.events == [("removed", row, row)]
    model.set_filter(TimelineFilter(text="ansvar"))
    assert recorder.events[-1] == ("reset", -1, -1)


def test_fetch_entries_and_row_of_rank_reach_deep_rows(big: Big, big_model: TimelineModel) -> None:
    many = big.ids
    model = big_model
    model.fetch_entries(380)
    assert model.loaded_entries() >= 380
    row = model.row_of_entry_rank(379)
    assert row is not None
    assert model.index(row).data(TimelineRole.ENTRY_ID) == list(reversed(many))[379]


def counter(n: int) -> int:
    return 20  # the width of "+n"


@pytest.mark.parametrize(
    ("needed", "room", "expected"),
    [
        ([40, 60], 200, ([40, 60], 0)),  # all fit, short chips stay short
        ([40], 30, ([], 1)),  # cut below the shortest readable chip: counted instead
        ([300], 100, ([100], 0)),  # one long chip is shortened to the room
        ([40, 300, 50], 200, ([40, 130], 1)),  # room kept for "+1" after the second
        ([40, 40, 40, 40], 130, ([40, 40], 2)),  # the third would squeeze below shortest
    ],
)
def test_fit_chips(needed: list[int], room: int, expected: tuple[list[int], int]) -> None:
    assert fit_chips(needed, room=room, gap=5, counter=counter, shortest=35) == expected
