"""Markdown to safe HTML, for the preview and for HTML/PDF exports.

The parser is markdown-it (CommonMark with tables, strikethrough and footnotes) through
its Rust port: a coaching summary renders thousands of bodies and answers, and this is
some thirty times faster than Python-Markdown was. Raw HTML in an entry is never trusted:
the parser's output is cleaned with nh3 (Ammonia). Scripts, iframes, styles and event
attributes are dropped, links keep only http(s) and mailto, and images are replaced by
their alt text: nothing is ever fetched.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

import markdown_it_pyrs
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
# CommonMark's rules and three extensions, without `html_block`: in CommonMark a line
# holding only a tag opens a raw HTML block that swallows the Markdown lines after it up
# to the next blank line, so "<br>" above a link would show the link's source. Raw HTML
# stays inline, in its paragraph, where the cleaner below deals with it.
RULES = [
    "blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph",
    "reference", "autolink", "backticks", "emphasis", "entity", "escape", "image", "link",
    "newline", "html_inline", "table", "strikethrough", "footnote",
]  # fmt: skip

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# Table cells say their alignment in a style attribute, which the cleaner drops; the
# align attribute says the same and is allowed.
_CELL_ALIGN = re.compile(r'<(t[hd]) style="text-align:(left|center|right)">')
# markdown-it leaves a link to one of these schemes as its raw source text, so the reader
# would see "[text](javascript:...)". Renamed, the link is parsed like any other and the
# cleaner drops its target, leaving the link text (schemes are case-insensitive). Inside
# code, where the text is shown as written, the renaming is taken back.
_REFUSED_LINK = re.compile(r"(\]\(\s*<?)(javascript|vbscript|file|data):", re.IGNORECASE)
_RENAMED = "refleks-refused-"
_CODE = re.compile(r"<code>.*?</code>", re.DOTALL)

_parser = markdown_it_pyrs.MarkdownIt("zero").enable_many(RULES)
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


def _image_placeholder(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(0))
    text = (alt.group(1) or alt.group(2) or "") if alt else ""
    label = html.escape(html.unescape(text)) if text else "image"
    return f'<span class="image">[{label}]</span>'


def render_markdown(text: str) -> str:
    """Sanitized HTML for the Markdown `text`; safe to show or export as it is."""
    raw = _parser.render(_REFUSED_LINK.sub(rf"\1{_RENAMED}\2:", text))
    if _RENAMED in raw:
        raw = _CODE.sub(lambda code: code.group(0).replace(_RENAMED, ""), raw)
    return _clean(_CELL_ALIGN.sub(r'<\1 align="\2">', _IMG.sub(_image_placeholder, raw)))
