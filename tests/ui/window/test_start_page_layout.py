"""The start page on a laptop screen: the postcard suggestion keeps all of its text."""

from __future__ import annotations

import datetime as dt

from app.courses.records import ModuleSpec
from app.courses.service import CourseService
from app.journal.context import JournalContext
from ui.preferences.settings import Settings


def test_suggestion_and_buttons_are_laid_out_whole_at_1366x768(
    context: JournalContext, make_window, settings: Settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    CourseService(journal=context.journal).create_course(
        "Ledelse i netværksstaten",
        [
            ModuleSpec("Modul 1", today - dt.timedelta(days=40)),
            ModuleSpec("Modul 2", today - dt.timedelta(days=10)),
            ModuleSpec("Modul 3", today + dt.timedelta(days=20)),
        ],
    )
    window = make_window(settings)
    window.course_mode.refresh()
    window.resize(1366, 738)
    suggestion = window.course_mode.start_suggestion
    qtbot.waitUntil(lambda: suggestion.isVisible())
    detail = suggestion.detail
    assert "1" in detail.text()  # "1 more module without a postcard": two are pending

    def whole() -> bool:
        return detail.height() >= detail.heightForWidth(
            detail.width()
        ) and suggestion.height() >= suggestion.heightForWidth(suggestion.width())

    qtbot.waitUntil(whole)
    heights = {button.height() for button in window.start_page.buttons.values()}
    assert len(heights) == 1  # the three start buttons are one height
    # Nothing overlaps: the suggestion ends above the first button.
    first = window.start_page.buttons[""]
    assert suggestion.geometry().bottom() < first.geometry().top()
