"""Work done in a forked copy of this process, its bytes read back through a pipe.

A long PDF is painted half here and half in a copy of the process made after the layout,
so the second processor core paints without laying the document out again. A thread
would not help: PySide6 keeps Python's lock while Qt lays out and paints.

Forking is safe only in a process with a single thread (the command line's). Where there
are more (a window's process has Qt's own threads) or no fork at all, nothing is forked
and the caller does the work itself. It only pays while another core is idle: with the
machine busy, the copy just takes turns with this process. `CpuClock` tells the caller
how many cores sat idle while it laid out. The copy never returns into the caller's code: it
does the work, writes the bytes and ends with os._exit, so no cleanup of the parent's
state (database connections, Qt objects, buffered output) runs twice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


class CpuClock:
    """Idle time of the whole machine (all cores) from /proc/stat, where there is one."""

    def __init__(self) -> None:
        self._start = self._read()

    @staticmethod
    def _read() -> tuple[int, int] | None:
        try:
            with open("/proc/stat", encoding="ascii") as stat:
                fields = stat.readline().split()
            # cpu  user nice system idle iowait irq softirq steal ...
            ticks = [int(value) for value in fields[1:9]]
        except (OSError, ValueError):
            return None
        return ticks[3] + ticks[4], sum(ticks)

    def idle_cores(self) -> float:
        """How many cores were idle on average since this clock was made (0 if unknown)."""
        now = self._read()
        if self._start is None or now is None or now[1] <= self._start[1]:
            return 0.0
        idle = (now[0] - self._start[0]) / (now[1] - self._start[1])
        return idle * (os.cpu_count() or 1)


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
