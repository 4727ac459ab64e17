"""Commitments (with their follow-up entries) and coaching sessions sync like entries."""

from __future__ import annotations

import datetime as dt

from tests.unit.sync.conftest import draft, titles


def commitments_of(device) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return sorted(
        (c.uuid, c.text, c.due, c.status.value, c.note, c.entry_title)
        for c in device.commitments.list()
    )


def test_a_commitment_and_its_closing_follow_up_reach_the_other_device(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    entry = laptop.journal.create_entry(draft("Styregruppen"))
    made = laptop.commitments.add(entry.id, "Afklare ansvaret", dt.date(2026, 6, 1))
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert commitments_of(home) == commitments_of(laptop)

    (there,) = home.commitments.list()
    home.commitments.close(there.id, "kept", "alle skrev under", language="da")
    home.sync.sync_now()
    laptop.sync.sync_now()
    assert commitments_of(home) == commitments_of(laptop)
    closed = next(c for c in laptop.commitments.list() if c.uuid == made.uuid)
    assert closed.status.value == "kept" and closed.follow_up_entry_id is not None
    assert titles(laptop) == titles(home) and len(titles(home)) == 2

    laptop.commitments.delete(closed.id)
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert commitments_of(home) == [] == commitments_of(laptop)


def test_coaching_sessions_sync(make_device) -> None:  # type: ignore[no-untyped-def]
    laptop, home = make_device("laptop"), make_device("home")
    session = laptop.coaching.add(dt.date(2026, 3, 20), "om ansvar")
    laptop.sync.sync_now()
    home.sync.sync_now()
    assert [(s.uuid, s.day, s.note) for s in home.coaching.list()] == [
        (session.uuid, dt.date(2026, 3, 20), "om ansvar")
    ]
    (there,) = home.coaching.list()
    home.coaching.delete(there.id)
    home.sync.sync_now()
    laptop.sync.sync_now()
    assert laptop.coaching.list() == []


def test_own_tags_travel_and_a_rename_follows(make_device) -> None:  # type: ignore[no-untyped-def]
    from app.records import EntryDraft, TagRef

    laptop, home = make_device("laptop"), make_device("home")
    tag = laptop.own_tags.create("Mod")
    laptop.journal.create_entry(
        EntryDraft(day=dt.date(2026, 5, 1), title="Modigt", tags=(TagRef("own", tag.key),))
    )
    laptop.sync.sync_now()
    home.sync.sync_now()
    (entry,) = home.journal.get_entries([e.id for e in home.journal.all_matching()])
    assert [(t.family, t.key, t.label) for t in entry.tags] == [("own", tag.key, "Mod")]

    home.own_tags.rename(tag.key, "Mod på")
    home.sync.sync_now()
    laptop.sync.sync_now()
    assert [c.tag.label for c in laptop.own_tags.list() if c.tag.key == tag.key] == ["Mod på"]
