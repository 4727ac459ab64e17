"""Which reminders are due at a given moment: the decision, without widgets or a clock.

Three kinds. The reflection rhythm comes due on each chosen weekday once its time of day
has come. A module's postcard comes due from the day after the module's date while no
postcard is written for it. Open commitments come due on their due day (and stay due
until closed). Each kind nudges at most once a day: `last_nudged` holds the last day each
kind was shown, and a kind shown today is not due again until tomorrow.

The caller hands in the moment (local wall-clock time), so tests fix it instead of the
clock; and the data (pending postcards, due commitments), read by the services that own
those questions.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.commitments.records import Commitment
from app.courses.records import ModuleStatus


class ReminderKind(enum.StrEnum):
    """The three kinds; the values name them in the settings."""

    RHYTHM = "rhythm"
    POSTCARD = "postcard"
    COMMITMENTS = "commitments"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """What the user asked to be reminded of (Preferences ▸ Reminders)."""

    #: ISO weekdays (1 Monday … 7 Sunday) of the reflection rhythm; empty: rhythm off.
    rhythm_days: frozenset[int] = frozenset()
    rhythm_time: dt.time = dt.time(16, 0)
    postcards: bool = True
    commitments: bool = True

    @property
    def rhythm(self) -> bool:
        return bool(self.rhythm_days)

    @property
    def any_on(self) -> bool:
        return self.rhythm or self.postcards or self.commitments


@dataclass(frozen=True, slots=True)
class Reminder:
    """One nudge. For a postcard, the module; for commitments, those due (soonest first)."""

    kind: ReminderKind
    module: ModuleStatus | None = None
    #: Further modules without a postcard, besides `module`.
    more_modules: int = 0
    commitments: tuple[Commitment, ...] = field(default=())


def nudged_today(kind: ReminderKind, today: dt.date, last_nudged: Mapping[str, dt.date]) -> bool:
    return last_nudged.get(kind.value) == today


def kinds_to_check(
    now: dt.datetime, settings: ReminderSettings, last_nudged: Mapping[str, dt.date]
) -> frozenset[ReminderKind]:
    """The kinds that may be due now, before any data is read: on, and not shown today.

    The rhythm needs no data, so it is decided here entirely.
    """
    today = now.date()
    kinds = set()
    if (
        settings.rhythm
        and today.isoweekday() in settings.rhythm_days
        and now.time() >= settings.rhythm_time
    ):
        kinds.add(ReminderKind.RHYTHM)
    if settings.postcards:
        kinds.add(ReminderKind.POSTCARD)
    if settings.commitments:
        kinds.add(ReminderKind.COMMITMENTS)
    return frozenset(k for k in kinds if not nudged_today(k, today, last_nudged))


def due_reminders(
    now: dt.datetime,
    settings: ReminderSettings,
    last_nudged: Mapping[str, dt.date],
    *,
    pending_postcards: Sequence[ModuleStatus] = (),
    due_commitments: Sequence[Commitment] = (),
) -> list[Reminder]:
    """The reminders to show at `now`, in the order rhythm, postcard, commitments.

    `pending_postcards` are modules whose day has come without a postcard, latest first
    (`CourseService.pending_postcards`); only those whose day is before today count.
    `due_commitments` are open commitments due by today (`CommitmentService.due_commitments`).
    """
    today = now.date()
    kinds = kinds_to_check(now, settings, last_nudged)
    found: list[Reminder] = []
    if ReminderKind.RHYTHM in kinds:
        found.append(Reminder(ReminderKind.RHYTHM))
    if ReminderKind.POSTCARD in kinds:
        passed = [s for s in pending_postcards if s.postcard_due and s.module.day < today]
        if passed:
            more = len(passed) - 1
            found.append(Reminder(ReminderKind.POSTCARD, module=passed[0], more_modules=more))
    if ReminderKind.COMMITMENTS in kinds:
        due = tuple(c for c in due_commitments if c.is_due(today))
        if due:
            found.append(Reminder(ReminderKind.COMMITMENTS, commitments=due))
    return found


def parse_days(text: str) -> frozenset[int]:
    """ "2,4" → {2, 4}; anything that is not a weekday number is left out."""
    days = set()
    for part in text.split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return frozenset(days)


def days_text(days: frozenset[int]) -> str:
    return ",".join(str(d) for d in sorted(days))


def parse_time(text: str, default: dt.time = dt.time(16, 0)) -> dt.time:
    """ "16:00" → 16:00; a damaged value gives `default`."""
    try:
        return dt.time.fromisoformat(text.strip()).replace(second=0, microsecond=0)
    except ValueError:
        return default


def parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
