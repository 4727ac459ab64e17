"""The preview: Markdown rendered, nothing unsafe shown, nothing fetched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QTextDocument

from app.journal.context import JournalContext
from app.records import TagRef
from ui.editor.entry_editor import EntryEditor
from ui.editor.preview import SafePreviewBrowser, preview_html

HOSTILE = """Jeg **lod** dem *fordele* pengene.

<script>alert('x')</script>
<img src="http://tracker.example/pixel.png" onerror="alert(1)">
![diagram](https://images.example/diagram.png)
[klik her](javascript:alert(2))
<iframe src="https://example.com"></iframe>
<a href="https://kommune.dk" onclick="steal()">kommunen</a>
"""


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
    widget.activateWindow()
    return widget


def test_preview_renders_markdown_and_drops_everything_unsafe(editor: EntryEditor) -> None:
    editor.header.title_edit.setText("Budget")
    editor.body_edit.set_text(HOSTILE)
    editor.header.preview_button.click()
    assert editor.stack.currentWidget() is editor.preview
    html = editor.preview.toHtml()
    text = editor.preview.toPlainText()
    assert "Budget" in text and "Jeg lod dem fordele pengene." in text
    assert "font-weight" in html  # **lod** became bold
    for bad in ("<script", "alert", "onerror", "onclick", "javascript:", "iframe", "<img"):
        assert bad not in html
    for remote in ("tracker.example", "images.example"):
        assert remote not in html
    assert "[diagram]" in text  # an image shows as its alt text
    assert "https://kommune.dk" in html  # an ordinary link is kept, but never followed
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()


class _SpyBrowser(SafePreviewBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> object:
        self.asked.append(name.toString())
        return super().loadResource(kind, name)


def test_the_browser_never_loads_a_resource(qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = _SpyBrowser()
    qtbot.addWidget(browser)
    image = QTextDocument.ResourceType.ImageResource.value
    for url in ("https://example.com/x.png", "file:///etc/passwd", "qrc:/x.png", "x.png"):
        assert browser.loadResource(image, QUrl(url)) == QByteArray()
    # Even HTML that slipped past the sanitizer would get nothing when Qt asks for it.
    browser.asked.clear()
    browser.setHtml('<p>hi</p><img src="file:///etc/hostname">')
    browser.show()
    qtbot.waitExposed(browser)
    assert not browser.document().resource(image, QUrl("file:///etc/hostname"))
    assert "file:///etc/hostname" in browser.asked


def test_preview_of_a_guided_entry_shows_questions_and_answers(
    editor: EntryEditor, catalog
) -> None:  # type: ignore[no-untyped-def]
    editor.new_entry("dilemma", item=TagRef("dilemma", "risk"))
    editor.guided.fields()[0].set_text("Et projekt voksede i **alle** retninger.")
    editor.body_edit.set_text("Husk at ringe til Anne.")
    editor.header.preview_button.click()
    text = editor.preview.toPlainText()
    assert catalog.item("dilemma", "risk").question.en in text
    assert catalog.template("dilemma").prompts[0].text.en in text
    assert "Et projekt voksede i alle retninger." in text
    assert catalog.template("dilemma").prompts[1].text.en not in text  # unanswered: left out
    assert "Husk at ringe til Anne." in text


def test_ctrl_p_toggles_the_preview_and_text_is_kept(editor: EntryEditor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor.body_edit.set_text("*kursiv*")
    editor.body_edit.setFocus()
    qtbot.waitUntil(editor.body_edit.hasFocus)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentWidget() is editor.preview
    assert editor.header.preview_button.isChecked()
    qtbot.keyClick(editor.preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentWidget() is editor.writing
    assert editor.body_edit.text() == "*kursiv*"


def test_preview_html_escapes_titles_and_questions() -> None:
    html = preview_html(
        title="<b>x</b>", heading="", sections=[("<i>q</i>", "svar")], body="", notes_label="N"
    )
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "&lt;i&gt;q&lt;/i&gt;" in html


def test_an_over_long_run_reaches_the_preview_with_break_opportunities() -> None:
    from ui.editor.preview import preview_html

    html = preview_html(title="", heading="", sections=[], body="x" * 9000, notes_label="")
    assert "\u200b" in html and html.replace("\u200b", "") == "<p>" + "x" * 9000 + "</p>"
