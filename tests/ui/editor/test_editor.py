"""The entry editor on a real journal: writing, autosave, guided templates and languages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.errors import UnknownTemplateError
from app.journal.context import JournalContext
from app.records import Answer, EntryDraft, TagRef
from models.schema import CourseRow, ModuleRow
from ui.editor.autosave import AUTOSAVE_DELAY_MS
from ui.editor.editor_state import RetryPolicy
from ui.editor.entry_editor import EntryEditor

POSTCARD_KEYS = [
    "caught_my_interest",
    "new_angles",
    "coping_strategies",
    "taking_responsibility",
    "legitimising_power",
]


@pytest.fixture
def editor(qtbot, context: JournalContext) -> EntryEditor:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=30,
        retry_policy=RetryPolicy((30,)),
    )
    qtbot.addWidget(widget)
    widget.set_language("en")
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_autosave_is_about_a_second_after_typing_stops(context: JournalContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = EntryEditor(
        journal=context.journal, catalog=context.catalog, own_tags=context.own_tags
    )
    qtbot.addWidget(widget)
    assert AUTOSAVE_DELAY_MS == 1000
    assert widget._timers.pause.interval() == 1000
    assert widget._timers.pause.isSingleShot()


def test_typing_title_and_body_autosaves(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([editor.entry_created, editor.entry_saved], timeout=3000):
        qtbot.keyClicks(editor.header.title_edit, "Budgetmøde")
        qtbot.keyClicks(editor.body_edit, "Vi talte om *ansvar*.")
    entry_id = editor.current_entry_id()
    assert entry_id is not None
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=3000)
    entry = journal.get_entry(entry_id)
    assert entry.title == "Budgetmøde"
    assert entry.body == "Vi talte om *ansvar*."
    assert entry.day == dt.date.today()
    assert entry.template_key is None
    assert journal.count() == 1


def test_saved_text_comes_only_after_the_commit(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def on_saved(entry_id: int) -> None:
        # The journal already has the text when the signal arrives.
        seen.append(journal.get_entry(entry_id).title)

    editor.entry_saved.connect(on_saved)
    editor.header.title_edit.setText("Tillid")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.save_succeeded) as blocker:
        assert editor.save_now()
    assert blocker.args[0].startswith("Saved ")
    assert seen == ["Tillid"]
    assert not editor.has_unsaved_changes()
    assert editor.header.status_label.text() == ""  # the window's status bar says "Saved"


def test_untouched_new_entry_is_never_saved(editor: EntryEditor, journal) -> None:  # type: ignore[no-untyped-def]
    assert not editor.has_unsaved_changes()
    assert editor.save_now()
    assert editor.new_entry("postcard")
    assert editor.new_entry("dilemma", item=TagRef("dilemma", "control"))
    editor.close()
    assert journal.count() == 0
    assert editor.current_entry_id() is None


def test_new_entry_focuses_title_and_tab_moves_to_body(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry()
    qtbot.waitUntil(lambda: editor.header.title_edit.hasFocus())
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.body_edit


def test_tab_in_a_template_walks_the_prompts(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("postcard")
    qtbot.waitUntil(lambda: editor.header.title_edit.hasFocus())
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_Tab)
    fields = editor.guided.fields()
    assert QApplication.focusWidget() is fields[0].edit
    qtbot.keyClick(fields[0].edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields[1].edit


def test_switching_entries_saves_first(editor: EntryEditor, journal) -> None:  # type: ignore[no-untyped-def]
    other = journal.create_entry(EntryDraft(day=dt.date(2026, 1, 5), title="Gammel"))
    editor.header.title_edit.setText("Ny tanke")
    assert editor.open_entry(other.id)
    assert editor.header.title_edit.text() == "Gammel"
    titles = {e.title for e in journal.all_matching()}
    assert titles == {"Gammel", "Ny tanke"}


def test_losing_focus_saves(context: JournalContext, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    editor = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=60_000,  # only the focus change may save
    )
    elsewhere = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(elsewhere)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    editor.focus_title()
    qtbot.waitUntil(lambda: editor.header.title_edit.hasFocus())
    qtbot.keyClicks(editor.header.title_edit, "Fokus")
    with qtbot.waitSignal(editor.entry_saved, timeout=2000):
        elsewhere.setFocus()
    assert [e.title for e in journal.all_matching()] == ["Fokus"]


def test_closing_saves(editor: EntryEditor, journal) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setText("Lukket")
    editor.close()
    assert [e.title for e in journal.all_matching()] == ["Lukket"]


def test_day_can_be_changed(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    assert editor.header.day_edit.calendarPopup()
    editor.header.title_edit.setText("Dag")
    editor.header.day_edit.setDate(QDate(2025, 3, 14))
    assert editor.save_now()
    assert journal.get_entry(editor.current_entry_id()).day == dt.date(2025, 3, 14)


def test_postcard_field_by_field(editor: EntryEditor, qtbot, journal, catalog) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("postcard")
    template = catalog.template("postcard")
    assert editor.guided.instruction.text().startswith("Write short keywords")
    fields = editor.guided.fields()
    assert [f.key for f in fields] == POSTCARD_KEYS
    for field, prompt in zip(fields, template.prompts, strict=True):
        assert field.question.text() == prompt.text.en
        assert field.help.text() == prompt.help.en
        assert field.edit.toolTip() == prompt.help.en
    qtbot.keyClicks(editor.header.title_edit, "Modul 2")
    with qtbot.waitSignal(editor.entry_saved, timeout=3000) as blocker:
        for n, field in enumerate(fields):
            qtbot.keyClicks(field.edit, f"svar {n}")
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=3000)
    entry = journal.get_entry(blocker.args[0])
    assert entry.template_key == "postcard"
    assert entry.template_version == template.version
    assert entry.answers == tuple(Answer(k, f"svar {n}", n) for n, k in enumerate(POSTCARD_KEYS))

    editor.new_entry()
    assert editor.guided.fields() == []
    editor.open_entry(entry.id)
    assert [(f.key, f.text()) for f in editor.guided.fields()] == [
        (k, f"svar {n}") for n, k in enumerate(POSTCARD_KEYS)
    ]
    assert not editor.has_unsaved_changes()


def test_postcard_linked_to_a_module(editor: EntryEditor, context: JournalContext) -> None:
    # Courses have their own service; a bare row is enough to carry the id through here.
    with context.database.session() as session:
        course = CourseRow(name="Netværksledelse", created_at=dt.datetime(2026, 1, 1))
        course.modules = [ModuleRow(name="Modul 1", day=dt.date(2026, 2, 1), position=0)]
        session.add(course)
        session.flush()
        module_id = course.modules[0].id
    editor.new_entry("postcard", module_id=module_id)
    editor.guided.fields()[0].set_text("x")
    assert editor.save_now()
    entry_id = editor.current_entry_id()
    assert context.journal.get_entry(entry_id).module_id == module_id
    editor.new_entry()
    editor.open_entry(entry_id)
    editor.guided.fields()[0].set_text("y")
    assert editor.save_now()
    assert context.journal.get_entry(entry_id).module_id == module_id


def test_dilemma_with_an_item_shows_its_question_and_tags_it(
    editor: EntryEditor, journal, catalog
) -> None:  # type: ignore[no-untyped-def]
    leadership = TagRef("dilemma", "leadership")
    editor.new_entry("dilemma", item=leadership)
    item = catalog.item("dilemma", "leadership")
    assert editor.guided.item_question.text() == item.question.en
    assert editor.guided.item_combo.currentData() == "leadership"
    assert [chip.tag for chip in editor.header.chips.chips()] == [leadership]
    editor.guided.fields()[0].set_text("Skolelederne ville selv fordele pengene.")
    assert editor.save_now()
    entry = journal.get_entry(editor.current_entry_id())
    assert entry.tags == (leadership,)
    assert entry.answers[0] == Answer("situation", "Skolelederne ville selv fordele pengene.", 0)

    # Picking another dilemma replaces the tag; the question follows.
    combo = editor.guided.item_combo
    combo.setCurrentIndex(combo.findData("risk"))
    assert editor.guided.item_question.text() == catalog.item("dilemma", "risk").question.en
    assert editor.save_now()
    assert journal.get_entry(entry.id).tags == (TagRef("dilemma", "risk"),)

    editor.new_entry()
    editor.open_entry(entry.id)
    assert editor.guided.item_combo.currentData() == "risk"


def test_paradox_item_without_a_question_shows_the_decks_words(
    editor: EntryEditor, catalog
) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("paradox", item=TagRef("paradox", "self_leadership"))
    item = catalog.item("paradox", "self_leadership")
    assert item.question is None
    assert editor.guided.item_question.text() == item.text.en


def test_removing_the_item_chip_clears_the_picker(editor: EntryEditor) -> None:
    editor.new_entry("dilemma", item=TagRef("dilemma", "ethics"))
    editor.header.chips.chips()[0].click()
    assert editor.header.chips.chips() == []
    assert editor.guided.item_combo.currentIndex() == 0
    assert editor.guided.current_item() is None


def test_answers_of_a_vanished_template_are_still_shown(editor: EntryEditor, journal) -> None:  # type: ignore[no-untyped-def]
    stored = journal.create_entry(
        EntryDraft(
            day=dt.date(2024, 5, 1),
            title="Fra en gammel skabelon",
            template_key="weekly_from_a_deleted_file",
            template_version=3,
            answers=(Answer("highlight", "Godt møde", 0), Answer("worry", "Tid", 1)),
        )
    )
    editor.open_entry(stored.id)
    fields = editor.guided.fields()
    assert [(f.question.text(), f.text()) for f in fields] == [
        ("highlight", "Godt møde"),
        ("worry", "Tid"),
    ]
    assert editor.guided.isVisibleTo(editor)
    fields[1].set_text("Tid og ro")
    assert editor.save_now()
    saved = journal.get_entry(stored.id)
    assert saved.answers == (Answer("highlight", "Godt møde", 0), Answer("worry", "Tid og ro", 1))
    assert (saved.template_key, saved.template_version) == ("weekly_from_a_deleted_file", 3)


def test_an_answer_to_a_dropped_prompt_is_kept_after_the_template_prompts(
    editor: EntryEditor, journal
) -> None:  # type: ignore[no-untyped-def]
    stored = journal.create_entry(
        EntryDraft(
            day=dt.date(2024, 5, 1),
            template_key="postcard",
            template_version=1,
            answers=(Answer("old_question", "Gammelt svar", 0), Answer("new_angles", "Ny", 1)),
        )
    )
    editor.open_entry(stored.id)
    keys = [f.key for f in editor.guided.fields()]
    assert keys == [*POSTCARD_KEYS, "old_question"]
    assert editor.guided.fields()[-1].text() == "Gammelt svar"


def test_unknown_template_is_refused(editor: EntryEditor) -> None:
    with pytest.raises(UnknownTemplateError):
        editor.new_entry("no_such_template")


def test_private_and_coaching_toggles_persist(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    assert header.private_button.isCheckable() and header.coaching_button.isCheckable()
    assert not header.private_button.icon().isNull()
    header.title_edit.setText("Fortroligt")
    qtbot.mouseClick(header.private_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(header.coaching_button, Qt.MouseButton.LeftButton)
    assert editor.save_now()
    entry = journal.get_entry(editor.current_entry_id())
    assert (entry.private, entry.coaching) == (True, True)
    editor.new_entry()
    assert not header.private_button.isChecked()
    editor.open_entry(entry.id)
    assert header.private_button.isChecked() and header.coaching_button.isChecked()
    header.private_button.setChecked(False)
    assert editor.save_now()
    assert journal.get_entry(entry.id).private is False


def test_language_switch_relabels_without_losing_text(editor: EntryEditor, catalog) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("dilemma", item=TagRef("dilemma", "control"))
    editor.header.title_edit.setText("Titel")
    editor.guided.fields()[0].set_text("min tekst")
    editor.body_edit.set_text("noter")
    template = catalog.template("dilemma")
    editor.set_language("da")
    field = editor.guided.fields()[0]
    assert field.question.text() == template.prompts[0].text.da
    assert editor.guided.item_question.text() == catalog.item("dilemma", "control").question.da
    assert editor.header.chips.chips()[0].text().startswith("Kontrol")
    assert (field.text(), editor.header.title_edit.text(), editor.body_edit.text()) == (
        "min tekst",
        "Titel",
        "noter",
    )
    editor.set_language("en")
    assert editor.guided.fields()[0].question.text() == template.prompts[0].text.en
    assert editor.guided.fields()[0].text() == "min tekst"


def test_trash_saves_then_asks(editor: EntryEditor, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    assert not editor.header.trash_button.isEnabled()  # nothing to trash yet
    editor.header.title_edit.setText("Væk")
    assert editor.header.trash_button.isEnabled()
    with qtbot.waitSignal(editor.trash_requested) as blocker:
        qtbot.mouseClick(editor.header.trash_button, Qt.MouseButton.LeftButton)
    assert journal.get_entry(blocker.args[0]).title == "Væk"


def test_every_control_has_an_accessible_name(editor: EntryEditor) -> None:
    editor.new_entry("legitimacy", item=TagRef("legitimacy", "moral"))
    header = editor.header
    controls = [
        header.day_edit,
        header.title_edit,
        header.private_button,
        header.coaching_button,
        header.preview_button,
        header.trash_button,
        header.tags_button,
        editor.body_edit,
        editor.guided.item_combo,
        *[f.edit for f in editor.guided.fields()],
        *header.chips.chips(),
    ]
    assert all(control.accessibleName() for control in controls)
    assert all(control.focusPolicy() & Qt.FocusPolicy.TabFocus for control in controls)


def test_alt_shortcuts_reach_the_toggles_and_tags(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.header.title_edit.setFocus()
    qtbot.waitUntil(editor.header.title_edit.hasFocus)
    # A mnemonic "animates" the click, so the button flips a moment later.
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.header.private_button.isChecked)
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.header.coaching_button.isChecked)
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.tag_picker is not None)
    editor.tag_picker.reject()


def test_an_entry_deleted_for_good_while_open_is_saved_anew(
    editor: EntryEditor, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    stored = journal.create_entry(EntryDraft(day=dt.date(2026, 2, 2), title="Åben"))
    editor.open_entry(stored.id)
    journal.trash_entry(stored.id)
    journal.purge_entry(stored.id)
    editor.body_edit.set_text("Stadig her")
    with qtbot.waitSignal(editor.entry_created) as created:
        assert editor.save_now()
    entry = journal.get_entry(created.args[0])
    assert entry.uuid != stored.uuid
    assert (entry.title, entry.body, entry.day) == ("Åben", "Stadig her", dt.date(2026, 2, 2))


def test_day_is_written_the_danish_way_in_danish(editor: EntryEditor) -> None:
    editor.header.day_edit.setDate(QDate(2026, 10, 7))
    editor.set_language("da")
    assert editor.header.day_edit.text() == "7. oktober 2026"
    editor.set_language("en")
    assert editor.header.day_edit.text() == "7 October 2026"
