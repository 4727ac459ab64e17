"""You have met this before: the editor lists earlier entries with the same tags."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.journal.context import JournalContext
from app.records import EntryDraft, TagRef
from ui.preferences import settings as keys
from ui.preferences.settings import Settings

CONTROL = TagRef("dilemma", "control")
RISK = TagRef("dilemma", "risk")


def _add(context: JournalContext, day: dt.date, title: str, *tags: TagRef) -> int:
    return context.journal.create_entry(EntryDraft(day=day, title=title, tags=tags)).id


def test_the_list_shows_earlier_entries_with_the_tag_and_opens_one(
    main_window, context: JournalContext, settings: Settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = _add(context, dt.date(2026, 1, 5), "Først om kontrol", CONTROL)
    _add(context, dt.date(2026, 2, 5), "Om risiko", RISK)
    second = _add(context, dt.date(2026, 3, 5), "Igen kontrol", CONTROL)
    current = _add(context, dt.date(2026, 4, 5), "Nu", CONTROL)
    untagged = _add(context, dt.date(2026, 4, 6), "Uden tag")
    main_window.timeline.reload()
    editor = main_window.editor
    listing = editor.met_before

    main_window.open_entry(untagged)
    assert not listing.isVisible()  # no dilemma, paradox or legitimacy tag: no list

    main_window.open_entry(current)
    assert listing.isVisible()
    assert [link.entry_id for link in listing.links] == [second, first]
    assert (
        "5 March 2026" in listing.links[0].full_text
        and "Igen kontrol" in listing.links[0].full_text
    )

    qtbot.mouseClick(listing.links[1], Qt.MouseButton.LeftButton)
    assert editor.current_entry_id() == first
    assert main_window.timeline.current_entry_id() == first
    assert not listing.isVisible()  # nothing came before the first

    # A tag added in the editor brings its own history.
    main_window.open_entry(untagged)
    editor._set_tags((RISK,))
    assert [e.title for e in listing.entries()] == ["Om risiko"]


def test_folding_the_list_is_remembered(
    make_window, context: JournalContext, settings: Settings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _add(context, dt.date(2026, 1, 5), "Før", CONTROL)
    current = _add(context, dt.date(2026, 2, 5), "Nu", CONTROL)
    window = make_window(settings)
    window.open_entry(current)
    listing = window.editor.met_before
    qtbot.mouseClick(listing.toggle, Qt.MouseButton.LeftButton)
    assert listing.is_collapsed() and not listing.links[0].isVisible()
    assert settings.get(keys.MET_BEFORE_COLLAPSED) is True
    window.close()
    again = make_window(settings)
    again.open_entry(current)
    assert again.editor.met_before.is_collapsed()
