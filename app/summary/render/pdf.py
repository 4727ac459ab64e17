"""The coaching summary as an A4 PDF, written by Qt's own PDF writer.

The HTML renderer's Qt variant is laid out once by QTextDocument on the writer's
resolution, cut into pages, and each page gets a footer with its number. The themes chart
is drawn with QPainter and handed to the document as an image resource. Everything is
painted in this process, on the calling thread. Uses QtGui only, so it works from the
command line without a window (an offscreen QGuiApplication is made) and from a worker
thread of the window (`progress` reports each page and may raise to cancel).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.markdown_render import breakable
from app.summary.labels import label
from app.summary.model import Summary
from app.summary.progress import Progress
from app.summary.render.html import CHART_URL, render_html_summary

RESOLUTION = 300  # dots per inch of the PDF's layout grid
FONT_FAMILY = "DejaVu Sans"
_BAR = QColor("#4a7ab0")
_TAG_BAR = QColor("#9db8d6")
_TEXT = QColor("#222222")
MAX_CHART_ROWS = 24
# A block's user state (CSS `-qt-user-state`, set by the HTML renderer's Qt style) for a
# paragraph kept on a page with what follows it: a question, an entry's date and tags line.
KEEP_WITH_NEXT = 1
KEEP_WINDOW = 200  # blocks laid out ahead while headings are kept with their text
# Up to this much HTML (some 2,000 pages, 270 MiB kept), shaped text is kept from the
# layout to the painting.
KEEP_SHAPES_UP_TO_CHARS = 8_000_000

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt's fonts and painting need a QGuiApplication; the command line has none."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["refleks"])


def _points(pt: float) -> float:
    """Pixels on the PDF grid for a size in points."""
    return pt * RESOLUTION / 72


def chart_image(summary: Summary, width: int) -> QImage:
    """Horizontal bars: each family, with its tags below it in a lighter colour."""
    rows: list[tuple[str, int, bool]] = []
    for theme in summary.themes:
        rows.append((theme.family.label, theme.family.count, True))
        rows += [(f"   {tag.label}", tag.count, False) for tag in theme.tags]
    rows = rows[:MAX_CHART_ROWS]
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(_points(9.5)))
    metrics = QFontMetricsF(font)
    row_height = metrics.height() * 1.45
    # Premultiplied: the format Qt paints on without converting each pixel.
    image = QImage(
        width,
        max(1, round(row_height * len(rows) + row_height * 0.3)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.white)
    most = max((count for _, count, _ in rows), default=1) or 1
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold)
    widest = max(
        (
            (bold_metrics if is_family else metrics).horizontalAdvance(text)
            for text, _, is_family in rows
        ),
        default=0,
    )
    label_width = min(width * 0.42, widest + 24)
    count_width = metrics.horizontalAdvance("0000") + 10
    bar_space = width - label_width - count_width - 8
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, (text, count, is_family) in enumerate(rows):
            top = index * row_height + row_height * 0.15
            bold = QFont(font)
            bold.setBold(is_family)
            painter.setFont(bold)
            painter.setPen(_TEXT)
            elided = QFontMetricsF(bold).elidedText(
                text, Qt.TextElideMode.ElideRight, label_width - 12
            )
            text_rect = QRectF(0, top, label_width - 12, row_height * 0.8)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            bar = QRectF(
                label_width, top + row_height * 0.12, bar_space * count / most, row_height * 0.56
            )
            painter.fillRect(bar, _BAR if is_family else _TAG_BAR)
            count_rect = QRectF(bar.right() + 8, top, count_width, row_height * 0.8)
            painter.drawText(
                count_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(count)
            )
    finally:
        painter.end()
    # QTextDocument sizes images in 96-dpi pixels; this keeps our 300-dpi pixels sharp.
    image.setDevicePixelRatio(RESOLUTION / 96)
    return image


def pattern_images(summary: Summary, width: int) -> dict[str, QImage]:
    """The Insights charts of the summary, `width` pixels of the 300-dpi grid wide."""
    from app.summary.render.insight_charts import chart_images

    # Laid out in 96-dpi pixels as QTextDocument sizes images, painted on the 300-dpi grid.
    ratio = RESOLUTION / 96
    return chart_images(summary, width / ratio, ratio=ratio, font_pixels=8.5 * 96 / 72)


def render_pdf_summary(summary: Summary, *, progress: Progress | None = None) -> bytes:
    """The summary as PDF bytes (A4, page numbers in the footer)."""
    return render_pdf_document(
        render_html_summary(summary, for_qt=True, progress=progress),
        title=summary.title,
        language=summary.language,
        chart=summary,
        progress=progress,
    )


def render_pdf_document(
    html: str,
    *,
    title: str,
    language: str,
    chart: Summary | None = None,
    progress: Progress | None = None,
) -> bytes:
    """HTML made for Qt (`for_qt=True`) as PDF bytes; `chart` draws CHART_URL's themes.

    `progress(done, total)` is called before each page is painted and once at the end; an
    exception it raises (a cancel) stops the painting and leaves this function.
    """
    ensure_gui_application()
    images: dict[str, QImage] = {}
    width = round(_page_area().width() * 0.92)
    if chart is not None and chart.themes:
        images[CHART_URL] = chart_image(chart, width)
    if chart is not None:
        images.update(pattern_images(chart, width))
    document = PagedDocument(html, title, language, images)
    return document.render(range(document.page_count), progress=progress)


def _in_flow(block: QTextBlock) -> bool:
    """Not in a table's cell (a table keeps its own rows together)."""
    return QTextCursor(block).currentTable() is None


