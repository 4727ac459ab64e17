"""Joining PDF files into one, pages in order, with qpdf (through pikepdf).

Long summaries are painted in parts at the same time (see render_pdf); each part is a
complete PDF from QPdfWriter. The first part's catalog, document information and metadata
are kept and the other parts' pages are appended to it; qpdf copies their objects (fonts,
page streams) as they are and writes one consistent file.
"""

from __future__ import annotations

import io


class PdfJoinError(ValueError):
    """A part that is not a readable PDF."""


def join_pdfs(parts: list[bytes]) -> bytes:
    """One PDF holding the pages of `parts`, in order; a single part is returned as is."""
    if len(parts) == 1:
        return parts[0]
    import pikepdf  # only the command line's long summaries join parts

    try:
        joined = pikepdf.open(io.BytesIO(parts[0]))
        for part in parts[1:]:
            joined.pages.extend(pikepdf.open(io.BytesIO(part)).pages)
        out = io.BytesIO()
        joined.save(out)
    except pikepdf.PdfError as error:
        raise PdfJoinError(f"a part of the PDF could not be read: {error}") from error
    return out.getvalue()
