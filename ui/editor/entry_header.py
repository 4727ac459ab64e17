"""The top of the editor: the day, the course module, the title, the private and coaching
toggles, the tags, and the preview and trash buttons.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.records import TagRef
from ui.editor.day_edit import DayEdit
from ui.editor.icons import editor_icon
from ui.editor.module_field import ModuleField
from ui.editor.tag_chips import TagChipRow
from ui.shell.theme import ACCENT_DARK, ACCENT_LIGHT, is_dark


def _tool_button(parent: QWidget, *, checkable: bool = False) -> QToolButton:
    button = QToolButton(parent)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setCheckable(checkable)
    button.setAutoRaise(not checkable)
    button.setProperty("toggle", checkable)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class EntryHeader(QWidget):
    """Day, title, toggles and tag chips of the open entry."""

    changed = Signal()
    add_tags_clicked = Signal()

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_label = QLabel(self)
        self.day_edit = DayEdit(self)
        self.day_edit.setDisplayFormat("d MMMM yyyy")
        self.day_edit.setDate(QDate.currentDate())
        self.day_label.setBuddy(self.day_edit)
        # The time of day, local wall clock; orders entries within a day.
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("entryTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime.currentTime())
        self.module_field = ModuleField(self)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("editorSaveState")
        self.status_label.setProperty("muted", True)

        self.private_button = _tool_button(self, checkable=True)
        self.coaching_button = _tool_button(self, checkable=True)
        self.preview_button = _tool_button(self, checkable=True)
        self.trash_button = _tool_button(self)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("entryTitle")
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        self.title_edit.setFont(title_font)

        self.chips = TagChipRow(catalog=catalog, parent=self)
        self.tags_button = _tool_button(self)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.time_edit)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addSpacing(8)
        for button in (
            self.private_button,
            self.coaching_button,
            self.preview_button,
            self.trash_button,
        ):
            top.addWidget(button)
        tags = QHBoxLayout()
        tags.setSpacing(8)
        tags.addWidget(self.tags_button, 0, Qt.AlignmentFlag.AlignTop)
        tags.addWidget(self.chips, 1)
        # Where the entry sits in a course; on the tags row, where its long names have room.
        tags.addWidget(self.module_field, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.title_edit)
        layout.addLayout(tags)
        self.chips.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.day_edit.dateChanged.connect(lambda: self.module_field.set_day(self.day()))
        self.day_edit.dateChanged.connect(self.changed)
        self.time_edit.timeChanged.connect(self.changed)
        self.module_field.changed.connect(self.changed)
        self.title_edit.textChanged.connect(self.changed)
        self.private_button.toggled.connect(self.changed)
        self.coaching_button.toggled.connect(self.changed)
        self.tags_button.clicked.connect(self.add_tags_clicked)
        self.refresh_icons()
        self.retranslate()

    def refresh_icons(self) -> None:
        """Icons and toggle colours for the current light or dark scheme."""
        dark = is_dark()
        accent = QColor(ACCENT_DARK if dark else ACCENT_LIGHT)
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.private_button.setIcon(editor_icon("private", colour, checked_colour=accent))
        self.coaching_button.setIcon(editor_icon("coaching", colour, checked_colour=accent))
        self.preview_button.setIcon(editor_icon("preview", colour, checked_colour=accent))
        self.trash_button.setIcon(editor_icon("trash", colour))
        self.tags_button.setIcon(editor_icon("tag", colour))
        tint = QColor(accent)
        tint.setAlpha(40)
        rgba = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
        # A checked toggle must be obvious at a glance: accent border, tinted fill, bold text.
        self.setStyleSheet(
            'QToolButton[toggle="true"] { border: 1px solid palette(mid);'
            " border-radius: 6px; padding: 3px 8px; }"
            f'QToolButton[toggle="true"]:checked {{ border: 1px solid {accent.name()};'
            f" background: {rgba}; color: {accent.name()}; font-weight: 600; }}"
            'QToolButton[toggle="true"]:focus { border-width: 2px; }'
            "QLineEdit#entryTitle { border: none; border-bottom: 1px solid palette(mid);"
            " background: transparent; padding: 4px 2px; }"
            "QLineEdit#entryTitle:focus { border-bottom: 2px solid palette(highlight); }"
        )

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day"))
        self.day_edit.setAccessibleName(self.tr("Day of the entry"))
        self.time_edit.setAccessibleName(self.tr("Time of the entry"))
        self.time_edit.setToolTip(
            self.tr("The time of day of the entry; entries of one day are ordered by it")
        )
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.private_button.setText(self.tr("&Private"))
        self.private_button.setToolTip(
            self.tr("Private entries stay in your journal: they are left out of every export.")
        )
        self.private_button.setAccessibleName(self.tr("Private"))
        self.coaching_button.setText(self.tr("Bring to &coaching"))
        self.coaching_button.setToolTip(
            self.tr("Mark this entry to bring along to your next coaching session.")
        )
        self.coaching_button.setAccessibleName(self.tr("Bring to coaching"))
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Show the entry as a formatted page (Ctrl+P)"))
        self.preview_button.setAccessibleName(self.tr("Preview"))
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setToolTip(self.tr("Move this entry to the trash"))
        self.trash_button.setAccessibleName(self.tr("Move to trash"))
        self.tags_button.setText(self.tr("&Tags…"))
        self.tags_button.setToolTip(self.tr("Choose tags from the course, or add your own"))
        self.tags_button.setAccessibleName(self.tr("Choose tags"))
        self.status_label.setAccessibleName(self.tr("Save state"))

    def set_language(self, language: str) -> None:
        locale = QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
        self.day_edit.setLocale(locale)
        self.day_edit.setDisplayFormat("d. MMMM yyyy" if language == "da" else "d MMMM yyyy")
        self.chips.set_language(language)

    def tab_chain(self, middle: list[QWidget]) -> list[QWidget]:
        """Tab order: day, title, then `middle` (the writing fields), then tags and toggles."""
        return [
            self.day_edit,
            self.time_edit,
            self.title_edit,
            *middle,
            self.tags_button,
            *self.chips.chips(),
            self.module_field.combo,
            self.private_button,
            self.coaching_button,
            self.preview_button,
            self.trash_button,
        ]

    # ----- values --------------------------------------------------------------------

    def day(self) -> dt.date:
        self.day_edit.commit_text()  # a date typed but not yet confirmed counts (Ctrl+S)
        return self.day_edit.date().toPython()  # type: ignore[no-any-return]

    def time(self) -> dt.time:
        shown = self.time_edit.time()
        return dt.time(shown.hour(), shown.minute())

    def set_values(
        self,
        *,
        day: dt.date,
        title: str,
        private: bool,
        coaching: bool,
        tags: tuple[TagRef, ...],
        module_id: int | None = None,
        time: dt.time | None = None,
    ) -> None:
        """Fill the fields without announcing changes (used when an entry is loaded); no
        `time` (a new entry) shows the time now."""
        self.day_edit.discard_text()
        widgets = (
            self.day_edit,
            self.time_edit,
            self.title_edit,
            self.private_button,
            self.coaching_button,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        now = QTime.currentTime()
        shown = QTime(now.hour(), now.minute()) if time is None else QTime(time.hour, time.minute)
        self.time_edit.setTime(shown)
        self.title_edit.setText(title)
        self.private_button.setChecked(private)
        self.coaching_button.setChecked(coaching)
        for widget in widgets:
            widget.blockSignals(False)
        self.module_field.set_value(module_id, day)
        self.chips.set_tags(tags)

    def set_status(self, text: str, *, failing: bool = False) -> None:
        """The save state beside the toggles; a failing save shows in a warning colour."""
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            f"color: {'#f0a08a' if is_dark() else '#a3321f'}; font-weight: 600;" if failing else ""
        )
