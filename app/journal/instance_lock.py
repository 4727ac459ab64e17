"""One writer per data folder: the window and the command line's write commands.

An OS file lock (flock on POSIX, LockFileEx on Windows, via `filelock`) on
`<data-dir>/refleks.lock`. The operating system drops it when the holder dies, so a lock
left by a crash is recovered by the next start without any staleness guesswork. The file
itself may stay behind after a clean quit too; it is only the thing the OS lock is taken
on, never the lock, so a leftover file (whatever it holds) does not block a start.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from app.errors import RefleksError

try:
    import fcntl
except ImportError:  # not on Windows; see held_elsewhere
    fcntl = None  # type: ignore[assignment]


class InstanceLockedError(RefleksError):
    """Another Refleks window or command is using the data folder."""


class InstanceLock:
    """The lock on one data folder; use as a context manager or acquire()/release()."""

    def __init__(self, path: Path) -> None:
        self.path = path
        from filelock import FileLock  # imported here: the window's first paint skips it

        # No soft fallback: a soft lock *is* the file, and one left by a crash would block
        # every later start.
        self._lock = FileLock(path, mode=0o600, is_singleton=False, fallback_to_soft=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def try_acquire(self, timeout: float = 0.0) -> bool:
        """Take the lock if it is free (waiting up to `timeout` seconds); True on success."""
        from filelock import Timeout

        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            return False
        except PermissionError:
            if not self.path.is_file():
                raise
            # A leftover we may not open for writing (made read-only, or by another account)
            # is held by no Refleks of ours: every holder opens it read-write. Replace it.
            self.path.unlink()
            try:
                self._lock.acquire(timeout=timeout)
            except Timeout:
                return False
        with contextlib.suppress(OSError):  # the PID is only a hint for people looking
            self.path.write_text(f"{os.getpid()}\n", encoding="ascii")
        return True

    def acquire(self, timeout: float = 0.0) -> None:
        if not self.try_acquire(timeout):
            raise InstanceLockedError(
                f"Refleks is already using {self.path.parent} in another window or command. "
                "Close it there (or wait for it to finish) and try again."
            )

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()


def held_elsewhere(path: Path) -> bool:
    """True when another process holds the lock on `path` right now (a probe, not a lock).

    For the window's first paint, which must not show a journal that another window has
    open. Where the probe cannot be made (no flock, no lock file yet, no access) it answers
    False, and the usual start with its real lock decides.
    """
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
