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
from collections.abc import Callable, Iterator

import markdown
import nh3
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_LINK_RE,
    IMAGE_REFERENCE_RE,
    LINK_RE,
    REFERENCE_RE,
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
    SimpleTagInlineProcessor,
    dequote,
)
from markdown.treeprocessors import InlineProcessor as InlineTreeprocessor

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

# Python-Markdown's time grows faster than the length of one text (a block of 10,000
# headings or a paragraph of 100,000 bold words takes seconds, twice that four times
# as long). A text longer than LARGE_TEXT (far beyond any diary entry) is rendered in
# parts of about PIECE characters, cut where Markdown allows (see `pieces`); a body at
# the length limit then takes seconds, not hours.
LARGE_TEXT = 50_000
PIECE = 2_000

# For Qt's rich text (the PDF, the previews): Qt lays out a word too long for one line
# in time that grows with the square of its length (a run of 1,000,000 characters
# without a space: 33 s; 100,000: 0.2 s). In the text between tags, `breakable` gives
# runs longer than LONG_RUN an invisible break opportunity (U+200B) every BREAK_EVERY
# characters, where the line would be cut anyway; tags and their attributes (link
# targets) are left as they are, and no entity is cut in two.
LONG_RUN = 2000
BREAK_EVERY = 500
_TAG = re.compile(r"(<[^>]*>)")
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_ZWSP = "\u200b"

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


# Python-Markdown finds the end of a link's text and target by walking the rest of the
# paragraph one character at a time, from every "[": 20,000 "[" took 87 s, and a body
# at the length limit would never finish. These patterns find the same ends in one
# regular-expression match each (brackets nested two deep, parentheses one deep; a title
# in quotes), so each "[" costs about the length of its own link.
_LINK_TEXT = re.compile(
    r"((?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*\])*)\]", re.DOTALL
)
_LINK_TARGET = re.compile(
    r"""\(\s*((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)"""
    r"""(?:\s+("[^"]{0,2000}"|'[^']{0,2000}'))?\s*\)""",
    re.DOTALL,
)


class _BoundedLinkScan:
    """`getText` and `getLink` of Python-Markdown's link patterns, by regular expression."""

    RE_LINK: re.Pattern[str]
    RE_TITLE_CLEAN: re.Pattern[str]

    unescape: Callable[[str], str]  # InlineProcessor's

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        match = _LINK_TEXT.match(data, index)
        if match is None:
            return "", index, False
        return match.group(1), match.end(), True

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        angled = self.RE_LINK.match(data, pos=index)  # [text](<target> "title")
        if angled and angled.group(1):
            href, title, end = angled.group(1)[1:-1], angled.group(2), angled.end()
            title = title[1:-1] if title else None
        else:
            plain = _LINK_TARGET.match(data, index)
            if plain is None:
                return "", None, index, False
            href, title, end = plain.group(1), plain.group(2), plain.end()
        if title is not None:
            title = self.RE_TITLE_CLEAN.sub(" ", dequote(self.unescape(title.strip())))
        return self.unescape(href).strip(), title, end, True


class _Link(_BoundedLinkScan, LinkInlineProcessor):
    pass


class _Image(_BoundedLinkScan, ImageInlineProcessor):
    pass


class _Reference(_BoundedLinkScan, ReferenceInlineProcessor):
    pass


class _ShortReference(_BoundedLinkScan, ShortReferenceInlineProcessor):
    pass


class _ImageReference(_BoundedLinkScan, ImageReferenceInlineProcessor):
    pass


class _ShortImageReference(_BoundedLinkScan, ShortImageReferenceInlineProcessor):
    pass


class BoundedLinksExtension(Extension):
    """Python-Markdown's own link patterns (same names and order), with bounded scans."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        for processor, pattern, name, priority in (
            (_Reference, REFERENCE_RE, "reference", 170),
            (_Link, LINK_RE, "link", 160),
            (_Image, IMAGE_LINK_RE, "image_link", 150),
            (_ImageReference, IMAGE_REFERENCE_RE, "image_reference", 140),
            (_ShortReference, REFERENCE_RE, "short_reference", 130),
            (_ShortImageReference, IMAGE_REFERENCE_RE, "short_image_ref", 125),
        ):
            md.inlinePatterns.register(processor(pattern, md), name, priority)


# Python-Markdown tries each of its sixteen inline patterns on every piece of text, even
# where none can match: most of its time on ordinary prose. Each pattern needs one of
# these to match (a backtick, a backslash, "[", "<", "&", "~", "*", "_", or two spaces
# ending a line), so text without any is left as it is, as all sixteen would leave it.
_INLINE_MARK = re.compile(r"[`\\\[<&~*_]|  \n")


class _QuickInline(InlineTreeprocessor):
    """Python-Markdown's inline pass, skipping texts where no inline pattern can match."""

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if not _INLINE_MARK.search(data):
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)  # type: ignore[misc]


class QuickInlineExtension(Extension):
    """Replaces the inline pass with `_QuickInline`, where this version of it allows."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        if hasattr(InlineTreeprocessor, "_InlineProcessor__handleInline"):
            md.treeprocessors.register(_QuickInline(md), "inline", 20)


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
            extensions=[
                *EXTENSIONS,
                BoundedLinksExtension(),
                StrikethroughExtension(),
                QuickInlineExtension(),
            ],
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
    if len(text) <= LARGE_TEXT:
        return _render(text)
    return "".join(_render(piece) for piece in pieces(text))


def _render(text: str) -> str:
    parser = _parser()
    try:
        raw = parser.convert(text)
    finally:
        parser.reset()
    return _clean(_IMG.sub(_image_placeholder, raw))


def pieces(text: str, size: int = PIECE) -> Iterator[str]:
    """`text` in consecutive parts of about `size` characters, for rendering one by one.

    A part ends at a blank line where there is one, or else at a line's end after
    `2 * size` characters; never inside fenced code (cheap to render at any length). A
    line longer than `size` is cut at a space, or anywhere.
    """
    part: list[str] = []
    length = 0
    fenced = False
    for line in text.splitlines(keepends=True):
        while len(line) > size:
            cut = line.rfind(" ", size // 2, size) + 1 or size
            if part:
                yield "".join(part)
                part, length = [], 0
            yield line[:cut]
            line = line[cut:]
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        part.append(line)
        length += len(line)
        blank = not line.strip()
        if not fenced and (length >= 2 * size or (length >= size and blank)):
            yield "".join(part)
            part, length = [], 0
    if part:
        yield "".join(part)


def breakable(html: str) -> str:
    """`html` with a break opportunity every BREAK_EVERY characters of any over-long run."""
    if not _LONG_RUN.search(html):
        return html
    parts = _TAG.split(html)  # text, tag, text, tag, ..., text
    for index in range(0, len(parts), 2):
        parts[index] = _LONG_RUN.sub(_cut_run, parts[index])
    return "".join(parts)


def _cut_run(match: re.Match[str]) -> str:
    run = match.group(0)
    out: list[str] = []
    start = 0
    while len(run) - start > BREAK_EVERY:
        end = start + BREAK_EVERY
        amp = run.rfind("&", end - 12, end)
        if amp != -1:  # an entity ("&amp;", "&#x1F600;") across the cut: cut after it
            semicolon = run.find(";", amp, amp + 12)
            if semicolon >= end:
                end = semicolon + 1
        out.append(run[start:end])
        start = end
    out.append(run[start:])
    return _ZWSP.join(out)
