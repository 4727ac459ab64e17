"""How a commitment's due date reads: its day in the window's language, and whether it
has passed.

"Today" is handed in (a callable), so a test can fix the day instead of the clock.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit

Today = Callable[[], dt.date]


class DueState(enum.Enum):
    """Where a commitment stands against its due date."""

    NONE = "none"  # no date
    LATER = "later"
    TODAY = "today"
    PASSED = "passed"


def due_state(due: dt.date | None, today: dt.date) -> DueState:
    if due is None:
        return DueState.NONE
    if due < today:
        return DueState.PASSED
    return DueState.TODAY if due == today else DueState.LATER


def short_day(day: dt.date, language: str, today: dt.date) -> str:
    """ "tor. 10. dec." / "Thu 10 Dec", with the year when it is not this year's."""
    locale = QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English)
    danish = language == "da"
    pattern = "ddd d. MMM" if danish else "ddd d MMM"
    if day.year != today.year:
        pattern += " yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def due_text(due: dt.date | None, language: str, today: dt.date) -> str:
    """The due date as a row shows it; '' without one. A passed date is said calmly."""
    state = due_state(due, today)
    if due is None or state is DueState.NONE:
        return ""
    if state is DueState.TODAY:
        return QCoreApplication.translate("CommitmentDue", "Due today")
    if due == today + dt.timedelta(days=1):
        return QCoreApplication.translate("CommitmentDue", "Due tomorrow")
    day = short_day(due, language, today)
    if state is DueState.PASSED:
        return QCoreApplication.translate("CommitmentDue", "Due %1 – the date has passed").replace(
            "%1", day
        )
    return QCoreApplication.translate("CommitmentDue", "Due %1").replace("%1", day)


def localise_day_edit(edit: QDateEdit, language: str) -> None:
    """Show `edit`'s day as the entry's Day field does: "6. december 2026" / "6 December 2026"."""
    danish = language == "da"
    edit.setLocale(QLocale(QLocale.Language.Danish if danish else QLocale.Language.English))
    edit.setDisplayFormat("d. MMMM yyyy" if danish else "d MMMM yyyy")
