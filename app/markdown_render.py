"""Markdown to safe HTML, for the preview and for HTML/PDF exports.

Raw HTML in an entry is never trusted: the output of `markdown` is cleaned with nh3
(Ammonia). Scripts, iframes, styles and event attributes are dropped, links keep only
http(s) and mailto, and images are replaced by their alt text: nothing is ever fetched.
"""

from __future__ import annotations

import html
import re
import threading

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "span": {"class"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["extra", "sane_lists"]

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _image_placeholder(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(0))
    text = (alt.group(1) or alt.group(2) or "") if alt else ""
    label = html.escape(html.unescape(text)) if text else "image"
    return f'<span class="image">[{label}]</span>'


_local = threading.local()


def _converter() -> markdown.Markdown:
    """One Markdown instance per thread, reset between texts.

    Building an instance loads every extension again; a summary renders thousands of
    bodies and answers, and a fresh instance per text was a fifth of its time.
    """
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=EXTENSIONS, output_format="html")
        _local.converter = converter
    return converter


def render_markdown(text: str) -> str:
    """Sanitized HTML for the Markdown `text`; safe to show or export as it is."""
    converter = _converter()
    try:
        raw = converter.convert(text)
    finally:
        converter.reset()
    raw = _IMG.sub(_image_placeholder, raw)
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
