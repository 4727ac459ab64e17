"""`new`, `list` and `show`: writing and reading entries from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from typing import Any

from app.cli.journal_access import open_for_command
from app.cli.parsing import check_period, clock_time, iso_day, positive_int, tag_ref
from app.cli.saved_language import LANGUAGES, saved_language
from app.errors import InvalidInputError, UnknownTemplateError
from app.journal.context import JournalContext
from app.records import (
    MAX_BODY_CHARS,
    ORDER_DATE,
    ORDER_MATCH,
    Entry,
    EntryDraft,
    EntrySummary,
    TimelineFilter,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="write an entry; the body is read from stdin")
    new.add_argument("--title", required=True)
    new.add_argument("--date", type=iso_day, help="the day reflected on (default: today)")
    new.add_argument(
        "--time", type=clock_time, metavar="HH:MM", help="the time of day (default: now)"
    )
    new.add_argument("--tag", type=tag_ref, action="append", default=[], metavar="FAMILY:KEY")
    new.add_argument("--template", metavar="KEY", help="a guided template (see `templates`)")
    new.add_argument("--private", action="store_true", help="never leaves the app unasked")
    new.add_argument("--coaching", action="store_true", help="bring to the next coaching")
    new.set_defaults(handler=run_new)

    edit = subparsers.add_parser(
        "edit", help="change an entry: its title, and its body from stdin when stdin is given"
    )
    edit.add_argument("id", type=positive_int, metavar="ID")
    edit.add_argument("--title", help="the new title")
    edit.set_defaults(handler=run_edit)

    listing = subparsers.add_parser("list", help="list entries, newest first")
    listing.add_argument("--from", dest="date_from", type=iso_day, metavar="D")
    listing.add_argument("--to", dest="date_to", type=iso_day, metavar="D")
    listing.add_argument("--tag", type=tag_ref, action="append", default=[], metavar="FAMILY:KEY")
    listing.add_argument("--all-tags", action="store_true", help="entries with every --tag")
    listing.add_argument("--family", action="append", default=[], metavar="F")
    listing.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help='words (found at a word\'s start and inside compounds), a "quoted phrase", '
        "tag, course and module names",
    )
    listing.add_argument(
        "--order",
        choices=(ORDER_DATE, ORDER_MATCH),
        default=ORDER_DATE,
        help="newest first (date) or best match first (match, with --search)",
    )
    listing.add_argument("--limit", type=positive_int, metavar="N")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(handler=run_list)

    show = subparsers.add_parser("show", help="show one entry in full")
    show.add_argument("id", type=positive_int, metavar="ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.add_argument(
        "--language",
        choices=LANGUAGES,
        help="language of the questions and labels (default: the window's language)",
    )
    show.set_defaults(handler=run_show)


def read_body() -> str:
    """The entry body from stdin, strictly UTF-8."""
    if sys.stdin is None or sys.stdin.isatty():
        return ""
    # Read no more than the longest text an entry holds could take (4 bytes a character):
    # a runaway pipe is refused without being held in memory whole.
    limit = MAX_BODY_CHARS * 4
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InvalidInputError(
            f"The text on stdin is longer than the {MAX_BODY_CHARS:,} characters an entry "
            "can hold; shorten it or split it into several entries. Nothing was written."
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInputError(
            f"The text on stdin is not UTF-8 (byte 0x{data[error.start]:02x} at position "
            f"{error.start}). Save it as UTF-8 and try again; nothing was written."
        ) from None


def run_new(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        template = None
        if args.template:
            template = context.catalog.template(args.template)
            if template is None:
                keys = ", ".join(t.key for t in context.catalog.templates)
                raise UnknownTemplateError(
                    f"Unknown template '{args.template}'. Templates: {keys}."
                )
        for ref in args.tag:
            context.journal.check_tag(ref)
        draft = EntryDraft(
            day=args.date or dt.date.today(),
            title=args.title,
            body=read_body(),
            tags=tuple(args.tag),
            template_key=template.key if template else None,
            template_version=template.version if template else None,
            private=args.private,
            coaching=args.coaching,
            time=args.time,
        )
        entry = context.journal.create_entry(draft)
        print(entry.id)
        return 0
    finally:
        context.close()


def run_edit(args: argparse.Namespace) -> int:
    """Replace the title (--title) and the body (stdin, when it brings any text)."""
    body = read_body()
    if args.title is None and not body:
        raise InvalidInputError(
            "Nothing to change: give --title T, or the new body on stdin "
            "(e.g. echo 'text' | refleks edit ID)."
        )
    context = open_for_command(args, write=True)
    try:
        entry = context.journal.get_entry(args.id)
        draft = entry.to_draft()
        changed = replace(
            draft,
            title=draft.title if args.title is None else args.title,
            body=body if body else draft.body,
        )
        context.journal.update_entry(entry.id, changed)
        print(entry.id)
        return 0
    finally:
        context.close()


def _filter_from(args: argparse.Namespace, context: JournalContext) -> TimelineFilter:
    for ref in args.tag:
        context.journal.check_tag(ref)
    known = {family.key for family in context.catalog.families}
    for family in args.family:
        if family not in known:
            raise InvalidInputError(
                f"Unknown family '{family}'. Families: {', '.join(sorted(known))}."
            )
    return TimelineFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        tags=tuple(args.tag),
        match_all_tags=args.all_tags,
        families=tuple(args.family),
        text=args.search,
        order=args.order,
    )


def summary_json(item: EntrySummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "uuid": item.uuid,
        "date": item.day.isoformat(),
        "time": _clock(item.time),
        "title": item.title,
        "tags": [str(tag) for tag in item.tags],
        "template": item.template_key,
        "private": item.private,
        "coaching": item.coaching,
        "excerpt": item.excerpt,
    }


def _clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def run_list(args: argparse.Namespace) -> int:
    check_period(args.date_from, args.date_to)
    if args.order == ORDER_MATCH and not args.search.strip():
        raise InvalidInputError("--order match orders the results of a search: add --search.")
    context = open_for_command(args, write=False)
    try:
        where = _filter_from(args, context)
        if args.limit:
            items = list(context.journal.timeline(where, limit=args.limit).items)
        else:
            items = context.journal.all_matching(where)
    finally:
        context.close()
    if args.format == "json":
        json.dump([summary_json(item) for item in items], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for item in items:
        marks = ("🔒" if item.private else "") + ("★" if item.coaching else "")
        tags = " ".join(f"#{tag}" for tag in item.tags)
        title = item.title or item.excerpt[:60] or "(untitled)"
        when = f"{item.day.isoformat()} {_clock(item.time)}"
        print(f"{item.id:>6}  {when}  {title}  {tags} {marks}".rstrip())
    return 0


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "uuid": entry.uuid,
        "date": entry.day.isoformat(),
        "time": _clock(entry.time),
        "title": entry.title,
        "body": entry.body,
        "tags": [str(tag) for tag in entry.tags],
        "answers": [{"prompt": a.prompt_key, "text": a.text} for a in entry.answers],
        "template": entry.template_key,
        "template_version": entry.template_version,
        "private": entry.private,
        "coaching": entry.coaching,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "trashed_at": entry.trashed_at.isoformat() if entry.trashed_at else None,
    }


#: The few words of `show`'s text output, in the window's two languages.
SHOW_WORDS: dict[str, tuple[str, str]] = {
    "untitled": ("(uden titel)", "(untitled)"),
    "date": ("Dato", "Date"),
    "template": ("Skabelon", "Template"),
    "tags": ("Tags", "Tags"),
    "marked": ("Markeret", "Marked"),
    "private": ("privat", "private"),
    "coaching": ("med til coaching", "coaching"),
    "trashed": ("I papirkurven", "In the trash"),
}


def run_show(args: argparse.Namespace) -> int:
    lang = args.language or saved_language()

    def word(key: str) -> str:
        da, en = SHOW_WORDS[key]
        return da if lang == "da" else en

    context = open_for_command(args, write=False)
    try:
        entry = context.journal.get_entry(args.id)
        template = context.catalog.template(entry.template_key) if entry.template_key else None
    finally:
        context.close()
    if args.format == "json":
        json.dump(entry_json(entry), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"# {entry.title or word('untitled')}")
    print(f"{word('date')}: {entry.day.isoformat()} {_clock(entry.time)}")
    if entry.template_key:
        name = template.title.get(lang) if template else entry.template_key
        print(f"{word('template')}: {name}")
    if entry.tags:
        print(f"{word('tags')}: " + ", ".join(str(tag) for tag in entry.tags))
    flags = [
        word(name) for name, on in (("private", entry.private), ("coaching", entry.coaching)) if on
    ]
    if flags:
        print(f"{word('marked')}: " + ", ".join(flags))
    if entry.trashed_at:
        print(word("trashed"))
    for answer in entry.answers:
        prompt = template.prompt(answer.prompt_key) if template else None
        question = prompt.text.get(lang) if prompt else answer.prompt_key
        print(f"\n## {question}\n{answer.text}")
    if entry.body:
        print(f"\n{entry.body}")
    return 0
