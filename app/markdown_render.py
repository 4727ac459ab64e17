"""Markdown to safe HTML, for the preview and for HTML/PDF exports.

The parser is Python-Markdown with tables, fenced code, footnotes and ~~strikethrough~~
(a small extension of ours below). Raw HTML in an entry is never trusted: the parser's
output is cleaned with nh3 (Ammonia). Scripts, iframes, styles and event attributes are
dropped, links keep only http(s) and mailto (a link to any other scheme keeps its text
and loses its target), and images are replaced by their alt text: nothing is ever fetched.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from collections.abc import Callable

import markdown
import nh3
from markdown.extensions import Extension
from markdown.inlinepatterns import SimpleTagInlineProcessor

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
# sane_lists: a numbered list after a bulleted one is a list of its own, as in CommonMark.
EXTENSIONS = ("tables", "fenced_code", "footnotes", "sane_lists")
EXTENSION_CONFIGS = {
    # Cells say their alignment in the align attribute, which the cleaner keeps (a style
    # attribute would be dropped).
    "tables": {"use_align_attribute": True},
    # The default title is English whatever the document's language.
    "footnotes": {"BACKLINK_TITLE": ""},
}

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)

_CLEANING = {
    "tags": ALLOWED_TAGS,
    "attributes": ALLOWED_ATTRIBUTES,
    "url_schemes": URL_SCHEMES,
    "link_rel": "noopener noreferrer",
    "strip_comments": True,
}
# A Cleaner builds its rules once, at half the cost per text of nh3.clean (older nh3: none).
_clean: Callable[[str], str] = (
    nh3.Cleaner(**_CLEANING).clean
    if hasattr(nh3, "Cleaner")
    else functools.partial(nh3.clean, **_CLEANING)
)


class StrikethroughExtension(Extension):
    """`~~text~~` as <s>text</s>, as GitHub and CommonMark's extension write it."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Above emphasis (priority 60 for `**`), so "~~**x**~~" nests both ways.
        md.inlinePatterns.register(
            SimpleTagInlineProcessor(r"(~{2})(?!~)(.+?)(?<!~)~{2}", "s"), "refleks_strike", 65
        )


# A Markdown object keeps state between texts (footnotes, references) and is not safe to
# share between threads: the export renders on a worker while the window previews.
_local = threading.local()


def _parser() -> markdown.Markdown:
    parser: markdown.Markdown | None = getattr(_local, "parser", None)
    if parser is None:
        parser = markdown.Markdown(
            extensions=[*EXTENSIONS, StrikethroughExtension()],
            extension_configs=EXTENSION_CONFIGS,
            output_format="html",
        )
        # Without this, a line holding only a block tag ("<div>") opens a raw HTML block
        # that swallows the Markdown after it up to the next blank line: the reader would
        # see "**" and link sources. Raw HTML then stays inline, in its paragraph, where
        # the cleaner deals with it.
        parser.preprocessors.deregister("html_block")
        _local.parser = parser
    return parser


def _image_placeholder(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(0))
    text = (alt.group(1) or alt.group(2) or "") if alt else ""
    label = html.escape(html.unescape(text)) if text else "image"
    return f'<span class="image">[{label}]</span>'


def render_markdown(text: str) -> str:
    """Sanitized HTML for the Markdown `text`; safe to show or export as it is."""
    parser = _parser()
    try:
        raw = parser.convert(text)
    finally:
        parser.reset()
    return _clean(_IMG.sub(_image_placeholder, raw))
