"""Where an export may be written, and what an import may read: never the journal's own
files (and no export into its backups).

Every export (summary, backup, Markdown folder; window and command line) asks
`check_destination` first. An export is moved into place with a rename, so a path that
names the journal, its WAL, SHM or key header, or a file under backups/, would replace that
file with the export: the journal or a backup would be gone. Paths are compared after
following symlinks, and by file identity where the files exist, so another spelling of
the same place (a symlinked folder, `..`, a case-insensitive file system) is caught too.

Only `os.stat` is used here, never `open()`: the journal's process may hold a SQLite
connection to it (see models.connection on POSIX locks).
"""

from __future__ import annotations

import os
from pathlib import Path

from app.exchange.errors import ExportError, ImportFormatError

BACKUPS_FOLDER = "backups"
# Beside journal.db: SQLite's own files, the key header and its steps, the instance lock.
_OWN_SUFFIXES = (
    "",
    "-wal",
    "-shm",
    "-journal",
    ".header.json",
    ".header.json.pending",
    ".header.json.tmp",
)
_LOCK_FILE = "refleks.lock"


def journal_files(journal: Path) -> tuple[str, ...]:
    """The names of the files in the journal's folder that belong to the journal itself."""
    return (*(journal.name + suffix for suffix in _OWN_SUFFIXES), _LOCK_FILE)


def _same_place(a: Path, b: Path) -> bool:
    """True when `a` and `b` are the same file or folder (identity when both exist)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare the resolved spelling
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def check_destination(
    destination: Path, journal: Path, *, folder: bool = False, suffix: str = ""
) -> Path:
    """`destination` with `~` expanded; raises ExportError when an export may not go there.

    `journal` is the journal file whose files and backups are protected. `folder` is True
    for the Markdown-folder export, whose destination is a folder to create; `suffix`
    (".pdf") completes the example file name when a file export names a folder.
    """
    given = Path(destination).expanduser()
    target = given.resolve()  # follows symlinks, also one named as the destination itself
    root = journal.resolve().parent
    protected = {name.casefold() for name in journal_files(journal)}
    if _same_place(target.parent, root) and target.name.casefold() in protected:
        raise ExportError(
            f"{given} is one of your journal's own files; an export there would destroy "
            "it. Choose another name or folder for the export. Nothing was written."
        )
    backups = root / BACKUPS_FOLDER
    if any(_same_place(place, backups) for place in (target, *target.parents)):
        raise ExportError(
            f"{given} is inside the journal's backups folder ({backups}), which holds only "
            "Refleks's own backups. Choose another folder for the export. Nothing was written."
        )
    if folder:
        if any(_same_place(place, target) for place in (root, *root.parents)):
            raise ExportError(
                f"{given} holds your journal; choose a new, empty folder for the Markdown "
                "files. Nothing was written."
            )
    elif target.is_dir():
        raise ExportError(
            f"{given} is a folder. Give the name of the file to write, for example "
            f"{given / ('refleks-export' + suffix)}. Nothing was written."
        )
    return given


def is_journal_file(path: Path, journal: Path) -> bool:
    """Whether `path` is the journal or one of the files beside it that belong to it."""
    target = Path(path).expanduser().resolve()
    root = journal.resolve().parent
    protected = {name.casefold() for name in journal_files(journal)}
    return _same_place(target.parent, root) and target.name.casefold() in protected


def check_source(source: Path, journal: Path) -> None:
    """Refuse to import the journal's own files: reading one with `open()` while this
    process has the journal open would cancel its SQLite locks, and none is an import."""
    if is_journal_file(source, journal):
        raise ImportFormatError(
            source,
            "",
            "is one of your journal's own files, not a file to import. To bring back an "
            "earlier state, use File > Restore from Backup (or the restore command)",
        )
