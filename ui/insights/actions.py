"""The View ▸ Insights command: the Insights view in the window's right pane.

The view takes the place of the entry (the timeline stays beside it); a click on a chart
sets the timeline's filter to the entries behind it, and Close, or opening an entry,
brings the entry back. The view is made the first time and kept while the window lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.insights.service import InsightsService
from ui.insights.view import InsightsView

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def show_insights(window: MainWindow) -> InsightsView:
    view = window.findChild(InsightsView)
    if view is None:
        view = InsightsView(
            insights=InsightsService(database=window.context.database),
            catalog=window.context.catalog,
            changes=window.context.changes,
        )
        view.set_language(window.languages.language)
        window.languages.language_changed.connect(view.set_language)
        view.filter_requested.connect(window.timeline.set_filter)
        window.right.addWidget(view)
        view.close_requested.connect(lambda: _close(window, view))
    if window.right.currentWidget() is not view:
        view.setProperty("previous", window.right.currentIndex())
        window.right.setCurrentWidget(view)
    view.setFocus()
    return view


def _close(window: MainWindow, view: InsightsView) -> None:
    previous = view.property("previous")
    window.right.setCurrentIndex(previous if isinstance(previous, int) else 0)
