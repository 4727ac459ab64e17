"""The deck's perspectives in the editor: the Perspektiver template and "see it from…" help."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.catalog.catalog import Catalog
from app.journal.context import JournalContext
from ui.editor.entry_editor import EntryEditor
from ui.window.template_chooser import TemplateChooserDialog

ALL = (
    "governance",
    "governmentality",
    "agency",
    "responsibility_over_time",
    "power_as_governmentality",
)


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


def test_the_perspectives_template_asks_through_each_lens_and_saves(
    editor: EntryEditor, qtbot, journal, catalog: Catalog
) -> None:  # type: ignore[no-untyped-def]
    assert editor.new_entry("perspectives")
    template = catalog.template("perspectives")
    assert template is not None
    fields = editor.guided.fields()
    assert [f.key for f in fields] == [p.key for p in template.prompts]
    assert [f.question.text() for f in fields] == [p.text.en for p in template.prompts]
    editor.header.title_edit.setText("Lektiecaféen")
    qtbot.keyClicks(fields[1].edit, "Forældrene og skolen koordinerede uden hierarki")
    assert editor.save_now()
    entry = journal.get_entry(editor.current_entry_id() or 0)
    assert entry.template_key == "perspectives"
    assert [(a.prompt_key, a.text) for a in entry.answers] == [
        ("governance", "Forældrene og skolen koordinerede uden hierarki")
    ]
    editor.set_language("da")
    assert fields[1].question.text() == template.prompts[1].text.da
    assert fields[1].question.text().startswith("Set fra et governance-perspektiv")


def test_see_it_from_unfolds_the_decks_words_in_both_languages(
    editor: EntryEditor, qtbot, catalog: Catalog
) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("perspectives")
    panel = editor.guided.perspectives
    QApplication.processEvents()
    assert panel.isVisible() and not panel.body.isVisible()  # folded: one quiet line
    assert tuple(panel.buttons) == ALL
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.body.isVisible()
    governance = catalog.help_text("governance")
    assert governance is not None
    assert panel.text.text() == governance.text.en  # the first is shown at once
    assert panel.buttons["governance"].text() == "Governance perspective"

    qtbot.mouseClick(panel.buttons["responsibility_over_time"], Qt.MouseButton.LeftButton)
    over_time = catalog.help_text("responsibility_over_time")
    assert over_time is not None
    assert panel.text.text() == over_time.text.en
    assert "Ansvarets form over tid" in panel.source.text()  # the slide it comes from

    editor.set_language("da")
    assert panel.text.text() == over_time.text.da
    assert "Borgeren som potentialitet" in panel.text.text()
    assert panel.buttons["governance"].text() == "Governance-perspektiv"
    assert panel.buttons["power_as_governmentality"].text() == "Magt som ‘Governmentality’"


def test_templates_offer_their_own_perspectives_and_others_none(editor: EntryEditor) -> None:
    editor.new_entry("dilemma")
    panel = editor.guided.perspectives
    assert tuple(panel.buttons) == ("governance", "governmentality", "agency")
    editor.new_entry("fourfold_responsibility")
    assert tuple(panel.buttons) == ("responsibility_over_time", "power_as_governmentality")
    editor.new_entry("postcard")
    QApplication.processEvents()
    assert not panel.isVisible() and panel.focus_widgets() == []
    editor.new_entry()  # a free entry has no guided section at all
    QApplication.processEvents()
    assert not editor.guided.isVisible()


def test_the_fold_stays_as_left_and_tab_reaches_it_first(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("perspectives")
    panel = editor.guided.perspectives
    panel.choose("agency")
    assert panel.is_unfolded() and panel.chosen() is not None
    editor.new_entry("dilemma")
    assert panel.is_unfolded()  # the user opened it; switching entries keeps it open
    order = editor.guided.focus_widgets()
    assert order[:4] == [panel.toggle, *panel.buttons.values()]
    assert order[4] is editor.guided.item_combo


def test_the_template_chooser_offers_perspectives(qtbot, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    chooser = TemplateChooserDialog(catalog=catalog, language="da")
    qtbot.addWidget(chooser)
    titles = [chooser.list.item(row).text() for row in range(chooser.list.count())]
    assert "Perspektiver" in titles
    chooser.select("perspectives")
    template = catalog.template("perspectives")
    assert template is not None
    assert chooser._description.text() == template.description.da
    with qtbot.waitSignal(chooser.template_chosen) as blocker:
        chooser.accept()
    assert blocker.args == ["perspectives"]


def test_the_perspectives_wrap_rather_than_widen_the_page(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.resize(760, 600)
    editor.new_entry("perspectives")
    editor.guided.perspectives.choose("responsibility_over_time")
    qtbot.waitUntil(lambda: editor.guided.perspectives.text.isVisible())
    QApplication.processEvents()
    assert editor.writing.horizontalScrollBar().maximum() == 0
    buttons = list(editor.guided.perspectives.buttons.values())
    assert buttons[-1].y() > buttons[0].y()  # the English titles take two lines here
