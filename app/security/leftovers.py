"""What interrupted work leaves in the data folder, and which plaintext copies remain.

A backup is written as `.partial`, a restore as `.restoring`, a conversion as `.converting`,
a header as `.header.json.tmp`; each is renamed into place when done. A process killed
before that leaves the temporary behind, and the temporary of a decryption is a complete
plaintext journal. `remove_leftovers` deletes them. Only the holder of the instance lock
may call it (the window as it starts, the writing commands): read-only commands run beside
a window and must not delete the temporaries of a conversion it is running.

`plaintext_copies` lists the unencrypted databases in the folder other than the journal
itself, so that a journal is called encrypted only when nothing readable is left beside it.
It never opens the journal or its WAL and SHM: in a process holding a connection to the
journal, closing any descriptor of those files would drop SQLite's locks.
"""

from __future__ import annotations

from pathlib import Path

from app.journal.paths import DataPaths
from app.security.header import file_prefix, is_plain_sqlite, sync_folder

TEMPORARY_SUFFIXES = (
    ".partial",
    ".restoring",
    ".converting",
    ".header.json.tmp",
    ".header.json.pending.tmp",
    ".rekey.json.tmp",
)
# SQLite's own side files of a temporary that was open when the process stopped.
_SIDE_FILES = ("", "-journal", "-wal", "-shm")
_NOT_COPIES = (".json", ".pending", ".tmp", "-wal", "-shm", "-journal")


def _is_temporary(name: str) -> bool:
    return any(name.endswith(end + side) for end in TEMPORARY_SUFFIXES for side in _SIDE_FILES)


def _candidates(paths: DataPaths) -> list[Path]:
    """Files beside the journal that are named after it, and every file in backups/."""
    found: list[Path] = []
    own = paths.journal.name + "."
    if paths.root.is_dir():
        found += [p for p in paths.root.iterdir() if p.name.startswith(own)]
    if paths.backups.is_dir():
        found += list(paths.backups.iterdir())
    return [p for p in found if p.is_file() and not p.is_symlink()]


def leftovers(paths: DataPaths) -> list[Path]:
    """The temporaries an interrupted backup, restore or conversion left behind."""
    return sorted(p for p in _candidates(paths) if _is_temporary(p.name))


def remove_leftovers(paths: DataPaths) -> list[Path]:
    """Delete the temporaries; returns what was deleted. Hold the instance lock."""
    removed = []
    for path in leftovers(paths):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # a read-only folder: `plaintext_copies` still names what is left
        removed.append(path)
    if removed:
        for folder in {path.parent for path in removed}:
            sync_folder(folder)
    return removed


def plaintext_copies(paths: DataPaths) -> list[Path]:
    """Unencrypted SQLite files in the data folder and backups/, the journal excepted."""
    copies = []
    for path in _candidates(paths):
        name = path.name
        if name.endswith(_NOT_COPIES) and not _is_temporary(name):
            continue
        if name.endswith(("-wal", "-shm", "-journal")):
            continue  # their own formats; a plain database's temporary is named above
        try:
            prefix = file_prefix(path)
        except OSError:
            continue
        if is_plain_sqlite(prefix):
            copies.append(path)
    return sorted(copies)
