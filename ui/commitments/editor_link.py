"""Commitments in the entry editor: where one is made, and the list under the text.

`EditorCommitments(editor=..., commitments=...)` adds to the open entry:

* a "Make this a commitment…" button under the answer to each question the deck marks
  as one (`commitment = true` in the template's prompt: "what will you do next time?");
* "Make a Commitment…" in the right-click menu of every text field, taking the selected
  text, or the paragraph under the cursor when nothing is selected;
* the entry's commitments and how they went, under its text (ui/commitments/entry_commitments.py).

It asks through `make_requested(text, prompt_key)`; whoever makes the commitment saves
the entry first. It re-reads the list after each write that touched the open entry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QPushButton, QTextEdit

from app.catalog.catalog import Catalog
from app.commitments.service import CommitmentService
from app.errors import RefleksError
from app.journal.changes import Change, Changes
from models.errors import StorageError
from ui.commitments.due import Today
from ui.commitments.entry_commitments import EntryCommitments
from ui.editor.entry_editor import EntryEditor
from ui.editor.text_fields import PromptField

HOOKED = "commitmentMenu"  # a property on a text field whose menu offers the commitment


class EditorCommitments(QObject):
    """Offers commitments in `editor` and shows the open entry's."""

    make_requested = Signal(str, object)  # text, the prompt key it answers or None
    entry_requested = Signal(int)
    close_requested = Signal(int)

    def __init__(
        self,
        *,
        editor: EntryEditor,
        catalog: Catalog,
        commitments: CommitmentService,
        today: Today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or editor)
        self._editor = editor
        self._catalog = catalog
        self._commitments = commitments
        self.make_buttons: dict[str, QPushButton] = {}
        self.list = EntryCommitments(today=today)
        editor.writing.add_below_text(self.list)
        self.list.entry_requested.connect(self.entry_requested)
        self.list.close_requested.connect(self.close_requested)
        editor.entry_loaded.connect(self._on_entry_loaded)
        editor.entry_created.connect(lambda *_: self.refresh())
        unsubscribe = commitments.changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())
        self._on_entry_loaded()

    def set_language(self, language: str) -> None:
        self.list.set_language(language)

    # ----- what the fields offer ------------------------------------------------------

    def _on_entry_loaded(self) -> None:
        self._hook(self._editor.body_edit)
        self.make_buttons = {}
        template_key = self._editor.template_key()
        template = self._catalog.template(template_key) if template_key else None
        for field in self._editor.guided.fields():
            self._hook(field.edit)
            prompt = template.prompt(field.key) if template else None
            if prompt is not None and prompt.commitment:
                self._offer_under(field)
        self.refresh()

    def _offer_under(self, field: PromptField) -> None:
        button = QPushButton(objectName="makeCommitmentFromAnswer")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setText(self.tr("Make this a commitment…"))
        button.setToolTip(
            self.tr("Keep this answer as a commitment; it comes back until you say how it went")
        )
        button.clicked.connect(lambda: self._make_from_answer(field))
        field.edit.textChanged.connect(lambda: button.setEnabled(bool(field.text().strip())))
        button.setEnabled(bool(field.text().strip()))
        field.add_below_answer(button)
        self.make_buttons[field.key] = button

    def _make_from_answer(self, field: PromptField) -> None:
        text = field.text().strip()
        if text:
            self.make_requested.emit(text, field.key)

    def _hook(self, edit: QTextEdit) -> None:
        if edit.property(HOOKED):
            return
        edit.setProperty(HOOKED, True)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(lambda pos, e=edit: self._show_menu(e, pos))

    def _show_menu(self, edit: QTextEdit, pos: QPoint) -> None:
        menu = self.context_menu(edit, pos)
        menu.exec(edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, edit: QTextEdit, pos: QPoint | None = None) -> QMenu:
        """The field's own menu with "Make a Commitment…" added at the end; `pos` is
        where it was asked for (in the field's viewport)."""
        menu = edit.createStandardContextMenu()
        menu.addSeparator()
        action = menu.addAction(self.tr("Make a Commitment…"))
        action.setObjectName("makeCommitmentAction")
        text = marked_text(edit, pos)
        action.setEnabled(bool(text))
        prompt_key = self._prompt_key_of(edit)
        action.triggered.connect(lambda: self.make_requested.emit(text, prompt_key))
        return menu

    def _prompt_key_of(self, edit: QTextEdit) -> str | None:
        field = next((f for f in self._editor.guided.fields() if f.edit is edit), None)
        return field.key if field is not None else None

    # ----- the list under the text ----------------------------------------------------

    def refresh(self) -> None:
        entry_id = self._editor.current_entry_id()
        if entry_id is None:
            self.list.show_commitments(())
            return
        try:
            made = tuple(self._commitments.of_entry(entry_id))
            follows = self._commitments.followed_up_by(entry_id)
        except (RefleksError, StorageError):
            return  # the editor's own save banner speaks for the journal's trouble
        self.list.show_commitments(made, follows)

    def _on_changes(self, changes: Changes) -> None:
        entry_id = self._editor.current_entry_id()
        if entry_id is None:
            return
        if changes.whole_journal or (
            changes.touches(Change.COMMITMENTS)
            and (not changes.entry_ids or entry_id in changes.entry_ids)
        ):
            self.refresh()
        elif changes.touches(Change.ENTRIES) and self.list.isVisible():
            # The entry it came from (or its follow-up) may have been renamed or trashed.
            self.refresh()


def marked_text(edit: QTextEdit, pos: QPoint | None = None) -> str:
    """The selected text; without a selection, the paragraph at `pos` (the right click)
    or else at the text cursor. Trimmed."""
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        if pos is not None:
            cursor = edit.cursorForPosition(pos)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    # A selection across paragraphs comes with U+2029 between them.
    return cursor.selectedText().replace("\u2029", "\n").strip()
