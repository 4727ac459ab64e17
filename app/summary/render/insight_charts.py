"""The insights' charts in the coaching summary: painted images for the HTML and the PDF.

The charts are those of the window's Insights view (app/insights/charts.py, painted by
app/insights/paint.py) over exactly the summary's entries, in print colours. The PDF and
the export dialog's preview hand the images to their QTextDocument under `refleks-chart:`
names; the HTML file carries them as inline SVG, painted by the same functions (no image
file, no `src`, nothing remote).
"""

from __future__ import annotations

import math
import re
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.catalog.model import Text
from app.insights.charts import InsightCharts
from app.insights.paint import (
    Bars,
    ChartStyle,
    Grid,
    bars_height,
    grid_height,
    paint_bars,
    paint_grid,
)
from app.summary.model import Summary

RECURRING_URL = "refleks-chart:recurring"
PRACTICE_URL = "refleks-chart:practice"
PAIRS_URL = "refleks-chart:pairs"
RHYTHM_URL = "refleks-chart:rhythm"
OUTCOMES_URL = "refleks-chart:outcomes"

FONT_FAMILY = "DejaVu Sans"
HTML_WIDTH = 720  # CSS pixels: the HTML page's column is 46em

_LABELS = {
    "patterns": Text("Mønstre over tid", "Patterns over time"),
    "patterns_intro": Text(
        "Talt over indlæggene i dette resumé, {by}.",
        "Counted over the entries in this summary, {by}.",
    ),
    "by_month": Text("måned for måned", "month by month"),
    "by_quarter": Text("kvartal for kvartal", "quarter by quarter"),
    "recurring": Text(
        "Dilemmaer og paradokser, der vender tilbage", "Recurring dilemmas and paradoxes"
    ),
    "practice": Text("Lederroller og netværksstrategier", "Leader roles and network strategies"),
    "rhythm": Text("Skriverytme: indlæg pr. uge", "Rhythm of writing: entries per week"),
    "outcomes": Text("Sådan endte forpligtelserne", "How commitments ended"),
    "pairs_heat": Text(
        "Indlæg med både et dilemma eller paradoks og en form for legitimitet.",
        "Entries tagged with both a dilemma or paradox and a form of legitimacy.",
    ),
}


def _label(key: str, language: str, **values: str) -> str:
    return _LABELS[key].get(language).format(**values)


def print_style(font_pixels: float) -> ChartStyle:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(font_pixels)))
    return ChartStyle(
        text=QColor("#222222"),
        muted=QColor("#555555"),
        empty=QColor("#eef1f4"),
        low=QColor("#d6e2ef"),
        high=QColor("#4a7ab0"),
        strong_text=QColor("#ffffff"),
        font=font,
    )


def chart_image(chart: Grid | Bars, width: float, *, ratio: float, font_pixels: float) -> QImage:
    """`chart` painted `width` logical pixels wide on white, at `ratio` device pixels each."""
    style = print_style(font_pixels)
    height = grid_height(chart, style, width) if isinstance(chart, Grid) else bars_height(style)
    image = QImage(
        math.ceil(width * ratio),
        math.ceil(height * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        if isinstance(chart, Grid):
            paint_grid(painter, chart, style, QRectF(0, 0, width, height))
        else:
            paint_bars(painter, chart, style, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def charts_by_url(patterns: InsightCharts) -> dict[str, Grid | Bars]:
    """The charts the summary shows, by the name its HTML gives each (none when empty)."""
    found: dict[str, Grid | Bars] = {}
    if patterns.recurring.tags:
        found[RECURRING_URL] = patterns.recurring.grid
    if patterns.pair_rows:
        found[PAIRS_URL] = patterns.pairs
    if patterns.practice.tags:
        found[PRACTICE_URL] = patterns.practice.grid
    if any(patterns.rhythm.counts):
        found[RHYTHM_URL] = patterns.rhythm
    if patterns.has_outcomes:
        found[OUTCOMES_URL] = patterns.outcomes
    return found


def chart_images(
    summary: Summary, width: float, *, ratio: float, font_pixels: float
) -> dict[str, QImage]:
    """Every chart of `summary` as an image, for a QTextDocument's resources."""
    if summary.patterns is None:
        return {}
    return {
        url: chart_image(chart, width, ratio=ratio, font_pixels=font_pixels)
        for url, chart in charts_by_url(summary.patterns).items()
    }


def _svg(chart: Grid | Bars) -> str:
    """`chart` as inline SVG, painted by the same functions as the window and the PDF."""
    from PySide6.QtSvg import QSvgGenerator

    from app.summary.render.pdf import ensure_gui_application

    ensure_gui_application()
    style = print_style(12)
    width = float(HTML_WIDTH)
    height = grid_height(chart, style, width) if isinstance(chart, Grid) else bars_height(style)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(HTML_WIDTH, math.ceil(height)))
    generator.setViewBox(QRect(0, 0, HTML_WIDTH, math.ceil(height)))
    generator.setResolution(96)
    painter = QPainter(generator)
    try:
        if isinstance(chart, Grid):
            paint_grid(painter, chart, style, QRectF(0, 0, width, height))
        else:
            paint_bars(painter, chart, style, QRectF(0, 0, width, height))
    finally:
        painter.end()
    svg = bytes(data.data()).decode("utf-8")
    svg = svg[svg.index("<svg") :]  # no XML declaration or doctype inside HTML
    # Scale with the page's column instead of Qt's fixed millimetres.
    return re.sub(
        r'<svg width="[^"]*" height="[^"]*"',
        f'<svg style="width:100%;max-width:{HTML_WIDTH}px;height:auto"',
        svg,
        count=1,
    )


def _image(url: str, chart: Grid | Bars, for_qt: bool, alt: str) -> str:
    if for_qt:
        return f'<p><img src="{url}"></p>'
    return f'<div class="chart" role="img" aria-label="{escape(alt)}">{_svg(chart)}</div>'


def pairs_html(summary: Summary, for_qt: bool) -> list[str]:
    """The dilemma × legitimacy heat map, or nothing (the table stands in for it)."""
    if summary.patterns is None:
        return []
    charts = charts_by_url(summary.patterns)
    if PAIRS_URL not in charts:
        return []
    # The section's introduction says what the cells count; the label names the image.
    alt = _label("pairs_heat", summary.language)
    return [_image(PAIRS_URL, charts[PAIRS_URL], for_qt, alt)]


def patterns_html(summary: Summary, for_qt: bool) -> list[str]:
    """The section "Patterns over time": recurring tags by period, roles and strategies,
    the weekly rhythm; nothing when the summary has no entries."""
    patterns = summary.patterns
    if patterns is None or not patterns.insights.periods:
        return []
    lang = summary.language
    charts = charts_by_url(patterns)
    by = _label("by_quarter" if patterns.insights.request.by == "quarter" else "by_month", lang)
    out = [
        f"<h2>{escape(_label('patterns', lang))}</h2>",
        f"<p>{escape(_label('patterns_intro', lang, by=by))}</p>",
    ]
    for url, key in (
        (RECURRING_URL, "recurring"),
        (PRACTICE_URL, "practice"),
        (RHYTHM_URL, "rhythm"),
        (OUTCOMES_URL, "outcomes"),
    ):
        if url in charts:
            title = _label(key, lang)
            out += [f"<h3>{escape(title)}</h3>", _image(url, charts[url], for_qt, title)]
    return out
