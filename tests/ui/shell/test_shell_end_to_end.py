"""A leader's first evening with Refleks, through the real window over a real journal file.

Write a postcard field by field, tag it, let autosave commit, find it in the timeline by
family and by a Danish word, trash it and undo, then close everything and open the same
file in a new window: everything is where it was left.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.journal.context import open_journal
from app.records import TagRef, TimelineFilter
from ui.preferences.settings import Settings
from ui.timeline.model import RowKind, TimelineRole
from ui.window.main_window import MainWindow
from ui.window.start_page import POSTCARD

ANSWERS = [
    "At borgerne selv foreslog løsningen på mødet.",
    "Netværket kan mere end forvaltningen alene.",
    "Jeg lyttede og holdt pausen ud.",
    "Jeg tog ansvar for at samle trådene bagefter.",
    "Min magtudøvelse var at sætte rammen, ikke svaret.",
]
CONTROL = TagRef("dilemma", "control")
PRAGMATIC = TagRef("legitimacy", "pragmatic")


def _titles_in_timeline(window: MainWindow) -> list[str]:
    model = window.timeline.model
    titles = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(TimelineRole.KIND) == RowKind.ENTRY:
            titles.append(index.data(TimelineRole.SUMMARY).title)
    return titles


def test_a_postcard_from_first_keystroke_to_reopening(
    make_window, settings, settings_file, data_paths, catalog, journal, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(settings)
    editor = window.editor
    assert window.right.currentWidget() is window.start_page

    # Start a postcard from the start page and write it, field by field, from the keyboard.
    qtbot.mouseClick(window.start_page.buttons[POSTCARD], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is editor.header.title_edit
    qtbot.keyClicks(editor.header.title_edit, "Borgermødet i Nørreby")
    fields = editor.guided.fields()
    assert [f.key for f in fields] == [p.key for p in catalog.template("postcard").prompts]
    for field, answer in zip(fields, ANSWERS, strict=True):
        qtbot.keyClicks(field.edit, answer)

    # Tag it with a dilemma and a form of legitimacy through the tag picker.
    picker = editor.open_tag_picker()
    picker.set_checked(CONTROL)
    picker.set_checked(PRAGMATIC)
    ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(editor.entry_saved, timeout=5000) as saved:  # autosave, no Ctrl+S
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=5000)
    entry_id = saved.args[0]
    assert window.saved_label.text().startswith("Saved ")

    stored = journal.get_entry(entry_id)
    assert stored.template_key == "postcard"
    assert [a.text for a in stored.answers] == ANSWERS
    assert set(stored.tags) == {CONTROL, PRAGMATIC}

    # The offscreen platform has no window manager to hand activation back after a dialog.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # A second, untagged entry so that filters have something to leave out.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.header.title_edit
    qtbot.keyClicks(editor.header.title_edit, "Indkøb af kaffe")
    assert window.save_all()
    assert _titles_in_timeline(window) == ["Indkøb af kaffe", "Borgermødet i Nørreby"]

    # Filter by family with the filter bar's button.
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    family_button = window.timeline.filter_bar._family_buttons["legitimacy"]
    qtbot.mouseClick(family_button, Qt.MouseButton.LeftButton)
    assert window.timeline.current_filter().families == ("legitimacy",)
    assert _titles_in_timeline(window) == ["Borgermødet i Nørreby"]
    qtbot.mouseClick(family_button, Qt.MouseButton.LeftButton)
    assert _titles_in_timeline(window) == ["Indkøb af kaffe", "Borgermødet i Nørreby"]

    # Search a Danish word from the answers (Ctrl+F, type, Enter).
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = QApplication.focusWidget()
    assert search is window.timeline.filter_bar.search_edit
    qtbot.keyClicks(search, "magtudøvelse")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.current_filter().text == "magtudøvelse")
    assert _titles_in_timeline(window) == ["Borgermødet i Nørreby"]
    assert window.timeline.filter_bar.count_label.text() == "1 entry"

    # Open it from the timeline, trash it, undo.
    window.open_entry(entry_id)
    assert editor.header.title_edit.text() == "Borgermødet i Nørreby"
    window.actions["trash_entry"].trigger()
    assert _titles_in_timeline(window) == []
    assert journal.count(TimelineFilter(trashed=True)) == 1
    qtbot.mouseClick(window.trash_notice.undo_button, Qt.MouseButton.LeftButton)
    assert _titles_in_timeline(window) == ["Borgermødet i Nørreby"]
    assert editor.current_entry_id() == entry_id

    # Close the window and the journal; open the same file in a new window.
    assert window.close()
    window.context.close()
    context = open_journal(data_paths, catalog=catalog)
    try:
        again = MainWindow(
            context=context,
            settings=Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
            languages=window.languages,
            dialogs=window.dialogs,
        )
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.timeline.current_filter().text == "magtudøvelse"
        assert _titles_in_timeline(again) == ["Borgermødet i Nørreby"]
        assert again.editor.current_entry_id() == entry_id
        assert again.editor.header.title_edit.text() == "Borgermødet i Nørreby"
        assert [f.text() for f in again.editor.guided.fields()] == ANSWERS
        chips = [chip.text() for chip in again.editor.header.chips.chips()]
        assert len(chips) == 2
        assert again.timeline.select_entry(entry_id)
        again.close()
    finally:
        context.close()
