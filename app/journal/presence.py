"""Is this a new journal, or one that was lost? Decided from the folder alone, cheaply.

Only a data folder with no journal.db, no key file (journal.db.header.json) and no backups
holds a new journal. A journal file that is empty, a dangling journal.db link, or a key
file or backups without their journal mean a journal existed and was lost: starting a new
one there would hide that, and the next automatic backup could push the good backups out.

Nothing here opens the journal (only `stat` and folder listings), and nothing heavier than
the standard library is imported, so the command line's fast paths can ask too.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

# The names app.journal.backups gives its copies, and the copies models/ takes before an upgrade.
BACKUP_PATTERNS = ("refleks-*.db", "pre-migration-*.db")
HEADER_SUFFIX = ".header.json"


class Presence(enum.Enum):
    NEW = "new"  # nothing here: a new journal may be made
    PRESENT = "present"  # a journal file with contents (whatever they turn out to be)
    EMPTIED = "emptied"  # journal.db is there with 0 bytes
    DANGLING_LINK = "dangling-link"  # journal.db links to a file that does not exist
    LOST = "lost"  # no journal.db, but its key file or backups are here


def header_file(journal: Path) -> Path:
    return journal.with_name(journal.name + HEADER_SUFFIX)


def has_backups(folder: Path) -> bool:
    try:
        return any(any(folder.glob(pattern)) for pattern in BACKUP_PATTERNS)
    except OSError:
        return False


def presence(journal: Path, backups: Path) -> Presence:
    """What the folder says about `journal` (see the module docstring)."""
    try:
        size = os.stat(journal).st_size
    except FileNotFoundError:
        if os.path.islink(journal):
            return Presence.DANGLING_LINK
        if header_file(journal).exists() or has_backups(backups):
            return Presence.LOST
        return Presence.NEW
    except OSError:
        return Presence.PRESENT  # unreadable or not a file: the usual checks word it
    return Presence.EMPTIED if size == 0 and os.path.isfile(journal) else Presence.PRESENT


def is_new(journal: Path, backups: Path) -> bool:
    return presence(journal, backups) is Presence.NEW
