"""What a write changed, told to everything that shows the journal.

Every write through a service in app/ publishes a `Changes` on the journal's `ChangeFeed`:
which kinds of data changed and, for entries, which ones. Each pane of the window
subscribes once and decides for itself what to refresh; no pane tells another what to do,
and the window does not relay. (Anki's `OpChanges` and `operation_did_execute`.)

Listeners run synchronously in the thread that wrote, right after the commit; writes from
the window happen on its thread. A write on another thread (the window's background sync)
is handed to the window's thread when the window asked for that (`deliver_through`), so
every pane is still told on the thread that owns its widgets.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


class Change(enum.Flag):
    """The kinds of data a write can change."""

    NONE = 0
    ENTRIES = enum.auto()  # text, dates, tags on entries, trash, links to modules
    TAGS = enum.auto()  # own tags made, renamed, merged or deleted
    COURSES = enum.auto()  # courses and their modules
    #: Commitments made, changed, closed or deleted. (Trashing or emptying the trash
    #: publishes ENTRIES only, yet hides or removes an entry's commitments: a commitments
    #: view refreshes on either.)
    COMMITMENTS = enum.auto()
    COACHING = enum.auto()  # coaching sessions recorded or deleted
    #: The whole journal was replaced (a restore): nothing read before still holds.
    JOURNAL = enum.auto()


@dataclass(frozen=True, slots=True)
class Changes:
    """One write's report. `entry_ids` names the entries when they are few and known;
    empty with `Change.ENTRIES` means "any entry may have changed"."""

    kinds: Change
    entry_ids: frozenset[int] = field(default_factory=frozenset)
    #: The entry a write created, for the pane that wants to show it.
    created: int | None = None

    @classmethod
    def entries(cls, ids: Iterable[int] = (), *, created: int | None = None) -> Changes:
        return cls(Change.ENTRIES, frozenset(ids), created)

    def touches(self, kind: Change) -> bool:
        """Whether data of `kind` may have changed (everything has, after a restore)."""
        return bool(self.kinds & (kind | Change.JOURNAL))

    @property
    def whole_journal(self) -> bool:
        return bool(self.kinds & Change.JOURNAL)


Listener = Callable[[Changes], None]
#: Runs a function later on the thread that asked for delivery (a queued Qt signal).
Post = Callable[[Callable[[], None]], None]


class ChangeFeed:
    """The journal's one list of listeners; `publish` tells each of them, in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._post: Post | None = None
        self._home_thread: int | None = None

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every write; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def deliver_through(self, post: Post | None) -> None:
        """From now on, a publish from any thread but this one is handed to `post`, which
        runs the delivery on this thread (None: listeners run where the write ran again)."""
        self._post = post
        self._home_thread = threading.get_ident() if post is not None else None

    def publish(self, changes: Changes) -> Changes:
        """Tell every listener (a copy of the list: a listener may unsubscribe itself)."""
        post = self._post
        if post is not None and threading.get_ident() != self._home_thread:
            post(lambda: self._deliver(changes))
        else:
            self._deliver(changes)
        return changes

    def _deliver(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)
