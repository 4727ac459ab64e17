"""The Insights view: a chosen period's recurring dilemmas and paradoxes, dilemma ×
legitimacy, leader roles and network strategies over time, and the rhythm of writing.

It asks `InsightsService` for the counts and `charts_of` for the charts, and refreshes
itself from the journal's change notifications (at once when shown, else when next shown).
A click on a cell or bar announces, with `filter_requested`, the timeline filter of the
entries behind it; the window hands that to the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.catalog.catalog import Catalog
from app.insights.charts import InsightCharts, TagGrid, charts_of
from app.insights.records import Insights, InsightsRequest
from app.insights.service import InsightsService
from app.journal.changes import Change, ChangeFeed, Changes
from app.records import TimelineFilter
from ui.insights.chart_widgets import BarChart, GridChart

_MONTHS_SHOWN = 12


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months: from the first day of the month eleven months ago to today."""
    month = today.year * 12 + today.month - 1 - (_MONTHS_SHOWN - 1)
    return dt.date(month // 12, month % 12 + 1, 1), today


class _Section(QWidget):
    """A heading, a line saying what the chart shows, the chart, and a note when empty."""

    def __init__(self, chart: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.lead = QLabel(wordWrap=True)
        self.lead.setProperty("muted", True)
        self.empty = QLabel(wordWrap=True)
        self.empty.setProperty("muted", True)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addWidget(chart)
        layout.addWidget(self.empty)

    def show_chart(self, shown: bool) -> None:
        self.chart.setVisible(shown)
        self.empty.setVisible(not shown)


class InsightsView(QWidget):
    """Patterns over a chosen period; `filter_requested` carries a cell's TimelineFilter."""

    filter_requested = Signal(object)  # TimelineFilter
    close_requested = Signal()

    def __init__(
        self,
        *,
        insights: InsightsService,
        catalog: Catalog,
        changes: ChangeFeed,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self._service = insights
        self._catalog = catalog
        self._language = "en"
        self._charts: InsightCharts | None = None
        self._stale = True
        self._build(default_period(today()))
        self._connect_signals()
        self._retranslate()
        unsubscribe = changes.subscribe(self.on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())

    # ----- public ----------------------------------------------------------------------

    def request(self) -> InsightsRequest:
        return InsightsRequest(
            date_from=self.from_edit.date().toPython(),
            date_to=self.to_edit.date().toPython(),
            by="quarter" if self.by_box.currentIndex() == 1 else "month",
            include_private=self.private_check.isChecked(),
        )

    def set_period(self, first: dt.date, last: dt.date, by: str = "month") -> None:
        for widget in (self.from_edit, self.to_edit, self.by_box):
            widget.blockSignals(True)
        self.from_edit.setDate(QDate(first))
        self.to_edit.setDate(QDate(last))
        self.by_box.setCurrentIndex(1 if by == "quarter" else 0)
        for widget in (self.from_edit, self.to_edit, self.by_box):
            widget.blockSignals(False)
        self.refresh()

    def charts(self) -> InsightCharts | None:
        return self._charts

    def refresh(self) -> None:
        """Count again now (the view shows the result at once)."""
        self._stale = False
        request = self.request()
        if request.date_from and request.date_to and request.date_from > request.date_to:
            self.to_edit.setDate(self.from_edit.date())
            return  # setting the date refreshes again
        self._show(self._service.compute(request))

    def set_language(self, language: str) -> None:
        """Tag labels and period names in the journal's language (the catalog's texts)."""
        self._language = language
        if self._charts is not None:
            self._show(self._charts.insights)

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(Change.ENTRIES | Change.COMMITMENTS):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    # ----- building --------------------------------------------------------------------

    def _build(self, period: tuple[dt.date, dt.date]) -> None:
        self.heading = QLabel(objectName="insightsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.close_button = QPushButton(objectName="insightsClose")
        self.from_label = QLabel()
        self.from_edit = QDateEdit(QDate(period[0]), calendarPopup=True, objectName="insightsFrom")
        self.to_label = QLabel()
        self.to_edit = QDateEdit(QDate(period[1]), calendarPopup=True, objectName="insightsTo")
        self.by_box = QComboBox(objectName="insightsBy")
        self.by_box.addItems(["", ""])
        self.private_check = QCheckBox(objectName="insightsPrivate")
        self.total_label = QLabel(objectName="insightsTotal")
        self.total_label.setProperty("muted", True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.close_button)
        controls = QHBoxLayout()
        controls.setSpacing(8)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit, self.by_box):
            controls.addWidget(widget)
        controls.addSpacing(8)
        controls.addWidget(self.private_check)
        controls.addStretch(1)

        self.recurring_chart = GridChart()
        self.pairs_chart = GridChart()
        self.practice_chart = GridChart()
        self.rhythm_chart = BarChart()
        self.outcomes_chart = GridChart()
        for chart, name in (
            (self.recurring_chart, "recurringChart"),
            (self.pairs_chart, "pairsChart"),
            (self.practice_chart, "practiceChart"),
            (self.rhythm_chart, "rhythmChart"),
            (self.outcomes_chart, "outcomesChart"),
        ):
            chart.setObjectName(name)
        self.recurring = _Section(self.recurring_chart, "recurringSection")
        self.pairs = _Section(self.pairs_chart, "pairsSection")
        self.practice = _Section(self.practice_chart, "practiceSection")
        self.rhythm = _Section(self.rhythm_chart, "rhythmSection")
        self.outcomes = _Section(self.outcomes_chart, "outcomesSection")

        body = QWidget(objectName="insightsBody")
        sections = QVBoxLayout(body)
        sections.setContentsMargins(0, 0, 4, 0)
        for section in (self.recurring, self.pairs, self.practice, self.rhythm, self.outcomes):
            sections.addWidget(section)
        sections.addStretch(1)
        self.scroll = QScrollArea(objectName="insightsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(controls)
        layout.addWidget(self.total_label)
        layout.addWidget(self.scroll, 1)

    def _connect_signals(self) -> None:
        self.from_edit.dateChanged.connect(lambda *_: self.refresh())
        self.to_edit.dateChanged.connect(lambda *_: self.refresh())
        self.by_box.currentIndexChanged.connect(lambda *_: self.refresh())
        self.private_check.toggled.connect(lambda *_: self.refresh())
        self.close_button.clicked.connect(self.close_requested)
        self.recurring_chart.cell_clicked.connect(
            lambda row, column: self._open(self._period_cell(self._grid("recurring"), row, column))
        )
        self.practice_chart.cell_clicked.connect(
            lambda row, column: self._open(self._period_cell(self._grid("practice"), row, column))
        )
        self.pairs_chart.cell_clicked.connect(
            lambda row, column: self._open(self._charts.pair_filter(row, column))  # type: ignore[union-attr]
        )
        self.rhythm_chart.bar_clicked.connect(
            lambda index: self._open(self._charts.week_filter(index))  # type: ignore[union-attr]
        )
        self.outcomes_chart.cell_clicked.connect(
            lambda row, column: self._open(self._charts.outcome_filter(row, column))  # type: ignore[union-attr]
        )
        self.outcomes_chart.set_tooltip(self._outcome_tip)
        self.recurring_chart.set_tooltip(lambda r, c: self._grid_tip(self.recurring_chart, r, c))
        self.practice_chart.set_tooltip(lambda r, c: self._grid_tip(self.practice_chart, r, c))
        self.pairs_chart.set_tooltip(lambda r, c: self._grid_tip(self.pairs_chart, r, c))
        self.rhythm_chart.set_tooltip(self._week_tip)

    def _grid(self, name: str) -> TagGrid:
        assert self._charts is not None
        return getattr(self._charts, name)

    def _period_cell(self, grid: TagGrid, row: int, column: int) -> TimelineFilter:
        assert self._charts is not None
        return self._charts.period_filter(grid, row, column)

    def _open(self, where: TimelineFilter) -> None:
        self.filter_requested.emit(where)

    # ----- showing ---------------------------------------------------------------------

    def _show(self, found: Insights) -> None:
        charts = charts_of(found, self._catalog, self._language)
        self._charts = charts
        self.recurring_chart.set_grid(charts.recurring.grid)
        self.practice_chart.set_grid(charts.practice.grid)
        self.pairs_chart.set_grid(charts.pairs)
        self.rhythm_chart.set_bars(charts.rhythm)
        self.outcomes_chart.set_grid(charts.outcomes)
        self.recurring.show_chart(bool(charts.recurring.tags))
        self.practice.show_chart(bool(charts.practice.tags))
        self.pairs.show_chart(bool(charts.pair_rows))
        self.rhythm.show_chart(any(charts.rhythm.counts))
        self.outcomes.show_chart(charts.has_outcomes)
        self._show_total()

    def _show_total(self) -> None:
        total = sum(self._charts.insights.entries) if self._charts else 0
        if total == 1:
            text = self.tr("1 entry in the period")
        else:
            text = self.tr("%n entries in the period", "", total)
        if not self.private_check.isChecked():
            text += " " + self.tr("(private entries not counted)")
        self.total_label.setText(text)

    def _entries(self, count: int) -> str:
        # English has no numerus translation file, so the singular is its own string.
        if count == 1:
            return self.tr("1 entry – click to show it in the timeline")
        return self.tr("%n entries – click to show them in the timeline", "", count)

    def _grid_tip(self, chart: GridChart, row: int, column: int) -> str:
        grid = chart.grid()
        return (
            f"{grid.rows[row]} · {grid.columns[column]}\n{self._entries(grid.counts[row][column])}"
        )

    def _outcome_tip(self, row: int, column: int) -> str:
        grid = self.outcomes_chart.grid()
        count = grid.counts[row][column]
        if count == 1:
            text = self.tr("1 commitment – click to see its follow-up entry")
        else:
            text = self.tr("%n commitments – click to see their follow-up entries", "", count)
        return f"{grid.rows[row]} · {grid.columns[column]}\n{text}"

    def _week_tip(self, _row: int, index: int) -> str:
        if self._charts is None:
            return ""
        week = self._charts.insights.weeks[index]
        end = week.start + dt.timedelta(days=6)
        span = f"{week.start:%d.%m.}–{end:%d.%m.%Y}"
        return self.tr("Week %1 (%2)").replace("%1", week.label[-2:]).replace("%2", span) + (
            f"\n{self._entries(week.count)}"
        )

    # ----- language ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Insights"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Back to the entry"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.by_box.setItemText(0, self.tr("By month"))
        self.by_box.setItemText(1, self.tr("By quarter"))
        self.private_check.setText(self.tr("Count private entries"))
        self.recurring.title.setText(self.tr("Recurring dilemmas and paradoxes"))
        self.recurring.lead.setText(
            self.tr("How many entries touched each dilemma or paradox, period by period.")
        )
        self.recurring.empty.setText(self.tr("No entry in the period is tagged with one."))
        self.pairs.title.setText(self.tr("Dilemmas and legitimacy"))
        self.pairs.lead.setText(
            self.tr(
                "Entries tagged with both a dilemma or paradox and a form of legitimacy: "
                "which legitimacy you drew on, for which dilemma."
            )
        )
        self.pairs.empty.setText(
            self.tr("No entry in the period carries both a dilemma or paradox and a legitimacy.")
        )
        self.practice.title.setText(self.tr("Leader roles and network strategies"))
        self.practice.lead.setText(self.tr("Which roles and strategies were in play, over time."))
        self.practice.empty.setText(
            self.tr("No entry in the period is tagged with a role or strategy.")
        )
        self.rhythm.title.setText(self.tr("Rhythm of writing"))
        self.rhythm.lead.setText(self.tr("Entries per week."))
        self.rhythm.empty.setText(self.tr("No entries in the period."))
        self.outcomes.title.setText(self.tr("How commitments ended"))
        self.outcomes.lead.setText(
            self.tr("Commitments closed in each period: kept, changed or dropped.")
        )
        self.outcomes.empty.setText(self.tr("No commitment was closed in the period."))
        if self._charts is not None:
            self._show_total()
