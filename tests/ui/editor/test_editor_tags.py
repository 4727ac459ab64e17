"""Tagging in the editor: the picker grouped by family, own tags, and removable chips."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from app.journal.context import JournalContext
from app.records import EntryDraft, TagRef
from ui.editor.entry_editor import EntryEditor
from ui.editor.tag_picker import TAG_ROLE, TagPickerDialog
from ui.shell.theme import family_colour

CONTROL = TagRef("dilemma", "control")
MORAL = TagRef("legitimacy", "moral")


@pytest.fixture
def editor(qtbot, context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=60_000,
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_leaves(dialog) -> list[TagRef]:  # type: ignore[no-untyped-def]
    found = []
    for row in range(dialog.tree.topLevelItemCount()):
        parent = dialog.tree.topLevelItem(row)
        for n in range(parent.childCount()):
            child = parent.child(n)
            if not parent.isHidden() and not child.isHidden():
                found.append(child.data(0, TAG_ROLE))
    return found


def test_picker_groups_every_family_with_the_decks_help(
    editor: EntryEditor, catalog, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    dialog = editor.open_tag_picker()
    tree = dialog.tree
    families = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert families == [family.label.en for family in catalog.families]
    dilemmas = tree.topLevelItem(0)
    assert dilemmas.childCount() == len(catalog.family("dilemma").items)
    control = catalog.item("dilemma", "control")
    first = dilemmas.child(0)
    assert first.text(0) == control.label.en
    assert control.text.en in first.toolTip(0) and control.help.en in first.toolTip(0)
    assert dilemmas.toolTip(0) == catalog.family("dilemma").description.en
    tree.setCurrentItem(first)
    assert dialog.help_label.text() == first.toolTip(0)  # readable without a mouse
    moral = catalog.item("legitimacy", "moral")
    moral_leaf = tree.topLevelItem(2).child(1)
    focus = moral.detail("focus") or moral.details[0]
    assert f"<b>{focus.label.en}</b>" in moral_leaf.toolTip(0)  # the deck's table, headed
    assert focus.value.en in moral_leaf.toolTip(0)
    qtmodeltester.check(tree.model())
    dialog.reject()


def test_picker_adds_a_dilemma_a_legitimacy_form_and_an_own_tag(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Et svært møde")
    with qtbot.waitSignal(editor.header.tags_button.clicked):
        qtbot.mouseClick(editor.header.tags_button, Qt.MouseButton.LeftButton)
    dialog = editor.tag_picker
    assert dialog is not None and dialog.isVisible()
    dialog.set_checked(CONTROL)
    dialog.set_checked(MORAL)
    qtbot.keyClicks(dialog.filter_edit, "Tillid på tværs")
    assert dialog.create_button.isEnabled()
    assert "Tillid på tværs" in dialog.create_button.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.filter_edit.text() == ""
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    chips = editor.header.chips.chips()
    assert [chip.tag for chip in chips] == [CONTROL, MORAL, TagRef("own", "tillid-på-tværs")]
    assert chips[2].text().startswith("Tillid på tværs")
    assert editor.save_now()
    entry = journal.get_entry(editor.current_entry_id())
    assert set(entry.tags) == {CONTROL, MORAL, TagRef("own", "tillid-på-tværs")}
    own = next(tag for tag in entry.tags if tag.family == "own")
    assert own.label == "Tillid på tværs"


def test_cancelling_the_picker_changes_nothing(editor: EntryEditor, qtbot, context) -> None:  # type: ignore[no-untyped-def]
    dialog = editor.open_tag_picker()
    dialog.set_checked(CONTROL)
    qtbot.keyClicks(dialog.filter_edit, "Kun en prøve")
    dialog.create_button.click()
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert editor.header.chips.chips() == []
    assert context.own_tags.list() == []  # nothing made behind the user's back


def test_filter_narrows_the_tree_and_known_own_tags_are_not_offered_again(
    editor: EntryEditor, qtbot, context
) -> None:  # type: ignore[no-untyped-def]
    context.journal.create_entry(
        EntryDraft(day=dt.date(2026, 1, 1), title="x", tags=(TagRef("own", "tillid", "Tillid"),))
    )
    dialog = editor.open_tag_picker()
    qtbot.keyClicks(dialog.filter_edit, "legitim")
    shown = visible_leaves(dialog)
    assert MORAL in shown and CONTROL not in shown
    dialog.filter_edit.setText("tillid")
    assert visible_leaves(dialog) == [TagRef("own", "tillid")]
    assert not dialog.create_button.isEnabled()
    dialog.filter_edit.setText("")
    assert len(visible_leaves(dialog)) > 30
    dialog.reject()


def test_picker_is_keyboard_friendly(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = editor.open_tag_picker()
    qtbot.waitUntil(dialog.filter_edit.hasFocus)
    qtbot.keyClicks(dialog.filter_edit, "Kontrol")
    dialog.filter_edit.setText("control")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.tree.hasFocus()
    current = dialog.tree.currentItem()
    assert current.data(0, TAG_ROLE) == CONTROL
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.chosen_tags() == (CONTROL,)
    # A name nobody has used yet becomes an own tag on Return.
    dialog.filter_edit.setFocus()
    dialog.filter_edit.setText("Borgerdialog")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert TagRef("own", "borgerdialog") in dialog.chosen_tags()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open for more choices
    dialog.reject()


def test_chips_have_family_colours_and_are_removed_by_click_or_delete(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Chips")
    editor._set_tags((CONTROL, MORAL))
    chips = editor.header.chips.chips()
    assert family_colour("dilemma", False).name() in chips[0].styleSheet()
    assert family_colour("legitimacy", False).name() in chips[1].styleSheet()
    assert "Remove tag Control" in chips[0].accessibleName()
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert [c.tag for c in editor.header.chips.chips()] == [MORAL]
    remaining = editor.header.chips.chips()[0]
    remaining.setFocus()
    qtbot.keyClick(remaining, Qt.Key.Key_Delete)
    assert editor.header.chips.chips() == []
    assert editor.save_now()
    assert journal.get_entry(editor.current_entry_id()).tags == ()


def test_chip_labels_follow_the_language(editor: EntryEditor) -> None:
    editor._set_tags((CONTROL, TagRef("own", "tillid", "Tillid")))
    editor.set_language("da")
    assert [c.text().split()[0] for c in editor.header.chips.chips()] == ["Kontrol", "Tillid"]
    editor.set_language("en")
    assert editor.header.chips.chips()[0].text().startswith("Control")


def test_chips_follow_the_decks_order(editor: EntryEditor) -> None:
    own = TagRef("own", "aaa", "Aaa")
    risk = TagRef("dilemma", "risk")
    paradox = TagRef("paradox", "self_leadership")
    editor._set_tags((own, risk, paradox, CONTROL))
    assert [c.tag for c in editor.header.chips.chips()] == [CONTROL, risk, paradox, own]


def test_return_in_the_filter_prefers_a_tag_whose_name_matches(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = editor.open_tag_picker()
    dialog.filter_edit.setText("moral")  # also found in the help of 'legal certainty'
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.tree.currentItem().data(0, TAG_ROLE) == MORAL
    dialog.reject()


def test_adding_tags_keeps_the_picked_item(editor: EntryEditor) -> None:
    risk = TagRef("dilemma", "risk")
    editor.new_entry("dilemma", item=risk)
    editor._set_tags((risk, TagRef("dilemma", "legal_certainty")))  # sorts before 'risk'
    assert editor.guided.current_item() == risk
    editor._set_tags((TagRef("dilemma", "legal_certainty"),))
    assert editor.guided.current_item() == TagRef("dilemma", "legal_certainty")


def test_an_ampersand_in_an_own_tag_shows_as_written(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Qt reads "&" on a button as a mnemonic mark: "økonomi & budget" would show as
    # "økonomi _budget". Doubled, it shows as written and makes no Alt shortcut.
    editor._set_tags((TagRef("own", "okonomi-budget", "økonomi & budget"),))
    chip = editor.header.chips.chips()[0]
    assert QKeySequence.mnemonic(chip.text()).isEmpty()
    assert chip.text().replace("&&", "&") == "økonomi & budget  ✕"
    with qtbot.waitSignal(editor.header.tags_button.clicked):
        qtbot.mouseClick(editor.header.tags_button, Qt.MouseButton.LeftButton)
    dialog = editor.tag_picker
    qtbot.keyClicks(dialog.filter_edit, "drift & anlæg")
    assert QKeySequence.mnemonic(dialog.create_button.text()).isEmpty()
    assert "“drift & anlæg”" in dialog.create_button.text().replace("&&", "&")
    dialog.reject()


def test_the_detail_pane_lays_out_the_deck_s_lists_once(context: JournalContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TagPickerDialog(
        catalog=context.catalog, own_tags=context.own_tags, chosen=(), language="da"
    )
    qtbot.addWidget(dialog)
    dialogs_item = dialog.tree.topLevelItem(0)
    leaf = next(
        dialogs_item.child(n)
        for n in range(dialogs_item.childCount())
        if dialogs_item.child(n).data(0, TAG_ROLE).key == "execution_vs_responsiveness"
    )
    dialog.tree.setCurrentItem(leaf)
    shown = dialog.help_label.text()
    assert dialog.help_label.textFormat() == Qt.TextFormat.RichText
    # Each list is headed by its label and laid out as a list, not run into one line.
    assert "<b>Eksekvering (implementering)</b>" in shown
    assert "<li>Mål og resultatstyring</li>" in shown
    assert "<li>Mobilisering af ressourcer</li>" in shown
    assert "(implementering): -" not in shown
    # The help's run-on version of the same lists is not shown again above them.
    assert shown.count("Mål og resultatstyring") == 1
    assert "EKSEKVERING" not in shown
    assert "Offentlig værdi rummer en spænding" in shown  # the help's own sentence stays
