"""The open commitments and the last coaching session, read once per write for every view.

The pane, the badge and the start page all show the same few rows; this object reads them
after each write that may have changed them (a commitment made or closed, an entry renamed,
made private or moved to the trash, a session recorded, a restore) and announces
`changed` only when what it holds differs, so typing in the editor never rebuilds a row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from app.coaching.records import CoachingSession
from app.coaching.service import CoachingService
from app.commitments.records import Commitment
from app.commitments.service import CommitmentService
from app.errors import RefleksError
from app.journal.changes import Change, ChangeFeed, Changes
from models.errors import StorageError
from ui.commitments.due import DueState, Today, due_state

#: What can change an open commitment's row: its own data, its entry's title, privacy or
#: trash, the sessions (the footer), or everything after a restore.
WATCHED = Change.COMMITMENTS | Change.ENTRIES | Change.COACHING


class OpenCommitments(QObject):
    """The open commitments (due first) and the last session, kept current."""

    changed = Signal()

    def __init__(
        self,
        *,
        commitments: CommitmentService,
        coaching: CoachingService,
        changes: ChangeFeed,
        today: Today = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._commitments_service = commitments
        self._coaching = coaching
        self.today = today
        self._open: tuple[Commitment, ...] = ()
        self._last: CoachingSession | None = None
        self.problem = ""  # why the last read failed, shown instead of the rows
        self.reload()
        unsubscribe = changes.subscribe(self._on_changes)
        self.destroyed.connect(lambda *_: unsubscribe())

    def commitments(self) -> tuple[Commitment, ...]:
        return self._open

    def last_session(self) -> CoachingSession | None:
        return self._last

    def passed_count(self) -> int:
        """How many open commitments are past their date."""
        today = self.today()
        return sum(due_state(c.due, today) is DueState.PASSED for c in self._open)

    def due_count(self) -> int:
        """How many open commitments are due today or past their date."""
        today = self.today()
        return sum(c.due is not None and c.due <= today for c in self._open)

    def reload(self) -> bool:
        """Read again; True (and `changed`) when something differs."""
        try:
            found = tuple(self._commitments_service.list(open_only=True))
            # The latest session up to today: one planned for a later day has not been yet.
            last = self._coaching.last_before(self.today() + dt.timedelta(days=1))
        except (RefleksError, StorageError) as error:
            self.problem = str(error)
            return False
        self.problem = ""
        if found == self._open and last == self._last:
            return False
        self._open, self._last = found, last
        self.changed.emit()
        return True

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(WATCHED):
            self.reload()
