"""`commitments add|list|close`: commitments taken from entries, from the command line.

The list is the user's own terminal, as `list` is: private commitments are shown (marked
with a lock in the text form), as private entries are there.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli.journal_access import open_for_command
from app.cli.parsing import iso_day, positive_int
from app.cli.saved_language import saved_language
from app.commitments.records import Commitment, CommitmentStatus


def register(subparsers: argparse._SubParsersAction) -> None:
    commitments = subparsers.add_parser(
        "commitments", help="what you committed to in an entry, and how it went"
    )
    actions = commitments.add_subparsers(
        dest="commitments_command", metavar="ACTION", required=True
    )

    add = actions.add_parser("add", help="make a commitment from an entry; prints its id")
    add.add_argument("entry", type=positive_int, metavar="ENTRY_ID")
    add.add_argument("--text", required=True, help="what you will do")
    add.add_argument("--due", type=iso_day, metavar="DATE", help="when, as YYYY-MM-DD")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="commitments, open ones first by due date")
    listing.add_argument("--open", action="store_true", help="only the open ones")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(handler=run_list)

    close = actions.add_parser(
        "close", help="close a commitment; a follow-up entry records how it went"
    )
    close.add_argument("id", type=positive_int, metavar="ID")
    status = close.add_mutually_exclusive_group(required=True)
    for closing in (CommitmentStatus.KEPT, CommitmentStatus.CHANGED, CommitmentStatus.DROPPED):
        status.add_argument(
            f"--{closing.value}",
            dest="status",
            action="store_const",
            const=closing,
            help=f"it was {closing.value}",
        )
    close.add_argument("--note", required=True, metavar="TEXT", help="how it went")
    close.set_defaults(handler=run_close)


def run_add(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        made = context.commitments.add(args.entry, args.text, args.due)
    finally:
        context.close()
    print(made.id)
    return 0


def commitment_json(commitment: Commitment) -> dict[str, Any]:
    return {
        "id": commitment.id,
        "entry_id": commitment.entry_id,
        "text": commitment.text,
        "due": commitment.due.isoformat() if commitment.due else None,
        "status": commitment.status.value,
        "note": commitment.note,
    }


def run_list(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        found = context.commitments.list(open_only=args.open)
    finally:
        context.close()
    if args.format == "json":
        json.dump([commitment_json(c) for c in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not found:
        print(
            "No open commitments."
            if args.open
            else "No commitments yet. Make one with: commitments add ENTRY_ID --text TEXT"
        )
    for commitment in found:
        due = commitment.due.isoformat() if commitment.due else "-"
        lock = " 🔒" if commitment.private else ""
        print(
            f"{commitment.id:>6}  {commitment.status.value:<7}  {due:<10}  "
            f"{commitment.text}  (entry {commitment.entry_id}){lock}"
        )
        if commitment.note:
            print(f"{'':>6}  {commitment.note}")
    return 0


def run_close(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        closed = context.commitments.close(
            args.id, args.status, args.note, language=saved_language()
        )
    finally:
        context.close()
    print(
        f"Closed commitment {closed.id} as {closed.status.value}; "
        f"the follow-up is entry {closed.follow_up_entry_id}."
    )
    return 0
