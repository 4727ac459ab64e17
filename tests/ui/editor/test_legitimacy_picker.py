"""The legitimacy picker in the guided section: ticks are the entry's legitimacy tags."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.catalog.catalog import Catalog
from app.journal.context import JournalContext
from app.records import Answer, EntryDraft, TagRef
from ui.editor.entry_editor import EntryEditor
from ui.editor.family_picker import FamilyPicker

CONTROL = TagRef("dilemma", "control")
PRAGMATIC = TagRef("legitimacy", "pragmatic")
MORAL = TagRef("legitimacy", "moral")
COGNITIVE = TagRef("legitimacy", "cognitive")
LEGAL = TagRef("legitimacy", "legal")
FORMS = ("pragmatic", "moral", "cognitive", "legal")


def make_editor(qtbot, context: JournalContext, catalog: Catalog | None = None) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal,
        catalog=catalog or context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=60_000,
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def editor(qtbot, context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    return make_editor(qtbot, context)


def picker_of(editor: EntryEditor, prompt_key: str = "legitimacy") -> FamilyPicker:
    picker = editor.guided.pickers()[prompt_key]
    # New fields in a shown window appear once the event loop runs.
    QApplication.processEvents()
    assert picker.isVisible()
    return picker


def tick(qtbot, picker: FamilyPicker, key: str) -> None:  # type: ignore[no-untyped-def]
    box = picker.boxes[key]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # the keyboard, as a user without a mouse would


def ticked_keys(picker: FamilyPicker) -> set[str]:
    return {key for key, box in picker.boxes.items() if box.isChecked()}


def legitimacy_tags(tags: tuple[TagRef, ...]) -> set[TagRef]:
    return {tag for tag in tags if tag.family == "legitimacy"}


def start_dilemma(editor: EntryEditor) -> None:
    editor.new_entry("dilemma", item=CONTROL)
    editor.header.title_edit.setText("Styregruppen")


def test_the_legitimacy_prompts_of_the_deck_get_the_four_forms(editor: EntryEditor) -> None:
    for template, prompt in (
        ("dilemma", "legitimacy"),
        ("paradox", "legitimacy"),
        ("postcard", "legitimising_power"),
    ):
        editor.new_entry(template)
        pickers = editor.guided.pickers()
        assert list(pickers) == [prompt], template
        assert tuple(picker_of(editor, prompt).boxes) == FORMS
    # The legitimacy template already picks its form at the top: no second picker.
    editor.new_entry("legitimacy")
    assert editor.guided.pickers() == {}


def test_ticking_tags_the_entry_and_unticking_untags_it(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    start_dilemma(editor)
    picker = picker_of(editor)
    tick(qtbot, picker, "moral")
    assert MORAL in [chip.tag for chip in editor.header.chips.chips()]
    assert editor.has_unsaved_changes()
    assert editor.save_now()
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    assert set(journal.get_entry(entry_id).tags) == {CONTROL, MORAL}

    tick(qtbot, picker, "moral")
    assert not picker.boxes["moral"].isChecked()
    assert MORAL not in [chip.tag for chip in editor.header.chips.chips()]
    assert editor.save_now()
    assert set(journal.get_entry(entry_id).tags) == {CONTROL}


def test_several_forms_are_saved_and_read_back_ticked(
    editor: EntryEditor, qtbot, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    start_dilemma(editor)
    picker = picker_of(editor)
    for key in ("pragmatic", "legal", "cognitive"):
        tick(qtbot, picker, key)
    field = next(f for f in editor.guided.fields() if f.key == "legitimacy")
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "Jeg henviste til reglerne")
    assert editor.save_now()
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    entry = context.journal.get_entry(entry_id)
    assert legitimacy_tags(entry.tags) == {PRAGMATIC, LEGAL, COGNITIVE}
    assert Answer("legitimacy", "Jeg henviste til reglerne") in [
        Answer(a.prompt_key, a.text) for a in entry.answers
    ]

    other = make_editor(qtbot, context)  # a fresh editor reads only what was stored
    assert other.open_entry(entry_id)
    assert ticked_keys(picker_of(other)) == {"pragmatic", "legal", "cognitive"}
    assert not other.has_unsaved_changes()  # opening an entry is not a change


def test_the_decks_help_is_shown_beside_each_form_in_both_languages(
    editor: EntryEditor, catalog: Catalog
) -> None:
    start_dilemma(editor)
    picker = picker_of(editor)
    family = catalog.family("legitimacy")
    assert family is not None
    for language in ("da", "en"):
        editor.set_language(language)
        for item in family.items:
            assert picker.boxes[item.key].text() == item.label.get(language)
            label = picker.help_labels[item.key]
            assert label.isVisible() and label.text() == item.help.get(language)
            # The deck's table (focus, purpose, …) is one hover away.
            focus = item.detail("focus")
            assert focus is not None
            assert focus.value.get(language) in picker.boxes[item.key].toolTip()
    assert picker.boxes["pragmatic"].text() == "Pragmatic"
    editor.set_language("da")
    assert picker.boxes["pragmatic"].text() == "Pragmatisk"


def test_tags_set_in_the_tag_picker_or_removed_as_chips_show_as_ticks(
    editor: EntryEditor, qtbot
) -> None:  # type: ignore[no-untyped-def]
    start_dilemma(editor)
    picker = picker_of(editor)
    dialog = editor.open_tag_picker()
    dialog.set_checked(COGNITIVE)
    dialog.set_checked(LEGAL)
    dialog.accept()
    assert ticked_keys(picker) == {"cognitive", "legal"}

    chip = next(chip for chip in editor.header.chips.chips() if chip.tag == LEGAL)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert ticked_keys(picker) == {"cognitive"}

    # A tick shows in the tag picker the next time it opens: one truth, the tags.
    tick(qtbot, picker, "moral")
    dialog = editor.open_tag_picker()
    assert legitimacy_tags(dialog.chosen_tags()) == {COGNITIVE, MORAL}
    dialog.reject()


def test_an_old_entry_keeps_its_free_text_and_gains_ticks(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    old = journal.create_entry(
        EntryDraft(
            day=dt.date(2025, 11, 3),
            title="Før afkrydsningen",
            tags=(CONTROL,),
            template_key="dilemma",
            template_version=1,
            answers=(Answer("legitimacy", "Moralsk – jeg talte om vores værdier", 0),),
        )
    )
    assert editor.open_entry(old.id)
    field = next(f for f in editor.guided.fields() if f.key == "legitimacy")
    assert field.text() == "Moralsk – jeg talte om vores værdier"
    picker = picker_of(editor)
    assert ticked_keys(picker) == set()  # free text is not guessed into tags
    tick(qtbot, picker, "moral")
    assert editor.save_now()
    entry = journal.get_entry(old.id)
    assert set(entry.tags) == {CONTROL, MORAL}
    assert [(a.prompt_key, a.text) for a in entry.answers] == [
        ("legitimacy", "Moralsk – jeg talte om vores værdier")
    ]


def test_the_picker_comes_from_the_template_data_not_the_prompt_key(
    qtbot, context: JournalContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "roles.toml").write_text(
        'key = "weekly_roles"\nversion = 1\n'
        'title_da = "Ugens roller"\ntitle_en = "Roles of the week"\n'
        'description_da = "Roller."\ndescription_en = "Roles."\n'
        '[[prompts]]\nkey = "which"\nda = "Hvilke roller?"\nen = "Which roles?"\n'
        'picker = "role"\n',
        encoding="utf-8",
    )
    catalog = Catalog.load(user_template_dir=folder)
    assert catalog.problems == ()
    editor = make_editor(qtbot, context, catalog)
    editor.new_entry("weekly_roles")
    picker = picker_of(editor, "which")
    assert picker.family.key == "role"
    tick(qtbot, picker, "network_smith")
    assert editor.save_now()
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    assert context.journal.get_entry(entry_id).tags == (TagRef("role", "network_smith"),)


def test_tab_reaches_the_ticks_before_the_answer(editor: EntryEditor) -> None:
    start_dilemma(editor)
    picker = picker_of(editor)
    field = next(f for f in editor.guided.fields() if f.key == "legitimacy")
    order = editor.guided.focus_widgets()
    boxes = [picker.boxes[key] for key in FORMS]
    start = order.index(boxes[0])
    assert order[start : start + 5] == [*boxes, field.edit]
