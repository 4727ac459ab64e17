"""The editable table of a course's modules in the course dialog, and its date delegate.

The model holds plain values while the user edits; the dialog hands them to the course
service as `ModuleSpec`s on save. Modules keep their id, so entries linked to a module stay
linked when it is renamed or moved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.courses.service import ModuleSpec, ModuleStatus

_Index = QModelIndex | QPersistentModelIndex


def date_format() -> str:
    """The long date in the app's language: "24. november 2026" or "24 November 2026"."""
    danish = QLocale().language() == QLocale.Language.Danish
    return "d. MMMM yyyy" if danish else "d MMMM yyyy"


DEFAULT_GAP = dt.timedelta(days=28)  # a new module lands four weeks after the last one


class Column(IntEnum):
    NAME = 0
    DATE = 1
    PLACE = 2
    NOTES = 3
    POSTCARD = 4


@dataclass
class EditedModule:
    """One row while it is being edited (mutable on purpose; never leaves the dialog)."""

    name: str
    day: dt.date
    place: str = ""
    notes: str = ""
    id: int | None = None
    status: ModuleStatus | None = None

    def to_spec(self) -> ModuleSpec:
        return ModuleSpec(self.name, self.day, self.place or None, self.notes or None, self.id)


class ModuleTableModel(QAbstractTableModel):
    """Modules of the course being edited: name, date, place, notes, postcard state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EditedModule] = []
        self._today = dt.date.today()

    def set_modules(self, rows: list[EditedModule], *, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or dt.date.today()
        self.endResetModel()

    def modules(self) -> list[EditedModule]:
        return list(self._rows)

    def specs(self) -> list[ModuleSpec]:
        return [row.to_spec() for row in self._rows]

    def add_module(self, name: str) -> int:
        """Append a module four weeks after the last one (or today); returns its row."""
        day = max((r.day for r in self._rows), default=self._today - DEFAULT_GAP) + DEFAULT_GAP
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(EditedModule(name=name, day=day))
        self.endInsertRows()
        return row

    def remove_module(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # ----- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = {
            Column.NAME: self.tr("Module"),
            Column.DATE: self.tr("Date"),
            Column.PLACE: self.tr("Place"),
            Column.NOTES: self.tr("Notes"),
            Column.POSTCARD: self.tr("Postcard"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.POSTCARD:
            return base | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.DATE:
                return QLocale().toString(QDate(row.day), date_format())
            if column == Column.POSTCARD:
                return self._postcard_text(row)
            return {Column.NAME: row.name, Column.PLACE: row.place, Column.NOTES: row.notes}[column]
        if role == Qt.ItemDataRole.EditRole:
            values = {Column.NAME: row.name, Column.PLACE: row.place, Column.NOTES: row.notes}
            return QDate(row.day) if column == Column.DATE else values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTES and row.notes:
            return row.notes
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        column = Column(index.column())
        if column == Column.DATE:
            if isinstance(value, QDate) and value.isValid():
                row.day = value.toPython()  # type: ignore[assignment]
            elif isinstance(value, dt.date):
                row.day = value
            else:
                return False
        elif column == Column.NAME and isinstance(value, str):
            row.name = value.strip()
        elif column == Column.PLACE and isinstance(value, str):
            row.place = value.strip()
        elif column == Column.NOTES and isinstance(value, str):
            row.notes = value.strip()
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def _postcard_text(self, row: EditedModule) -> str:
        if row.status is not None and row.status.postcard_done:
            return self.tr("✓ Done")
        if row.day <= self._today and row.id is not None:
            return self.tr("Not yet answered")
        return ""


class DateDelegate(QStyledItemDelegate):
    """Edits a date with a calendar popup instead of typing it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(date_format())
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: object, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
