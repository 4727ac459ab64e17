"""Preferences → Security: the passphrase that encrypts the journal.

Setting, changing or removing the passphrase converts the journal (and its backups) at
once, after a confirmation, through the open `JournalLifecycle`; there is nothing to apply
with OK. The journal is called encrypted only when no readable copy of it is left in the
data folder: after an interrupted conversion the page says so and offers to finish it. How
soon the window locks itself is on the General page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import RefleksError
from app.security import service
from app.security.kdf import MIN_PASSPHRASE_CHARS
from models.errors import StorageError
from ui.preferences.settings import Settings

if TYPE_CHECKING:
    from ui.shell.journal_session import JournalLifecycle


class PassphraseDialog(QDialog):
    """Asks for the current passphrase and/or a new one typed twice."""

    def __init__(self, *, ask_current: bool, ask_new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.current = QLineEdit(objectName="currentPassphrase")
        self.new = QLineEdit(objectName="newPassphrase")
        self.repeat = QLineEdit(objectName="repeatPassphrase")
        form = QFormLayout()
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._validate)
        if ask_current:
            form.addRow(self.tr("Current passphrase:"), self.current)
        if ask_new:
            form.addRow(self.tr("New passphrase:"), self.new)
            form.addRow(self.tr("The same again:"), self.repeat)
        self._ask_current, self._ask_new = ask_current, ask_new
        self.hint = QLabel(wordWrap=True, objectName="passphraseHint")
        self.hint.setProperty("muted", True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if self._ask_current and not self.current.text():
            problem = self.tr("Type the current passphrase.")
        elif self._ask_new and len(self.new.text()) < MIN_PASSPHRASE_CHARS:
            problem = (
                self.tr(
                    "At least %d characters. A few unrelated words are easy to remember and "
                    "hard to guess."
                )
                % MIN_PASSPHRASE_CHARS
            )
        elif self._ask_new and self.new.text() != self.repeat.text():
            problem = self.tr("The two new passphrases are not the same yet.")
        self.hint.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


class SecurityPage(QWidget):
    """Encryption status, and the buttons that set, change or remove the passphrase.

    `session` is the open journal's; with None (no journal open) the page only says that
    the journal is not encrypted and offers nothing.
    """

    def __init__(self, *, session: JournalLifecycle | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self._session = session
        self.status = QLabel(objectName="encryptionStatus", wordWrap=True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.explanation = QLabel(wordWrap=True)
        self.warning = QLabel(wordWrap=True, objectName="lostPassphraseWarning")
        self.warning.setProperty("muted", True)
        self.set_button = QPushButton(objectName="setPassphraseButton")
        self.change_button = QPushButton(objectName="changePassphraseButton")
        self.remove_button = QPushButton(objectName="removePassphraseButton")
        self.finish_button = QPushButton(objectName="finishEncryptionButton")
        self.result = QLabel(wordWrap=True, objectName="securityResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (
            self.finish_button,
            self.set_button,
            self.change_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.warning)
        self.set_button.clicked.connect(self.set_passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        self.remove_button.clicked.connect(self.remove_passphrase)
        self.finish_button.clicked.connect(self.finish_encryption)
        self.retranslate()

    # Tests replace this to answer without a modal dialog.
    def ask(self, *, ask_current: bool, ask_new: bool) -> tuple[str, str] | None:
        dialog = PassphraseDialog(ask_current=ask_current, ask_new=ask_new, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.current.text(), dialog.new.text()

    def title(self) -> str:
        return self.tr("Security")

    def load(self, settings: Settings) -> None:
        self.refresh()

    def save(self, settings: Settings) -> None:
        """Nothing to save: each button acts at once."""

    def refresh(self) -> None:
        session = self._session
        available = session is not None
        encrypted = bool(session and session.encrypted)
        unfinished = encrypted and session.context.database.key is not None and _unfinished(session)
        self.set_button.setVisible(available and not encrypted)
        self.change_button.setVisible(encrypted and not unfinished)
        self.remove_button.setVisible(encrypted)
        self.finish_button.setVisible(unfinished)
        if unfinished:
            self.status.setText(
                self.tr(
                    "Your journal is encrypted, but some copies of it in its folder are not "
                    "encrypted with its passphrase yet."
                )
            )
            self.explanation.setText(
                self.tr(
                    "Encrypting or changing the passphrase was interrupted before every backup "
                    "followed the journal. Finish it now, so that no copy opens without the "
                    "current passphrase."
                )
            )
        elif encrypted:
            self.status.setText(self.tr("Your journal is encrypted with a passphrase."))
            self.explanation.setText(
                self.tr(
                    "Without the passphrase the journal and its backups cannot be read. "
                    "Exports you make are not encrypted; keep them somewhere safe."
                )
            )
        else:
            self.status.setText(self.tr("Your journal is not encrypted."))
            self.explanation.setText(
                self.tr(
                    "Anyone who can open your files can read it. Set a passphrase to "
                    "encrypt the journal and its backups on this computer."
                )
            )

    def set_passphrase(self) -> bool:
        answer = self.ask(ask_current=False, ask_new=True)
        if answer is None:
            return False
        return self._run(
            lambda s: s.set_passphrase(answer[1]),
            lambda n: (
                self.tr("The journal and %n backup(s) are now encrypted.", "", n)
                if n
                else self.tr("The journal is now encrypted.")
            ),
        )

    def change_passphrase(self) -> bool:
        answer = self.ask(ask_current=True, ask_new=True)
        if answer is None:
            return False
        return self._run(
            lambda s: s.change_passphrase(answer[0], answer[1]),
            lambda n: (
                self.tr("The passphrase is changed for the journal and %n backup(s).", "", n)
                if n
                else self.tr("The passphrase is changed.")
            ),
        )

    def remove_passphrase(self) -> bool:
        answer = self.ask(ask_current=True, ask_new=False)
        if answer is None:
            return False
        return self._run(
            lambda s: s.remove_passphrase(answer[0]),
            lambda n: (
                self.tr("The journal and %n backup(s) are no longer encrypted.", "", n)
                if n
                else self.tr("The journal is no longer encrypted.")
            ),
        )

    def finish_encryption(self) -> bool:
        """Encrypt what an interrupted conversion left readable, under the journal's key."""
        return self._run(
            lambda s: service.finish(s.paths, s.context.database.key),
            lambda n: self.tr("%n more backup(s) are now encrypted.", "", n),
        )

    def _run(
        self,
        action: Callable[[JournalLifecycle], service.ConversionReport],
        done: Callable[[int], str],
    ) -> bool:
        session = self._session
        if session is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = action(session)
        except (RefleksError, StorageError) as error:
            self.result.setText(error.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = done(report.backups_converted)
        if report.backups_skipped:
            text += " " + self.tr(
                "Backups made under an older passphrase were left as they are: %s"
            ) % ", ".join(p.name for p in report.backups_skipped)
        self.result.setText(text)
        self.refresh()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.set_button.setText(self.tr("&Set Passphrase…"))
        self.change_button.setText(self.tr("&Change Passphrase…"))
        self.remove_button.setText(self.tr("&Remove Passphrase…"))
        self.finish_button.setText(self.tr("&Finish Encrypting"))
        self.warning.setText(
            self.tr(
                "If you forget the passphrase, nobody can open the journal again — not you, "
                "not support, not with the backups. Write it down and keep it somewhere safe."
            )
        )
        self.refresh()


def _unfinished(session: JournalLifecycle) -> bool:
    """Whether plaintext copies or backups under an older key are left (never raises)."""
    try:
        return service.unfinished(session.paths)
    except OSError:
        return False
