"""A write on another thread reaches the listeners on the thread that asked for delivery."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from app.journal.changes import ChangeFeed, Changes


def test_without_a_post_listeners_run_on_the_writing_thread() -> None:
    feed = ChangeFeed()
    seen: list[int] = []
    feed.subscribe(lambda _changes: seen.append(threading.get_ident()))
    worker = threading.Thread(target=lambda: feed.publish(Changes.entries([1])))
    worker.start()
    worker.join(timeout=10)
    assert seen == [worker.ident]


def test_a_publish_from_another_thread_is_posted_home_and_one_from_home_is_not() -> None:
    feed = ChangeFeed()
    posted: queue.Queue[Callable[[], None]] = queue.Queue()
    feed.deliver_through(posted.put)
    seen: list[tuple[int, Changes]] = []
    feed.subscribe(lambda changes: seen.append((threading.get_ident(), changes)))

    from_worker = Changes.entries([7])
    worker = threading.Thread(target=lambda: feed.publish(from_worker))
    worker.start()
    worker.join(timeout=10)
    assert seen == []  # nothing ran on the worker
    posted.get(timeout=1)()  # the home thread runs what was posted
    assert seen == [(threading.get_ident(), from_worker)]

    from_home = Changes.entries([8])
    feed.publish(from_home)
    assert seen[-1] == (threading.get_ident(), from_home)
    assert posted.empty()

    feed.deliver_through(None)
    seen.clear()
    worker = threading.Thread(target=lambda: feed.publish(from_worker))
    worker.start()
    worker.join(timeout=10)
    assert seen == [(worker.ident, from_worker)]
