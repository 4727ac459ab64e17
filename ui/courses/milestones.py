"""Course module dates in the timeline: milestone rows between the entries.

`MilestoneTimelineModel` sits between the timeline's own model and its view and adds one
row per module date, just above the entries written on or after that day (the list is
newest first, so reading upwards a module starts at its milestone). It forwards every
change of the timeline model exactly: around an insert or a removal it takes its few
milestone rows out and puts them back where they now belong, so entry rows are never reset
and the selection survives a save.

`MilestoneDelegate` (ui/courses/milestone_delegate.py) paints milestone rows and hands
every other row to the timeline's own delegate. The wiring into the panel is in
ui/courses/timeline_link.py.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.courses.service import Milestone
from app.records import TimelineFilter
from app.summary.labels import long_date
from ui.timeline.model import RowKind, TimelineModel, TimelineRole

_Index = QModelIndex | QPersistentModelIndex

MILESTONE_KIND = 2  # TimelineRole.KIND of a milestone row, beside RowKind.MONTH/ENTRY


class PostcardState(IntEnum):
    UPCOMING = 0  # the module day has not come yet
    DUE = 1  # the module has begun and its postcard is not answered
    DONE = 2


class MilestoneRole(IntEnum):
    MODULE_ID = TimelineRole.KIND + 40  # int
    POSTCARD = MODULE_ID + 1  # PostcardState
    MILESTONE = MODULE_ID + 2  # app.courses.service.Milestone


def _sort_day(kind: object, day: dt.date) -> dt.date:
    """Where a source row sits in time: a month header stands for the month's last day."""
    if kind == RowKind.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def visible_milestones(milestones: list[Milestone], where: TimelineFilter) -> list[Milestone]:
    """The milestones that belong in a timeline under `where` (newest first)."""
    if where.trashed:
        return []
    shown = []
    for milestone in milestones:
        if where.module_id is not None and milestone.module_id != where.module_id:
            continue
        if where.date_from is not None and milestone.day < where.date_from:
            continue
        if where.date_to is not None and milestone.day > where.date_to:
            continue
        shown.append(milestone)
    return sorted(shown, key=lambda m: (m.day, m.module_id), reverse=True)


