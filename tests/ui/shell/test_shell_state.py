"""The window remembers where the user was, switches language live, and handles the trash."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.records import EntryDraft, TagRef, TimelineFilter
from ui.preferences import settings as keys
from ui.preferences.dialog import GeneralPage, PreferencesDialog
from ui.preferences.settings import Settings
from ui.window.dialog_actions import show_preferences, show_tag_manager, show_trash
from ui.window.main_window import MainWindow
from ui.window.start_page import FREE
from ui.window.tag_manager_dialog import TagManagerDialog
from ui.window.trash_dialog import TrashDialog


def _reopen(make_window, settings_file) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))


def _entry(journal, title: str, day: dt.date = dt.date(2026, 3, 2), **kw) -> int:  # type: ignore[no-untyped-def]
    return journal.create_entry(EntryDraft(day=day, title=title, **kw)).id


def test_geometry_splitter_filter_and_open_entry_persist(
    make_window, settings, settings_file, journal, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = _entry(journal, "Mødet med forvaltningen", body="Om ansvar")
    _entry(journal, "Et andet indlæg")
    window = make_window(settings)
    window.resize(window.minimumSizeHint())  # the offscreen screen is only 800×600
    window.splitter.setSizes([250, 800])
    size = window.size()
    sizes = window.splitter.sizes()
    where = TimelineFilter(families=("dilemma",), text="ansvar")
    window.timeline.set_filter(where)
    window.open_entry(first)
    assert window.close()

    again = _reopen(make_window, settings_file)
    assert again.size() == size
    assert again.splitter.sizes() == sizes
    assert again.timeline.current_filter() == where
    assert again.editor.current_entry_id() == first
    assert again.editor.header.title_edit.text() == "Mødet med forvaltningen"


def test_switching_to_danish_keeps_typed_text(main_window: MainWindow, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons["postcard"].click()
    qtbot.keyClicks(main_window.editor.header.title_edit, "Halvt skrevet")
    field = main_window.editor.guided.fields()[0]
    field.set_text("Det der fangede mig")
    assert main_window.menuBar().actions()[0].text() == "&File"

    dialog = show_preferences(main_window)
    page = dialog.page(GeneralPage)
    combo = page.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("da"))
    with qtbot.waitSignal(main_window.languages.language_changed):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    assert settings.get(keys.LANGUAGE) == "da"
    assert main_window.menuBar().actions()[0].text() == "&Filer"
    assert main_window.actions["new_entry"].text() == "&Nyt indlæg"
    assert main_window.template_menu.actions()[1].text() == "Postkort"
    assert main_window.editor.header.title_edit.text() == "Halvt skrevet"
    assert main_window.editor.guided.fields()[0].text() == "Det der fangede mig"
    postcard = main_window.context.catalog.template("postcard")
    assert main_window.editor.guided.fields()[0].question.text() == postcard.prompts[0].text.da
    # the panels hear of the change through Qt's posted LanguageChange events
    qtbot.waitUntil(lambda: main_window.start_page.buttons[FREE].text() == "Skriv fri tekst")

    # and back, live as well
    main_window.languages.apply("en")
    assert main_window.menuBar().actions()[0].text() == "&File"
    assert main_window.editor.header.title_edit.text() == "Halvt skrevet"


def test_language_persists_for_the_next_window(
    make_window, settings, settings_file, languages
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(settings)
    dialog = show_preferences(window)
    combo = dialog.page(GeneralPage).findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("da"))
    dialog.accept()
    window.close()
    languages.apply("en")
    stored = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    assert stored.get(keys.LANGUAGE) == "da"
    reopened_dialog = PreferencesDialog(settings=stored)
    reopened_combo = reopened_dialog.page(GeneralPage).findChild(QComboBox, "languageCombo")
    assert reopened_combo.currentData() == "da"
    reopened_dialog.deleteLater()


def test_trash_and_undo_from_the_status_bar(main_window: MainWindow, journal, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.start_page.buttons[FREE].click()
    qtbot.keyClicks(main_window.editor.header.title_edit, "Svær samtale")
    assert main_window.save_all()
    entry_id = main_window.editor.current_entry_id()
    assert main_window.timeline.select_entry(entry_id)

    main_window.actions["trash_entry"].trigger()
    assert journal.get_entry(entry_id).trashed_at is not None
    assert main_window.timeline.select_entry(entry_id) is False
    assert main_window.trash_notice.undo_button.isVisible()
    assert "Svær samtale" in main_window.trash_notice.text()
    assert main_window.right.currentWidget() is main_window.start_page  # journal empty again

    qtbot.mouseClick(main_window.trash_notice.undo_button, Qt.MouseButton.LeftButton)
    assert journal.get_entry(entry_id).trashed_at is None
    assert main_window.editor.current_entry_id() == entry_id
    assert main_window.editor.header.title_edit.text() == "Svær samtale"
    assert main_window.timeline.select_entry(entry_id)
    assert not main_window.trash_notice.undo_button.isVisible()


def test_trash_button_in_the_editor_goes_through_the_window(
    main_window: MainWindow, journal, qtbot
) -> None:  # type: ignore[no-untyped-def]
    keep = _entry(journal, "Bliver")
    gone = _entry(journal, "Skal væk")
    main_window.timeline.reload()
    main_window.open_entry(gone)
    qtbot.mouseClick(main_window.editor.header.trash_button, Qt.MouseButton.LeftButton)
    assert journal.get_entry(gone).trashed_at is not None
    assert main_window.editor.current_entry_id() != gone
    assert main_window.right.currentWidget() is not main_window.start_page
    assert journal.get_entry(keep).trashed_at is None


def test_trash_dialog_restores_and_empties(
    main_window: MainWindow, journal, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    back = _entry(journal, "Kommer tilbage")
    gone = _entry(journal, "Forsvinder")
    _entry(journal, "Bliver i tidslinjen")
    journal.trash_entry(back)
    journal.trash_entry(gone)
    main_window.timeline.reload()

    dialog = show_trash(main_window)
    assert isinstance(dialog, TrashDialog)
    assert dialog.list.count() == 2
    row = next(i for i in range(dialog.list.count()) if "Kommer" in dialog.list.item(i).text())
    dialog.list.setCurrentRow(row)
    with qtbot.waitSignal(dialog.entry_restored) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [back]
    assert journal.get_entry(back).trashed_at is None
    assert main_window.timeline.select_entry(back)
    assert dialog.list.count() == 1

    dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert journal.count(TimelineFilter(trashed=True)) == 1  # said no: nothing deleted
    dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert journal.count(TimelineFilter(trashed=True)) == 0
    assert dialog.list.count() == 0
    assert not dialog.empty_button.isEnabled()
    assert [kind for kind, _ in dialogs.asked] == ["confirm", "confirm"]
    assert journal.count() == 2


def test_tag_manager_creates_renames_merges_and_deletes(
    main_window: MainWindow, context, journal, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    own = context.own_tags
    budget = TagRef("own", "budget", "Budget")
    entry_id = _entry(journal, "Med mærker", tags=(budget,))
    main_window.timeline.reload()
    main_window.open_entry(entry_id)
    dialog = show_tag_manager(main_window)
    assert isinstance(dialog, TagManagerDialog)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "Budget  (1 entry)"

    dialogs.text_answers = ["Økonomi"]
    with qtbot.waitSignal(dialog.tags_changed):
        qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert [t.tag.label for t in own.list()] == ["Budget", "Økonomi"]
    assert dialog.selected_key() == "økonomi"

    dialogs.text_answers = ["Penge"]
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert [t.tag.label for t in own.list()] == ["Budget", "Penge"]

    dialog.list.setCurrentRow(0)  # Budget
    dialogs.choice_answers = [0]  # into Penge
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialogs.last_options == ["Penge"]
    assert [(t.tag.label, t.count) for t in own.list()] == [("Penge", 1)]
    assert journal.get_entry(entry_id).tags == (TagRef("own", "økonomi", "Penge"),)
    assert [c.text().split()[0] for c in main_window.editor.header.chips.chips()] == ["Penge"]

    dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert own.list() == []
    assert journal.get_entry(entry_id).tags == ()
    assert dialog.list.count() == 0


def test_tag_manager_reports_a_bad_name(main_window: MainWindow, dialogs, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = show_tag_manager(main_window)
    dialogs.text_answers = ["!!!"]
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors and "letter" in dialogs.errors[0]
    assert dialog.list.count() == 0


def test_focus_is_reachable_from_the_keyboard(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for button in main_window.start_page.buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName()
    main_window.start_page.focus_first()
    assert QApplication.focusWidget() is main_window.start_page.buttons[FREE]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert main_window.editor.isVisible()


def test_menu_mnemonics_are_unique_in_both_languages(main_window: MainWindow) -> None:
    import re

    for language in ("en", "da"):
        main_window.languages.apply(language)
        for key, menu in main_window.menus.menus.items():
            letters = [
                found.group(1).lower()
                for action in menu.actions()
                if (found := re.search(r"&([^&])", action.text()))
            ]
            assert len(letters) == len(set(letters)), (language, key, letters)


def test_alt_u_undoes_the_trash_from_the_keyboard(main_window: MainWindow, journal, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry_id = _entry(journal, "Fortrudt")
    main_window.timeline.reload()
    main_window.open_entry(entry_id)
    main_window.trash_entry()
    qtbot.keyClick(main_window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    # a mnemonic "animates" the click: it lands a moment later
    qtbot.waitUntil(lambda: journal.get_entry(entry_id).trashed_at is None)
    assert main_window.editor.current_entry_id() == entry_id


def _window_over(qtbot, context, settings_file, languages, dialogs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        context=context,
        settings=Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
        languages=languages,
        dialogs=dialogs,
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_filter_and_open_entry_belong_to_their_own_journal(
    qtbot, tmp_path, settings_file, catalog, languages, dialogs
) -> None:  # type: ignore[no-untyped-def]
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths

    first = open_journal(DataPaths(tmp_path / "first"), catalog=catalog)
    second = open_journal(DataPaths(tmp_path / "second"), catalog=catalog)
    try:
        entry = _entry(first.journal, "Kun i den første", body="om ansvar")
        window = _window_over(qtbot, first, settings_file, languages, dialogs)
        window.timeline.set_filter(TimelineFilter(text="ansvar"))
        window.open_entry(entry)
        assert window.close()

        other = _window_over(qtbot, second, settings_file, languages, dialogs)
        assert other.timeline.current_filter() == TimelineFilter()
        assert other.editor.current_entry_id() is None
        assert other.close()

        again = _window_over(qtbot, first, settings_file, languages, dialogs)
        assert again.timeline.current_filter() == TimelineFilter(text="ansvar")
        assert again.editor.current_entry_id() == entry
        assert again.close()
    finally:
        first.close()
        second.close()


def test_an_encrypted_journal_keeps_its_searches_out_of_the_settings_file(
    qtbot, tmp_path, settings_file, catalog, languages, dialogs
) -> None:  # type: ignore[no-untyped-def]
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths
    from app.security.conversion import encrypt_journal
    from app.security.kdf import KdfParams

    paths = DataPaths(tmp_path / "secret")
    open_journal(paths, catalog=catalog).close()
    key = encrypt_journal(
        paths.journal,
        "en lang og hemmelig sætning",
        params=KdfParams.fresh(time_cost=1, memory_kib=8 * 1024),
    )
    context = open_journal(paths, catalog=catalog, key=key)
    try:
        window = _window_over(qtbot, context, settings_file, languages, dialogs)
        window.timeline.set_filter(
            TimelineFilter(
                text="direktøren", families=("dilemma",), tags=(TagRef("own", "affære"),)
            )
        )
        assert window.close()
        stored = settings_file.read_text(encoding="utf-8")
        assert "direkt" not in stored and "aff" not in stored
        again = _window_over(qtbot, context, settings_file, languages, dialogs)
        assert again.timeline.current_filter() == TimelineFilter(families=("dilemma",))
        assert again.close()
    finally:
        context.close()
