"""The commitments pane: the open commitments, and when the last coaching session was.

It sits in a dock at the side of the window (View ▸ Commitments, F9) and shows what
`OpenCommitments` holds; a click on an entry's name opens the entry, "How did it go?…"
asks to close the commitment, and the footer records a coaching session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.commitments.due import short_day
from ui.commitments.open_commitments import OpenCommitments
from ui.commitments.rows import CommitmentList


class CommitmentsPane(QWidget):
    """Open commitments in a scrolling column, with a word when there are none."""

    entry_requested = Signal(int)
    close_requested = Signal(int)
    coaching_requested = Signal()

    def __init__(self, *, source: OpenCommitments, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsPane")
        self._source = source
        self._language = "en"
        self.heading = QLabel(objectName="commitmentsHeading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.list = CommitmentList(today=source.today)
        self.placeholder = QLabel(objectName="commitmentsPlaceholder", wordWrap=True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setProperty("muted", True)
        self.last_session = QLabel(objectName="lastCoachingSession", wordWrap=True)
        self.last_session.setTextFormat(Qt.TextFormat.PlainText)
        self.last_session.setProperty("muted", True)
        self.coaching_button = QPushButton(objectName="recordCoachingButton")
        self.coaching_button.setFlat(True)

        content = QWidget(objectName="commitmentsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        column.addWidget(self.placeholder)
        column.addWidget(self.list)
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="commitmentsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)

        footer = QVBoxLayout()
        footer.setSpacing(0)
        footer.addWidget(self.last_session)
        footer.addWidget(self.coaching_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer)

        self.list.entry_requested.connect(self.entry_requested)
        self.list.close_requested.connect(self.close_requested)
        self.coaching_button.clicked.connect(self.coaching_requested)
        source.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self.list.set_language(language)
        self.retranslate()

    def refresh(self) -> None:
        """Show what the source holds now."""
        commitments = self._source.commitments()
        if commitments != self.list.commitments():
            self.list.show_commitments(commitments)
        self.placeholder.setVisible(not commitments)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        count = len(self._source.commitments())
        passed = self._source.passed_count()
        heading = self.tr("Open commitments: %n", "", count)
        if passed:
            heading += " · " + self.tr("%n past the date", "", passed)
        self.heading.setText(heading)
        self.placeholder.setText(
            self.tr(
                "No open commitments. When you write what you will do next time, make it a "
                "commitment: it waits here until you say how it went."
            )
        )
        last = self._source.last_session()
        if last is None:
            self.last_session.setText(self.tr("No coaching session recorded yet."))
        else:
            day = short_day(last.day, self._language, self._source.today())
            self.last_session.setText(self.tr("Last coaching session: %1").replace("%1", day))
        self.coaching_button.setText(self.tr("Record a session…"))
        self.coaching_button.setToolTip(
            self.tr("Record a coaching session; the summary then tells what came since")
        )
