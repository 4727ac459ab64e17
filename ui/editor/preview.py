"""The read-only preview of an entry: sanitized Markdown in a browser that fetches nothing.

Rendering goes through app.markdown_render (nh3-cleaned); on top of that the browser
never loads a resource (no remote or local images, no style sheets) and never follows a
link, so an entry cannot reach out of the app by being looked at.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.markdown_render import breakable, render_markdown

PREVIEW_CSS = """
body { line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.1em; }
h3 { font-size: 1.05em; margin-top: 1em; }
p.question { font-weight: 600; margin-top: 1em; margin-bottom: 0.2em; }
p.meta { color: #777; }
blockquote { margin-left: 1em; color: #555; }
code { font-family: monospace; }
"""


class SafePreviewBrowser(QTextBrowser):
    """A QTextBrowser that loads no resources and follows no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.document().setDocumentMargin(16)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        # Nothing is ever fetched: not from the network, not from disk. The answer must be a
        # valid, empty value: for a null one QTextDocument falls back to reading local files.
        return QByteArray()


def preview_html(
    *,
    title: str,
    heading: str,
    sections: list[tuple[str, str]],
    body: str,
    notes_label: str,
    meta: str = "",
) -> str:
    """The HTML of the whole entry: title, the item's question, each answer, then the body.

    `sections` are (question, answer) pairs; questions come from the catalog, answers and
    body are the user's Markdown and are rendered (and sanitized) one by one.
    """
    parts = [f"<h1>{html.escape(title)}</h1>"] if title.strip() else []
    if meta:
        parts.append(f'<p class="meta">{html.escape(meta)}</p>')
    if heading:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
    for question, answer in sections:
        if not answer.strip():
            continue
        parts.append(f'<p class="question">{html.escape(question)}</p>')
        parts.append(render_markdown(answer))
    if body.strip():
        if sections:
            parts.append(f"<h3>{html.escape(notes_label)}</h3>")
        parts.append(render_markdown(body))
    # Break opportunities in over-long runs: Qt would lay one out in quadratic time.
    return breakable("\n".join(parts))
