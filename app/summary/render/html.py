"""The coaching summary as one standalone HTML file: inline CSS, no scripts, nothing remote.

Entry bodies and answers go through `app.markdown_render`, which strips anything active
and replaces images by their alt text; every other text is escaped. The same HTML (with
`for_qt=True`: simpler CSS and a chart image instead of CSS bars) feeds the PDF writer.
"""

from __future__ import annotations

from html import escape

from app.summary.labels import label, long_date
from app.summary.model import Summary, SummaryEntry
from app.summary.progress import Progress
from app.summary.render.markdown import (
    coaching_gist,
    commitment_details,
    commitment_intro,
    rendered_markdown,
)

CHART_URL = "refleks-chart:themes"

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
       line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; color: #1f3a5f; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #c9d3df; color: #1f3a5f; }
h3 { font-size: 1.08em; margin: 1.3em 0 0.2em; }
.meta { color: #555; margin: 0.1em 0; }
.note { color: #6b4e16; font-style: italic; }
.entry-meta { color: #555; font-size: 0.92em; margin: 0 0 0.5em; }
.question { font-weight: bold; margin: 0.8em 0 0.2em; color: #333; }
.commitment { font-weight: bold; margin: 0.9em 0 0.1em; }
.commitment-meta { color: #555; font-size: 0.92em; margin: 0 0 0.4em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #c9d3df; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.n { text-align: right; }
tr.family td { font-weight: bold; background: #f6f8fb; }
.bar { display: inline-block; height: 0.8em; background: #4a7ab0; border-radius: 2px; }
blockquote { border-left: 3px solid #c9d3df; margin-left: 0; padding-left: 0.8em; color: #444; }
"""

# -qt-user-state 1 (KEEP_WITH_NEXT): the PDF keeps the paragraph on a page with what follows.
_QT_CSS = """
body { font-family: "DejaVu Sans"; color: #222222; font-size: 10pt; }
h1 { font-size: 20pt; color: #1f3a5f; margin-bottom: 4px; }
h2 { font-size: 14pt; color: #1f3a5f; margin-top: 18px; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 2px; }
.meta { color: #555555; }
.note { color: #6b4e16; font-style: italic; }
.entry-meta { color: #555555; font-size: 9pt; -qt-user-state: 1; }
.question { font-weight: bold; margin-top: 8px; -qt-user-state: 1; }
.commitment { font-weight: bold; margin-top: 8px; -qt-user-state: 1; }
.commitment-meta { color: #555555; font-size: 9pt; }
th { background-color: #eef2f7; }
td.n { text-align: right; }
"""


def render_html_summary(
    summary: Summary,
    *,
    for_qt: bool = False,
    entry_limit: int | None = None,
    progress: Progress | None = None,
) -> str:
    """The document; `entry_limit` shortens the entries section (for an on-screen preview).

    `progress(done, total)` is called before each entry (a cancel raises from it).
    """
    lang = summary.language
    e = escape
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f"<title>{e(summary.title)}</title>",
        f"<style>{_QT_CSS if for_qt else _CSS}</style></head><body>",
        f"<h1>{e(summary.title)}</h1>",
    ]
    if summary.author:
        out.append(f'<p class="meta"><b>{e(label("by", lang))}:</b> {e(summary.author)}</p>')
    out.append(f'<p class="meta"><b>{e(label("period", lang))}:</b> {e(summary.period)}</p>')
    out.append(
        f'<p class="meta"><b>{e(label("entry_count", lang))}:</b> {len(summary.entries)}'
        f" &nbsp; <b>{e(label('made_on', lang))}:</b> {e(long_date(summary.generated_on, lang))}"
        "</p>"
    )
    out += _themes(summary, for_qt)
    out += _cross(summary, for_qt)
    # In the PDF the overview fills the first page(s); entries start on a fresh page.
    entries_break = ' style="page-break-before: always"' if for_qt else ""
    out.append(f"<h2{entries_break}>{e(label('entries', lang))}</h2>")
    if not summary.entries:
        out.append(f"<p>{e(label('no_entries', lang))}</p>")
    shown = summary.entries if entry_limit is None else summary.entries[:entry_limit]
    for done, entry in enumerate(shown):
        if progress is not None:
            progress(done, len(shown))
        out += _entry(entry, lang)
    if len(shown) < len(summary.entries):
        more = label("preview_more", lang).format(n=len(summary.entries) - len(shown))
        out.append(f'<p class="note">{e(more)}</p>')
    # In the PDF the closing section starts on its own page: the sheet to bring along.
    breaking = ' style="page-break-before: always"' if for_qt else ""
    out.append(f"<h2{breaking}>{e(label('coaching', lang))}</h2>")
    if summary.coaching:
        out.append(f"<p>{e(label('coaching_intro', lang))}</p>")
        for entry in summary.coaching:
            out.append(f"<h3>{e(long_date(entry.day, lang))}: {e(entry.title)}</h3>")
            if entry.tags:
                out.append(f'<p class="entry-meta">{e(" · ".join(entry.tags))}</p>')
            gist = coaching_gist(entry)
            if gist:
                out.append(f"<p>{e(gist)}</p>")
    else:
        out.append(f"<p>{e(label('coaching_none', lang))}</p>")
    out += _commitments(summary)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _table_attrs(for_qt: bool) -> str:
    # QTextDocument ignores border-collapse; it wants the old attributes instead.
    return (
        ' border="1" cellspacing="0" cellpadding="4" style="border-color:#c9d3df"' if for_qt else ""
    )


def _themes(summary: Summary, for_qt: bool) -> list[str]:
    lang = summary.language
    e = escape
    out = [f"<h2>{e(label('themes', lang))}</h2>", f"<p>{e(label('themes_intro', lang))}</p>"]
    if not summary.themes:
        return [*out, f"<p>{e(label('no_tags', lang))}</p>"]
    if for_qt:
        return [*out, f'<p><img src="{CHART_URL}"></p>', *_compact_themes(summary)]
    most = max(theme.family.count for theme in summary.themes)
    out.append(
        f"<table><thead><tr><th>{e(label('family', lang))}</th>"
        f"<th>{e(label('tag', lang))}</th><th>{e(label('count', lang))}</th><th></th>"
        "</tr></thead><tbody>"
    )
    for theme in summary.themes:
        rows = [(theme.family.label, "", theme.family.count, True)]
        rows += [("", tag.label, tag.count, False) for tag in theme.tags]
        for family, tag, count, is_family in rows:
            width = max(2, round(100 * count / most))
            css = ' class="family"' if is_family else ""
            out.append(
                f'<tr{css}><td>{e(family)}</td><td>{e(tag)}</td><td class="n">{count}</td>'
                f'<td style="width:10em"><span class="bar" style="width:{width}%"></span></td></tr>'
            )
    out.append("</tbody></table>")
    return out


def _compact_themes(summary: Summary) -> list[str]:
    """For the PDF, under the chart: one row per family, its tags with counts in one cell."""
    lang = summary.language
    e = escape
    out = [
        f'<table{_table_attrs(True)} width="99%"><thead><tr>'
        f"<th>{e(label('family', lang))}</th><th>{e(label('count', lang))}</th>"
        f"<th>{e(label('tags', lang))}</th></tr></thead><tbody>"
    ]
    for theme in summary.themes:
        tags = ", ".join(f"{tag.label} ({tag.count})" for tag in theme.tags)
        out.append(
            f"<tr><td><b>{e(theme.family.label)}</b></td>"
            f'<td align="right">{theme.family.count}</td><td>{e(tags)}</td></tr>'
        )
    out.append("</tbody></table><p></p>")
    return out


def _cross(summary: Summary, for_qt: bool) -> list[str]:
    lang = summary.language
    e = escape
    cross = summary.cross
    out = [f"<h2>{e(label('cross', lang))}</h2>", f"<p>{e(label('cross_intro', lang))}</p>"]
    if cross.is_empty:
        return [*out, f"<p>{e(label('cross_empty', lang))}</p>"]
    head = "".join(f"<th>{e(column)}</th>" for column in cross.columns)
    out.append(
        f"<table{_table_attrs(for_qt)}><thead><tr><th>{e(label('dilemma', lang))}</th>{head}"
        "</tr></thead><tbody>"
    )
    for row, counts in zip(cross.rows, cross.counts, strict=True):
        cells = "".join(f'<td class="n" align="right">{n or ""}</td>' for n in counts)
        out.append(f"<tr><td>{e(row)}</td>{cells}</tr>")
    out.append("</tbody></table><p></p>")
    return out


def _commitments(summary: Summary) -> list[str]:
    """The section after the closing one (on the same sheet in the PDF): text, where it
    came from, and the note, every one of them escaped (the note's lines kept)."""
    section = summary.commitments
    if section is None:
        return []
    lang = summary.language
    e = escape
    out = [
        f"<h2>{e(label('commitments', lang))}</h2>",
        f"<p>{e(commitment_intro(section, lang))}</p>",
    ]
    for key, items in section.groups:
        out.append(f"<h3>{e(label(key, lang))}</h3>")
        for item in items:
            out.append(f'<p class="commitment">{e(item.text)}</p>')
            # Not kept with what follows: the PDF keeps the text with this line, and the
            # last commitment has nothing after it to be kept with.
            out.append(f'<p class="commitment-meta">{e(commitment_details(item, lang))}</p>')
            if item.note.strip():
                note = "<br>".join(e(line) for line in item.note.strip().splitlines())
                out.append(f"<blockquote>{note}</blockquote>")
    return out


def _entry(entry: SummaryEntry, lang: str) -> list[str]:
    e = escape
    out = [f"<h3>{e(long_date(entry.day, lang))} — {e(entry.title)}</h3>"]
    meta = []
    if entry.template:
        meta.append(f"{e(label('template', lang))}: {e(entry.template)}")
    if entry.tags:
        meta.append(f"{e(label('tags', lang))}: {e(' · '.join(entry.tags))}")
    if entry.private:
        meta.append(e(label("private", lang)))
    if entry.coaching:
        meta.append(e(label("coaching", lang)))
    if meta:
        out.append(f'<p class="entry-meta">{" · ".join(meta)}</p>')
    if entry.body.strip():
        out.append(rendered_markdown(entry.body))
    for answer in entry.answers:
        out.append(f'<p class="question">{e(answer.question)}</p>')
        out.append(rendered_markdown(answer.text))
    return out
