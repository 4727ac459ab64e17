"""The timeline panel: filter bar, density strip and the list of entries, wired together.

The main window talks to this panel only: it opens entries on `entry_activated`, and
after a save or a trash tells the panel which entry changed so that just that row moves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.journal.changes import Change, Changes
from app.journal.recall import RecallService
from app.journal.service import JournalService
from app.journal.timeline_stats import TimelineStats
from app.records import TimelineFilter
from ui.timeline.delegate import TimelineDelegate
from ui.timeline.density_strip import DensityStrip
from ui.timeline.filter_bar import FilterBar
from ui.timeline.model import PAGE_SIZE, RowKind, TimelineModel, TimelineRole
from ui.timeline.month_calendar import CalendarPopup
from ui.timeline.on_this_day import OnThisDayStrip
from ui.timeline.view import TimelineView
from ui.window.actions import line_icon

_Index = QModelIndex | QPersistentModelIndex
BUSY_CURSOR_ROWS = 2000  # jumping further than this takes a noticeable moment


class TimelinePanel(QWidget):
    """Entries newest first, with filters, a count and a strip of weekly density."""

    entry_activated = Signal(int)
    filter_changed = Signal(object)  # TimelineFilter, after the user changed it
    #: A row that is not an entry (added through `show_rows`) was clicked or entered.
    row_activated = Signal(QModelIndex)
    #: An entry's context menu was asked for: (entry id, global point).
    entry_menu_requested = Signal(int, QPoint)

    def __init__(
        self,
        *,
        journal: JournalService,
        catalog: Catalog,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._stats = TimelineStats(database=journal.database)
        self.model = TimelineModel(
            journal=journal, catalog=catalog, page_size=page_size, parent=self
        )
        self.filter_bar = FilterBar(catalog=catalog, parent=self)
        self.filter_bar.set_language(self.model.language())
        self.density_strip = DensityStrip(self)
        self._recall = RecallService(database=journal.database, changes=journal.changes)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setAutoRaise(True)
        self.calendar_popup: CalendarPopup | None = None  # made when first opened
        self.on_this_day = OnThisDayStrip(recall=self._recall, parent=self)
        self.view = TimelineView(self)
        self.view.setModel(self.model)
        self.view.row_delegate = TimelineDelegate(self.model, self.view)
        self.view.setItemDelegate(self.view.row_delegate)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("muted", True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.placeholder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        # The week strip with the month calendar's button at its end.
        self._strip_row = QWidget(self)
        strip_row = QHBoxLayout(self._strip_row)
        strip_row.setContentsMargins(0, 0, 0, 0)
        strip_row.setSpacing(2)
        strip_row.addWidget(self.density_strip, 1)
        strip_row.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._strip_row)
        layout.addWidget(self.on_this_day)
        layout.addWidget(self._stack, 1)

        self._families_due = QTimer(self, singleShot=True, interval=0)
        self._families_due.timeout.connect(self._colour_weeks)
        self._connect_signals()
        self._retranslate()
        self._refresh_figures(tags=True)
        self.filter_bar.set_modules(self._stats.modules())
        unsubscribe = journal.changes.subscribe(self.on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())

    # ----- the contract with the main window --------------------------------------------

    def set_filter(self, where: TimelineFilter) -> None:
        self.filter_bar.set_filter(where)
        self._apply(where)

    def current_filter(self) -> TimelineFilter:
        return self.model.current_filter()

    def refresh_entry(self, entry_id: int) -> None:
        """After a save: update, move, insert or drop that one row."""
        current = self.current_entry_id()
        if self.model.refresh_entry(entry_id):
            self._refresh_figures(tags=True)
        if current == entry_id and self.current_entry_id() != entry_id:
            # Its day changed, so its row moved: the open entry stays the selected one.
            row = self.model.row_of_entry(entry_id)
            if row is not None:
                self._select_row(row, QAbstractItemView.ScrollHint.EnsureVisible)

    def remove_entry(self, entry_id: int) -> None:
        """After a trash: drop that one row."""
        self.model.remove_entry(entry_id)
        self._refresh_figures(tags=True)

    def select_entry(self, entry_id: int) -> bool:
        """Scroll to and select an entry (paging in as far as needed); False if hidden."""
        rank = self._stats.rank_of_entry(self.current_filter(), entry_id)
        if rank is None:
            return False
        self._page_in(rank + 1)
        row = self.model.row_of_entry(entry_id)
        if row is None:
            return False
        self._select_row(row, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def list_top_in(self, ancestor: QWidget) -> int:
        """How far below `ancestor`'s top the list starts (the first paint puts its list
        there, so rows do not jump when the journal opens)."""
        return self.view.mapTo(ancestor, QPoint(0, 0)).y()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_milestones(self, milestones: list[tuple[dt.date, str]]) -> None:
        """Course milestones (day, label) to mark on the density strip."""
        self.density_strip.set_milestones(milestones)

    def row_delegate(self) -> TimelineDelegate:
        """The delegate painting entry rows, for a delegate that adds rows of its own."""
        assert self.view.row_delegate is not None
        return self.view.row_delegate

    def show_rows(self, model: QAbstractItemModel, delegate: QAbstractItemDelegate) -> None:
        """List the rows of `model` (a proxy over `self.model` that adds rows, as course
        mode's milestones do), painted by `delegate`; activations of the added rows come
        back as `row_activated`."""
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)

    def open_entry(self, entry_id: int) -> None:
        """Ask the window to open an entry, as a click on its row does."""
        self.entry_activated.emit(entry_id)

    def add_below_strip(self, widget: QWidget) -> None:
        """Show `widget` (course mode's postcard suggestion) between strip and list."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self._strip_row) + 1, widget)

    def toggle_filters(self) -> None:
        self.filter_bar.toggle_filters()

    def open_calendar(self) -> None:
        """The month calendar under its button, on the open entry's month (or today's)."""
        if self.calendar_popup is None:
            self.calendar_popup = CalendarPopup(
                recall=self._recall, where=self.current_filter, parent=self
            )
            self.calendar_popup.day_chosen.connect(lambda day: self.jump_to_days(day, day))
        index = self.view.currentIndex()
        day = index.data(TimelineRole.DAY) if self.current_entry_id() is not None else None
        anchor = self.calendar_button if self.calendar_button.isVisible() else self
        below = anchor.mapToGlobal(anchor.rect().bottomLeft())
        self.calendar_popup.show_at(below, day or dt.date.today(), self.model.language())

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self.on_this_day.set_language(language)
        self.filter_bar.set_language(language)
        self._retranslate()

    def reload(self) -> None:
        """Read everything again (after an import or a restore), keeping the selection."""
        current = self.current_entry_id()
        self.model.reload()
        self._refresh_figures(tags=True)
        self.filter_bar.set_modules(self._stats.modules())
        if current is not None:
            self.select_entry(current)

    def on_changes(self, changes: Changes) -> None:
        """Whatever was written, by whichever pane or dialog: bring the rows up to date."""
        if changes.touches(Change.COURSES):
            self._on_courses_changed()
        if changes.touches(Change.TAGS) or (
            changes.touches(Change.ENTRIES) and not changes.entry_ids
        ):
            self.reload()  # many rows, or the labels of tags on them
        elif changes.touches(Change.ENTRIES):
            for entry_id in sorted(changes.entry_ids):
                self.refresh_entry(entry_id)
        if changes.created is not None:
            self.select_entry(changes.created)

    def _on_courses_changed(self) -> None:
        modules = self._stats.modules()
        self.filter_bar.set_modules(modules)
        where = self.current_filter()
        if where.module_id is not None and where.module_id not in {m.id for m in modules}:
            self.set_filter(replace(where, module_id=None))  # its module was deleted

    def is_empty(self) -> bool:
        """True when the journal has no entries at all, whatever the filter."""
        return not self._journal.any_match(TimelineFilter())

    # ----- more for the main window and tests -------------------------------------------

    def current_entry_id(self) -> int | None:
        index = self.view.currentIndex()
        if index.isValid() and index.data(TimelineRole.KIND) == RowKind.ENTRY:
            return int(index.data(TimelineRole.ENTRY_ID))
        return None

    def jump_to_days(self, first: dt.date, last: dt.date) -> None:
        """Select the newest entry dated in [first, last], or the next older one."""
        del first  # the list is newest first: the week starts where its last day does
        newer = self._stats.rows_newer_than(self.current_filter(), last)
        self._page_in(newer + 1)
        row = self.model.row_of_entry_rank(newer)
        if row is None:
            row = self.model.row_of_entry_rank(self.model.loaded_entries() - 1)
        if row is not None:
            self._select_row(row, QAbstractItemView.ScrollHint.PositionAtTop)

    # ----- inside -----------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.view.entry_activated.connect(self.entry_activated)
        self.view.row_activated.connect(self.row_activated)
        self.view.entry_menu_requested.connect(self.entry_menu_requested)
        self.filter_bar.filter_changed.connect(self._on_filter_edited)
        self.density_strip.week_clicked.connect(self.jump_to_days)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.on_this_day.entry_clicked.connect(self.open_entry)
        self.filter_bar.search_edit.installEventFilter(self)
        # Tag counts change with every tagging; read them when the menu opens, not per save.
        self.filter_bar.tag_menu.aboutToShow.connect(self._refresh_tags)
        # After the view has laid the rows out, not while they change.
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(0)
        self._days_timer.timeout.connect(self._show_days_in_view)
        # Not start() itself: valueChanged(int) would pass the value as the interval.
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._days_timer.start())
        self.view.laid_out.connect(lambda: self._days_timer.start())
        self.model.modelReset.connect(lambda: self._days_timer.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes straight into the list.
        if (
            watched is self.filter_bar.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.filter_bar.flush_search()
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if self.current_entry_id() is None:
                row = self.model.row_of_entry_rank(0)
                if row is not None:
                    self._select_row(row, QAbstractItemView.ScrollHint.EnsureVisible)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_filter_edited(self, where: TimelineFilter) -> None:
        self._apply(where)
        self.filter_changed.emit(where)

    def _apply(self, where: TimelineFilter) -> None:
        if where == self.model.current_filter():
            return
        current = self.current_entry_id()
        self.model.set_filter(where)
        self._refresh_figures(tags=False)
        if current is not None:
            row = self.model.row_of_entry(current)
            if row is not None:
                self._select_row(row, QAbstractItemView.ScrollHint.EnsureVisible)

    def _refresh_figures(self, *, tags: bool) -> None:
        where = self.current_filter()
        count = self._journal.count(where)
        self.filter_bar.set_count(count)
        self.density_strip.set_weeks(self._stats.weekly_counts(where))
        # Each week's colour needs every tag of every matching entry (a tenth of a second
        # at 100,000 entries): it follows as soon as the window is idle, once per burst.
        self._families_due.start()
        if tags:
            self._refresh_tags()
        self._stack.setCurrentWidget(self.view if count else self.placeholder)
        # Nothing to count: no empty white strip above the placeholder's words.
        self.density_strip.setHidden(not count)
        self.calendar_button.setHidden(not count)
        self._update_placeholder()

    def _colour_weeks(self) -> None:
        families = self._stats.week_families(self.current_filter())
        self.density_strip.set_families(families)

    def _page_in(self, count: int) -> None:
        """Load the first `count` matching entries; a far jump shows a busy cursor."""
        far = count - self.model.loaded_entries() > BUSY_CURSOR_ROWS
        if far:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.fetch_entries(count)
        finally:
            if far:
                QApplication.restoreOverrideCursor()

    def _show_days_in_view(self) -> None:
        """Tell the density strip which days the list shows between its top and bottom."""
        shown = self.view.model()
        viewport = self.view.viewport().rect()
        top = self.view.indexAt(viewport.topLeft())
        bottom = self.view.indexAt(viewport.bottomLeft())
        if not top.isValid() or self._stack.currentWidget() is not self.view:
            self.density_strip.set_days_in_view(None, None)
            return
        last = bottom.row() if bottom.isValid() else shown.rowCount() - 1
        newest = self._entry_day(top.row(), +1, last)
        oldest = self._entry_day(last, -1, top.row())
        self.density_strip.set_days_in_view(oldest, newest)

    def _entry_day(self, row: int, step: int, stop: int) -> dt.date | None:
        """The day of the first entry row from `row` towards `stop` (headers are skipped)."""
        shown = self.view.model()
        while (row - stop) * step <= 0:
            index = shown.index(row, 0)
            if index.data(TimelineRole.KIND) == RowKind.ENTRY:
                return index.data(TimelineRole.DAY)
            row += step
        return None

    def _refresh_tags(self) -> None:
        self.filter_bar.set_available_tags(self._journal.tag_counts())

    def _select_row(self, row: int, hint: QAbstractItemView.ScrollHint) -> None:
        index = self.model.index(row)
        shown = self.view.model()
        if shown is not self.model:  # a model over ours (course milestones) is in between
            index = shown.mapFromSource(index)  # type: ignore[attr-defined]
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, hint)

    def _update_placeholder(self) -> None:
        if self.current_filter().is_empty():
            self.placeholder.setText(self.tr("No entries yet. Your reflections will appear here."))
        else:
            self.placeholder.setText(
                self.tr("No entries match these filters.\nClear them to see every entry.")
            )

    def _retranslate(self) -> None:
        self.calendar_button.setToolTip(self.tr("Go to a date in a month calendar (Ctrl+Shift+D)"))
        self.calendar_button.setAccessibleName(self.tr("Go to date"))
        colour = self.palette().color(self.foregroundRole())
        self.calendar_button.setIcon(line_icon("calendar", colour, 18))
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setAccessibleDescription(
            self.tr("Entries, newest first. Press Enter to open the selected entry.")
        )
        self._update_placeholder()
        self.view.viewport().update()
