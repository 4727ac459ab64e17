"""User text with "&" on menu actions shows as written, with no mnemonic made of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.catalog.catalog import Catalog
from app.courses.service import CourseService, ModuleSpec
from app.journal.service import JournalService
from app.records import EntryDraft, TagRef
from ui.courses.timeline_link import CourseTimelineLink
from ui.timeline.panel import TimelinePanel
from ui.window.mnemonic import literal


def shown(text: str) -> str:
    """What Qt shows for an action text: "&&" is one "&", and a lone "&" marks a mnemonic."""
    assert QKeySequence.mnemonic(text).isEmpty(), text
    return text.replace("&&", "&")


def test_literal_doubles_every_ampersand() -> None:
    assert literal("A & B && C") == "A && B &&&& C"
    assert literal("Ingen") == "Ingen"


def test_timeline_tag_menu_and_module_menu_keep_the_ampersand(
    qtbot: QtBot, journal: JournalService, catalog: Catalog
) -> None:
    day = dt.date(2026, 3, 10)
    tag = TagRef("own", "okonomi-budget", "økonomi & budget")
    entry = journal.create_entry(EntryDraft(day=day, title="Budget", tags=(tag,)))
    entry_id, tag = entry.id, entry.tags[0]
    courses = CourseService(journal=journal)
    courses.create_course("Strategi & ledelse", [ModuleSpec("Netværk & tillid", day)])
    courses.create_course("Andet", [ModuleSpec("Modul 1", day - dt.timedelta(days=30))])
    panel = TimelinePanel(journal=journal, catalog=catalog)
    qtbot.addWidget(panel)
    panel.set_language("en")
    action = next(a for a in panel.filter_bar.tag_menu.actions() if a.data() == str(tag))
    assert shown(action.text()) == "økonomi & budget  (1)"
    link = CourseTimelineLink.attach(panel, courses=courses, today=day)
    menu = link.module_menu(entry_id)
    assert menu is not None
    texts = [shown(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert "By its date (Netværk & tillid)" in texts
    assert "Netværk & tillid · Strategi & ledelse" in texts
