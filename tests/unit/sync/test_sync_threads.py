"""`sync_now` from a worker thread beside the window's writes, and two syncs at once."""

from __future__ import annotations

import threading

from app.journal.changes import Changes
from app.journal.context import open_journal
from tests.unit.sync.conftest import draft, snapshot, titles


def test_a_worker_thread_syncs_while_the_main_thread_saves(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    for n in range(30):
        laptop.journal.create_entry(draft(f"Indlæg {n}"))
    laptop.sync.sync_now()
    heard: list[tuple[str, Changes]] = []
    home.changes.subscribe(lambda changes: heard.append((threading.current_thread().name, changes)))
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                home.sync.sync_now()
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    worker = threading.Thread(target=work, name="sync-worker")
    worker.start()
    for n in range(20):
        home.journal.create_entry(draft(f"Hjemme {n}"))  # the window's own connection
    worker.join(timeout=60)
    assert not worker.is_alive() and failures == []
    assert "sync-worker" in {name for name, _changes in heard}
    home.sync.sync_now()
    laptop.sync.sync_now()
    assert snapshot(laptop) == snapshot(home)
    assert len(titles(home)) == 50


def test_two_syncs_of_one_journal_at_once_run_one_after_the_other(  # type: ignore[no-untyped-def]
    make_device, catalog
) -> None:
    laptop = make_device("laptop")
    other = make_device("other")
    second = open_journal(laptop.paths, catalog=catalog)  # as a command beside the window
    try:
        for n in range(40):
            laptop.journal.create_entry(draft(f"Indlæg {n}"))
        failures: list[BaseException] = []

        def run(context) -> None:  # type: ignore[no-untyped-def]
            try:
                context.sync.sync_now()
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=run, args=(c,)) for c in (laptop, second) * 3]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert failures == []
        other.sync.sync_now()
        assert len(titles(other)) == 40
    finally:
        second.close()
