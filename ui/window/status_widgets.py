"""Two small notices of the main window: the failed-save banner and the trash Undo.

The banner sits above the editor while saving fails, says why in plain words, and offers
to try again now (the editor also retries by itself). The trash notice lives in the status
bar for a while after an entry went to the trash, with an Undo button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TRASH_NOTICE_MS = 20_000


class SaveBanner(QFrame):
    """Shown while the open entry cannot be saved; the text stays in the editor meanwhile."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self._message = ""
        self._label = QLabel(wordWrap=True, objectName="saveBannerText")
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(objectName="saveBannerRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.retry_button)
        self.setAccessibleName("save problem")
        self.hide()
        self.retranslate()

    def show_failure(self, message: str) -> None:
        self._message = message
        self._render()
        self.show()

    def message(self) -> str:
        return self._message

    def text(self) -> str:
        return self._label.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try Again"))
        self.setAccessibleName(self.tr("Save problem"))
        self._render()

    def _render(self) -> None:
        lead = self.tr("Not saved yet. Your text is safe in this window; saving is retried.")
        self._label.setText(f"{lead}\n{self._message}" if self._message else lead)


class TrashNotice(QWidget):
    """ "Moved … to the trash  [Undo]" in the status bar, for TRASH_NOTICE_MS."""

    undo_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashNotice")
        self._entry_id: int | None = None
        self._title = ""
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(objectName="undoTrashButton")
        self.undo_button.clicked.connect(self._undo)
        self._timer = QTimer(self, singleShot=True, interval=TRASH_NOTICE_MS)
        self._timer.timeout.connect(self.clear_notice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self.retranslate()
        self.clear_notice()

    def show_trashed(self, entry_id: int, title: str) -> None:
        self._entry_id = entry_id
        self._title = title
        self._render()
        self._label.show()
        self.undo_button.show()
        self._timer.start()

    def clear_notice(self) -> None:
        self._entry_id = None
        self._timer.stop()
        self._label.hide()
        self.undo_button.hide()

    def pending_entry(self) -> int | None:
        return self._entry_id

    def text(self) -> str:
        return self._label.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("&Undo"))  # Alt+U restores it from the keyboard
        self.undo_button.setAccessibleName(self.tr("Undo moving to the trash"))
        self._render()

    def _render(self) -> None:
        if self._title:
            self._label.setText(self.tr("“%s” moved to the trash.") % _short(self._title))
        else:
            self._label.setText(self.tr("Entry moved to the trash."))

    def _undo(self) -> None:
        if self._entry_id is not None:
            self.undo_requested.emit(self._entry_id)


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
