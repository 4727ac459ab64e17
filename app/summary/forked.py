"""Work done in a forked copy of this process, its bytes read back through a pipe.

A long PDF is painted half here and half in a copy of the process made after the layout,
so the second processor core paints without laying the document out again. A thread
would not help: PySide6 keeps Python's lock while Qt lays out and paints.

Forking is safe only in a process with a single thread (the command line's). Where there
are more (a window's process has Qt's own threads) or no fork at all, nothing is forked
and the caller does the work itself. The copy never returns into the caller's code: it
does the work, writes the bytes and ends with os._exit, so no cleanup of the parent's
state (database connections, Qt objects, buffered output) runs twice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def can_fork() -> bool:
    """True in a Linux process running one thread (counted by the kernel, Qt's too)."""
    if sys.platform != "linux" or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class Forked:
    """A copy of the process doing some work; `result()` waits for its bytes."""

    def __init__(self, pid: int, pipe: int) -> None:
        self._pid = pid
        self._pipe = pipe
        self._result: bytes | None = None
        self._done = False

    def result(self) -> bytes | None:
        """The copy's bytes, or None if it failed; always reaps the copy."""
        if not self._done:
            self._done = True
            with os.fdopen(self._pipe, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(self._pid, 0)
            if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
                self._result = data
        return self._result


def start_forked(work: Callable[[], bytes]) -> Forked | None:
    """Run `work` in a forked copy of this process; None where forking is not safe."""
    if not can_fork():
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the copy
        status = 1
        try:
            os.close(read_end)
            data = work()
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)  # the parent does it over itself if this failed
    os.close(write_end)
    return Forked(pid, read_end)
