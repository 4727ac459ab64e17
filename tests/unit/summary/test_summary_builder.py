"""Building the coaching summary: what leaves the app, themes, the cross table, questions."""

from __future__ import annotations

import datetime as dt

import pytest

from app.records import Answer, EntryDraft, TagRef
from app.summary.builder import build_summary, candidates, select_entries
from app.summary.model import SummaryRequest

CONTROL = TagRef("dilemma", "control")
RISK = TagRef("dilemma", "risk")
MORAL = TagRef("legitimacy", "moral")
LEGAL = TagRef("legitimacy", "legal")


@pytest.fixture
def ids(journal) -> dict[str, int]:  # type: ignore[no-untyped-def]
    def add(title: str, day: int, **kwargs) -> int:  # type: ignore[no-untyped-def]
        return journal.create_entry(EntryDraft(day=dt.date(2026, 3, day), title=title, **kwargs)).id

    made = {
        "dilemma": add(
            "Styregruppen",
            2,
            tags=(CONTROL, MORAL, TagRef("own", "x", "Budget")),
            template_key="dilemma",
            template_version=1,
            answers=(Answer("situation", "Mødet om tal"), Answer("action", "")),
            coaching=True,
        ),
        "both": add("Risiko og jura", 5, tags=(RISK, CONTROL, LEGAL, MORAL), body="*Krop*"),
        "secret": add("HEMMELIGT-ØKONOMI", 6, private=True, tags=(CONTROL,)),
        "late": add("Senere", 20, body="Uden tags"),
    }
    trashed = add("I skraldespanden", 7, tags=(CONTROL,))
    journal.trash_entry(trashed)
    return made


def test_private_entries_stay_in_unless_included(journal, ids) -> None:  # type: ignore[no-untyped-def]
    selected = select_entries(journal, SummaryRequest())
    assert [e.id for e in selected.entries] == [ids["dilemma"], ids["both"], ids["late"]]
    assert selected.private_left_out == 1
    one = select_entries(journal, SummaryRequest(private_ids=frozenset({ids["secret"]})))
    assert ids["secret"] in [e.id for e in one.entries] and one.private_left_out == 0
    every = select_entries(journal, SummaryRequest(include_private=True))
    assert len(every.entries) == 4


def test_period_coaching_and_picked(journal, ids) -> None:  # type: ignore[no-untyped-def]
    period = SummaryRequest(date_from=dt.date(2026, 3, 3), date_to=dt.date(2026, 3, 10))
    assert [e.id for e in select_entries(journal, period).entries] == [ids["both"]]
    coaching = SummaryRequest(selection="coaching")
    assert [e.id for e in select_entries(journal, coaching).entries] == [ids["dilemma"]]
    picked = SummaryRequest(selection="picked", picked_ids=frozenset({ids["late"], ids["secret"]}))
    assert [e.id for e in select_entries(journal, picked).entries] == [ids["late"]]
    # The dialog lists private candidates so they can be ticked; trash never shows.
    titles = [c.title for c in candidates(journal, SummaryRequest())]
    assert titles == ["Styregruppen", "Risiko og jura", "HEMMELIGT-ØKONOMI", "Senere"]


def test_themes_and_cross_table(journal, catalog, ids) -> None:  # type: ignore[no-untyped-def]
    summary = build_summary(journal, catalog, SummaryRequest(language="da"))
    families = {t.family.key: t.family.count for t in summary.themes}
    assert families == {"dilemma": 2, "legitimacy": 2, "own": 1}
    dilemmas = next(t for t in summary.themes if t.family.key == "dilemma")
    assert [(t.label, t.count) for t in dilemmas.tags] == [("Kontrol", 2), ("Risiko", 1)]
    cross = summary.cross
    assert cross.rows == ("Kontrol", "Risiko")
    assert cross.columns == ("Pragmatisk", "Moralsk", "Kognitiv", "Legal")
    assert cross.counts == ((0, 2, 0, 1), (0, 1, 0, 1))


def test_entries_carry_questions_in_the_chosen_language(journal, catalog, ids) -> None:  # type: ignore[no-untyped-def]
    english = build_summary(journal, catalog, SummaryRequest(language="en"))
    first = english.entries[0]
    assert first.template == "Dilemma"
    assert [a.question for a in first.answers] == [
        "What situation were you in? Briefly describe what happened and who was involved."
    ]  # the empty answer is left out
    assert first.tags == ("Dilemmas: Control", "Legitimacy: Moral", "Own tags: Budget")
    danish = build_summary(journal, catalog, SummaryRequest(language="da"))
    assert danish.entries[0].answers[0].question.startswith("Hvilken situation stod du i?")
    assert [e.title for e in danish.coaching] == ["Styregruppen"]
    assert danish.period == "Hele journalen" and english.period == "The whole journal"


def test_parts_can_be_left_out(journal, catalog, ids) -> None:  # type: ignore[no-untyped-def]
    request = SummaryRequest(include_answers=False, include_body=False, include_tags=False)
    summary = build_summary(journal, catalog, request)
    assert all(not e.answers and not e.body and not e.tags for e in summary.entries)
    assert summary.themes  # the themes still count what was selected


def test_a_course_module_as_the_period(journal, catalog, ids) -> None:  # type: ignore[no-untyped-def]
    from models.schema import CourseRow, ModuleRow

    with journal.database.session() as session:
        course = CourseRow(name="Netværksledelse", created_at=dt.datetime(2026, 1, 1))
        session.add(course)
        session.flush()
        first = ModuleRow(course_id=course.id, name="Modul 1", day=dt.date(2026, 3, 1), position=0)
        second = ModuleRow(
            course_id=course.id, name="Modul 2", day=dt.date(2026, 3, 10), position=1
        )
        session.add_all([first, second])
        session.flush()
        module_id = first.id
    summary = build_summary(journal, catalog, SummaryRequest(module_id=module_id, language="en"))
    assert [e.title for e in summary.entries] == ["Styregruppen", "Risiko og jura"]
    assert summary.period == "Module: Modul 1 (1 March 2026)"
