"""The journal file as bytes on disk: its first 16 bytes, and renames onto it.

SQLite's locks on a file belong to the process, and closing *any* descriptor on that file
cancels all of them (SQLite's documented "POSIX advisory locks are cancelled by close()"
hazard). A process that holds a connection and then opens and closes the same file with
plain `open()` loses its locks: another process's connection then believes it is the last
one, checkpoints and deletes the WAL the first is still writing to.

So this is the one place outside SQLite that reads a journal's bytes. Every connection is
opened through `models.connection.connect_file`, which counts it here for its file (its
inode) and remembers the file's first bytes just before it opens. While a file has open
connections, its prefix is answered from memory and the file is never touched; once the
last one closes, the next look reads the disk again (an inode number freed by a deleted
file may come back on a new one, so nothing is remembered past its connections).
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import Any

#: The first bytes of every plain SQLite file; an encrypted one starts with its random salt.
SQLITE_MAGIC = b"SQLite format 3\x00"
PREFIX_BYTES = 16

_Inode = tuple[int, int]


class _OpenFiles:
    """Per inode: how many connections of this process are open, and its first bytes."""

    def __init__(self) -> None:
        self.counts: dict[_Inode, int] = {}
        self.prefixes: dict[_Inode, bytes] = {}
        self.guard = threading.Lock()

    def opened(self, inode: _Inode, prefix: bytes | None) -> None:
        with self.guard:
            self.counts[inode] = self.counts.get(inode, 0) + 1
            if prefix is not None:
                self.prefixes.setdefault(inode, prefix)

    def closed(self, inode: _Inode) -> None:
        with self.guard:
            left = self.counts.get(inode, 0) - 1
            if left > 0:
                self.counts[inode] = left
            else:
                self.counts.pop(inode, None)
                self.prefixes.pop(inode, None)


_open = _OpenFiles()


def _stat(path: Path) -> tuple[_Inode, int] | None:
    """The file's identity and size (stat opens no descriptor); None when it is absent."""
    try:
        status = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (status.st_dev, status.st_ino), status.st_size


def _read(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, PREFIX_BYTES)
    finally:
        os.close(fd)


class UnknownPrefixError(RuntimeError):
    """A file this process has open was asked for a prefix nobody could read safely."""


def read_prefix(path: Path) -> bytes:
    """The first 16 bytes of the file at `path`; empty when it is absent or empty.

    While this process has a connection to the file, the answer comes from memory and the
    file is not opened. A folder, or a file we may not read, raises OSError as `open()`.
    """
    found = _stat(path)
    if found is None:
        return b""
    inode, size = found
    with _open.guard:
        if inode in _open.counts:
            known = _open.prefixes.get(inode)
            if known is None:
                raise UnknownPrefixError(
                    f"{path} is open in this process and its first bytes were not known "
                    "when it was opened; read them after its connections close."
                )
            return known
    return b"" if size == 0 else _read(path)


def prefix_before_connect(path: Path, *, plain: bool) -> bytes | None:
    """`path`'s first bytes, read (if need be) just before a connection of ours opens on it.

    A new plain file (absent or empty) will start with SQLite's magic once written; a new
    encrypted one with a salt nobody knows yet: None, and it is read after its connections
    close.
    """
    found = _stat(path)
    if found is None:
        return SQLITE_MAGIC if plain else None
    inode, size = found
    with _open.guard:
        if inode in _open.counts:
            return _open.prefixes.get(inode)
    if size == 0:
        return SQLITE_MAGIC if plain else None
    try:
        prefix = _read(path)
    except OSError:
        return None  # a folder or an unreadable file: SQLite's own open reports it
    return prefix if len(prefix) == PREFIX_BYTES else None


def track(connection: Any, path: Path, prefix: bytes | None) -> None:
    """Count `connection`, just opened on `path`, until it closes or is collected."""
    found = _stat(path)
    if found is None:
        return  # an in-memory or temporary database
    inode, _size = found
    _open.opened(inode, prefix)
    connection._refleks_release = weakref.finalize(connection, _open.closed, inode)


def release(connection: Any) -> None:
    """Uncount `connection` now (it was closed); safe to call more than once."""
    finalizer = getattr(connection, "_refleks_release", None)
    if finalizer is not None:
        finalizer()


def is_plain_sqlite(prefix: bytes) -> bool:
    return prefix == SQLITE_MAGIC


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk; a no-op where that is not possible."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_file(source: Path, target: Path) -> None:
    """Rename `source` onto `target` and flush the folder: the one way a file is swapped in."""
    os.replace(source, target)
    sync_folder(Path(target).parent)
