"""Build the icon's PNG sizes, Windows .ico and macOS .icns from resources/icons/refleks.svg.

Run after changing the SVG and commit the results: `.venv/bin/python packaging/build_icons.py`.
Qt's own SVG renderer draws each size (no system tool needed); Pillow (the `bundle` extra)
writes the .ico and .icns.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "refleks.svg"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "png" / f"refleks-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"build_icons: {SOURCE} is not a valid SVG; fix it and run again")
    png_path(SIZES[0]).parent.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size))):
            raise SystemExit(f"build_icons: could not write {png_path(size)}")


def write_ico_and_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(512))
    largest.save(ICONS / "refleks.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(ICONS / "refleks.icns")


def main() -> int:
    render_pngs()
    write_ico_and_icns()
    print(f"build_icons: wrote {len(SIZES)} PNGs, refleks.ico and refleks.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
