"""The coaching summary as Markdown: readable as plain text, and in any Markdown editor."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from app.markdown_render import render_markdown
from app.summary.labels import label, long_date
from app.summary.model import CommitmentSection, Summary, SummaryCommitment, SummaryEntry

BAR_WIDTH = 20
GIST_CHARS = 240
#: Rendered Markdown by text: a coaching entry's body is rendered for the entries section
#: and again for its gist in the closing section (about 1 ms each with Python-Markdown).
rendered_markdown = lru_cache(maxsize=4096)(render_markdown)
_BLOCK_TAG = re.compile(r"</?(?:p|li|h\d|br|blockquote|tr|td|th|pre|ul|ol|hr)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")


def coaching_gist(entry: SummaryEntry) -> str:
    """A few plain lines of an entry for the closing section: its body or first answer.

    Taken from the sanitized rendering, so raw HTML in the entry never comes through.
    """
    source = entry.body.strip() or next((a.text for a in entry.answers if a.text.strip()), "")
    plain = html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", rendered_markdown(source))))
    plain = " ".join(plain.split())
    return plain if len(plain) <= GIST_CHARS else plain[: GIST_CHARS - 1].rstrip() + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _bar(count: int, most: int) -> str:
    return "█" * max(1, round(BAR_WIDTH * count / most)) if most else ""


def render_markdown_summary(summary: Summary) -> str:
    lang = summary.language
    out: list[str] = [f"# {summary.title}", ""]
    if summary.author:
        out.append(f"**{label('by', lang)}:** {summary.author}  ")
    out.append(f"**{label('period', lang)}:** {summary.period}  ")
    out.append(f"**{label('entry_count', lang)}:** {len(summary.entries)}  ")
    out.append(f"**{label('made_on', lang)}:** {long_date(summary.generated_on, lang)}")
    out += ["", f"## {label('themes', lang)}", "", label("themes_intro", lang), ""]
    if summary.themes:
        most = max(theme.family.count for theme in summary.themes)
        out += [
            f"| {label('family', lang)} | {label('tag', lang)} | {label('count', lang)} | |",
            "|---|---|---:|---|",
        ]
        for theme in summary.themes:
            family = theme.family
            out.append(
                f"| **{_cell(family.label)}** | | **{family.count}** | {_bar(family.count, most)} |"
            )
            for tag in theme.tags:
                out.append(f"| | {_cell(tag.label)} | {tag.count} | {_bar(tag.count, most)} |")
    else:
        out.append(label("no_tags", lang))
    out += ["", f"## {label('cross', lang)}", "", label("cross_intro", lang), ""]
    cross = summary.cross
    if cross.is_empty:
        out.append(label("cross_empty", lang))
    else:
        out.append(f"| {label('dilemma', lang)} | " + " | ".join(map(_cell, cross.columns)) + " |")
        out.append("|---|" + "---:|" * len(cross.columns))
        for row, counts in zip(cross.rows, cross.counts, strict=True):
            cells = " | ".join(str(n) if n else "" for n in counts)
            out.append(f"| {_cell(row)} | {cells} |")
    out += ["", f"## {label('entries', lang)}", ""]
    if not summary.entries:
        out.append(label("no_entries", lang))
    for entry in summary.entries:
        out += _entry(entry, summary)
    out += ["", f"## {label('coaching', lang)}", ""]
    if summary.coaching:
        out += [label("coaching_intro", lang), ""]
        for entry in summary.coaching:
            out.append(f"- **{long_date(entry.day, lang)}: {entry.title}**")
            gist = coaching_gist(entry)
            if gist:
                out.append(f"  {gist}")
    else:
        out.append(label("coaching_none", lang))
    out += _commitments(summary)
    return "\n".join(out).rstrip() + "\n"


def commitment_intro(section: CommitmentSection, lang: str) -> str:
    if section.since is None:
        return label("commitments_first", lang)
    return label("commitments_since", lang).format(day=long_date(section.since, lang))


def commitment_details(item: SummaryCommitment, lang: str) -> str:
    """Where a commitment came from, and its due or closing day: "fra 2. oktober 2026:
    Samtale · frist 1. november 2026"."""
    origin = label("commitment_from", lang).format(day=long_date(item.entry_day, lang))
    if item.entry_title.strip():
        origin += f": {item.entry_title.strip()}"
    parts = [origin]
    if item.closed_on is not None:
        parts.append(label("commitment_closed", lang).format(day=long_date(item.closed_on, lang)))
    elif item.due is not None:
        parts.append(label("commitment_due", lang).format(day=long_date(item.due, lang)))
    return " · ".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _commitments(summary: Summary) -> list[str]:
    section = summary.commitments
    if section is None:
        return []
    lang = summary.language
    out = ["", f"## {label('commitments', lang)}", "", commitment_intro(section, lang)]
    for key, items in section.groups:
        out += ["", f"### {label(key, lang)}", ""]
        for item in items:
            out.append(f"- **{_one_line(item.text)}** *({commitment_details(item, lang)})*")
            if item.note.strip():
                # Each line of the note indented, so it stays within its list item.
                out += [f"  {line}".rstrip() for line in item.note.strip().splitlines()]
    return out


def _entry(entry: SummaryEntry, summary: Summary) -> list[str]:
    lang = summary.language
    out = [f"### {long_date(entry.day, lang)} — {entry.title}", ""]
    meta = []
    if entry.template:
        meta.append(f"{label('template', lang)}: {entry.template}")
    if entry.tags:
        meta.append(f"{label('tags', lang)}: {' · '.join(entry.tags)}")
    if entry.private:
        meta.append(label("private", lang))
    if entry.coaching:
        meta.append(label("coaching", lang))
    if meta:
        out += [f"*{' · '.join(meta)}*", ""]
    if entry.body.strip():
        out += [entry.body.strip(), ""]
    for answer in entry.answers:
        out += [f"**{answer.question}**", "", answer.text.strip(), ""]
    return out
