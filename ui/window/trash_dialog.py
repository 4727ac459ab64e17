"""The trash: entries moved there, with restore, delete-for-good and empty-the-trash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from app.journal.service import JournalService
from app.records import EntrySummary, TimelineFilter
from models.errors import StorageError
from ui.window.dialogs import DialogService

ID_ROLE = Qt.ItemDataRole.UserRole
TRASHED = TimelineFilter(trashed=True)


class TrashDialog(QDialog):
    """Lists trashed entries (newest day first). Nothing leaves the file without a yes."""

    entry_restored = Signal(int)
    trash_emptied = Signal()

    def __init__(
        self, *, journal: JournalService, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self._journal = journal
        self._dialogs = dialogs
        self.list = QListWidget(objectName="trashList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._empty_label = QLabel(wordWrap=True)
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restore_button = QPushButton(objectName="restoreButton")
        self.delete_button = QPushButton(objectName="deleteButton")
        self.empty_button = QPushButton(objectName="emptyTrashButton")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        side = QVBoxLayout()
        for button in (self.restore_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.empty_button)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self._empty_label, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        self._intro = QLabel(wordWrap=True)
        layout.addWidget(self._intro)
        layout.addLayout(row, 1)
        layout.addWidget(self._buttons)
        self.resize(600, 420)

        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self._buttons.rejected.connect(self.reject)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for summary in self._journal.all_matching(TRASHED):
            item = QListWidgetItem(self._item_text(summary))
            item.setData(ID_ROLE, summary.id)
            self.list.addItem(item)
        has_entries = self.list.count() > 0
        self.list.setVisible(has_entries)
        self._empty_label.setVisible(not has_entries)
        if has_entries:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def restore_selected(self) -> None:
        for entry_id in self.selected_ids():
            if self._run(lambda i=entry_id: self._journal.restore_entry(i)):
                self.entry_restored.emit(entry_id)
        self.reload()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not self._dialogs.confirm(
            self.tr("Delete for good?"),
            self.tr("Delete %n selected entries for good? This cannot be undone.", "", len(ids)),
            accept_text=self.tr("Delete for Good"),
            destructive=True,
        ):
            return
        for entry_id in ids:
            self._run(lambda i=entry_id: self._journal.purge_entry(i))
        self.reload()

    def empty_trash(self) -> None:
        count = self.list.count()
        if count == 0:
            return
        if not self._dialogs.confirm(
            self.tr("Empty the trash?"),
            self.tr(
                "Delete all %n entries in the trash for good? This cannot be undone.", "", count
            ),
            accept_text=self.tr("Empty Trash"),
            destructive=True,
        ):
            return
        if self._run(self._journal.empty_trash):
            self.trash_emptied.emit()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self._intro.setText(
            self.tr("Entries you moved to the trash. Restore one to put it back in the timeline.")
        )
        self._empty_label.setText(self.tr("The trash is empty."))
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        self.restore_button.setText(self.tr("&Restore"))
        self.delete_button.setText(self.tr("&Delete for Good…"))
        self.empty_button.setText(self.tr("&Empty Trash…"))

    def _item_text(self, summary: EntrySummary) -> str:
        title = summary.title or summary.excerpt.split("\n", 1)[0] or self.tr("(untitled)")
        day = QLocale().toString(summary.day, QLocale.FormatType.ShortFormat)
        return f"{day}   {title}"

    def _update_buttons(self) -> None:
        selected = bool(self.list.selectedItems())
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.empty_button.setEnabled(self.list.count() > 0)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (RefleksError, StorageError) as error:
            self._dialogs.error(self.tr("Trash"), str(error))
            return False
        return True
