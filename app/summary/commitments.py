"""The summary's section on commitments since the last coaching session.

What "since the last session" means is the commitment service's
(`CommitmentService.since_last_session`): every commitment still open, and those closed
after the last session before the document's session day, up to that day. A private
entry's commitments go in only as its entry would: all private ones with
`include_private`, or those of the private entries ticked one by one.
"""

from __future__ import annotations

import datetime as dt

from app.commitments.records import Commitment, CommitmentStatus
from app.commitments.service import CommitmentService
from app.summary.model import CommitmentSection, SummaryCommitment, SummaryRequest
from models.database import Database


def commitment_section(
    database: Database, request: SummaryRequest, *, today: dt.date
) -> CommitmentSection | None:
    """The section for `request`, or None when it is not asked for or would be empty."""
    if not request.include_commitments:
        return None
    review = CommitmentService(database=database).since_last_session(
        request.coaching_day or today, include_private=True
    )
    shown = [c for c in review.commitments if _may_leave(c, request)]
    if not shown:
        return None

    def group(status: CommitmentStatus) -> tuple[SummaryCommitment, ...]:
        return tuple(_item(c) for c in shown if c.status is status)

    return CommitmentSection(
        since=review.since,
        until=review.until,
        kept=group(CommitmentStatus.KEPT),
        changed=group(CommitmentStatus.CHANGED),
        dropped=group(CommitmentStatus.DROPPED),
        still_open=group(CommitmentStatus.OPEN),
    )


def _may_leave(commitment: Commitment, request: SummaryRequest) -> bool:
    return (
        not commitment.private
        or request.include_private
        or commitment.entry_id in request.private_ids
    )


def _item(commitment: Commitment) -> SummaryCommitment:
    return SummaryCommitment(
        text=commitment.text,
        status=commitment.status.value,
        note=commitment.note,
        due=commitment.due,
        closed_on=commitment.closed_on,
        entry_day=commitment.entry_day,
        entry_title=commitment.entry_title,
    )