class MilestoneTimelineModel(QAbstractListModel):
    """The rows of a TimelineModel with milestone rows for module dates in between."""

    def __init__(
        self,
        *,
        source: TimelineModel,
        today: dt.date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._today = today
        self._milestones: list[Milestone] = []  # all, newest first
        self._shown: list[Milestone] = []  # placed ones, newest first
        self._before: list[int] = []  # per placed milestone: the source row just below it
        self._place()
        self._connect_source()

    # ----- what the link sets ------------------------------------------------------------

    def source_model(self) -> TimelineModel:
        return self._source

    def set_milestones(self, milestones: list[Milestone], *, today: dt.date | None = None) -> None:
        """Show these module dates (e.g. after a course or a postcard was saved)."""
        self._today = today
        self._take_out()
        self._milestones = list(milestones)
        self._put_back()

    def milestone_rows(self) -> list[int]:
        return [row + number for number, row in enumerate(self._before)]

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = index.row()
        return self.index(row + bisect.bisect_right(self._before, row))

    def mapToSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self._source_row(index.row())
        return self._source.index(row) if row is not None else QModelIndex()

    # ----- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._source.rowCount() + len(self._shown)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._milestone_at(index.row()) is not None:
            # Selectable, so the keyboard reaches it and Enter opens the postcard.
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
        return self._source.flags(self.mapToSource(index))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        milestone = self._milestone_at(index.row())
        if milestone is None:
            return self._source.data(self.mapToSource(index), role)
        return self._milestone_data(milestone, role)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source.canFetchMore(QModelIndex())

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._source.fetchMore(QModelIndex())

    # ----- following the source ----------------------------------------------------------

    def _connect_source(self) -> None:
        source = self._source
        source.rowsAboutToBeInserted.connect(self._before_insert)
        source.rowsInserted.connect(self._after_insert)
        source.rowsAboutToBeRemoved.connect(self._before_remove)
        source.rowsRemoved.connect(self._after_remove)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._after_reset)
        source.dataChanged.connect(self._on_data_changed)

    def _before_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        self._take_out()  # now proxy rows are source rows, one to one
        self.beginInsertRows(QModelIndex(), first, last)

    def _after_insert(self, *_args: object) -> None:
        self.endInsertRows()
        self._put_back()

    def _before_remove(self, parent: QModelIndex, first: int, last: int) -> None:
        self._take_out()
        self.beginRemoveRows(QModelIndex(), first, last)

    def _after_remove(self, *_args: object) -> None:
        self.endRemoveRows()
        self._put_back()

    def _after_reset(self) -> None:
        self._place()
        self.endResetModel()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        first, last = self.mapFromSource(top), self.mapFromSource(bottom)
        if first.isValid() and last.isValid():
            self.dataChanged.emit(first, last, roles)

    # ----- placing milestones ------------------------------------------------------------

    def _take_out(self) -> None:
        """Remove the milestone rows, bottom up, each with exact signals."""
        while self._shown:
            row = self._before[-1] + len(self._before) - 1
            self.beginRemoveRows(QModelIndex(), row, row)
            self._shown.pop()
            self._before.pop()
            self.endRemoveRows()

    def _put_back(self) -> None:
        """Insert the milestone rows where they now belong, top down."""
        for milestone, before in self._placements():
            row = before + len(self._before)
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.append(milestone)
            self._before.append(before)
            self.endInsertRows()

    def _place(self) -> None:
        """Compute placements without signals (inside a reset or at construction)."""
        placements = self._placements()
        self._shown = [milestone for milestone, _ in placements]
        self._before = [before for _, before in placements]

    def _placements(self) -> list[tuple[Milestone, int]]:
        """(milestone, source row just below it) for every milestone that can be placed."""
        count = self._source.rowCount()
        if count == 0:
            return []
        found: list[tuple[Milestone, int]] = []
        for milestone in visible_milestones(self._milestones, self._source.current_filter()):
            before = self._first_older_row(milestone.day, count)
            if before == count and self._source.canFetchMore(QModelIndex()):
                continue  # older than everything loaded: it appears once its page does
            found.append((milestone, before))
        return found

    def _first_older_row(self, day: dt.date, count: int) -> int:
        """The first source row dated before `day` (rows are newest first), by bisection."""
        low, high = 0, count
        while low < high:
            middle = (low + high) // 2
            index = self._source.index(middle)
            row_day = _sort_day(index.data(TimelineRole.KIND), index.data(TimelineRole.DAY))
            if row_day >= day:
                low = middle + 1
            else:
                high = middle
        return low

    def _milestone_at(self, row: int) -> Milestone | None:
        for number, before in enumerate(self._before):
            at = before + number
            if row == at:
                return self._shown[number]
            if row < at:
                return None
        return None

    def _source_row(self, row: int) -> int | None:
        for number, before in enumerate(self._before):
            at = before + number
            if row == at:
                return None
            if row < at:
                return row - number
        return row - len(self._before)

    # ----- milestone data ----------------------------------------------------------------

    def postcard_state(self, milestone: Milestone) -> PostcardState:
        if milestone.postcard_done:
            return PostcardState.DONE
        today = self._today or dt.date.today()
        return PostcardState.DUE if milestone.day <= today else PostcardState.UPCOMING

    def _milestone_data(self, milestone: Milestone, role: int) -> object:
        state = self.postcard_state(milestone)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return milestone.label
            case Qt.ItemDataRole.AccessibleTextRole:
                day = long_date(milestone.day, self._source.language())
                return (
                    self.tr("Module date %1: %2. %3")
                    .replace("%1", day)
                    .replace("%2", milestone.label)
                    .replace("%3", self.state_text(state))
                )
            case Qt.ItemDataRole.ToolTipRole:
                if state == PostcardState.DUE:
                    return self.tr("Click or press Enter to answer the postcard for this module")
                if state == PostcardState.DONE:
                    return self.tr("Click or press Enter to open the postcard you wrote")
                return self.tr("This module has not begun yet")
            case TimelineRole.KIND:
                return MILESTONE_KIND
            case TimelineRole.DAY:
                return milestone.day
            case TimelineRole.LANGUAGE:
                return self._source.language()
            case MilestoneRole.MODULE_ID:
                return milestone.module_id
            case MilestoneRole.POSTCARD:
                return state
            case MilestoneRole.MILESTONE:
                return milestone
        return None

    def state_text(self, state: PostcardState) -> str:
        if state == PostcardState.DONE:
            return self.tr("✓ Postcard done")
        if state == PostcardState.DUE:
            return self.tr("Write the postcard")
        return self.tr("Upcoming")
