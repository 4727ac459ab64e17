"""The coaching summary as an A4 PDF, written by Qt's own PDF writer.

The HTML renderer's Qt variant is laid out by QTextDocument on the writer's resolution,
cut into pages, and each page gets a footer with its number. The themes chart is drawn
with QPainter and handed to the document as an image resource. Uses QtGui only, so it
works from the command line without a window (an offscreen QGuiApplication is made).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
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
    QTextDocument,
)

from app.summary.labels import label
from app.summary.model import Summary
from app.summary.render_html import CHART_URL, render_html_summary

RESOLUTION = 300  # dots per inch of the PDF's layout grid
FONT_FAMILY = "DejaVu Sans"
_BAR = QColor("#4a7ab0")
_TAG_BAR = QColor("#9db8d6")
_TEXT = QColor("#222222")
MAX_CHART_ROWS = 24

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
    image = QImage(
        width, max(1, round(row_height * len(rows) + row_height * 0.3)), QImage.Format.Format_ARGB32
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


def render_pdf_summary(summary: Summary) -> bytes:
    """The summary as PDF bytes (A4, page numbers in the footer)."""
    return render_pdf_document(
        render_html_summary(summary, for_qt=True),
        title=summary.title,
        language=summary.language,
        chart=summary,
    )


def render_pdf_document(
    html: str, *, title: str, language: str, chart: Summary | None = None
) -> bytes:
    """HTML made for Qt (`for_qt=True`) as PDF bytes; `chart` draws CHART_URL's themes."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 18, 20, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Refleks")

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_height = _points(22)
    page_height = area.height() - footer_height

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    base = QFont(FONT_FAMILY)
    base.setPointSizeF(10)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(area.width(), page_height))
    if chart is not None and chart.themes:
        document.addResource(
            QTextDocument.ResourceType.ImageResource.value,
            QUrl(CHART_URL),
            chart_image(chart, round(area.width() * 0.92)),
        )
    document.setHtml(html)
    pages = max(1, document.pageCount())

    footer_font = QFont(FONT_FAMILY)
    footer_font.setPixelSize(round(_points(8)))
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, area.width(), page_height))
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, area.width(), page_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#666666"))
            footer = QRectF(
                0, area.height() - footer_height * 0.7, area.width(), footer_height * 0.7
            )
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label("page", language).format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
