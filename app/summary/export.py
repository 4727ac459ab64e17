"""Rendering a summary into the bytes of one file format."""

from __future__ import annotations

from app.summary.model import Summary
from app.summary.progress import Progress
from app.summary.render.html import render_html_summary
from app.summary.render.markdown import render_markdown_summary


def render_summary(summary: Summary, fmt: str, *, progress: Progress | None = None) -> bytes:
    """The file's bytes; `progress` hears of each entry (and each PDF page) and may cancel."""
    if fmt == "md":
        if progress is not None:
            progress(0, 1)
        return render_markdown_summary(summary).encode("utf-8")
    if fmt == "html":
        return render_html_summary(summary, progress=progress).encode("utf-8")
    if fmt == "pdf":
        from app.summary.render.pdf import render_pdf_summary  # Qt only when needed

        return render_pdf_summary(summary, progress=progress)
    raise ValueError(fmt)
