"""Restore from a backup: the list of backups with date, kind and entry count, and the
restore itself.

The table is a small model over `BackupInfo` records from app.journal.backups; counting entries is
asked of a function from app/ (it may need the key), which says instead when a backup is
damaged or made under another passphrase. Restoring is confirmed through the
dialog service, and the caller's `restore` function does the work (it first backs up the
current journal); the dialog only says what will happen and what did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from app.journal.backups import BackupInfo, Unreadable
from ui.window.dialogs import DialogService

Index = QModelIndex | QPersistentModelIndex
KIND_TEXTS = {
    "auto": "Automatic",
    "manual": "Made by you",
    "pre-restore": "Before a restore",
    "pre-migration": "Before an upgrade",
}


class BackupListModel(QAbstractTableModel):
    """Backups, newest first: when, what kind, how many entries, encrypted or not."""

    COLUMNS = 4
    BackupRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        backups: list[BackupInfo],
        *,
        count: Callable[[BackupInfo], int | Unreadable | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = list(backups)
        self._counts = [count(backup) for backup in self._backups]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def backup_row(self, backup: BackupInfo) -> int:
        return self._backups.index(backup)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role == self.BackupRole:
            return backup
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                local = backup.created_at.astimezone()
                return QLocale().toString(
                    local.replace(tzinfo=None), QLocale.FormatType.ShortFormat
                )
            if column == 1:
                return self.tr(KIND_TEXTS.get(backup.kind, backup.kind))
            if column == 2:
                count = self._counts[index.row()]
                if count is Unreadable.DAMAGED:
                    return self.tr("damaged")
                if count is None or isinstance(count, Unreadable):
                    return self.tr("unknown (other passphrase)")
                return self.tr("%n entries", "", count)
            if column == 3:
                return self.tr("Encrypted") if backup.encrypted else self.tr("Not encrypted")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Made"), self.tr("Kind"), self.tr("Entries"), self.tr("Protection"))
        return titles[section] if 0 <= section < len(titles) else None

    def _noop(self) -> None:  # pragma: no cover - for pyside6-lupdate
        self.tr("Automatic")
        self.tr("Made by you")
        self.tr("Before a restore")
        self.tr("Before an upgrade")


# Restores the chosen backup; returns a sentence saying what happened (or raises).
RestoreFunction = Callable[[BackupInfo], str]


class RestoreDialog(QDialog):
    """Pick a backup and restore it; `restored` is True once one was put back."""

    def __init__(
        self,
        *,
        backups: list[BackupInfo],
        count: Callable[[BackupInfo], int | Unreadable | None],
        restore: RestoreFunction,
        dialogs: DialogService,
        folder: str = "",
        at_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.restored = False
        self._restore = restore
        self._dialogs = dialogs
        self._at_start = at_start
        self.model = BackupListModel(backups, count=count, parent=self)
        self.view = QTableView(objectName="backupTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        intro = QLabel(wordWrap=True)
        if at_start:
            intro.setText(
                self.tr(
                    "Choose the backup to put in place of the journal. The journal file as "
                    "it is now is kept beside it, renamed, so nothing is lost."
                )
            )
        else:
            intro.setText(
                self.tr(
                    "Choose the backup to go back to. Your journal as it is now is backed "
                    "up first, so you can come back to it from this list."
                )
            )
        where = QLabel(self.tr("Backups are kept in %s") % folder if folder else "")
        where.setProperty("muted", True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Restore from a Backup"))
        self.resize(640, 380)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        when = self.model.index(self.model.backup_row(backup), 0).data()
        question = (
            self.tr(
                "Put the backup from %s in place of your journal? Everything written after it "
                "will no longer be in the journal (it stays in the backup of the current journal)."
            )
            % when
        )
        if not self._dialogs.confirm(
            self.tr("Restore from a Backup"), question, accept_text=self.tr("Restore")
        ):
            return False
        try:
            outcome = self._restore(backup)
        except RefleksError as error:
            self._dialogs.error(self.tr("The backup was not restored"), error.message)
            return False
        self.restored = True
        self._dialogs.inform(self.tr("Backup restored"), outcome)
        self.accept()
        return True
