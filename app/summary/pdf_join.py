"""Joining PDF files written by Qt's PDF writer into one, pages in order.

Long summaries are painted in parts at the same time (see render_pdf); each part is a
complete PDF from QPdfWriter. Qt writes a plain PDF 1.4 file: one cross-reference table,
every object `N 0 obj ... endobj`, no object streams, one page tree. The join keeps the
first file's catalog, document information and metadata, renumbers the other files'
objects past the first file's, and hangs their pages under the first file's page tree.
Each part keeps its own font subsets, so the glyph numbers inside its compressed page
streams stay right; stream bytes are copied untouched.

It reads only what Qt writes; anything else raises PdfJoinError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF = re.compile(rb"xref\s+0 (\d+)\s")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_OBJECT_HEAD = re.compile(rb"(\d+) 0 obj\s")
_REFERENCE = re.compile(rb"(\d+) 0 R\b")
_ROOT = re.compile(rb"/Root (\d+) 0 R")
_INFO = re.compile(rb"/Info (\d+) 0 R")
_ID = re.compile(rb"/ID \[[^\]]*\]")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_NAMES = re.compile(rb"/Names (\d+) 0 R")
_METADATA = re.compile(rb"/Metadata (\d+) 0 R")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_COUNT = re.compile(rb"/Count (\d+)")
_PARENT = re.compile(rb"/Parent (\d+) 0 R")
_STREAM = re.compile(rb">>\s*stream\r?\n")


class PdfJoinError(ValueError):
    """A file that is not laid out the way Qt's PDF writer lays it out."""


@dataclass
class _Pdf:
    header: bytes
    objects: dict[int, bytes]  # number -> what stands between "N 0 obj" and "endobj"
    root: int
    info: int | None
    id_entry: bytes
    pages: int
    kids: list[int]


def _parse(data: bytes) -> _Pdf:
    end = _STARTXREF.search(data, max(0, len(data) - 64))
    if end is None:
        raise PdfJoinError("no startxref at the end")
    xref_at = int(end.group(1))
    trailer_at = data.find(b"trailer", xref_at)
    table = _XREF.match(data, xref_at)
    if table is None or trailer_at < 0:
        raise PdfJoinError("no cross-reference table of one section")
    entries = _XREF_ENTRY.findall(data, table.end(), trailer_at)
    if len(entries) != int(table.group(1)):
        raise PdfJoinError("a cross-reference table of more than one section")
    offsets = sorted(
        (int(offset), number) for number, (offset, _, kind) in enumerate(entries) if kind == b"n"
    )
    objects: dict[int, bytes] = {}
    bounds = [offset for offset, _ in offsets] + [xref_at]
    for (offset, number), stop in zip(offsets, bounds[1:], strict=True):
        head = _OBJECT_HEAD.match(data, offset)
        if head is None or int(head.group(1)) != number:
            raise PdfJoinError(f"object {number} is not where the table says")
        body = data[head.end() : stop].rstrip()
        if not body.endswith(b"endobj"):
            raise PdfJoinError(f"object {number} does not end with endobj")
        objects[number] = body[: -len(b"endobj")]
    trailer = data[trailer_at : end.start()]
    root_match = _ROOT.search(trailer)
    if root_match is None:
        raise PdfJoinError("no /Root in the trailer")
    root = int(root_match.group(1))
    info_match = _INFO.search(trailer)
    id_match = _ID.search(trailer)
    pages_match = _PAGES.search(objects.get(root, b""))
    if pages_match is None:
        raise PdfJoinError("no page tree in the catalog")
    pages = int(pages_match.group(1))
    kids_match = _KIDS.search(objects.get(pages, b""))
    if kids_match is None:
        raise PdfJoinError("no /Kids in the page tree")
    kids = [int(n) for n in _REFERENCE.findall(kids_match.group(1))]
    for kid in kids:
        parent = _PARENT.search(_dictionary(objects[kid]))
        if parent is None or int(parent.group(1)) != pages:
            raise PdfJoinError("the page tree is not flat")
    return _Pdf(
        header=data[: offsets[0][0]] if offsets else b"%PDF-1.4\n",
        objects=objects,
        root=root,
        info=int(info_match.group(1)) if info_match else None,
        id_entry=id_match.group(0) if id_match else b"",
        pages=pages,
        kids=kids,
    )


def _dictionary(body: bytes) -> bytes:
    """The part of an object's body before its stream data, where references live."""
    stream = _STREAM.search(body)
    return body if stream is None else body[: stream.start() + 2]


def join_pdfs(parts: list[bytes]) -> bytes:
    """One PDF with the pages of `parts` in order; a single part comes back as it is."""
    if len(parts) == 1:
        return parts[0]
    first = _parse(parts[0])
    objects = dict(first.objects)
    kids = list(first.kids)
    next_number = max(objects) + 1
    for data in parts[1:]:
        part = _parse(data)
        # The catalog, the page tree and what only the catalog points to stay behind;
        # the first file's stand for the whole document.
        left_behind = {part.root, part.pages}
        if part.info is not None:
            left_behind.add(part.info)
        for pattern in (_NAMES, _METADATA):
            match = pattern.search(_dictionary(part.objects[part.root]))
            if match:
                left_behind.add(int(match.group(1)))
        numbers = {
            old: next_number + index
            for index, old in enumerate(n for n in sorted(part.objects) if n not in left_behind)
        }
        numbers[part.pages] = first.pages
        next_number += len(numbers) - 1

        def renumber(match: re.Match[bytes], numbers: dict[int, int] = numbers) -> bytes:
            old = int(match.group(1))
            if old not in numbers:
                raise PdfJoinError(f"a reference to object {old}, which stays behind")
            return b"%d 0 R" % numbers[old]

        for old, new in numbers.items():
            if old == part.pages:
                continue
            body = part.objects[old]
            head = _dictionary(body)
            objects[new] = _REFERENCE.sub(renumber, head) + body[len(head) :]
        kids += [numbers[kid] for kid in part.kids]
    page_tree = objects[first.pages]
    kids_text = b"\n".join(b"%d 0 R" % kid for kid in kids)
    page_tree = _KIDS.sub(lambda _: b"/Kids \n[\n" + kids_text + b"\n]", page_tree, count=1)
    objects[first.pages] = _COUNT.sub(b"/Count %d" % len(kids), page_tree, count=1)
    return _write(first, objects)


def _write(first: _Pdf, objects: dict[int, bytes]) -> bytes:
    out = bytearray(first.header)
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number
        out += objects[number].strip(b"\n")
        out += b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    info = b"/Info %d 0 R\n" % first.info if first.info is not None else b""
    out += b"trailer\n<<\n/Size %d\n%s/Root %d 0 R\n" % (size, info, first.root)
    if first.id_entry:
        out += first.id_entry + b"\n"
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
