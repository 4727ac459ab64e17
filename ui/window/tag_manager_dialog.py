"""The tag manager: the user's own tags, made, renamed, merged and deleted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
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
from app.journal.own_tags import OwnTagService
from app.records import TagRef
from models.errors import StorageError
from ui.window.dialogs import DialogService

KEY_ROLE = Qt.ItemDataRole.UserRole
T = TypeVar("T")


class TagManagerDialog(QDialog):
    """A list of own tags with their entry counts and the four operations beside it."""

    tags_changed = Signal()

    def __init__(
        self, *, own_tags: OwnTagService, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagManagerDialog")
        self._own_tags = own_tags
        self._dialogs = dialogs
        self._tags: list[TagRef] = []
        self.list = QListWidget(objectName="ownTagList")
        self.new_button = QPushButton(objectName="newTagButton")
        self.rename_button = QPushButton(objectName="renameTagButton")
        self.merge_button = QPushButton(objectName="mergeTagButton")
        self.delete_button = QPushButton(objectName="deleteTagButton")
        self._intro = QLabel(wordWrap=True)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        side = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.merge_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(row, 1)
        layout.addWidget(self._buttons)
        self.resize(520, 400)

        self.new_button.clicked.connect(self.create_tag)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.rename_selected())
        self._buttons.rejected.connect(self.reject)
        self.retranslate()
        self.reload()

    def reload(self, select_key: str | None = None) -> None:
        current = select_key or self.selected_key()
        self.list.clear()
        self._tags = []
        for tag_count in self._own_tags.list():
            tag = tag_count.tag
            text = self.tr("%1  (%n entries)", "", tag_count.count).replace(
                "%1", tag.label or tag.key
            )
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, tag.key)
            self.list.addItem(item)
            self._tags.append(tag)
            if tag.key == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def selected_tag(self) -> TagRef | None:
        key = self.selected_key()
        return next((tag for tag in self._tags if tag.key == key), None)

    def create_tag(self) -> None:
        label = self._dialogs.ask_text(self.tr("New Tag"), self.tr("Name of the new tag:"))
        if label is None or not label.strip():
            return
        created = self._run(lambda: self._own_tags.create(label))
        if created is not None:
            self.reload(created.key)
            self.tags_changed.emit()

    def rename_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        label = self._dialogs.ask_text(
            self.tr("Rename Tag"), self.tr("New name for the tag:"), tag.label or tag.key
        )
        if label is None or not label.strip() or label == tag.label:
            return
        if self._run(lambda: self._own_tags.rename(tag.key, label)) is not None:
            self.reload(tag.key)
            self.tags_changed.emit()

    def merge_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        others = [other for other in self._tags if other.key != tag.key]
        choice = self._dialogs.choose(
            self.tr("Merge Tags"),
            self.tr("Merge “%s” into:") % (tag.label or tag.key),
            [other.label or other.key for other in others],
        )
        if choice is None:
            return
        target = others[choice]
        merged = self._run(lambda: self._own_tags.merge(tag.key, target.key))
        if merged is not None:
            self.reload(merged.key)
            self.tags_changed.emit()

    def delete_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        if not self._dialogs.confirm(
            self.tr("Delete Tag?"),
            self.tr("Delete the tag “%s”? The entries stay; only the tag is taken off them.")
            % (tag.label or tag.key),
            accept_text=self.tr("Delete Tag"),
            destructive=True,
        ):
            return
        if self._run(lambda: self._own_tags.delete(tag.key) or True) is not None:
            self.reload()
            self.tags_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Own Tags"))
        self._intro.setText(
            self.tr(
                "Your own tags, beside the course's families. Merging moves every entry "
                "of one tag to another."
            )
        )
        self.list.setAccessibleName(self.tr("Own tags"))
        self.new_button.setText(self.tr("&New…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.merge_button.setText(self.tr("&Merge Into…"))
        self.delete_button.setText(self.tr("&Delete…"))

    def _update_buttons(self, *_args: object) -> None:
        selected = self.list.currentItem() is not None
        self.rename_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.merge_button.setEnabled(selected and self.list.count() > 1)

    def _run(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except (RefleksError, StorageError) as error:
            self._dialogs.error(self.tr("Own Tags"), str(error))
            return None
