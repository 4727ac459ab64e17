"""Starting the real program, and the look it starts with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from app.catalog.catalog import Catalog
from ui.shell.theme import FAMILY_COLOURS, family_colour, family_text_colour, is_dark, stylesheet

REPO_ROOT = Path(__file__).resolve().parents[3]


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_family_has_a_readable_colour_in_light_and_dark(catalog: Catalog) -> None:
    assert {family.key for family in catalog.families} <= set(FAMILY_COLOURS)
    for family in catalog.families:
        for dark in (False, True):
            fill = family_colour(family.key, dark)
            assert _contrast(fill, family_text_colour(family.key, dark)) >= 4.5, family.key
    light = {family_colour(f.key, False).name() for f in catalog.families}
    assert len(light) == len(catalog.families)  # one colour per family
    assert family_colour("unknown", False) == family_colour("own", False)


def test_dark_is_read_from_the_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f4f4f4"))
    assert is_dark(dark) is True
    assert is_dark(light) is False
    assert "saveBanner" in stylesheet(True) and "saveBanner" in stylesheet(False)


@pytest.mark.slow
def test_the_program_opens_its_window_and_paints_the_timeline(tmp_path: Path) -> None:
    # The start-up benchmark's hook ends the process right after the first paint, so this
    # shows the real start (application, language, theme, lock, window) works end to end.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REFLEKS_BENCH_EXIT_AFTER_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the user's settings stay untouched
        "HOME": str(tmp_path),
    }
    data = ["--data-dir", str(tmp_path / "data")]
    # One entry, so the timeline has a list to paint (an empty journal shows a placeholder).
    subprocess.run(
        [sys.executable, "main.py", *data, "new", "--title", "Første", "--date", "2026-03-02"],
        cwd=REPO_ROOT,
        env=env,
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "main.py", *data],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "PAINTED" in result.stdout
    assert (tmp_path / "data" / "journal.db").exists()
