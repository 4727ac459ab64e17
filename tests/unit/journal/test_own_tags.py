"""Own tags: created, renamed, merged and deleted, with entries following along."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInputError, UnknownTagError
from app.journal.context import JournalContext
from app.journal.own_tags import own_tag_key
from app.records import EntryDraft, TagRef


def test_key_keeps_danish_letters() -> None:
    assert own_tag_key("  Økonomi & Drift ") == "økonomi-drift"
    assert own_tag_key("!!!") == ""


def test_create_rename_merge_delete(context: JournalContext) -> None:
    tags, journal = context.own_tags, context.journal
    budget = tags.create("Budget")
    assert tags.create("budget") == budget  # same key: no duplicate
    money = tags.create("Penge")
    one = journal.create_entry(EntryDraft(day=dt.date(2026, 1, 1), tags=(budget,)))
    both = journal.create_entry(EntryDraft(day=dt.date(2026, 1, 2), tags=(budget, money)))

    renamed = tags.rename("budget", "Økonomi")
    assert renamed == TagRef("own", "budget") and renamed.label == "Økonomi"
    assert journal.get_entry(one.id).tags[0].label == "Økonomi"

    tags.merge("penge", "budget")
    assert [str(t) for t in journal.get_entry(both.id).tags] == ["own:budget"]
    assert [(c.tag.key, c.count) for c in tags.list()] == [("budget", 2)]

    tags.delete("budget")
    assert journal.get_entry(one.id).tags == ()
    assert tags.list() == []


def test_bad_names_and_unknown_keys(context: JournalContext) -> None:
    with pytest.raises(InvalidInputError):
        context.own_tags.create("   ")
    with pytest.raises(InvalidInputError):
        context.own_tags.create("x" * 200)
    with pytest.raises(UnknownTagError):
        context.own_tags.rename("nope", "Ny")
    context.own_tags.create("A")
    with pytest.raises(InvalidInputError):
        context.own_tags.merge("a", "a")
