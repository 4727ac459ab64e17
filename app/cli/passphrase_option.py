"""The `--passphrase-file` option, apart from opening the journal.

The parser of every start, the window's included, adds it; keeping it here means building
that parser does not import the journal, the engine or SQLAlchemy.
"""

from __future__ import annotations

import argparse
from pathlib import Path

PASSPHRASE_FILE_HELP = (
    "read the passphrase of an encrypted journal from the first line of PATH "
    "(default: ask on the terminal without echo)"
)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    """`--passphrase-file` on a command; it may also be given before the command."""
    if "--passphrase-file" in parser._option_string_actions:
        return
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help=PASSPHRASE_FILE_HELP,
    )


__all__ = ["PASSPHRASE_FILE_HELP", "add_passphrase_option"]
