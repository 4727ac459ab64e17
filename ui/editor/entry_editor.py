"""The entry editor: one entry at a time, free or guided, saved by itself.

The widget reads its fields into plain values (ui.editor.editor_state) and hands a draft
to the JournalService; it never opens a session. It saves about a second after typing
stops, before switching entries, when focus leaves it and when it closes. "Saved" is
announced only after the journal returned from its commit; when a save fails every
character stays in the fields and saving is retried with a growing pause.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QTime, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.catalog.catalog import Catalog
from app.courses.records import POSTCARD_TEMPLATE
from app.courses.service import CourseService
from app.errors import EntryNotFoundError, InvalidInputError, UnknownTemplateError
from app.journal.changes import Change, Changes
from app.journal.own_tags import OwnTagService
from app.journal.recall import RecallService
from app.journal.service import JournalService
from app.records import Entry, EntryDraft, TagRef
from ui.editor.autosave import AUTOSAVE_DELAY_MS, AutosaveTimers
from ui.editor.editor_state import (
    SAVE_ERRORS,
    EntrySetup,
    FieldValues,
    RetryPolicy,
    SaveTracker,
    build_draft,
    default_language,
    failure_reason,
    has_text,
    saved_status,
    unique_tags,
)
from ui.editor.entry_header import EntryHeader
from ui.editor.find_bar import FindBar
from ui.editor.met_before import MetBefore
from ui.editor.preview import SafePreviewBrowser, preview_html
from ui.editor.tag_picker import TagPickerDialog
from ui.editor.writing_area import WritingArea


class EntryEditor(QWidget):
    """Writes one entry; see the module docstring for when it saves."""

    entry_saved = Signal(int)  # after the commit returned
    entry_created = Signal(int)
    save_failed = Signal(str)  # a reason the user can act on
    save_succeeded = Signal(str)  # e.g. "Saved 14:02"
    trash_requested = Signal(int)
    entry_loaded = Signal()  # another entry (or a new one) now fills the editor

    def __init__(
        self,
        *,
        journal: JournalService,
        catalog: Catalog,
        own_tags: OwnTagService,
        parent: QWidget | None = None,
        autosave_delay_ms: int = AUTOSAVE_DELAY_MS,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._catalog = catalog
        self._own_tags = own_tags
        self._language = default_language()
        self._setup = EntrySetup()
        self._tags: tuple[TagRef, ...] = ()
        self._tracker = SaveTracker(EntryDraft(day=dt.date.today()))
        self._timers = AutosaveTimers(
            delay_ms=autosave_delay_ms, retry_policy=retry_policy, parent=self
        )
        self._failed = False
        self._saving = False
        self.saved_at: QTime | None = None  # when the last save committed
        self._repainting = False
        self.tag_picker: TagPickerDialog | None = None
        self.setAccessibleName(self.tr("Entry editor"))

        self.header = EntryHeader(catalog=catalog, parent=self)
        # Earlier entries with the same dilemma, paradox or legitimacy tags; a click on one
        # goes to the window (which opens entries), as a click in the timeline does.
        recall = RecallService(database=journal.database, changes=journal.changes)
        self.met_before = MetBefore(recall=recall, parent=self)
        self.writing = WritingArea(catalog=catalog, parent=self)
        self.guided = self.writing.guided
        self.body_edit = self.writing.body_edit
        self.preview = SafePreviewBrowser(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.writing)
        self.stack.addWidget(self.preview)
        # Find in this entry: the timeline's search marked in the text and the answers.
        self.find_bar = FindBar(
            fields=lambda: [*(field.edit for field in self.guided.fields()), self.body_edit],
            scroll_area=self.writing,
            parent=self,
        )
        self.entry_loaded.connect(self.find_bar.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.met_before)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)

        self._preview_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self._connect_signals()
        unsubscribe = journal.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._retranslate()
        self.set_language(self._language)
        self.new_entry()

    def _connect_signals(self) -> None:
        self.header.changed.connect(self._on_changed)
        self.header.add_tags_clicked.connect(self.open_tag_picker)
        self.header.chips.remove_requested.connect(self._remove_tag)
        self.header.preview_button.toggled.connect(self._show_preview)
        self.header.trash_button.clicked.connect(self.request_trash)
        self.guided.changed.connect(self._on_changed)
        self.guided.item_changed.connect(self._on_item_changed)
        self.guided.tag_toggled.connect(self._on_tag_toggled)
        self.body_edit.textChanged.connect(self._on_changed)
        self._timers.due.connect(self.save_now)
        self._preview_shortcut.activated.connect(self.header.preview_button.toggle)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # ----- the contract the window uses ----------------------------------------------

    def new_entry(
        self,
        template_key: str | None = None,
        *,
        item: TagRef | None = None,
        module_id: int | None = None,
    ) -> bool:
        """Start a blank entry (from `template_key`, about `item`); False if the open
        entry could not be saved first (then it stays open, text and all)."""
        template = self._catalog.template(template_key) if template_key else None
        if template_key and template is None:
            raise UnknownTemplateError(
                self.tr("There is no template called '{key}'.").format(key=template_key)
            )
        if not self.save_now():
            return False
        setup = EntrySetup(template_key, template.version if template else None, module_id)
        tags = (item,) if item is not None else ()
        title = self._default_title(template_key, module_id)
        self._load(None, setup, EntryDraft(day=dt.date.today(), title=title, tags=tags), item)
        self.focus_title()
        return True

    def _default_title(self, template_key: str | None, module_id: int | None) -> str:
        """A postcard for a module is named after it ("Postkort — Modul 2"); else no title."""
        courses = self.header.module_field.courses()
        if template_key != POSTCARD_TEMPLATE or module_id is None or courses is None:
            return ""
        try:
            module = courses.get_module(module_id)
        except SAVE_ERRORS:
            return ""
        return self.tr("Postcard — %1").replace("%1", module.name)

    def open_entry(self, entry_id: int) -> bool:
        """Show the entry `entry_id`; False if the open entry could not be saved first."""
        if not self.save_now():
            return False
        entry = self._journal.get_entry(entry_id)
        setup = EntrySetup(entry.template_key, entry.template_version, entry.module_id)
        template = self._catalog.template(entry.template_key) if entry.template_key else None
        family = template.item_family if template else None
        item = next((tag for tag in entry.tags if tag.family == family), None)
        self._load(entry.id, setup, entry.to_draft(), item)
        return True

    def save_now(self) -> bool:
        """Commit the fields if they changed; True when everything is saved."""
        if self._saving:
            # Called again from a slot of our own signal (e.g. a dialog took the focus).
            return not self._failed
        self._timers.stop()
        draft = self._draft()
        if not self._tracker.needs_save(draft):
            self._clear_failure()
            return True
        entry_id = self._tracker.entry_id
        try:
            entry, created = self._write(entry_id, draft)
        except SAVE_ERRORS as error:
            self._failed = True
            if isinstance(error, InvalidInputError):
                # The text itself is refused (e.g. too long): a retry cannot help, the
                # next edit saves again. The window's banner shows why.
                self.header.set_status(self.tr("Not saved – the text needs a change"), failing=True)
            else:
                self._timers.failed()
                self.header.set_status(self.tr("Not saved yet – retrying"), failing=True)
            self._announce(self.save_failed, failure_reason(error))
            return False
        self._tracker.mark_saved(entry.id, draft)
        self._update_met_before()
        self._timers.succeeded()
        self._failed = False
        self.saved_at = QTime.currentTime()
        saved = saved_status(self.saved_at)
        self.header.set_status("")  # the window's status bar says "Saved"; here only trouble shows
        self._update_trash_button()
        if created:
            self._announce(self.entry_created, entry.id)
        self._announce(self.entry_saved, entry.id)
        self._announce(self.save_succeeded, saved)
        return True

    def _write(self, entry_id: int | None, draft: EntryDraft) -> tuple[Entry, bool]:
        """Update or create; returns the entry and whether it is new."""
        if entry_id is not None:
            try:
                return self._journal.update_entry(entry_id, draft), False
            except EntryNotFoundError:
                pass  # deleted for good elsewhere while open: keep the text as a new entry
        return self._journal.create_entry(draft), True

    def _announce(self, signal: SignalInstance, value: object) -> None:
        self._saving = True
        try:
            signal.emit(value)
        finally:
            self._saving = False

    def show_stored_if_open(self, entry_ids: frozenset[int]) -> bool:
        """After a sync merged `entry_ids`: read the open entry again if it is one of them
        and nothing typed is waiting (typed text is kept, and saved over it as usual)."""
        entry_id = self.current_entry_id()
        if entry_id not in entry_ids or self._saving or self.has_unsaved_changes():
            return False
        try:
            return self.open_entry(entry_id)
        except EntryNotFoundError:
            return False

    def has_unsaved_changes(self) -> bool:
        return self._tracker.needs_save(self._draft())

    def current_entry_id(self) -> int | None:
        return self._tracker.entry_id

    def template_key(self) -> str | None:
        """The template the open entry is written from; None for a free entry."""
        return self._setup.template_key

    def postcard_module_id(self) -> int | None:
        """The module whose postcard fills the editor, or None for any other entry."""
        if self._setup.template_key != POSTCARD_TEMPLATE:
            return None
        return self._setup.module_id

    def set_language(self, lang: str) -> None:
        """Show prompts, items and tags in `lang` ("da" or "en"); typed text is kept."""
        self._language = lang
        self.header.set_language(lang)
        self.met_before.set_language(lang)
        self.guided.set_language(lang)
        if self.stack.currentWidget() is self.preview:
            self._render_preview()

    def language(self) -> str:
        return self._language

    def focus_title(self) -> None:
        self.header.preview_button.setChecked(False)
        self.header.title_edit.setFocus()

    # ----- actions -------------------------------------------------------------------

    def request_trash(self) -> None:
        """Save, then ask the window to move this entry to the trash."""
        if not self.save_now():
            return
        entry_id = self._tracker.entry_id
        if entry_id is not None:
            self.trash_requested.emit(entry_id)

    def open_tag_picker(self) -> TagPickerDialog:
        """Open the tag picker (window-modal); the chosen tags apply when it is accepted."""
        dialog = TagPickerDialog(
            catalog=self._catalog,
            own_tags=self._own_tags,
            chosen=self._tags,
            language=self._language,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._set_tags(dialog.chosen_tags()))
        dialog.finished.connect(self._tag_picker_closed)
        self.tag_picker = dialog
        dialog.open()
        return dialog

    def _tag_picker_closed(self) -> None:
        if self.tag_picker is not None:
            self.tag_picker.deleteLater()
            self.tag_picker = None
        self.header.tags_button.setFocus()

    # ----- loading and reading the fields --------------------------------------------

    def _load(
        self, entry_id: int | None, setup: EntrySetup, draft: EntryDraft, item: TagRef | None
    ) -> None:
        self._timers.stop()
        self._setup = setup
        self._tags = unique_tags(draft.tags)
        self.header.preview_button.setChecked(False)
        self.header.set_values(
            day=draft.day,
            title=draft.title,
            private=draft.private,
            coaching=draft.coaching,
            tags=self._tags,
            module_id=setup.module_id,
            time=draft.time,
        )
        self.writing.load(
            setup.template_key, draft.answers, item=item, body=draft.body, language=self._language
        )
        self.guided.show_tags(self._tags)
        # The baseline is what the fields now hold, so opening an entry never counts as a change.
        self._tracker = SaveTracker(build_draft(self._values(), setup), entry_id=entry_id)
        self._clear_failure()
        self.header.set_status("")
        self._update_trash_button()
        self._update_tab_order()
        self._update_met_before()
        self.entry_loaded.emit()

    def _update_met_before(self) -> None:
        self.met_before.show_for(
            self._tags,
            day=self.header.day_edit.date().toPython(),  # as shown; typing stays typing
            time=self.header.time(),
            entry_id=self._tracker.entry_id,
        )

    def _values(self) -> FieldValues:
        return FieldValues(
            day=self.header.day(),
            title=self.header.title_edit.text(),
            body=self.body_edit.text(),
            answers=self.guided.answers(),
            tags=self._tags,
            private=self.header.private_button.isChecked(),
            coaching=self.header.coaching_button.isChecked(),
            time=self.header.time(),
        )

    def _draft(self) -> EntryDraft:
        module_id = self.header.module_field.module_id()  # the link, loaded from the setup
        return build_draft(self._values(), replace(self._setup, module_id=module_id))

    def set_courses(self, courses: CourseService | None) -> None:
        """Offer the modules of `courses` in the header (course mode calls this)."""
        self.header.module_field.set_courses(courses)

    # ----- reacting to the user ------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """Own tags renamed, merged or deleted, or the journal restored: show the open
        entry as it is stored now (its text saved first), or a new one if it is gone."""
        if self._saving or not (changes.touches(Change.TAGS) or changes.whole_journal):
            return
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        try:
            self.open_entry(entry_id)
        except EntryNotFoundError:
            self.new_entry()

    def _on_changed(self) -> None:
        self._timers.changed()
        self._update_trash_button()

    def _set_tags(self, tags: tuple[TagRef, ...]) -> None:
        self._tags = unique_tags(tags)
        self.header.chips.set_tags(self._tags)
        self.guided.show_tags(self._tags)
        # The picked item stays while its tag does; otherwise another tag of its family shows.
        current = self.guided.current_item()
        if current not in self._tags:
            family = self.guided.item_family()
            self.guided.set_item(next((t for t in self._tags if t.family == family), None))
        self._update_tab_order()
        self._update_met_before()
        self._on_changed()

    def _remove_tag(self, tag: TagRef) -> None:
        had_focus = any(chip.hasFocus() for chip in self.header.chips.chips())
        self._set_tags(tuple(t for t in self._tags if t != tag))
        if had_focus:
            remaining = self.header.chips.chips()
            (remaining[0] if remaining else self.header.tags_button).setFocus()

    def _on_item_changed(self, old: TagRef | None, new: TagRef | None) -> None:
        # The picked item is also a tag of the entry, so it shows in the timeline and filters.
        tags = [t for t in self._tags if t != old]
        if new is not None:
            tags.append(new)
        self._tags = unique_tags(tags)
        self.header.chips.set_tags(self._tags)
        self._update_tab_order()
        self._update_met_before()

    def _on_tag_toggled(self, tag: TagRef, ticked: bool) -> None:
        # A tick in a prompt's picker (e.g. a form of legitimacy) is a tag of the entry.
        tags = [t for t in self._tags if t != tag]
        if ticked:
            tags.append(tag)
        self._tags = unique_tags(tags)
        self.header.chips.set_tags(self._tags)
        self._update_tab_order()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self.writing.reveal(new)
        leaving = old is not None and self.isAncestorOf(old)
        if leaving and (new is None or not self.isAncestorOf(new)) and self.has_unsaved_changes():
            self.save_now()

    def _show_preview(self, on: bool) -> None:
        if on:
            self._render_preview()
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.writing)

    def _render_preview(self) -> None:
        self.preview.setHtml(
            preview_html(
                title=self.header.title_edit.text(),
                heading=self.guided.item_heading(),
                sections=self.guided.preview_sections(),
                body=self.body_edit.text(),
                notes_label=self.tr("Notes"),
                meta=self.header.day_edit.locale().toString(
                    self.header.day_edit.date(), QLocale.FormatType.LongFormat
                ),
            )
        )

    def _update_trash_button(self) -> None:
        stored = self._tracker.entry_id is not None
        self.header.trash_button.setEnabled(stored or has_text(self._draft()))

    def _update_tab_order(self) -> None:
        middle = [*self.guided.focus_widgets(), self.body_edit]
        for first, second in itertools.pairwise(self.header.tab_chain(middle)):
            QWidget.setTabOrder(first, second)

    def _clear_failure(self) -> None:
        if self._failed:
            self._failed = False
            self.header.set_status("")

    # ----- texts ---------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.header.retranslate()
        self.writing.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.guided.set_language(self._language)
            self.header.chips.set_language(self._language)
        elif event.type() == QEvent.Type.PaletteChange and not self._repainting:
            # The system switched between light and dark: redraw icons and chip colours.
            self._repainting = True
            self.header.refresh_icons()
            self.header.chips.set_language(self._language)
            self._repainting = False
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        super().closeEvent(event)
