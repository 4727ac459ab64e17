"""The timeline's filter bar: search as you type, families, tags (any/all), dates, module.

It only edits a `TimelineFilter` and announces it with `filter_changed`; the panel runs
the queries. The search box is always visible; the rest folds away behind "Filters".
While something is searched for, a small choice beside the count orders the entries by
date or by best match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.journal.timeline_stats import ModuleOption
from app.records import ORDER_DATE, ORDER_MATCH, TagCount, TimelineFilter
from ui.shell.theme import family_colour, family_text_colour, is_dark
from ui.timeline.tag_choice import TagChoice

SEARCH_DELAY_MS = 150
_FAMILY_COLUMNS = 3


class _RoomTakingComboBox(QComboBox):
    """A combo box that shows whole where there is room and asks for none where there is
    not (its minimum width is 0)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class FilterBar(QWidget):
    """Edits the timeline filter; `filter_changed` carries the new TimelineFilter."""

    filter_changed = Signal(object)  # TimelineFilter

    def __init__(self, *, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = "en"
        self._count = 0
        self._base = TimelineFilter()  # fields the bar has no control for are kept as given
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect_signals()
        self._retranslate()

    # ----- public ----------------------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        families = tuple(key for key, button in self._family_buttons.items() if button.isChecked())
        module = self.module_box.currentData()
        return TimelineFilter(
            date_from=self._date_of(self.from_check, self.from_edit),
            date_to=self._date_of(self.to_check, self.to_edit),
            tags=self.tags_button.selected(),
            match_all_tags=self.match_box.currentIndex() == 1,
            families=families,
            text=self.search_edit.text(),
            module_id=module if isinstance(module, int) else None,
            private=self._base.private,
            coaching=self._base.coaching,
            closed_as=self._base.closed_as,
            trashed=self._base.trashed,
            # Only while searching: without text the filter is the plain one (the first
            # paint's, the empty one); the choice waits in the box for the next search.
            order=ORDER_MATCH
            if self.order_box.currentIndex() == 1 and self.search_edit.text().strip()
            else ORDER_DATE,
        )

    def set_filter(self, where: TimelineFilter) -> None:
        """Show `where` in the controls without announcing it."""
        self._base = where
        self._search_timer.stop()
        for widget in self._controls():
            widget.blockSignals(True)
        try:
            self.search_edit.setText(where.text)
            for key, button in self._family_buttons.items():
                button.setChecked(key in where.families)
            self.tags_button.set_selected(where.tags)
            self.match_box.setCurrentIndex(1 if where.match_all_tags else 0)
            self._set_date(self.from_check, self.from_edit, where.date_from)
            self._set_date(self.to_check, self.to_edit, where.date_to)
            position = self.module_box.findData(where.module_id)
            self.module_box.setCurrentIndex(max(position, 0))
            self.order_box.setCurrentIndex(1 if where.order == ORDER_MATCH else 0)
        finally:
            for widget in self._controls():
                widget.blockSignals(False)
        self._update_state()

    def set_count(self, count: int) -> None:
        self._count = count
        # English has no numerus translation file, so the singular is its own string.
        if count == 1:
            self.count_label.setText(self.tr("1 entry"))
        else:
            self.count_label.setText(self.tr("%n entries", "", count))

    def set_available_tags(self, counts: Iterable[TagCount]) -> None:
        """The tags the menu offers: those in use, with how many entries carry each."""
        self.tags_button.set_counts(counts)

    def set_modules(self, modules: list[ModuleOption]) -> None:
        current = self.module_box.currentData()
        self.module_box.blockSignals(True)
        self.module_box.clear()
        self.module_box.addItem(self.tr("All modules"), None)
        for module in modules:
            self.module_box.addItem(f"{module.name} ({module.course})", module.id)
        self.module_box.setCurrentIndex(max(self.module_box.findData(current), 0))
        self.module_box.blockSignals(False)
        self.module_label.setVisible(bool(modules))
        self.module_box.setVisible(bool(modules))

    def set_language(self, language: str) -> None:
        self._language = language
        self.tags_button.set_language(language)
        self._retranslate()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def toggle_filters(self) -> None:
        self.filters_button.toggle()

    def filters_visible(self) -> bool:
        return not self.details.isHidden()

    def clear_all(self) -> None:
        self.set_filter(TimelineFilter(trashed=self._base.trashed))
        self.filter_changed.emit(self.current_filter())

    def flush_search(self) -> None:
        """Apply typed text now instead of after the pause (Enter in the search box)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._announce()

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.filters_button = QToolButton(self)
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.filters_button)

        self.details = QWidget(self)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self._family_buttons: dict[str, QToolButton] = {}
        for position, family in enumerate(self._catalog.families):
            button = QToolButton(self.details)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._family_buttons[family.key] = button
            self._colour_family_button(button, family.key)
            grid.addWidget(button, position // _FAMILY_COLUMNS, position % _FAMILY_COLUMNS)
        self.tags_button = TagChoice(catalog=self._catalog, parent=self.details)
        self.tag_menu = self.tags_button.tag_menu
        self.match_box = QComboBox(self.details)
        self.match_box.addItems(["", ""])
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_button, 1)
        tags_row.addWidget(self.match_box)

        self.from_check = QCheckBox(self.details)
        self.from_edit = self._date_edit(dt.date.today() - dt.timedelta(days=30))
        self.to_check = QCheckBox(self.details)
        self.to_edit = self._date_edit(dt.date.today())
        dates_row = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates_row.addWidget(widget)
        dates_row.addStretch(1)

        self.module_label = QLabel(self.details)
        self.module_box = QComboBox(self.details)
        self.module_label.setBuddy(self.module_box)
        module_row = QHBoxLayout()
        module_row.addWidget(self.module_label)
        module_row.addWidget(self.module_box, 1)
        self.set_modules([])

        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(grid)
        details_layout.addLayout(tags_row)
        details_layout.addLayout(dates_row)
        details_layout.addLayout(module_row)
        self.details.setVisible(False)

        self.count_label = QLabel(self)
        self.count_label.setProperty("muted", True)
        self.order_box = _RoomTakingComboBox(self)
        self.order_box.addItems(["", ""])
        self.clear_button = QPushButton(self)
        self.clear_button.setFlat(True)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        # The order box shares the count's cell (no spacing of its own), so showing it
        # while searching never widens the panel, nor a window restored at its smallest.
        count_cell = QHBoxLayout()
        count_cell.setSpacing(0)
        count_cell.addWidget(self.count_label, 1)
        count_cell.addWidget(self.order_box)
        bottom.addLayout(count_cell, 1)
        bottom.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

    def _colour_family_button(self, button: QToolButton, family: str) -> None:
        # A ticked family wears its chip colour, so the filter reads like the tags it keeps.
        dark = is_dark(self.palette())
        fill = family_colour(family, dark).name()
        text = family_text_colour(family, dark).name()
        button.setStyleSheet(
            f"QToolButton:checked {{ background: {fill}; color: {text};"
            f" border: 1px solid {text}; border-radius: 4px; padding: 2px; }}"
        )

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self.details)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def _connect_signals(self) -> None:
        # Not start() itself: the text would be taken for an interval.
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.textChanged.connect(lambda _text: self._update_state())
        self.search_edit.returnPressed.connect(self.flush_search)
        self._search_timer.timeout.connect(self._announce)
        self.filters_button.toggled.connect(self.details.setVisible)
        for button in self._family_buttons.values():
            button.toggled.connect(self._announce)
        self.tags_button.selection_changed.connect(self._announce)
        self.match_box.currentIndexChanged.connect(self._announce)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._announce)
            edit.dateChanged.connect(self._announce)
        self.module_box.currentIndexChanged.connect(self._announce)
        self.order_box.currentIndexChanged.connect(self._announce)
        self.clear_button.clicked.connect(self.clear_all)

    def _controls(self) -> list[QWidget]:
        return [
            self.search_edit,
            *self._family_buttons.values(),
            self.match_box,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
            self.module_box,
            self.order_box,
        ]

    # ----- reacting --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            # The system switched between light and dark: chip colours follow.
            for family, button in self._family_buttons.items():
                self._colour_family_button(button, family)
        super().changeEvent(event)

    def _announce(self) -> None:
        self._update_state()
        self.filter_changed.emit(self.current_filter())

    def _update_state(self) -> None:
        where = self.current_filter()
        self.clear_button.setEnabled(not where.is_empty())
        active = sum(
            (
                bool(where.families),
                bool(where.tags),
                where.date_from is not None or where.date_to is not None,
                where.module_id is not None,
                where.closed_as is not None,
            )
        )
        label = self.tr("Filters")
        self.filters_button.setText(f"{label} ({active})" if active else label)
        self.match_box.setEnabled(len(where.tags) > 1)
        # The order only means something while searching; it waits, hidden, for the next.
        self.order_box.setVisible(bool(self.search_edit.text().strip()))

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search entries…"))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setToolTip(
            self.tr(
                "Words or parts of words (kontro finds kontrollen, opgave finds "
                'kerneopgaven), a "quoted phrase", tag, course and module names'
            )
        )
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        for family in self._catalog.families:
            button = self._family_buttons[family.key]
            button.setText(family.label.get(self._language))
            button.setToolTip(family.description.get(self._language))
            button.setAccessibleName(
                self.tr("Only entries tagged %1").replace("%1", family.label.get(self._language))
            )
        self.tags_button.setAccessibleName(self.tr("Filter by tags"))
        self.match_box.setItemText(0, self.tr("any of these"))
        self.match_box.setItemText(1, self.tr("all of these"))
        self.match_box.setAccessibleName(self.tr("Match any or all tags"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self.module_label.setText(self.tr("Module"))
        self.module_box.setItemText(0, self.tr("All modules"))
        self.order_box.setItemText(0, self.tr("Newest first"))
        self.order_box.setItemText(1, self.tr("Best match"))
        self.order_box.setAccessibleName(self.tr("Order of the entries found"))
        self.order_box.setToolTip(self.tr("Order the entries found by date or by best match"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.set_count(self._count)
        self._update_state()

    @staticmethod
    def _date_of(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
        if not check.isChecked():
            return None
        value = edit.date()
        return dt.date(value.year(), value.month(), value.day())

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, day: dt.date | None) -> None:
        check.setChecked(day is not None)
        edit.setEnabled(day is not None)
        if day is not None:
            edit.setDate(QDate(day.year, day.month, day.day))
