"""Small line icons for the editor's buttons, drawn from inline SVG in the text colour.

Inline so the editor looks the same on every platform, with or without an icon theme.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_STROKE = (
    'fill="none" stroke="{colour}" stroke-width="1.7" stroke-linecap="round" '
    'stroke-linejoin="round"'
)

_PATHS: dict[str, str] = {
    "private": '<rect x="5" y="10.5" width="14" height="10" rx="2"/>'
    '<path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>',
    "coaching": '<circle cx="8.5" cy="8" r="3"/><circle cx="16" cy="9" r="2.5"/>'
    '<path d="M3 19.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5"/><path d="M14.5 14.6c3 0 6 1.5 6 4.4"/>',
    "preview": '<path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z"/>'
    '<circle cx="12" cy="12" r="3"/>',
    "edit": '<path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "trash": '<path d="M4 7h16"/><path d="M9.5 7V4.5h5V7"/>'
    '<path d="M6.5 7l1 13h9l1-13"/><path d="M10 11v5.5M14 11v5.5"/>',
    "tag": '<path d="M3.5 12.5V4h8.5l8.5 8.5-8.5 8.5z"/><circle cx="8" cy="8.5" r="1.4"/>',
}


def _pixmaps(name: str, colour: QColor, size: int) -> list[QPixmap]:
    stroke = _STROKE.format(colour=colour.name())
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f"<g {stroke}>{_PATHS[name]}</g></svg>"
    )
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    pixmaps = []
    for scale in (1, 2):  # sharp on high-DPI screens too
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * scale, size * scale))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        pixmaps.append(pixmap)
    return pixmaps


def editor_icon(
    name: str, colour: QColor, size: int = 18, *, checked_colour: QColor | None = None
) -> QIcon:
    """The icon called `name`, stroked in `colour` (in `checked_colour` while checked)."""
    icon = QIcon()
    for pixmap in _pixmaps(name, colour, size):
        icon.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.Off)
    for pixmap in _pixmaps(name, checked_colour or colour, size):
        icon.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.On)
    return icon
