"""Entry point of the command line: global options, command dispatch, error reporting."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from app.cli.parsing import USAGE_ERROR, OneLineParser
from app.cli.passphrase_option import PASSPHRASE_FILE_HELP, add_passphrase_option
from app.desktop_entry import add_desktop_entry_options
from app.errors import RefleksError
from app.journal.paths import DataPaths, resolve_data_dir
from app.version import __version__
from models.errors import StorageError

# Each module registers its commands with `register(subparsers)`; handlers are set
# as `handler(args) -> int` defaults on their parsers.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.entry_commands",
    "app.cli.catalog_commands",
    "app.cli.exchange_commands",
    "app.cli.trust_commands",
    "app.cli.course_commands",
    "app.cli.insight_commands",
    "app.cli.commitment_commands",
    "app.cli.coaching_commands",
    "app.cli.sync_commands",
)

# The module of each command, so that running one imports that module only (the course
# commands alone pull in plans, learning logs and Markdown). Others import them all.
COMMAND_OWNERS: dict[str, str] = {
    "new": "app.cli.entry_commands",
    "list": "app.cli.entry_commands",
    "show": "app.cli.entry_commands",
    "edit": "app.cli.entry_commands",
    "tags": "app.cli.catalog_commands",
    "templates": "app.cli.catalog_commands",
    "export": "app.cli.exchange_commands",
    "import": "app.cli.exchange_commands",
    "course": "app.cli.course_commands",
    "insights": "app.cli.insight_commands",
    "commitments": "app.cli.commitment_commands",
    "coaching": "app.cli.coaching_commands",
    "sync": "app.cli.sync_commands",
}

Handler = Callable[[argparse.Namespace], int]


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--passphrase-file")


def names_a_command(argv: Sequence[str]) -> bool:
    """False when `argv` holds only global options, i.e. the window is to open.

    Then no command module needs importing: they pull in exports, importers and
    summaries, a tenth of a second the window's start-up would otherwise pay.
    """
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token in GLOBAL_OPTIONS_WITH_VALUE and tokens:
            tokens.pop(0)
        elif not token.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS_WITH_VALUE)):
            return True
    return False


def command_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules `argv` needs: none for the window, one for a known command."""
    if not names_a_command(argv):
        return ()
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token in GLOBAL_OPTIONS_WITH_VALUE and tokens:
            tokens.pop(0)
        elif not token.startswith("-"):
            owner = COMMAND_OWNERS.get(token)
            return (owner,) if owner else COMMAND_MODULES
        elif not token.startswith(tuple(f"{option}=" for option in GLOBAL_OPTIONS_WITH_VALUE)):
            return COMMAND_MODULES  # --help and the like list every command
    return COMMAND_MODULES


def build_parser(*, commands: bool = True, modules: tuple[str, ...] | None = None) -> OneLineParser:
    parser = OneLineParser(
        prog="refleks",
        description="Refleks, a reflection journal for leaders. Without a command, "
        "the window opens.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help="the folder holding journal.db, backups and own templates "
        "(default: $REFLEKS_DATA_DIR or the user data folder)",
    )
    parser.add_argument("--passphrase-file", metavar="PATH", help=PASSPHRASE_FILE_HELP)
    parser.add_argument("--version", action="version", version=f"refleks {__version__}")
    add_desktop_entry_options(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for name in (COMMAND_MODULES if modules is None else modules) if commands else ():
        import_module(name).register(subparsers)
    for command in subparsers.choices.values():  # every command opens the journal
        add_passphrase_option(command)
    return parser


WindowOpener = Callable[[DataPaths], int]


def run(argv: Sequence[str] | None = None, *, open_window: WindowOpener | None = None) -> int:
    """Parse `argv`; run the command, or `open_window` when there is none.

    The window is handed in by main.py, so the command line never imports widgets.
    """
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(modules=command_modules(argv))
    args = parser.parse_args(argv)
    args.paths = resolve_data_dir(args.data_dir)
    if args.command is None:
        if open_window is None:
            parser.error("name a command (see --help)")
        return open_window(args.paths)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (RefleksError, StorageError) as error:
        print(f"refleks {args.command}: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print(f"refleks {args.command}: interrupted; nothing was written.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
