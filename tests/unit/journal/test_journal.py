"""The journal service: writing, reading, trash, paging and counting."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import EntryNotFoundError, InvalidInputError, UnknownTagError
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef, TimelineFilter

DAY = dt.date(2026, 3, 14)


def draft(**changes: object) -> EntryDraft:
    values: dict[str, object] = {"day": DAY, "title": "Efter styregruppemødet", "body": "Tekst"}
    values.update(changes)
    return EntryDraft(**values)  # type: ignore[arg-type]


def test_create_and_read_back_every_field(journal: JournalService) -> None:
    created = journal.create_entry(
        draft(
            tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "moral")),
            answers=(Answer("q1", "Jeg blev optaget af ansvar"), Answer("q2", "Nye vinkler")),
            template_key="postcard",
            template_version=1,
            private=True,
            coaching=True,
        )
    )
    fetched = journal.get_entry(created.id)
    assert fetched == created
    assert fetched.title == "Efter styregruppemødet"
    assert fetched.day == DAY
    assert [str(t) for t in fetched.tags] == ["dilemma:control", "legitimacy:moral"]
    assert [(a.prompt_key, a.text, a.position) for a in fetched.answers] == [
        ("q1", "Jeg blev optaget af ansvar", 0),
        ("q2", "Nye vinkler", 1),
    ]
    assert fetched.private and fetched.coaching
    assert fetched.template_key == "postcard" and fetched.template_version == 1
    assert fetched.created_at.tzinfo is dt.UTC
    assert len(fetched.uuid) == 36


def test_update_replaces_tags_and_answers_and_moves_updated_at(journal: JournalService) -> None:
    created = journal.create_entry(
        draft(tags=(TagRef("dilemma", "control"),), answers=(Answer("a", "x"), Answer("b", "y")))
    )
    updated = journal.update_entry(
        created.id,
        draft(
            title="Ny titel",
            tags=(TagRef("paradox", "self_leadership"),),
            answers=(Answer("b", "z"),),
        ),
    )
    assert updated.title == "Ny titel"
    assert [str(t) for t in updated.tags] == ["paradox:self_leadership"]
    assert [(a.prompt_key, a.text, a.position) for a in updated.answers] == [("b", "z", 0)]
    assert updated.updated_at >= created.updated_at
    assert updated.created_at == created.created_at
    assert updated.uuid == created.uuid


def test_unknown_deck_tag_is_refused_with_the_valid_keys(journal: JournalService) -> None:
    with pytest.raises(UnknownTagError) as caught:
        journal.create_entry(draft(tags=(TagRef("dilemma", "nonsense"),)))
    assert "control" in caught.value.message
    with pytest.raises(UnknownTagError, match="Unknown tag family"):
        journal.create_entry(draft(tags=(TagRef("mood", "calm"),)))
    assert journal.count() == 0


def test_duplicate_prompt_answers_are_refused(journal: JournalService) -> None:
    with pytest.raises(InvalidInputError):
        journal.create_entry(draft(answers=(Answer("a", "1"), Answer("a", "2"))))


def test_own_tags_are_made_on_first_use_and_keyed_by_slug(journal: JournalService) -> None:
    first = journal.create_entry(draft(tags=(TagRef("own", "Økonomi og drift"),)))
    second = journal.create_entry(draft(tags=(TagRef("own", "økonomi-og-drift"),)))
    assert first.tags == second.tags == (TagRef("own", "økonomi-og-drift"),)
    assert first.tags[0].label == "Økonomi og drift"


def test_trash_restore_purge_and_empty(journal: JournalService) -> None:
    keep = journal.create_entry(draft(title="keep"))
    gone = journal.create_entry(draft(title="gone"))
    journal.trash_entry(gone.id)
    assert [e.title for e in journal.timeline().items] == ["keep"]
    assert [e.title for e in journal.timeline(TimelineFilter(trashed=True)).items] == ["gone"]
    journal.restore_entry(gone.id)
    assert journal.count() == 2
    with pytest.raises(InvalidInputError):
        journal.purge_entry(keep.id)  # not in the trash
    journal.trash_entry(gone.id)
    journal.purge_entry(gone.id)
    with pytest.raises(EntryNotFoundError):
        journal.get_entry(gone.id)
    journal.trash_entry(keep.id)
    assert journal.empty_trash() == 1
    assert journal.count(TimelineFilter(trashed=True)) == 0


def test_unknown_entry_id_gives_a_clear_error(journal: JournalService) -> None:
    with pytest.raises(EntryNotFoundError, match="no entry with id 42"):
        journal.get_entry(42)
    with pytest.raises(EntryNotFoundError):
        journal.trash_entry(42)


def test_timeline_pages_newest_first_without_gaps(journal: JournalService) -> None:
    for i in range(25):
        journal.create_entry(draft(title=f"e{i}", day=DAY + dt.timedelta(days=i // 3)))
    seen: list[str] = []
    page = journal.timeline(limit=7)
    while True:
        seen.extend(item.title for item in page.items)
        if page.next_cursor is None:
            break
        page = journal.timeline(limit=7, after=page.next_cursor)
    assert sorted(seen) == sorted(f"e{i}" for i in range(25))
    assert len(seen) == 25
    days = [journal.get_entry(e.id).day for e in journal.all_matching()]
    assert days == sorted(days, reverse=True)


def test_filters_by_date_flags_tags_and_family(journal: JournalService) -> None:
    a = journal.create_entry(
        draft(title="a", day=dt.date(2026, 1, 5), tags=(TagRef("dilemma", "control"),))
    )
    b = journal.create_entry(
        draft(
            title="b",
            day=dt.date(2026, 2, 5),
            tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "legal")),
            private=True,
        )
    )
    c = journal.create_entry(draft(title="c", day=dt.date(2026, 3, 5), coaching=True))

    def ids(**kwargs: object) -> set[int]:
        return {e.id for e in journal.all_matching(TimelineFilter(**kwargs))}  # type: ignore[arg-type]

    assert ids(date_from=dt.date(2026, 2, 1)) == {b.id, c.id}
    assert ids(date_to=dt.date(2026, 2, 5)) == {a.id, b.id}
    assert ids(private=True) == {b.id}
    assert ids(private=False) == {a.id, c.id}
    assert ids(coaching=True) == {c.id}
    assert ids(tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "legal"))) == {a.id, b.id}
    assert ids(
        tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "legal")), match_all_tags=True
    ) == {b.id}
    assert ids(families=("legitimacy",)) == {b.id}
    assert journal.count(TimelineFilter(families=("dilemma",))) == 2


def test_counts_per_tag_and_family(journal: JournalService) -> None:
    journal.create_entry(draft(tags=(TagRef("dilemma", "control"), TagRef("dilemma", "risk"))))
    journal.create_entry(draft(tags=(TagRef("dilemma", "control"),)))
    journal.create_entry(draft(tags=(TagRef("paradox", "self_leadership"),)))
    tag_counts = {str(c.tag): c.count for c in journal.tag_counts()}
    assert tag_counts == {"dilemma:control": 2, "dilemma:risk": 1, "paradox:self_leadership": 1}
    families = {c.family: c.count for c in journal.family_counts()}
    assert families == {"dilemma": 2, "paradox": 1}
    period = TimelineFilter(date_from=DAY + dt.timedelta(days=1))
    assert journal.tag_counts(period) == []


def test_summary_excerpt_falls_back_to_first_answer(journal: JournalService) -> None:
    journal.create_entry(draft(body="", answers=(Answer("q", ""), Answer("r", "**Magt** til"))))
    [item] = journal.timeline().items
    assert item.excerpt == "Magt til"


def test_get_entries_keeps_the_order_asked_for(journal: JournalService) -> None:
    first = journal.create_entry(draft(title="1"))
    second = journal.create_entry(draft(title="2"))
    assert [e.title for e in journal.get_entries([second.id, 999, first.id])] == ["2", "1"]


def test_a_text_longer_than_an_entry_holds_is_refused_on_every_save(
    journal: JournalService,
) -> None:
    """A 200 MB body was stored; an entry's text now stops at MAX_BODY_CHARS."""
    from app.records import MAX_BODY_CHARS

    longest = "æ" * MAX_BODY_CHARS
    kept = journal.create_entry(draft(body=longest))
    assert len(journal.get_entry(kept.id).body) == MAX_BODY_CHARS
    too_long = longest + "ø"
    with pytest.raises(InvalidInputError, match=rf"{MAX_BODY_CHARS + 1:,} characters.*shorten"):
        journal.create_entry(draft(body=too_long))
    with pytest.raises(InvalidInputError, match="characters"):
        journal.update_entry(kept.id, draft(body=too_long))
    with pytest.raises(InvalidInputError, match="answer is"):
        journal.create_entry(draft(answers=(Answer("q1", too_long),)))
    assert journal.count() == 1
    assert journal.get_entry(kept.id).body == longest


