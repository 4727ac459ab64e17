"""Reads what the reminders need from the services that own it, and only when needed.

Postcards come from `CourseService.pending_postcards`, commitments from
`CommitmentService.due_commitments`; a kind that is off, or was shown today, is not read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from app.commitments.service import CommitmentService
from app.courses.service import CourseService
from app.reminders.schedule import (
    Reminder,
    ReminderKind,
    ReminderSettings,
    due_reminders,
    kinds_to_check,
)


class ReminderService:
    """What is due now in one journal."""

    def __init__(self, *, courses: CourseService, commitments: CommitmentService) -> None:
        self._courses = courses
        self._commitments = commitments

    def due(
        self,
        now: dt.datetime,
        settings: ReminderSettings,
        last_nudged: Mapping[str, dt.date],
    ) -> list[Reminder]:
        """The reminders to show at `now` (local time), given what was shown on which day."""
        kinds = kinds_to_check(now, settings, last_nudged)
        today = now.date()
        postcards = (
            self._courses.pending_postcards(today=today) if ReminderKind.POSTCARD in kinds else []
        )
        commitments = (
            self._commitments.due_commitments(today) if ReminderKind.COMMITMENTS in kinds else []
        )
        return due_reminders(
            now,
            settings,
            last_nudged,
            pending_postcards=postcards,
            due_commitments=commitments,
        )
