"""The timeline's Qt model and its roles (the delegate that paints them is in delegate.py).

The model is a thin list over the journal's keyset pages: it holds `EntrySummary` values
(never ORM objects), pages more in through `canFetchMore`/`fetchMore`, and puts a month
header row before the first entry of each month. After a save it changes exactly the
rows concerned; only a new filter resets it.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.records import OWN_FAMILY, EntrySummary, TagRef, TimelineCursor, TimelineFilter

if TYPE_CHECKING:
    from app.catalog.catalog import Catalog
    from app.journal.service import JournalService
    from app.store.plain_timeline import PlainTimeline

__all__ = ["RowKind", "TimelineModel", "TimelineRole"]

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex
# A row is a month header (the first day of the month) or an entry.
_Row = dt.date | EntrySummary


class RowKind(IntEnum):
    MONTH = 0
    ENTRY = 1


class TimelineRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # RowKind
    ENTRY_ID = KIND + 1  # int, entries only
    SUMMARY = KIND + 2  # EntrySummary, entries only
    DAY = KIND + 3  # dt.date: the entry's day, or the month's first day
    TEMPLATE_NAME = KIND + 4  # str, "" for an entry written without a template
    TAG_CHIPS = KIND + 5  # tuple[tuple[str, str], ...]: (label, family) per tag
    EXCERPT = KIND + 6  # str
    LANGUAGE = KIND + 7  # "da" or "en": how the delegate names days


def _key(summary: EntrySummary) -> tuple[dt.date, dt.time, int]:
    """The timeline's order, newest first: day, time of day, id (as app/store/timeline.py)."""
    return (summary.day, summary.time, summary.id)


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def default_language() -> str:
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


