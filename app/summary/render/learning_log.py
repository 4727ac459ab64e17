"""The learning log as Markdown, standalone HTML or PDF, in the coaching summary's style.

Entries are written exactly as the coaching summary writes them (its own entry renderers),
bodies and answers go through `app.markdown_render`, and the PDF is laid out by the
summary's PDF writer, so the two documents look like one family.
"""

from __future__ import annotations

from html import escape

from app.markdown_render import render_markdown
from app.summary.labels import label, long_date
from app.summary.learning_log import LearningLog, ModuleLog, log_label
from app.summary.progress import Progress
from app.summary.render.html import _CSS, _QT_CSS, CHART_URL
from app.summary.render.html import _entry as html_entry
from app.summary.render.markdown import _entry as markdown_entry


def render_learning_log(log: LearningLog, fmt: str, *, progress: Progress | None = None) -> bytes:
    """The file's bytes; `progress` hears of each PDF page and may cancel."""
    if progress is not None:
        progress(0, 1)
    if fmt == "md":
        return render_learning_log_markdown(log).encode("utf-8")
    if fmt == "html":
        return render_learning_log_html(log).encode("utf-8")
    if fmt == "pdf":
        from app.summary.render.pdf import render_pdf_document  # Qt only when needed

        html = render_learning_log_html(log, for_qt=True)
        return render_pdf_document(
            html, title=log.title, language=log.language, chart=log.overview, progress=progress
        )
    raise ValueError(fmt)


def _module_heading(module: ModuleLog, lang: str) -> str:
    return f"{module.name} — {long_date(module.day, lang)}"


def _entries_heading(module: ModuleLog, lang: str) -> str:
    if module.next_day is None:
        return log_label("between_since", lang)
    return log_label("between_until", lang).format(day=long_date(module.next_day, lang))


def _no_questions(module: ModuleLog) -> str:
    """What stands under "Postkort" when no answers are shown: private, or not written."""
    return "postcard_private" if module.postcard_private else "no_postcard"


# ----- Markdown ------------------------------------------------------------------------


def render_learning_log_markdown(log: LearningLog) -> str:
    lang = log.language
    out = [f"# {log.title}", ""]
    if log.author:
        out.append(f"**{label('by', lang)}:** {log.author}  ")
    out.append(f"**{log_label('course', lang)}:** {log.course_name}  ")
    if log.overview.period:
        out.append(f"**{label('period', lang)}:** {log.overview.period}  ")
    out.append(f"**{label('entry_count', lang)}:** {log.entry_count}  ")
    out.append(f"**{label('made_on', lang)}:** {long_date(log.generated_on, lang)}")
    if log.overview.themes:
        out += ["", f"## {label('themes', lang)}", ""]
        for theme in log.overview.themes:
            tags = ", ".join(f"{tag.label} ({tag.count})" for tag in theme.tags)
            out.append(f"- **{theme.family.label}** ({theme.family.count}): {tags}")
    for module in log.modules:
        out += ["", f"## {_module_heading(module, lang)}", ""]
        if module.place:
            out += [f"*{log_label('place', lang)}: {module.place}*", ""]
        out += [f"### {log_label('postcard', lang)}", ""]
        if not module.questions:
            out += [log_label(_no_questions(module), lang), ""]
        for question in module.questions:
            out += [f"**{question.question}**", ""]
            if not question.answers:
                out += [log_label("not_answered", lang), ""]
            for answer in question.answers:
                out += [answer, ""]
        out += [card.body.strip() + "\n" for card in module.postcards if card.body.strip()]
        out += [f"### {_entries_heading(module, lang)}", ""]
        if not module.entries:
            out += [log_label("no_entries", lang), ""]
        for entry in module.entries:
            # The summary's entries are level-3 headings; here they sit one level deeper.
            lines = markdown_entry(entry, log.overview)
            out += ["#" + lines[0], *lines[1:]]
    return "\n".join(out).rstrip() + "\n"


# ----- HTML ----------------------------------------------------------------------------


def render_learning_log_html(log: LearningLog, *, for_qt: bool = False) -> str:
    lang = log.language
    e = escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f"<title>{e(log.title)}</title>",
        f"<style>{_QT_CSS if for_qt else _CSS}{_LOG_CSS}</style></head><body>",
        f"<h1>{e(log.title)}</h1>",
    ]
    if log.author:
        out.append(f'<p class="meta"><b>{e(label("by", lang))}:</b> {e(log.author)}</p>')
    out.append(f'<p class="meta"><b>{e(log_label("course", lang))}:</b> {e(log.course_name)}</p>')
    if log.overview.period:
        period = e(log.overview.period)
        out.append(f'<p class="meta"><b>{e(label("period", lang))}:</b> {period}</p>')
    out.append(
        f'<p class="meta"><b>{e(label("entry_count", lang))}:</b> {log.entry_count}'
        f" &nbsp; <b>{e(label('made_on', lang))}:</b> {e(long_date(log.generated_on, lang))}</p>"
    )
    if log.overview.themes:
        out.append(f"<h2>{e(label('themes', lang))}</h2>")
        if for_qt:
            out.append(f'<p><img src="{CHART_URL}"></p>')
        else:
            out.append("<ul>")
            for theme in log.overview.themes:
                tags = ", ".join(f"{e(t.label)} ({t.count})" for t in theme.tags)
                out.append(
                    f"<li><b>{e(theme.family.label)}</b> ({theme.family.count}): {tags}</li>"
                )
            out.append("</ul>")
    for module in log.modules:
        out += _module_html(module, lang)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _module_html(module: ModuleLog, lang: str) -> list[str]:
    e = escape
    out = [f"<h2>{e(_module_heading(module, lang))}</h2>"]
    if module.place:
        out.append(f'<p class="meta">{e(log_label("place", lang))}: {e(module.place)}</p>')
    out.append(f'<h3 class="postcard">{e(log_label("postcard", lang))}</h3>')
    if not module.questions:
        out.append(f'<p class="note">{e(log_label(_no_questions(module), lang))}</p>')
    for question in module.questions:
        out.append(f'<p class="question">{e(question.question)}</p>')
        if not question.answers:
            out.append(f'<p class="note">{e(log_label("not_answered", lang))}</p>')
        out += [render_markdown(answer) for answer in question.answers]
    out += [render_markdown(card.body) for card in module.postcards if card.body.strip()]
    out.append(f"<h3>{e(_entries_heading(module, lang))}</h3>")
    if not module.entries:
        out.append(f"<p>{e(log_label('no_entries', lang))}</p>")
    for entry in module.entries:
        lines = html_entry(entry, lang)
        # One level below the module's own headings.
        out += [lines[0].replace("<h3>", "<h4>").replace("</h3>", "</h4>"), *lines[1:]]
    return out


_LOG_CSS = """
h3.postcard { color: #2f6f73; }
h4 { font-size: 1em; margin: 1.1em 0 0.2em; }
"""