def test_a_save_keeps_search_in_step_with_body_and_answers(journal: JournalService) -> None:
    created = journal.create_entry(
        draft(body="Kontrol", answers=(Answer("a", "budgettet"), Answer("b", "lyttede")))
    )
    updated = journal.update_entry(
        created.id, draft(body="Tillid", answers=(Answer("b", "spurgte"), Answer("c", "vane")))
    )
    assert [(a.prompt_key, a.text, a.position) for a in updated.answers] == [
        ("b", "spurgte", 0),
        ("c", "vane", 1),
    ]

    def found(text: str) -> list[int]:
        return [item.id for item in journal.timeline(TimelineFilter(text=text)).items]

    assert found("kontrol") == found("budgettet") == found("lyttede") == []
    assert found("tillid") == found("spurgte") == found("vane") == [created.id]
    assert found("styregruppemødet") == [created.id]  # the unchanged title stays found


def test_any_match_answers_whether_an_entry_matches(journal: JournalService) -> None:
    assert not journal.any_match()
    entry = journal.create_entry(draft(tags=(TagRef("dilemma", "control"),)))
    assert journal.any_match()
    assert journal.any_match(TimelineFilter(tags=(TagRef("dilemma", "control"),)))
    assert not journal.any_match(TimelineFilter(date_from=DAY + dt.timedelta(days=1)))
    journal.trash_entry(entry.id)
    assert not journal.any_match()
    assert journal.any_match(TimelineFilter(trashed=True))
