"""The look of the window: a calm palette that follows the system's light or dark scheme.

Also the one place that decides each tag family's colour, so a dilemma chip looks the same
in the timeline, the editor and the tag picker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# One hue per family: muted enough to sit calmly beside text, distinct enough to tell apart.
# (light background, dark background) for the chip's fill; the text colour is derived.
FAMILY_COLOURS: dict[str, tuple[str, str]] = {
    "dilemma": ("#f3dcc0", "#6b4a23"),  # warm amber
    "paradox": ("#e2d6f1", "#4f3d6e"),  # soft violet
    "legitimacy": ("#cfe5e6", "#24575b"),  # teal
    "role": ("#d7e8cf", "#3c5c31"),  # sage green
    "strategy": ("#d3ddf0", "#33466b"),  # slate blue
    "responsibility": ("#f1d3d6", "#6b3239"),  # dusty rose
    "own": ("#e3e3e0", "#4a4a47"),  # neutral grey
}
_FALLBACK = FAMILY_COLOURS["own"]

# Accent used for primary buttons, focus and selection: a quiet blue-green.
ACCENT_LIGHT = "#2f6f73"
ACCENT_DARK = "#6fb3b5"
WARNING_LIGHT = ("#fbe9c6", "#5a3d00")  # banner fill, banner text
WARNING_DARK = ("#5a4212", "#fbe9c6")


def family_colour(family: str, dark: bool) -> QColor:
    """The chip fill colour of `family` for a light (`dark=False`) or dark window."""
    light_hex, dark_hex = FAMILY_COLOURS.get(family, _FALLBACK)
    return QColor(dark_hex if dark else light_hex)


def family_text_colour(family: str, dark: bool) -> QColor:
    """A text colour that reads well on `family_colour(family, dark)`."""
    return QColor("#f4f1ec") if dark else QColor("#2a2a28")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (system dark scheme or a dark palette)."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    if hints is not None and palette is None:
        scheme = hints.colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return True
        if scheme == Qt.ColorScheme.Light:
            return False
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(dark: bool) -> str:
    """The application stylesheet: spacing and a few accents; colours mostly from the palette."""
    accent = ACCENT_DARK if dark else ACCENT_LIGHT
    warn_bg, warn_fg = WARNING_DARK if dark else WARNING_LIGHT
    muted = "#a9a9a4" if dark else "#5f5f5a"
    line = "#454542" if dark else "#d9d7d0"
    # A date that has passed is noticed in a warm amber, never an alarming red.
    passed, passed_text = ("#c9913a", "#e0b066") if dark else ("#d69a3c", "#8a5a14")
    return f"""
QToolBar {{ spacing: 6px; padding: 4px; border: none; }}
QToolBar QToolButton {{ padding: 4px 8px; }}
QStatusBar QLabel#savedLabel {{ color: {muted}; padding: 0 8px; }}
QFrame#saveBanner {{ background: {warn_bg}; border-radius: 6px; }}
QFrame#saveBanner QLabel {{ color: {warn_fg}; }}
QWidget#startPage QLabel#startTitle {{ font-size: 22pt; font-weight: 600; }}
QWidget#startPage QLabel#startLead {{ font-size: 12pt; }}
QWidget#startPage QLabel#startNote {{ color: {muted}; }}
QCommandLinkButton#startChoice {{
    border: 1px solid {accent}; border-radius: 8px; padding: 10px 14px;
}}
QCommandLinkButton#startChoice:hover, QCommandLinkButton#startChoice:focus {{
    border-width: 2px; padding: 9px 13px;
}}
QFrame#reminderNotice {{
    background: palette(alternate-base); border: 1px solid {line};
    border-left: 3px solid {accent}; border-radius: 6px;
}}
QListWidget::item {{ padding: 5px 4px; }}
QLabel.muted, QLabel[muted="true"] {{ color: {muted}; }}
QFrame#commitmentRow {{
    background: palette(base); border: 1px solid {line}; border-radius: 6px;
}}
QFrame#commitmentRow[passed="true"] {{ border-left: 3px solid {passed}; }}
QLabel#commitmentDue[passed="true"] {{ color: {passed_text}; }}
QPushButton#makeCommitmentFromAnswer, QPushButton#entryCommitmentClose,
QPushButton#recordCoachingButton {{ color: {accent}; border: none; padding: 2px 2px; }}
QPushButton#makeCommitmentFromAnswer:hover, QPushButton#makeCommitmentFromAnswer:focus,
QPushButton#entryCommitmentClose:hover, QPushButton#entryCommitmentClose:focus,
QPushButton#recordCoachingButton:hover, QPushButton#recordCoachingButton:focus {{
    text-decoration: underline;
}}
QPushButton#makeCommitmentFromAnswer:disabled {{ color: {muted}; }}
"""


def apply_theme(app: QApplication, *, dark: bool | None = None) -> None:
    """Use Fusion (the same on every platform) with the system's light/dark scheme.

    `dark` overrides the system's choice (screenshots and tests of the dark look).
    """
    app.setStyle("Fusion")
    dark = is_dark() if dark is None else dark
    palette = app.style().standardPalette()
    accent = QColor(ACCENT_DARK if dark else ACCENT_LIGHT)
    if dark:
        palette = _dark_palette()
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.Link, accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#101010" if dark else "#ffffff"))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(dark))


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2a",
        QPalette.ColorRole.WindowText: "#e8e6e1",
        QPalette.ColorRole.Base: "#222221",
        QPalette.ColorRole.AlternateBase: "#2f2f2d",
        QPalette.ColorRole.Text: "#e8e6e1",
        QPalette.ColorRole.Button: "#353533",
        QPalette.ColorRole.ButtonText: "#e8e6e1",
        QPalette.ColorRole.ToolTipBase: "#353533",
        QPalette.ColorRole.ToolTipText: "#e8e6e1",
        QPalette.ColorRole.PlaceholderText: "#8c8a85",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#77756f"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#77756f"))
    return palette
