"""`coaching add|list`: the days you met your coach, which start "since the last session"."""

from __future__ import annotations

import argparse

from app.cli.journal_access import open_for_command
from app.cli.parsing import iso_day


def register(subparsers: argparse._SubParsersAction) -> None:
    coaching = subparsers.add_parser("coaching", help="coaching sessions")
    actions = coaching.add_subparsers(dest="coaching_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record a coaching session on a day")
    add.add_argument("--date", type=iso_day, required=True, metavar="D", help="YYYY-MM-DD")
    add.add_argument("--note", metavar="TEXT", help="a line on what you talked about")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="the sessions, the latest first")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        session = context.coaching.add(args.date, args.note)
    finally:
        context.close()
    print(f"Recorded the coaching session of {session.day.isoformat()} (id {session.id}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=False)
    try:
        sessions = context.coaching.list()
    finally:
        context.close()
    if not sessions:
        print("No coaching sessions yet. Record one with: coaching add --date YYYY-MM-DD")
    for session in sessions:
        note = f"  {session.note}" if session.note else ""
        print(f"{session.id:>4}  {session.day.isoformat()}{note}")
    return 0