class TimelineModel(QAbstractListModel):
    """Entries matching a filter, newest first, under month headers, paged in."""

    def __init__(
        self,
        *,
        journal: JournalService | PlainTimeline,
        catalog: Catalog,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._catalog = catalog
        self._page_size = page_size
        self._language = default_language()
        self._filter = TimelineFilter()
        self._rows: list[_Row] = []
        self._cursor: TimelineCursor | None = None
        self._has_more = True
        self._fetching = False
        self._fill_first_page()

    # ----- filter and language ---------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, where: TimelineFilter) -> None:
        """Show entries matching `where`: the one change that resets the model."""
        self.beginResetModel()
        self._filter = where
        self._rows = []
        self._cursor = None
        self._has_more = True
        self._fill_first_page()
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Name templates, tags and months in `language`; rows stay where they are."""
        if language == self._language:
            return
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    # ----- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], EntrySummary):
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
        # A month header is a heading: not selectable, not activatable, skipped by arrow keys.
        return Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, EntrySummary):
            return self._entry_data(row, role)
        return self._month_data(row, role)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch(self._page_size)

    # ----- what the panel asks ---------------------------------------------------------

    def kind_at(self, row: int) -> RowKind:
        """What row `row` is, without going through data() (the delegate asks per row)."""
        return RowKind.ENTRY if isinstance(self._rows[row], EntrySummary) else RowKind.MONTH

    def loaded_entries(self) -> int:
        return sum(1 for row in self._rows if isinstance(row, EntrySummary))

    def fetch_entries(self, count: int) -> None:
        """Make sure at least `count` matching entries are loaded (or all there are)."""
        missing = count - self.loaded_entries()
        if missing > 0 and self._has_more:
            # One query for the whole distance, rounded up to keep a page of slack below.
            self._fetch(missing + self._page_size)

    def row_of_entry(self, entry_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, EntrySummary) and item.id == entry_id:
                return row
        return None

    def row_of_entry_rank(self, rank: int) -> int | None:
        """The row of the `rank`-th loaded entry (0 = newest), or None if not loaded."""
        seen = -1
        for row, item in enumerate(self._rows):
            if isinstance(item, EntrySummary):
                seen += 1
                if seen == rank:
                    return row
        return None

    def refresh_entry(self, entry_id: int) -> bool:
        """Bring one entry up to date after a save: change, move, add or drop its row.

        Returns False when only its text changed (same day, same tags, still matching), so
        the panel can skip recounting while the user is typing.
        """
        if self._filter.ranked():
            return self._refresh_ranked(entry_id)
        summary = self._journal.timeline_entry(entry_id, self._filter)
        row = self.row_of_entry(entry_id)
        if row is not None and summary is not None:
            old = self._rows[row]
            assert isinstance(old, EntrySummary)
            if _key(old) == _key(summary):
                self._rows[row] = summary
                self.dataChanged.emit(self.index(row), self.index(row))
                return old.tags != summary.tags
        if row is not None:
            self._remove_row(row)
        if summary is not None and self._belongs_loaded(summary):
            self._insert(summary)
        # An entry that is neither shown nor matching changed nothing we count.
        return row is not None or summary is not None

    def _refresh_ranked(self, entry_id: int) -> bool:
        """In the order of best match a row stays where it is while its entry still
        matches, and goes when it no longer does; a newly matching entry waits for the
        next search (its place among the scores is the search's to find)."""
        summary = self._journal.timeline_entry(entry_id, self._filter)
        row = self.row_of_entry(entry_id)
        if row is None:
            return summary is not None
        old = self._rows[row]
        assert isinstance(old, EntrySummary)
        if summary is None:
            self._remove_row(row)
            return True
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row), self.index(row))
        return old.tags != summary.tags

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of_entry(entry_id)
        if row is not None:
            self._remove_row(row)

    # ----- paging ----------------------------------------------------------------------

    def _fill_first_page(self) -> None:
        page = self._journal.timeline(self._filter, limit=self._page_size)
        self._rows = self._with_headers(page.items, previous=None)
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None

    def _fetch(self, limit: int) -> None:
        # Whoever listens to rowsInserted (a view, a model tester) may ask for more while
        # this page is still being announced; that page would land in the middle.
        if not self._has_more or self._fetching:
            return
        self._fetching = True
        try:
            page = self._journal.timeline(self._filter, limit=limit, after=self._cursor)
            self._cursor = page.next_cursor
            self._has_more = page.next_cursor is not None
            new_rows = self._with_headers(page.items, previous=self._last_entry())
            if new_rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
                self._rows.extend(new_rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def _with_headers(
        self, items: tuple[EntrySummary, ...], previous: EntrySummary | None
    ) -> list[_Row]:
        if self._filter.ranked():
            return list(items)  # best match first: the months are not in order
        rows: list[_Row] = []
        month = _month(previous.day) if previous is not None else None
        for summary in items:
            if _month(summary.day) != month:
                month = _month(summary.day)
                rows.append(month)
            rows.append(summary)
        return rows

    def _last_entry(self) -> EntrySummary | None:
        for row in reversed(self._rows):
            if isinstance(row, EntrySummary):
                return row
        return None

    # ----- exact row changes -------------------------------------------------------------

    def _belongs_loaded(self, summary: EntrySummary) -> bool:
        """True if the entry sorts among the loaded rows (older ones arrive with fetchMore)."""
        if not self._has_more or self._cursor is None:
            return True
        return _key(summary) > (self._cursor.day, self._cursor.time, self._cursor.id)

    def _insert(self, summary: EntrySummary) -> None:
        newer_row: int | None = None  # the loaded entry just above the new one
        older_row: int | None = None
        for row, item in enumerate(self._rows):
            if isinstance(item, EntrySummary):
                if _key(item) > _key(summary):
                    newer_row = row
                else:
                    older_row = row
                    break
        month = _month(summary.day)
        newer = self._rows[newer_row] if newer_row is not None else None
        older = self._rows[older_row] if older_row is not None else None
        if isinstance(newer, EntrySummary) and _month(newer.day) == month:
            self._insert_rows(newer_row + 1, [summary])  # type: ignore[operator]
        elif isinstance(older, EntrySummary) and _month(older.day) == month:
            self._insert_rows(older_row, [summary])  # type: ignore[arg-type]
        else:
            at = newer_row + 1 if newer_row is not None else 0
            self._insert_rows(at, [month, summary])

    def _insert_rows(self, at: int, rows: list[_Row]) -> None:
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows[at:at] = rows
        self.endInsertRows()

    def _remove_row(self, row: int) -> None:
        first = row
        header_above = row > 0 and not isinstance(self._rows[row - 1], EntrySummary)
        last_of_month = row + 1 >= len(self._rows) or not isinstance(
            self._rows[row + 1], EntrySummary
        )
        if header_above and last_of_month:
            first = row - 1  # the month is now empty: its header goes too
        self.beginRemoveRows(QModelIndex(), first, row)
        del self._rows[first : row + 1]
        self.endRemoveRows()

    # ----- data ------------------------------------------------------------------------

    def _month_data(self, month: dt.date, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            locale = QLocale(self._language)
            name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
            return f"{name[:1].upper()}{name[1:]} {month.year}"
        if role == TimelineRole.KIND:
            return RowKind.MONTH
        if role == TimelineRole.DAY:
            return month
        if role == TimelineRole.LANGUAGE:
            return self._language
        return None

    def _entry_data(self, summary: EntrySummary, role: int) -> object:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._title(summary)
            case Qt.ItemDataRole.AccessibleTextRole:
                return self._spoken(summary)
            case Qt.ItemDataRole.ToolTipRole:
                return summary.excerpt or None
            case TimelineRole.KIND:
                return RowKind.ENTRY
            case TimelineRole.ENTRY_ID:
                return summary.id
            case TimelineRole.SUMMARY:
                return summary
            case TimelineRole.DAY:
                return summary.day
            case TimelineRole.TEMPLATE_NAME:
                return self._template_name(summary.template_key)
            case TimelineRole.TAG_CHIPS:
                return tuple((self._tag_label(tag), tag.family) for tag in summary.tags)
            case TimelineRole.EXCERPT:
                # With no title the excerpt's start is the title; do not repeat it.
                return summary.excerpt if summary.title.strip() else ""
            case TimelineRole.LANGUAGE:
                return self._language
        return None

    def _title(self, summary: EntrySummary) -> str:
        if summary.title.strip():
            return summary.title.strip()
        if summary.excerpt:
            return summary.excerpt
        return self.tr("Untitled entry")

    def _template_name(self, key: str | None) -> str:
        if key is None:
            return ""
        template = self._catalog.template(key)
        return template.title.get(self._language) if template is not None else key

    def _tag_label(self, tag: TagRef) -> str:
        if tag.family == OWN_FAMILY:
            return tag.label or tag.key
        item = self._catalog.item(tag.family, tag.key)
        return item.label.get(self._language) if item is not None else tag.key

    def _spoken(self, summary: EntrySummary) -> str:
        """One sentence a screen reader can say for the row."""
        locale = QLocale(self._language)
        day = locale.toString(summary.day, QLocale.FormatType.LongFormat)
        parts = [f"{day} {summary.time.hour:02d}:{summary.time.minute:02d}", self._title(summary)]
        template = self._template_name(summary.template_key)
        if template:
            parts.append(template)
        parts.extend(self._tag_label(tag) for tag in summary.tags)
        if summary.private:
            parts.append(self.tr("private"))
        if summary.coaching:
            parts.append(self.tr("for coaching"))
        return ", ".join(parts)
