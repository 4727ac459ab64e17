"""The main window over a real temporary journal: start page, new entries, templates, closing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.catalog.catalog import Catalog
from app.exchange.service import ExchangeService
from app.records import EntryDraft
from models.errors import StorageError
from ui.window.dialogs import UnsavedChoice
from ui.window.main_window import MainWindow
from ui.window.start_page import DILEMMA, FREE, POSTCARD
from ui.window.template_chooser import TemplateChooserDialog

DATA = Path(__file__).resolve().parents[2] / "data"


def _saved_entry_after_typing(window: MainWindow, qtbot, text: str):  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.editor.header.title_edit, text)
    assert window.save_all()
    entry_id = window.editor.current_entry_id()
    assert entry_id is not None
    return window.context.journal.get_entry(entry_id)


def test_title_and_start_page_on_an_empty_journal(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "Refleks"
    assert main_window.right.currentWidget() is main_window.start_page
    assert main_window.start_page.isVisible()
    assert QApplication.focusWidget() is main_window.start_page.buttons[FREE]
    texts = [b.text() for b in main_window.start_page.buttons.values()]
    assert texts == ["Write a free entry", "Write a postcard", "Reflect on a dilemma"]


@pytest.mark.parametrize(
    ("button", "template_key", "prompts"),
    [(FREE, None, 0), (POSTCARD, "postcard", 5), (DILEMMA, "dilemma", None)],
)
def test_start_page_buttons_open_the_right_kind_of_entry(
    main_window: MainWindow, qtbot, catalog: Catalog, button: str, template_key, prompts
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(main_window.start_page.buttons[button], Qt.MouseButton.LeftButton)
    assert main_window.right.currentWidget() is not main_window.start_page
    assert main_window.editor.isVisible()
    assert QApplication.focusWidget() is main_window.editor.header.title_edit
    expected = len(catalog.template(template_key).prompts) if template_key else 0
    assert len(main_window.editor.guided.fields()) == (expected if prompts is None else prompts)
    entry = _saved_entry_after_typing(main_window, qtbot, "Første tanke")
    assert entry.template_key == template_key
    assert main_window.timeline.is_empty() is False


def test_ctrl_n_puts_the_cursor_in_the_title(main_window: MainWindow, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Gammelt"))
    main_window.timeline.reload()
    main_window.timeline.focus_search()
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.editor.header.title_edit
    assert main_window.editor.current_entry_id() is None
    qtbot.keyClicks(QApplication.focusWidget(), "Ny tanke")
    assert main_window.save_all()
    assert journal.count() == 2


def test_template_menu_lists_all_ten_templates(main_window: MainWindow, catalog: Catalog) -> None:
    menu = main_window.template_menu
    keys = [action.data() for action in menu.actions()]
    assert keys == [template.key for template in catalog.templates]
    assert len(keys) == 10
    assert {a.text() for a in menu.actions()} >= {"Postcard", "Public value", "Free entry"}
    postcard = next(a for a in menu.actions() if a.data() == "postcard")
    postcard.trigger()
    assert len(main_window.editor.guided.fields()) == 5


def test_ctrl_shift_n_opens_the_chooser_with_descriptions(
    main_window: MainWindow, qtbot, catalog: Catalog
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    chooser = main_window.findChild(TemplateChooserDialog)
    assert chooser is not None and chooser.isVisible()
    assert chooser.list.count() == 10
    chooser.select("network_strategy")
    template = catalog.template("network_strategy")
    assert chooser._description.text() == template.description.en
    with qtbot.waitSignal(chooser.template_chosen) as blocker:
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert blocker.args == ["network_strategy"]
    assert len(main_window.editor.guided.fields()) == len(template.prompts)
    assert QApplication.focusWidget() is main_window.editor.header.title_edit


def test_menus_hold_every_action_and_shortcuts_are_unique(main_window: MainWindow) -> None:
    in_menus = {
        action.objectName()
        for menu in main_window.menuBar().findChildren(type(main_window.template_menu))
        for action in menu.actions()
    }
    for spec in main_window.actions.specs():
        assert f"action_{spec.key}" in in_menus
    seen: dict[str, str] = {}
    for spec in main_window.actions.specs():
        for sequence in main_window.actions[spec.key].shortcuts():
            text = sequence.toString()
            assert text not in seen, f"{text} used by {seen.get(text)} and {spec.key}"
            seen[text] = spec.key
    assert main_window.actions["new_entry"].shortcut().toString() == "Ctrl+N"
    assert main_window.actions["choose_template"].shortcut().toString() == "Ctrl+Shift+N"
    assert main_window.actions["search"].shortcut().toString() == "Ctrl+F"


def test_ctrl_f_goes_to_the_search_field(main_window: MainWindow, qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is main_window.timeline.filter_bar.search_edit


def test_save_shows_the_time_in_the_status_bar(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    qtbot.keyClicks(main_window.editor.header.title_edit, "Kort")
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert main_window.saved_label.text().startswith("Saved ")
    assert not main_window.editor.has_unsaved_changes()
    time = main_window.saved_label.text().removeprefix("Saved ")
    main_window.languages.apply("da")  # the language fixture puts English back afterwards
    assert main_window.saved_label.text() == f"Gemt {time}"


def _break_saving(monkeypatch, journal) -> None:  # type: ignore[no-untyped-def]
    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("The journal file is read-only. Check the folder's permissions.")

    monkeypatch.setattr(journal, "create_entry", refuse)
    monkeypatch.setattr(journal, "update_entry", refuse)


def test_a_failed_save_shows_the_banner_and_keeps_the_text(
    main_window: MainWindow, qtbot, journal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    _break_saving(monkeypatch, journal)
    qtbot.keyClicks(main_window.editor.header.title_edit, "Må ikke gå tabt")
    assert not main_window.save_all()
    assert main_window.save_banner.isVisible()
    assert "read-only" in main_window.save_banner.text()
    assert main_window.editor.header.title_edit.text() == "Må ikke gå tabt"
    monkeypatch.undo()
    qtbot.mouseClick(main_window.save_banner.retry_button, Qt.MouseButton.LeftButton)
    assert not main_window.save_banner.isVisible()
    assert journal.get_entry(main_window.editor.current_entry_id()).title == "Må ikke gå tabt"


def test_quitting_with_unsaved_text_asks_first(
    main_window: MainWindow, qtbot, journal, monkeypatch, dialogs
) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    _break_saving(monkeypatch, journal)
    qtbot.keyClicks(main_window.editor.header.title_edit, "Halvfærdig")
    dialogs.unsaved_answers = [UnsavedChoice.RETRY, UnsavedChoice.CANCEL]
    assert not main_window.close()
    assert main_window.isVisible()
    assert [kind for kind, _ in dialogs.asked] == ["ask_unsaved", "ask_unsaved"]
    assert "read-only" in dialogs.asked[0][1]
    assert main_window.editor.header.title_edit.text() == "Halvfærdig"
    monkeypatch.undo()
    dialogs.unsaved_answers = [UnsavedChoice.CANCEL]
    assert main_window.close()  # saving works again: no question
    assert len(dialogs.asked) == 2
    assert journal.count() == 1


def test_quitting_may_discard_when_the_user_says_so(
    main_window: MainWindow, qtbot, journal, monkeypatch, dialogs
) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    _break_saving(monkeypatch, journal)
    qtbot.keyClicks(main_window.editor.header.title_edit, "Kladde")
    dialogs.unsaved_answers = [UnsavedChoice.DISCARD]
    assert main_window.close()
    assert [kind for kind, _ in dialogs.asked] == ["ask_unsaved"]


def test_quitting_with_everything_saved_asks_nothing(main_window: MainWindow, dialogs) -> None:
    main_window.actions["quit"].trigger()
    assert not main_window.isVisible()
    assert dialogs.asked == []


def test_hooks_for_other_dialogs_are_called_with_the_window(
    main_window: MainWindow, monkeypatch
) -> None:
    import sys
    import types

    called: list[MainWindow] = []
    module = types.ModuleType("refleks_test_hook")
    module.show = called.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "refleks_test_hook", module)
    main_window._run_hook("refleks_test_hook:show")
    assert called == [main_window]


def test_f6_moves_the_focus_between_timeline_and_entry(
    main_window: MainWindow, qtbot, journal
) -> None:  # type: ignore[no-untyped-def]
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 2), title="Et indlæg"))
    main_window.timeline.reload()
    main_window.new_entry()
    qtbot.keyClick(main_window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is main_window.timeline.view
    qtbot.keyClick(main_window, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is main_window.editor.header.title_edit


def test_an_import_leaves_the_start_page_and_fills_the_timeline(main_window: MainWindow) -> None:
    """The import dialog only calls the service; the panes hear of it from the journal."""
    assert main_window.right.currentWidget() is main_window.start_page
    exchange = ExchangeService(
        journal=main_window.context.journal, catalog=main_window.context.catalog
    )
    result = exchange.import_file(DATA / "jrnl_export.json")
    assert result.added > 0
    assert main_window.timeline.model.rowCount() > 0
    assert main_window.right.currentWidget() is not main_window.start_page
    assert main_window.editor.isVisible()


def test_no_shortcut_is_one_a_text_field_keeps_for_itself(qapp) -> None:  # type: ignore[no-untyped-def]
    """Text fields take their editing keys first (e.g. Ctrl+E = end of line on Linux), so an
    action bound to one would silently do nothing while the user is writing."""
    from PySide6.QtGui import QKeySequence

    from ui.window.actions import SPECS

    Key = QKeySequence.StandardKey
    editing = (
        Key.MoveToEndOfLine, Key.MoveToStartOfLine, Key.MoveToNextChar, Key.MoveToPreviousChar,
        Key.MoveToNextLine, Key.MoveToPreviousLine, Key.MoveToNextWord, Key.MoveToPreviousWord,
        Key.DeleteEndOfLine, Key.DeleteStartOfWord, Key.DeleteEndOfWord, Key.Backspace,
        Key.Delete, Key.SelectEndOfLine, Key.SelectStartOfLine,
    )  # fmt: skip
    taken = {binding.toString() for key in editing for binding in QKeySequence.keyBindings(key)}
    # Offscreen has the generic key table; Qt's X11/KDE/GNOME tables add these.
    taken |= {"Ctrl+E", "Ctrl+K", "Ctrl+Backspace", "Ctrl+Del", "Ctrl+Left", "Ctrl+Right"}
    for spec in SPECS:
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, str):
                assert QKeySequence(shortcut).toString() not in taken, (spec.key, shortcut)
