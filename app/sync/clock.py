"""A hybrid logical clock: stamps that follow the wall clock yet never go backwards, and
that move past every stamp seen from another device, so skewed clocks do no harm.

A stamp is text that sorts as it orders: milliseconds since the epoch (13 digits) and a
counter (6 digits), e.g. "1765040000000-000003".
"""

from __future__ import annotations

import time
from collections.abc import Callable

Wall = Callable[[], int]


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def stamp_text(millis: int, counter: int) -> str:
    return f"{millis:013d}-{counter:06d}"


def parse_stamp(text: str) -> tuple[int, int]:
    if not text:
        return (0, 0)
    millis, _, counter = text.partition("-")
    return int(millis), int(counter)


def stamp_millis(text: str) -> int:
    return parse_stamp(text)[0]


class HybridClock:
    """The device's clock, started from the last stamp it gave (kept in the journal)."""

    def __init__(self, last: str = "", *, wall: Wall = wall_millis) -> None:
        self._millis, self._counter = parse_stamp(last)
        self._wall = wall

    @property
    def last(self) -> str:
        return stamp_text(self._millis, self._counter)

    def tick(self) -> str:
        """A new stamp for a write here, later than every stamp given or seen."""
        now = self._wall()
        if now > self._millis:
            self._millis, self._counter = now, 0
        else:
            self._counter += 1
        return self.last

    def observe(self, remote: str) -> None:
        """Move past a stamp read from another device."""
        millis, counter = parse_stamp(remote)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter
