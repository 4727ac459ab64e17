"""The window's open dialogs: one per name, closed with the window; the template chooser
follows a language switch while it is open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ui.window.dialog_actions import OpenDialogs, show_template_chooser
from ui.window.main_window import MainWindow
from ui.window.template_chooser import TemplateChooserDialog


def test_one_dialog_per_name_and_all_closed_with_the_window(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialogs: OpenDialogs = main_window.open_dialogs
    first = dialogs.open("thing", QDialog(main_window))
    second = dialogs.open("thing", QDialog(main_window))
    assert not first.isVisible() and second.isVisible()
    # The first one going away later does not forget its successor.
    qtbot.waitUntil(lambda: dialogs.get("thing") is second)
    other = dialogs.open("other", QDialog(main_window))
    main_window.close()
    assert not other.isVisible()
    qtbot.waitUntil(lambda: dialogs.get("thing") is None and dialogs.get("other") is None)


def test_the_chooser_follows_the_language(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    chooser = show_template_chooser(main_window)
    assert isinstance(chooser, TemplateChooserDialog)
    assert main_window.open_dialogs.get("chooser") is chooser
    postcard = main_window.context.catalog.template("postcard")
    chooser.select("postcard")
    main_window.languages.apply("da")
    assert postcard.title.da in [chooser.list.item(i).text() for i in range(chooser.list.count())]
    chooser.close()
    qtbot.waitUntil(lambda: main_window.open_dialogs.get("chooser") is None)  # deleted
    main_window.languages.apply("en")  # the deleted chooser is no longer told