def _is_heading(block: QTextBlock) -> bool:
    """A heading, a question or an entry's date line, or a paragraph wholly in bold."""
    if block.blockFormat().headingLevel() > 0 or block.userState() == KEEP_WITH_NEXT:
        return True
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.text().strip():
            fragments.append(fragment)
        iterator += 1
    return bool(fragments) and all(
        f.charFormat().fontWeight() >= QFont.Weight.Bold for f in fragments
    )


def _breaks_before(block: QTextBlock) -> bool:
    policy = block.blockFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


FOOTER_HEIGHT = _points(22)


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 18, 20, 14),
        QPageLayout.Unit.Millimeter,
    )


def _page_area() -> QRect:
    return _page_layout().paintRectPixels(RESOLUTION)


class PagedDocument:
    """The document laid out on A4 pages for a PDF writer of its own."""

    def __init__(
        self, html: str, title: str, language: str, images: dict[str, QImage] | None = None
    ) -> None:
        self.title = title
        self.language = language
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(RESOLUTION)
        self.writer.setPageLayout(_page_layout())
        self.writer.setTitle(title)
        self.writer.setCreator("Refleks")

        self.area = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.footer_height = FOOTER_HEIGHT
        self.page_height = self.text_height()

        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self.writer)
        base = QFont(FONT_FAMILY)
        base.setPointSizeF(10)
        # Whole-pixel advances on the 300-dpi grid (1/300 inch, too fine to see): Qt's
        # PDF writer prints every glyph's offset, and "15" is a third shorter to format,
        # write and compress than "14.7812500"; a quarter less page data for the text.
        base.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
        self.document.setDefaultFont(base)
        self.document.setDocumentMargin(0)
        self.document.setPageSize(QSizeF(self.area.width(), self.page_height))
        for url, image in (images or {}).items():
            self.document.addResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(url), image
            )
        self.document.setHtml(breakable(html))
        if len(html) <= KEEP_SHAPES_UP_TO_CHARS:
            # Each paragraph's layout normally drops its shaped glyphs once its lines are
            # set, and painting shapes the whole text again: a fifth of the painting time.
            # Kept, they cost some 35 bytes per character of HTML (110 MiB for the 3.4 MB
            # of a 1,000-entry summary).
            block = self.document.begin()
            while block.isValid():
                block.layout().setCacheEnabled(True)
                block = block.next()
        self._keep_headings_with_what_follows()
        self._split_blocks_at_page_breaks()
        self.page_count = max(1, self.document.pageCount())

    @staticmethod
    def text_height() -> int:
        """A page's height for the text, in pixels of the PDF's grid (the footer below it).

        Whole pixels: Qt adds up page heights in 1/64 pixel, and a height it cannot hold
        exactly drifts its page breaks away from the pages painted here (4 px by page
        860: the tops of the next page's first line showed under the last line).
        """
        return math.floor(_page_area().height() - FOOTER_HEIGHT)

    def _page_of(self, y: float) -> int:
        return int(y // self.page_height)

    def _keep_headings_with_what_follows(self) -> None:
        """A heading (or a run of them) starts a new page rather than end one.

        Qt ignores `page-break-after: avoid`. So, in document order: where a run of headings
        and the first lines of the text after it fall on two pages, the run gets a page break
        before it, and the laying out goes on from there.
        """
        layout = self.document.documentLayout()
        # A page break lays out again all that follows it. So that costs a window's worth,
        # not the document's (1.5 s more for 1,000 entries), the blocks beyond the window
        # are hidden, and shown as the window moves on.
        hidden = self._hide_from(self.document.findBlockByNumber(KEEP_WINDOW))
        layout.documentSize()  # the window laid out
        run: QTextBlock | None = None  # the first heading of the run before `block`
        block = self.document.begin()
        while block.isValid():
            if hidden.isValid() and block.blockNumber() + KEEP_WINDOW // 2 >= hidden.blockNumber():
                hidden = self._show(hidden, KEEP_WINDOW)
            lines = self._laid_out(block)
            if not lines or (not block.text().strip() and _in_flow(block)):
                block = block.next()  # an empty paragraph between heading and text
                continue
            if _in_flow(block) and _is_heading(block):
                run = run or block
                block = block.next()
                continue
            if run is not None and not _breaks_before(run):
                first = run.layout().lineAt(0)
                start = layout.blockBoundingRect(run).top() + first.y()
                last = block.layout().lineAt(min(2, lines) - 1)
                end = layout.blockBoundingRect(block).top() + last.y() + last.height()
                page = self._page_of(start)
                if page != self._page_of(end - 0.01) and not self._starts_page(run, page):
                    page_format = run.blockFormat()
                    page_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(run).setBlockFormat(page_format)  # laid out again lazily
                    block, run = run, None
                    continue
            run = None
            block = block.next()
        while hidden.isValid():
            hidden = self._show(hidden, self.document.blockCount())

    def _starts_page(self, block: QTextBlock, page: int) -> bool:
        """Nothing above `block` on its page (a break before it would leave a page empty)."""
        layout = self.document.documentLayout()
        before = block.previous()
        while before.isValid() and not before.layout().lineCount():
            before = before.previous()
        if not before.isValid():
            return True
        last = before.layout().lineAt(before.layout().lineCount() - 1)
        return self._page_of(layout.blockBoundingRect(before).top() + last.y()) < page

    def _hide_from(self, first: QTextBlock) -> QTextBlock:
        """Hides `first` and every block after it; returns `first`."""
        if not first.isValid():
            return first
        block = first
        while block.isValid():
            block.setVisible(False)
            block = block.next()
        self._changed_from(first, self.document.lastBlock())
        return first

    def _show(self, first: QTextBlock, count: int) -> QTextBlock:
        """Shows `count` hidden blocks from `first`; returns the first still hidden."""
        block, last = first, first
        for _ in range(count):
            if not block.isValid():
                break
            block.setVisible(True)
            last, block = block, block.next()
        self._changed_from(first, last)
        return block

    def _changed_from(self, first: QTextBlock, last: QTextBlock) -> None:
        end = last.position() + last.length()
        self.document.markContentsDirty(first.position(), end - first.position())

    def _laid_out(self, block: QTextBlock) -> int:
        """The block's line count, once Qt has laid it out.

        After a change Qt lays out a little from the change on and the rest later; asking
        for a point further down lays out up to there (not the whole document again).
        """
        layout = self.document.documentLayout()
        reach = layout.blockBoundingRect(block).top()
        for _ in range(8):
            if block.layout().lineCount():
                break
            reach += 2 * self.page_height
            layout.hitTest(QPointF(0, reach), Qt.HitTestAccuracy.FuzzyHit)
        else:
            layout.documentSize()  # all of it
        return block.layout().lineCount()

    def _split_blocks_at_page_breaks(self) -> None:
        """A paragraph that runs on to the next page becomes two, cut between the lines.

        Painting a page's rectangle draws a paragraph from the line just above it (Qt's
        text layout counts its first line one too early); the clip hides that line, but
        its text stays in the PDF, where a search or a copy finds it above the page's top.
        Cut where the page breaks, with no margin between the parts, the paragraph is laid
        out as before and each part is drawn on its own page only.
        """
        layout = self.document.documentLayout()
        cuts: list[int] = []
        layout.documentSize()  # laid out to the end
        block = self.document.begin()
        while block.isValid():
            text_layout = block.layout()
            top = layout.blockBoundingRect(block).top()
            page = None
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                line_page = self._page_of(top + line.y())
                if page is not None and line_page != page:
                    cuts.append(block.position() + line.textStart())
                page = line_page
            block = block.next()
        if not cuts:
            return
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for position in reversed(cuts):
            cursor.setPosition(position)
            text_list = cursor.currentList()
            upper = cursor.blockFormat()
            lower = QTextBlockFormat(upper)
            lower.setTopMargin(0)
            cursor.insertBlock(lower, cursor.charFormat())
            if text_list is not None:  # the lower part continues the item: no new bullet
                text_list.remove(cursor.block())
                lower.setIndent(text_list.format().indent())
                lower.setObjectIndex(-1)
                cursor.setBlockFormat(lower)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            upper.setBottomMargin(0)
            cursor.setBlockFormat(upper)
        cursor.endEditBlock()

    def render(self, numbers: Iterable[int], *, progress: Progress | None = None) -> bytes:
        """A PDF of the pages `numbers` (counted from 0), "page x of y" in the footer."""
        numbers = list(numbers)
        pages = self.page_count
        width = self.area.width()
        footer_font = QFont(FONT_FAMILY)
        footer_font.setPixelSize(round(_points(8)))
        footer = QRectF(
            0,
            self.area.height() - self.footer_height * 0.7,
            width,
            self.footer_height * 0.7,
        )
        painter = QPainter(self.writer)
        try:
            for position, page in enumerate(numbers):
                if progress is not None:
                    progress(position, len(numbers))
                if position:
                    self.writer.newPage()
                painter.save()
                painter.translate(0, -page * self.page_height)
                # drawContents clips to the page's rectangle itself. A hair short of the
                # next page: Qt's text layout also draws a line that starts exactly at the
                # rectangle's bottom, and the clip would hide it but leave its text in the
                # PDF, under the page's last line.
                self.document.drawContents(
                    painter, QRectF(0, page * self.page_height, width, self.page_height - 0.25)
                )
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor("#666666"))
                painter.drawText(
                    footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title
                )
                painter.drawText(
                    footer,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label("page", self.language).format(page=page + 1, pages=pages),
                )
        finally:
            painter.end()
        if progress is not None:
            progress(len(numbers), len(numbers))
        self.buffer.close()
        return bytes(self.data.data())
