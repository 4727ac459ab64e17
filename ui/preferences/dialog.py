"""Preferences: a list of pages, each reading and writing its own settings.

A page is a QWidget with `title()`, `load(settings)` and `save(settings)`. Others add a page
in `default_pages` (or pass `pages=` to the dialog). OK and Apply
save every page and emit `applied`; the main window then re-reads what changed (the
language is switched in place, so nothing being typed is lost).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import settings as keys
from ui.preferences.security_page import SecurityPage
from ui.preferences.settings import Settings
from ui.preferences.sync_page import SyncPage

if TYPE_CHECKING:
    from ui.shell.journal_session import JournalLifecycle


class PreferencesPage(Protocol):
    """What the dialog needs from a page (besides being a QWidget)."""

    def title(self) -> str: ...
    def load(self, settings: Settings) -> None: ...
    def save(self, settings: Settings) -> None: ...


class GeneralPage(QWidget):
    """Language, and how soon the journal locks itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(objectName="languageCombo")
        for code in ("", "da", "en"):
            self.language.addItem("", code)
        self.auto_lock = QSpinBox(objectName="autoLockSpin")
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSingleStep(5)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        self._lock_label = QLabel()
        self._lock_label.setBuddy(self.auto_lock)
        self._hint = QLabel(wordWrap=True)
        self._hint.setProperty("muted", True)
        form = QFormLayout(self)
        form.addRow(self._language_label, self.language)
        form.addRow(self._lock_label, self.auto_lock)
        form.addRow(self._hint)
        self.retranslate()

    def title(self) -> str:
        return self.tr("General")

    def load(self, settings: Settings) -> None:
        index = self.language.findData(settings.get(keys.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.auto_lock.setValue(settings.get(keys.AUTO_LOCK_MINUTES))

    def save(self, settings: Settings) -> None:
        settings.set(keys.LANGUAGE, str(self.language.currentData()))
        settings.set(keys.AUTO_LOCK_MINUTES, self.auto_lock.value())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("Same as the system"))
        # Each language is named in itself, so it can be found whatever is showing now.
        self.language.setItemText(1, "Dansk")
        self.language.setItemText(2, "English")
        self.language.setAccessibleName(self.tr("Language"))
        self._lock_label.setText(self.tr("&Lock after idle minutes:"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self._hint.setText(
            self.tr(
                "The language applies at once to menus, the course's questions and the tags; "
                "what you are writing stays as it is."
            )
        )


def default_pages(*, session: JournalLifecycle | None) -> list[QWidget]:
    """The pages shown, in order; Security and Sync act on the open journal's `session`."""
    from ui.preferences.reminders_page import RemindersPage

    return [
        GeneralPage(),
        RemindersPage(),
        SecurityPage(session=session),
        SyncPage(session=session),
    ]


class PreferencesDialog(QDialog):
    """Pages on the left, the chosen page on the right, OK / Apply / Cancel below."""

    applied = Signal()

    def __init__(
        self,
        *,
        settings: Settings,
        session: JournalLifecycle | None = None,
        pages: list[QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`session` is the open journal's (None without one); `pages` replaces the
        default pages."""
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._settings = settings
        self.pages: list[QWidget] = pages if pages is not None else default_pages(session=session)
        self._list = QListWidget()
        self._list.setMaximumWidth(180)
        self._stack = QStackedWidget()
        for page in self.pages:
            self._list.addItem("")
            self._stack.addWidget(page)
            page.load(settings)  # type: ignore[attr-defined]
        self._list.currentRowChanged.connect(self._stack.setCurrentIndex)
        self._list.setCurrentRow(0)
        self._list.setVisible(len(self.pages) > 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self._list)
        row.addWidget(self._stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        self.retranslate()
        # Wide and tall enough for the largest page, in any language.
        self.resize(self.sizeHint().expandedTo(QSize(520, 260)))

    def page(self, kind: type[QWidget]) -> QWidget:
        return next(p for p in self.pages if isinstance(p, kind))

    def show_page(self, kind: type[QWidget]) -> QWidget:
        """Bring the page of type `kind` to the front, and return it."""
        page = self.page(kind)
        self._list.setCurrentRow(self.pages.index(page))
        return page

    def apply(self) -> None:
        for page in self.pages:
            page.save(self._settings)  # type: ignore[attr-defined]
        self._settings.sync()
        self.applied.emit()

    def accept(self) -> None:
        self.apply()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for row, page in enumerate(self.pages):
            self._list.item(row).setText(page.title())  # type: ignore[attr-defined]
        self._list.setMinimumWidth(
            min(self._list.sizeHintForColumn(0) + 2 * self._list.frameWidth() + 8, 180)
        )
