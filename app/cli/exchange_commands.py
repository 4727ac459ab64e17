"""`export` and `import`: the coaching summary, the backup, the Markdown folder, importers.

The backup and a whole-journal Markdown folder are read over a plain connection from the
journal's context (`context.connect()`): neither imports SQLAlchemy or the summary's
rendering. What else
a command needs is imported where it is used, for the same reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.journal_access import open_for_command
from app.cli.parsing import check_period, iso_day, positive_int, tag_ref
from app.cli.passphrase_option import add_passphrase_option
from app.cli.words import plural
from app.errors import InvalidInputError
from app.exchange.batch import ON_CONFLICT_CHOICES
from app.exchange.registry import AUTO, export_format, export_names, import_names
from app.summary.model import LANGUAGES

if TYPE_CHECKING:
    from app.exchange.batch import ImportResult
    from app.exchange.service import ExchangeService
    from app.journal.context import JournalContext
    from app.journal.paths import DataPaths
    from app.summary.model import SummaryRequest

PARTS = ("answers", "body", "tags")


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="write a coaching summary (pdf, md, html), a full backup (json) "
        "or a folder of Markdown files",
    )
    export.add_argument("--format", choices=export_names(), required=True)
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
    importing.add_argument("--format", choices=(AUTO, *import_names()), default=AUTO)
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
    from app.summary.model import SummaryRequest

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


def _check_dates(args: argparse.Namespace) -> None:
    check_period(args.date_from, args.date_to)


def _check_filters(context: JournalContext, args: argparse.Namespace) -> None:
    _check_dates(args)
    for ref in args.tag:
        context.journal.check_tag(ref)
    for family in args.family:
        if context.catalog.family(family) is None:
            names = ", ".join(f.key for f in context.catalog.families)
            raise InvalidInputError(f"Unknown tag family '{family}'. Families: {names}.")
    if args.module is not None:
        from app.courses.records import ModuleNotFoundError as UnknownModuleError
        from app.courses.service import CourseService

        try:
            CourseService(journal=context.journal).get_module(args.module)
        except UnknownModuleError:
            raise InvalidInputError(f"There is no course module with id {args.module}.") from None


def _note_if_encrypted(paths: DataPaths) -> None:
    from app.security.header import header_path

    if header_path(paths.journal).exists():
        print("Note: your journal is encrypted, but the exported file is not.")


def run_export(args: argparse.Namespace) -> int:
    from app.exchange.destination import check_destination

    chosen = export_format(args.format)
    assert chosen is not None  # argparse offered only the registry's names
    # Before anything is opened: an export must never land on the journal or a backup.
    output = check_destination(
        args.output, args.paths.journal, folder=chosen.kind == "folder", suffix=chosen.suffix
    )
    if chosen.kind == "backup":
        return _export_backup(args, output)
    if chosen.kind == "folder" and not (args.tag or args.family or args.module):
        return _export_whole_markdown_folder(args, output)
    context = open_for_command(args, write=False)
    try:
        _check_filters(context, args)
        request = _request(args)
        service = _service(context)
        if chosen.kind == "folder":
            written = service.export_markdown_folder(request, output)
            _report_folder(output, written.written, written.private_left_out)
            _note_if_encrypted(context.paths)
            return 0
        summary = service.export_summary(request, args.format, output)
        note = ""
        if summary.private_left_out:
            note = f" Private entries left out: {summary.private_left_out}."
        if summary.private_included:
            note += f" Private entries included: {summary.private_included}."
        entries = plural(len(summary.entries), "entry", "entries")
        print(f"Wrote a summary of {entries} to {output}.{note}")
        _note_if_encrypted(context.paths)
        return 0
    finally:
        context.close()


def _export_backup(args: argparse.Namespace, output: Path) -> int:
    from app.exchange.backup import write_backup_from
    from models.connection import read_snapshot

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
    context = open_for_command(args, write=False)
    try:
        connection = context.connect()
        try:
            with read_snapshot(connection, args.paths.journal):
                count = write_backup_from(connection, output)
        finally:
            connection.close()
    finally:
        context.close()
    entries = plural(count, "entry", "entries")
    print(
        f"Backed up the whole journal ({entries}, private ones and the trash "
        f"included) to {output}. The file is not encrypted; keep it safe."
    )
    return 0


def _export_whole_markdown_folder(args: argparse.Namespace, output: Path) -> int:
    """The Markdown folder without tag, family or module filters: as
    `ExchangeService.export_markdown_folder` writes it, read over a plain connection."""
    from app.catalog.catalog import Catalog
    from app.exchange.files import write_private_folder
    from app.exchange.markdown_folder import CatalogNames, folder_files
    from app.exchange.whole_journal import SelectionReader
    from app.records import TimelineFilter
    from models.connection import read_snapshot

    _check_dates(args)
    catalog = Catalog.load(user_template_dir=args.paths.templates)
    context = open_for_command(args, write=False)
    try:
        connection = context.connect()
        try:
            with read_snapshot(connection, args.paths.journal):
                # Streamed: each file is written while the next entry is read and made.
                # The summary's filter (app.summary.builder.timeline_filter) for these flags.
                where = TimelineFilter(
                    date_from=args.date_from,
                    date_to=args.date_to,
                    coaching=True if args.coaching_only else None,
                )
                selected = SelectionReader(connection, where, include_private=args.include_private)
                files = folder_files(selected, CatalogNames(catalog, args.language))
                count = write_private_folder(output, files)
        finally:
            connection.close()
    finally:
        context.close()
    _report_folder(output, count, selected.private_left_out)
    _note_if_encrypted(args.paths)
    return 0


def _report_folder(output: Path, written: int, private_left_out: int) -> None:
    """The folder on stdout; private entries it left out on stderr, never silently."""
    print(f"Wrote {plural(written, 'entry', 'entries')} as Markdown files to {output}.")
    if private_left_out:
        left_out = plural(private_left_out, "private entry", "private entries")
        print(
            f"Left out {left_out}; add --include-private to let them in.",
            file=sys.stderr,
        )


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.path.expanduser()
    from app.exchange.destination import check_source

    check_source(path, args.paths.journal)  # before the journal is opened
    context = open_for_command(args, write=True)
    try:
        if args.on_conflict == "skip":
            connection = context.connect()
            try:
                result = _import_plain(args, connection, path)
            finally:
                connection.close()
        else:
            result = _service(context).import_file(path, args.format, on_conflict=args.on_conflict)
    finally:
        context.close()
    print(
        f"Imported {args.path} ({result.source_format}): {result.added} added, "
        f"{result.skipped} skipped, {result.updated} updated."
    )
    for note in result.notes:
        print(note)
    return 0


def _import_plain(args: argparse.Namespace, connection: Any, path: Path) -> ImportResult:
    """`ExchangeService.import_file` over a plain connection: read and check the whole file,
    then write it in one transaction (entries already there are skipped)."""
    from app.catalog.catalog import Catalog
    from app.exchange.importer import check_lengths, check_tags, write_batch
    from app.exchange.registry import read_any
    from models.connection import write_transaction

    catalog = Catalog.load(user_template_dir=args.paths.templates)
    batch = read_any(path, args.format, catalog=catalog)
    check_tags(batch, catalog, path)
    check_lengths(batch, path)
    with write_transaction(connection, args.paths.journal):
        return write_batch(connection, batch)
