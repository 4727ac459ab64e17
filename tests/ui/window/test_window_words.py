"""The window's words: one name for each thing, and Danish that reads as Danish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.summary.learning_log import log_label
from ui.window.dialog_actions import show_tag_manager, show_template_chooser
from ui.window.main_window import MainWindow
from ui.window.start_page import FREE


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip().casefold()


def test_the_danish_tag_manager_asks_with_the_right_word(
    main_window: MainWindow, context, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    context.own_tags.create("Budget")
    main_window.languages.apply("da")  # the language fixture puts English back afterwards
    dialog = show_tag_manager(main_window)
    dialog.list.setCurrentRow(0)
    dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    kind, text = dialogs.asked[-1]
    assert kind == "confirm"
    assert text.startswith("Slet tagget “Budget”?")
    assert "tagt" not in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_each_thing_has_one_name(main_window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    main_window.languages.apply(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # the start page's
    # A course: the window's Courses… action and the learning log's label.
    window_name = _plain(main_window.actions["courses"].text())
    log_name = _plain(log_label("course", language))
    assert window_name.startswith(log_name), (window_name, log_name)  # "Forløb"; "Courses"

    # A free entry: the start page's button and the chooser's entry.
    chooser = show_template_chooser(main_window)
    free_title = main_window.context.catalog.template("free").title.get(language)
    titles = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert free_title in titles
    button = main_window.start_page.buttons[FREE].text()
    assert free_title.casefold() in button.casefold(), (button, free_title)
    chooser.close()
