"""The window's first paint: a preview of the timeline, then the journal opened under it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint

from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.records import EntryDraft, TagRef, TimelineFilter
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from tests.conftest import damage_entries_table
from ui.preferences import settings as keys
from ui.preferences.settings import Settings, filter_to_json
from ui.shell.application import _OpenAfterPaint, _window_with_preview
from ui.shell.i18n import LanguageManager
from ui.timeline.model import TimelineRole


def make_journal(paths: DataPaths, catalog, count: int = 30) -> list[int]:  # type: ignore[no-untyped-def]
    context = open_journal(paths, catalog=catalog)
    try:
        return [
            context.journal.create_entry(
                EntryDraft(
                    day=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                    title=f"Dag {n}",
                    body="Magtudøvelse og tillid",
                    tags=(TagRef("dilemma", "control"),),
                )
            ).id
            for n in range(count)
        ]
    finally:
        context.close()


def entry_ids(model) -> list[int]:  # type: ignore[no-untyped-def]
    ids = (model.index(row).data(TimelineRole.ENTRY_ID) for row in range(model.rowCount()))
    return [int(i) for i in ids if i is not None]


def test_preview_paints_the_newest_entries_then_the_window_opens_the_journal(
    qtbot, data_paths: DataPaths, catalog, settings: Settings, languages: LanguageManager
) -> None:  # type: ignore[no-untyped-def]
    ids = make_journal(data_paths, catalog)
    previewed = _window_with_preview(data_paths, settings, languages)
    assert previewed is not None
    window, preview = previewed
    qtbot.addWidget(window)
    assert not window.attached
    assert entry_ids(preview.model) == list(reversed(ids))  # newest first, all 30
    window.show()
    qtbot.waitExposed(window)

    starting = _OpenAfterPaint(data_paths, window)
    try:
        starting.open()
        assert window.attached
        first_session = starting.session
        starting.open()  # the fallback timer after the paint: nothing opens twice
        assert starting.session is first_session
        assert window.centralWidget() is window.splitter
        assert entry_ids(window.timeline.model) == list(reversed(ids))
        # The real window works: a new entry saves through the opened journal.
        window.new_entry()
        window.editor.header.title_edit.setText("Skrevet efter forhåndsvisningen")
        assert window.save_all()
        found = window.context.journal.timeline(TimelineFilter(text="forhåndsvisningen"))
        assert [e.title for e in found.items] == ["Skrevet efter forhåndsvisningen"]

        def list_top() -> int:
            return window.timeline.view.mapTo(window, QPoint(0, 0)).y()

        qtbot.waitUntil(lambda: list_top() > 0)  # laid out below the filter bar
        window.close()
        # Where the list began is kept, so the next preview starts it there.
        top = settings.get(keys.LIST_TOP)
        assert top == list_top() > 0
    finally:
        starting.close()
    assert InstanceLock(data_paths.lock).try_acquire()  # the session let go of it


def test_closing_the_window_while_it_opens_keeps_nothing(
    qtbot, data_paths: DataPaths, catalog, settings: Settings, languages: LanguageManager
) -> None:  # type: ignore[no-untyped-def]
    make_journal(data_paths, catalog, count=3)
    before = data_paths.journal.read_bytes()
    previewed = _window_with_preview(data_paths, settings, languages)
    assert previewed is not None
    window, _preview = previewed
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    starting = _OpenAfterPaint(data_paths, window)
    starting.open()  # the paint's follow-up, arriving after the close
    assert not window.attached
    assert starting.session is None
    assert settings.get(keys.GEOMETRY).isEmpty()  # nothing of a half-open window is kept
    assert data_paths.journal.read_bytes() == before


@pytest.mark.parametrize("why", ["no journal", "encrypted", "damaged", "filter", "open elsewhere"])
def test_no_preview_when_the_usual_start_must_decide(
    why: str, data_paths: DataPaths, catalog, settings: Settings, languages: LanguageManager
) -> None:  # type: ignore[no-untyped-def]
    holder = None
    if why != "no journal":
        make_journal(data_paths, catalog, count=2)
    if why == "encrypted":
        encrypt_journal(
            data_paths.journal,
            "correct horse battery",
            params=KdfParams.fresh(time_cost=1, memory_kib=8192),
        )
    elif why == "damaged":
        damage_entries_table(data_paths.journal)
    elif why == "filter":
        stored = keys.for_journal(keys.LAST_FILTER, data_paths.root)
        settings.set(stored, filter_to_json(TimelineFilter(text="tillid")))
    elif why == "open elsewhere":
        import subprocess
        import sys

        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from app.journal.instance_lock import "
                "InstanceLock; lock = InstanceLock(Path(sys.argv[1])); lock.acquire(); "
                "print('held', flush=True); sys.stdin.readline()",
                str(data_paths.lock),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        assert _window_with_preview(data_paths, settings, languages) is None
    finally:
        if holder is not None:
            holder.communicate(timeout=10)
