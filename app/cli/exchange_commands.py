"""`export` and `import`: the coaching summary, the backup, the Markdown folder, importers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.journal_access import open_for_command
from app.cli.parsing import iso_day, positive_int, tag_ref
from app.cli.passphrase_option import add_passphrase_option
from app.context import JournalContext
from app.errors import InvalidInputError
from app.exchange.formats import AUTO, IMPORT_FORMATS
from app.exchange.importer import ON_CONFLICT_CHOICES
from app.summary.model import LANGUAGES, SummaryRequest
from models.schema import ModuleRow

if TYPE_CHECKING:
    from app.exchange.service import ExchangeService

EXPORT_FORMATS = ("pdf", "md", "html", "json", "markdown-folder")
PARTS = ("answers", "body", "tags")


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="write a coaching summary (pdf, md, html), a full backup (json) "
        "or a folder of Markdown files",
    )
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--output", required=True, metavar="PATH", type=Path)
    export.add_argument("--from", dest="date_from", type=iso_day, metavar="D")
    export.add_argument("--to", dest="date_to", type=iso_day, metavar="D")
    export.add_argument("--tag", type=tag_ref, action="append", default=[], metavar="FAMILY:KEY")
    export.add_argument("--family", action="append", default=[], metavar="F")
    export.add_argument("--module", type=positive_int, metavar="ID", help="a course module")
    export.add_argument(
        "--coaching-only", action="store_true", help="only entries marked bring-to-coaching"
    )
    export.add_argument(
        "--include-private", action="store_true", help="let private entries into the export"
    )
    export.add_argument(
        "--without", action="append", default=[], choices=PARTS, help="leave a part out"
    )
    export.add_argument("--language", choices=LANGUAGES, default="da")
    export.add_argument("--name", default="", help="your name for the title block")
    add_passphrase_option(export)
    export.set_defaults(handler=run_export)

    importing = subparsers.add_parser(
        "import", help="read entries from a Refleks backup, jrnl or Day One"
    )
    importing.add_argument("path", type=Path, metavar="PATH")
    importing.add_argument("--format", choices=(AUTO, *IMPORT_FORMATS), default=AUTO)
    importing.add_argument(
        "--on-conflict",
        choices=ON_CONFLICT_CHOICES,
        default="skip",
        help="what to do with entries already in the journal (same uuid)",
    )
    add_passphrase_option(importing)
    importing.set_defaults(handler=run_import)


def _service(context: JournalContext) -> ExchangeService:
    # Imported here: rendering pulls in Markdown and Qt, which other commands never need.
    from app.exchange.service import ExchangeService

    return ExchangeService(journal=context.journal, catalog=context.catalog)


def _request(args: argparse.Namespace) -> SummaryRequest:
    return SummaryRequest(
        date_from=args.date_from,
        date_to=args.date_to,
        module_id=args.module,
        families=tuple(args.family),
        tags=tuple(args.tag),
        selection="coaching" if args.coaching_only else "all",
        include_private=args.include_private,
        include_answers="answers" not in args.without,
        include_body="body" not in args.without,
        include_tags="tags" not in args.without,
        language=args.language,
        author=args.name,
    )


def _check_filters(context: JournalContext, args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise InvalidInputError(f"--from {args.date_from} is after --to {args.date_to}.")
    for ref in args.tag:
        context.journal.check_tag(ref)
    for family in args.family:
        if context.catalog.family(family) is None:
            names = ", ".join(f.key for f in context.catalog.families)
            raise InvalidInputError(f"Unknown tag family '{family}'. Families: {names}.")
    if args.module is not None:
        with context.database.session() as session:
            if session.get(ModuleRow, args.module) is None:
                raise InvalidInputError(f"There is no course module with id {args.module}.")


def _note_if_encrypted(context: JournalContext) -> None:
    from app.exchange.service import journal_is_encrypted

    if journal_is_encrypted(context.paths.journal):
        print("Note: your journal is encrypted, but the exported file is not.")


def run_export(args: argparse.Namespace) -> int:
    output: Path = args.output.expanduser()
    context = open_for_command(args, write=False)
    try:
        service = _service(context)
        if args.format == "json":
            narrowing = [
                flag
                for flag, used in (
                    ("--from", args.date_from),
                    ("--to", args.date_to),
                    ("--tag", args.tag),
                    ("--family", args.family),
                    ("--module", args.module),
                    ("--coaching-only", args.coaching_only),
                    ("--without", args.without),
                )
                if used
            ]
            if narrowing:
                raise InvalidInputError(
                    f"{', '.join(narrowing)} cannot narrow a backup: --format json always "
                    "holds the whole journal. Use pdf, md, html or markdown-folder for a part."
                )
            count = service.export_backup(output)
            print(
                f"Backed up the whole journal ({count} entries, private ones and the trash "
                f"included) to {output}. The file is not encrypted; keep it safe."
            )
            return 0
        _check_filters(context, args)
        request = _request(args)
        if args.format == "markdown-folder":
            count = service.export_markdown_folder(request, output)
            print(f"Wrote {count} entries as Markdown files to {output}.")
            _note_if_encrypted(context)
            return 0
        summary = service.export_summary(request, args.format, output)
        note = ""
        if summary.private_left_out:
            note = f" Private entries left out: {summary.private_left_out}."
        if summary.private_included:
            note += f" Private entries included: {summary.private_included}."
        print(f"Wrote a summary of {len(summary.entries)} entries to {output}.{note}")
        _note_if_encrypted(context)
        return 0
    finally:
        context.close()


def run_import(args: argparse.Namespace) -> int:
    context = open_for_command(args, write=True)
    try:
        result = _service(context).import_file(
            args.path.expanduser(), args.format, on_conflict=args.on_conflict
        )
        print(
            f"Imported {args.path} ({result.source_format}): {result.added} added, "
            f"{result.skipped} skipped, {result.updated} updated."
        )
        for note in result.notes:
            print(note)
        return 0
    finally:
        context.close()
