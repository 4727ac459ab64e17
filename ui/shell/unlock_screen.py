"""The unlock screen: the only thing shown for an encrypted journal before the passphrase,
and for any journal while it is locked after being idle.

It asks for the passphrase and hands it to an `unlock` function from app/ (which derives the
key and checks it against the header); a wrong passphrase is said plainly, the field is
cleared and keeps the focus. A journal without a passphrase is locked too (it hides what is
on screen) and opens with one click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError

# Takes the passphrase, returns the raw key (or raises a RefleksError with a message).
UnlockFunction = Callable[[str], bytes]


class UnlockScreen(QWidget):
    """A calm, centred passphrase prompt."""

    unlocked = Signal(object)  # the key (bytes), or None for a journal without passphrase
    quit_requested = Signal()

    def __init__(
        self,
        *,
        unlock: UnlockFunction | None,
        journal_name: str = "",
        after_idle: bool = False,
        by_hand: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self._unlock = unlock
        self._journal_name = journal_name
        self._after_idle = after_idle or by_hand  # locked while open, not at start
        self._by_hand = by_hand
        self.heading = QLabel(objectName="unlockHeading", alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.heading.setFont(font)
        self.explanation = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.explanation.setProperty("muted", True)
        self.passphrase = QLineEdit(objectName="passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(280)
        self.passphrase.setVisible(unlock is not None)
        self.error = QLabel(objectName="unlockError", wordWrap=True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: palette(highlight); font-weight: 600;")
        self.error.hide()
        self.unlock_button = QPushButton(objectName="unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.quit_button = QPushButton(objectName="quitButton")

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addSpacing(8)
        column.addWidget(self.passphrase)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        column.addLayout(buttons)
        box = QWidget()
        box.setMaximumWidth(440)
        box.setLayout(column)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.quit_requested)
        self.retranslate()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self.isWindow():
            # Shown at start, or just after every other window was hidden: nothing else
            # holds the keyboard, and without activation the typing would go nowhere.
            self.raise_()
            self.activateWindow()
        if self.passphrase.isVisible():
            self.passphrase.setFocus()
        else:
            self.unlock_button.setFocus()

    def try_unlock(self) -> bool:
        """Check the passphrase; emits `unlocked` and returns True when it opens the journal."""
        if self._unlock is None:
            self.unlocked.emit(None)
            return True
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Type your passphrase first."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self._unlock(text)
        except RefleksError as error:
            self.passphrase.clear()
            self.show_error(self._message_for(error))
            self.passphrase.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.error.hide()
        self.unlocked.emit(key)
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _message_for(self, error: RefleksError) -> str:
        from app.security import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            return self.tr(
                "That passphrase does not open this journal. Check Caps Lock and the "
                "keyboard layout, and try again."
            )
        return error.message

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Qt adds the application name ("Locked — Refleks"), so it is not repeated here.
        self.setWindowTitle(self.tr("Locked"))
        if self._after_idle:
            self.heading.setText(self.tr("Refleks is locked"))
        else:
            self.heading.setText(self.tr("Unlock your journal"))
        if self._unlock is None:
            if self._by_hand:
                text = self.tr("The journal is hidden. Your text was saved before it was hidden.")
            else:
                text = self.tr(
                    "The journal was hidden after a while without use. Your text was saved "
                    "before it was hidden."
                )
            self.explanation.setText(text)
            self.unlock_button.setText(self.tr("&Show My Journal"))
        else:
            text = self.tr("Your journal is encrypted. Type your passphrase to open it.")
            if self._by_hand:
                text = self.tr(
                    "The journal is locked; your text was saved first. Type your passphrase "
                    "to go on."
                )
            elif self._after_idle:
                text = self.tr(
                    "The journal locked itself after a while without use; your text was "
                    "saved first. Type your passphrase to go on."
                )
            self.explanation.setText(text)
            self.unlock_button.setText(self.tr("&Unlock"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.quit_button.setText(self.tr("&Quit"))
