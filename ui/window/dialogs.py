"""Questions and messages to the user, in one replaceable service.

Widgets ask through a `DialogService` instead of calling QMessageBox directly, so tests
hand in a scripted stand-in that answers without a modal dialog blocking the event loop.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def open_externally(url: QUrl) -> bool:
    """Hand a file or folder to the user's own program; the one door tests replace."""
    return QDesktopServices.openUrl(url)


class UnsavedChoice(enum.Enum):
    """What to do with text that could not be saved when the window closes."""

    RETRY = "retry"
    DISCARD = "discard"
    CANCEL = "cancel"


class DialogService(QObject):
    """Modal message boxes and small input dialogs over a parent window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent

    def set_parent_widget(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(
        self, title: str, text: str, *, accept_text: str, destructive: bool = False
    ) -> bool:
        """Ask a yes/no question; True when the user chose `accept_text`."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # A destructive action must never be the answer to a stray Enter.
        box.setDefaultButton(cancel if destructive else accept)
        box.exec()
        return box.clickedButton() is accept

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def saved(self, title: str, text: str, path: Path) -> QMessageBox:
        """Say where an export went, with "Open" and "Show in Folder".

        Shown without blocking (the dialog that exported may close meanwhile); the box
        closes itself on any button and opens the file or its folder through
        `open_externally`.
        """
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setObjectName("savedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(str(path))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        opening = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        folder = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)

        def clicked(button: object) -> None:
            if button is opening:
                open_externally(QUrl.fromLocalFile(str(path)))
            elif button is folder:
                open_externally(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(
            self._parent, title, label, QLineEdit.EchoMode.Normal, text
        )
        return value if ok else None

    def choose(self, title: str, label: str, options: list[str]) -> int | None:
        """The index of one of `options`, or None when cancelled."""
        if not options:
            return None
        value, ok = QInputDialog.getItem(self._parent, title, label, options, 0, False)
        return options.index(value) if ok and value in options else None

    def ask_unsaved(self, detail: str) -> UnsavedChoice:
        """The window is closing but the open entry could not be saved: what now?"""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Your latest text is not saved"),
            self.tr(
                "Refleks could not save the open entry, so closing now would lose what you "
                "wrote since the last save."
            ),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setInformativeText(detail)
        retry = box.addButton(self.tr("Try saving again"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            return UnsavedChoice.RETRY
        if clicked is discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL
