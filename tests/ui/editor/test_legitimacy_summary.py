"""A guided dilemma entry with a ticked form of legitimacy fills the summary's cross table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.journal.context import JournalContext
from app.records import TagRef
from app.summary.builder import build_summary
from app.summary.model import SummaryRequest
from app.summary.render.markdown import render_markdown_summary
from ui.editor.entry_editor import EntryEditor


def test_a_dilemma_written_in_the_editor_fills_dilemmas_and_legitimacy(
    qtbot, context: JournalContext
) -> None:  # type: ignore[no-untyped-def]
    editor = EntryEditor(
        journal=context.journal,
        catalog=context.catalog,
        own_tags=context.own_tags,
        autosave_delay_ms=60_000,
    )
    qtbot.addWidget(editor)
    editor.set_language("da")
    editor.show()
    qtbot.waitExposed(editor)
    request = SummaryRequest(language="da")
    before = build_summary(context.journal, context.catalog, request)
    assert before.cross.is_empty  # what the issue saw: the table stayed empty

    assert editor.new_entry("dilemma")
    editor.header.title_edit.setText("Budgetmødet")
    editor.guided.item_combo.setCurrentIndex(
        editor.guided.item_combo.findData("risk")  # the dilemma, as the user picks it
    )
    picker = editor.guided.pickers()["legitimacy"]
    for key in ("legal", "moral"):
        qtbot.mouseClick(picker.boxes[key], Qt.MouseButton.LeftButton)
    situation = editor.guided.fields()[0]
    qtbot.keyClicks(situation.edit, "Vi skulle skære ned")
    assert editor.save_now()

    summary = build_summary(context.journal, context.catalog, request)
    cross = summary.cross
    assert cross.rows == ("Risiko",)
    assert cross.columns == ("Pragmatisk", "Moralsk", "Kognitiv", "Legal")
    assert cross.counts == ((0, 1, 0, 1),)
    text = render_markdown_summary(summary)
    assert "| Risiko |  | 1 |  | 1 |" in text
    assert "Ingen indlæg har både" not in text
    stored = context.journal.get_entry(editor.current_entry_id() or 0)
    assert set(stored.tags) == {
        TagRef("dilemma", "risk"),
        TagRef("legitimacy", "legal"),
        TagRef("legitimacy", "moral"),
    }
