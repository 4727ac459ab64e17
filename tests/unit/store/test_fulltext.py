"""Search that understands Danish: word starts, compounds, tags, courses, phrases.

Each row of issue 13's table, Danish case and diacritics, what is searched besides the
text (answers, deck tags in both languages, own tags, course and module names), and that
the index follows every write.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.courses.records import ModuleSpec
from app.courses.service import CourseService
from app.journal.context import JournalContext
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from app.search.terms import Term, parse


def add(journal: JournalService, title: str, body: str = "", **kw: object) -> int:
    kw.setdefault("day", dt.date(2026, 5, 1))
    return journal.create_entry(EntryDraft(title=title, body=body, **kw)).id  # type: ignore[arg-type]


def found(journal: JournalService, text: str, **kw: object) -> set[int]:
    return {e.id for e in journal.all_matching(TimelineFilter(text=text, **kw))}  # type: ignore[arg-type]


@pytest.fixture
def entries(journal: JournalService) -> dict[str, int]:
    return {
        "far": add(journal, "Samtale med min far", "Han spurgte til arbejdet"),
        "får": add(journal, "Hvad får vi ud af det?", "Medarbejderne får mere ansvar"),
        "ansvar": add(journal, "Ansvar", "Ansvar for andres ansvar og relationel magtudøvelse"),
        "answer": add(journal, "Postkort", answers=(Answer("q1", "Jeg blev optaget af Æblet"),)),
        "magt": add(journal, "Magt", "magt til og magt over"),
        "kontrollen": add(journal, "Mødet", "Jeg mistede kontrollen et øjeblik."),
        "Kontrollen": add(journal, "Kontrollen", "Om styring."),
        "kontrollerede": add(journal, "Tilsyn", "De kontrollerede alt to gange."),
        "kerneopgaven": add(journal, "Fokus", "Hvad er kerneopgaven for os?"),
        "ledelsen": add(journal, "Direktionen", "Ledelsen var enig."),
        "ledelsesrummet": add(journal, "Rum", "Vi talte i ledelsesrummet."),
        "legitimiteten": add(journal, "Borgerne", "Det handler om legitimiteten."),
        "øen": add(journal, "Øen", "Sommer på øen, åen og ålen"),
    }


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("kontro", {"kontrollen", "Kontrollen", "kontrollerede"}),
        ("kontrol", {"kontrollen", "Kontrollen", "kontrollerede"}),
        ("opgave", {"kerneopgaven"}),
        ("ledelse", {"ledelsen", "ledelsesrummet"}),
        ("legitim", {"legitimiteten"}),
    ],
)
def test_the_issue_table(
    journal: JournalService, entries: dict[str, int], typed: str, wanted: set[str]
) -> None:
    assert found(journal, typed) == {entries[name] for name in wanted}


def test_diacritics_stay_exact(journal: JournalService, entries: dict[str, int]) -> None:
    assert found(journal, "får") == {entries["får"]}
    assert found(journal, "far") == {entries["far"]}
    assert found(journal, "åen") == {entries["øen"]}
    assert found(journal, "aen") == set()
    assert found(journal, "oen") == set()


def test_case_is_folded_for_danish_letters(
    journal: JournalService, entries: dict[str, int]
) -> None:
    assert found(journal, "æblet") == {entries["answer"]}
    assert found(journal, "ÆBLET") == {entries["answer"]}
    assert found(journal, "FÅR") == {entries["får"]}
    assert found(journal, "ØEN") == {entries["øen"]}
    assert found(journal, "Ålen") == {entries["øen"]}


def test_short_words_match_word_starts(journal: JournalService, entries: dict[str, int]) -> None:
    assert found(journal, "Øe") == {entries["øen"]}
    assert entries["far"] in found(journal, "fa")
    assert entries["får"] not in found(journal, "fa")
    assert found(journal, "ed") == set()  # not inside words: two letters say too little


def test_phrases_prefixes_and_answers(journal: JournalService, entries: dict[str, int]) -> None:
    assert found(journal, '"magt over"') == {entries["magt"]}
    assert found(journal, '"over magt"') == set()
    assert found(journal, '"magt over') == {entries["magt"]}  # the closing quote not typed yet
    assert found(journal, "magtud*") == {entries["ansvar"]}
    assert found(journal, "optaget") == {entries["answer"]}
    assert found(journal, "ansvar andres") == {entries["ansvar"]}
    # One quoted word is that whole word, not words that contain it.
    assert found(journal, '"kontrol"') == set()
    assert found(journal, '"kontrollen"') == {entries["kontrollen"], entries["Kontrollen"]}


def test_index_follows_updates_answers_and_deletes(
    journal: JournalService, entries: dict[str, int]
) -> None:
    entry = journal.get_entry(entries["answer"])
    journal.update_entry(
        entry.id,
        EntryDraft(
            day=entry.day, title="Postkort", answers=(Answer("q1", "Nu handler det om tillid"),)
        ),
    )
    assert found(journal, "æblet") == set()
    assert found(journal, "tillid") == {entry.id}
    assert found(journal, "illi") == {entry.id}
    journal.trash_entry(entry.id)
    assert found(journal, "tillid") == set()
    assert found(journal, "tillid", trashed=True) == {entry.id}
    journal.purge_entry(entry.id)
    assert found(journal, "tillid", trashed=True) == set()
    assert found(journal, "illi", trashed=True) == set()


def test_deck_tags_are_found_by_their_danish_and_english_names(journal: JournalService) -> None:
    tagged = add(journal, "Et møde", "uden ord om det", tags=(TagRef("dilemma", "risk"),))
    add(journal, "Et andet møde", "uden ord om det")
    assert found(journal, "risiko") == {tagged}  # label_da "Risiko"
    assert found(journal, "Risk") == {tagged}  # label_en "Risk"
    assert found(journal, "risiko møde") == {tagged}  # a tag word and a text word


def test_own_tags_are_found_and_follow_a_rename(context: JournalContext) -> None:
    journal = context.journal
    tagged = add(journal, "Borgermøde", "", tags=(TagRef("own", "", "Borgerinddragelse"),))
    add(journal, "Andet", "")
    assert found(journal, "borgerinddragelse") == {tagged}
    assert found(journal, "inddragelse") == {tagged}
    key = journal.get_entry(tagged).tags[0].key
    context.own_tags.rename(key, "Medborgerskab")
    assert found(journal, "inddragelse") == set()
    assert found(journal, "medborgerskab") == {tagged}


def test_tags_added_and_removed_are_found_at_once(journal: JournalService) -> None:
    entry_id = add(journal, "Samtale", "")
    assert found(journal, "selvledelse") == set()
    draft = journal.get_entry(entry_id).to_draft()
    journal.update_entry(
        entry_id,
        EntryDraft(day=draft.day, title=draft.title, tags=(TagRef("paradox", "self_leadership"),)),
    )
    assert found(journal, "selvledelse") == {entry_id}
    journal.update_entry(entry_id, EntryDraft(day=draft.day, title=draft.title))
    assert found(journal, "selvledelse") == set()


def test_course_and_module_names_are_found(journal: JournalService) -> None:
    courses = CourseService(journal=journal)
    course = courses.create_course(
        "Diplom i offentlig ledelse",
        [
            ModuleSpec("Netværksstyring", dt.date(2026, 3, 1)),
            ModuleSpec("Værdiskabelse", dt.date(2026, 4, 1)),
        ],
    )
    in_first = add(journal, "Dag et", "", day=dt.date(2026, 3, 10))
    in_second = add(journal, "Dag to", "", day=dt.date(2026, 4, 10))
    before = add(journal, "Før kurset", "", day=dt.date(2026, 1, 10))
    assert found(journal, "netværksstyring") == {in_first}
    assert found(journal, "skabelse") == {in_second}
    assert found(journal, "diplom") == {in_first, in_second}
    # Linked by hand to the first module, the later entry belongs to it alone.
    first = course.modules[0]
    courses.link_entry(in_second, first.id)
    assert found(journal, "netværksstyring") == {in_first, in_second}
    assert found(journal, "skabelse") == set()
    # Renamed: found by the new name at once.
    specs = [ModuleSpec("Styring i netværk", first.day, id=first.id)] + [
        ModuleSpec(m.name, m.day, id=m.id) for m in course.modules[1:]
    ]
    courses.update_course(course.id, "Diplom", specs)
    assert found(journal, "netværksstyring") == set()
    assert found(journal, "styring i") == {in_first, in_second}
    assert before not in found(journal, "diplom")


def test_text_combined_with_tags(journal: JournalService) -> None:
    tagged = add(
        journal, "Kontrol", "slip uden at miste kontrollen", tags=(TagRef("dilemma", "control"),)
    )
    add(journal, "Kontrol uden tag", "slip uden at miste kontrollen")
    assert found(journal, "kontrollen", tags=(TagRef("dilemma", "control"),)) == {tagged}
    assert found(journal, "kontrollen", families=("dilemma",)) == {tagged}


@pytest.mark.parametrize(
    "typed",
    ["AND", "-", '"', "a:b", "^x", "NEAR(", "*", "OR OR", "NOT", "(x)", '""', "a - b", "ø*:"],
)
def test_operators_typed_by_accident_never_fail(
    journal: JournalService, entries: dict[str, int], typed: str
) -> None:
    journal.all_matching(TimelineFilter(text=typed))
    journal.count(TimelineFilter(text=typed))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from(list("ab æøÅ\"*^:-()NEAROTD'\\.,")), max_size=24))
def test_no_typed_text_breaks_a_query(
    journal: JournalService, entries: dict[str, int], typed: str
) -> None:
    journal.count(TimelineFilter(text=typed))
    journal.timeline(TimelineFilter(text=typed, order="match"), limit=5)


def test_terms_of_typed_text() -> None:
    assert parse('"magt over" net* får') == (
        Term(("magt", "over"), phrase=True),
        Term(("net",)),
        Term(("får",)),
    )
    assert parse("  ") == ()
    assert parse('a"b') == (Term(("a",)), Term(("b",), phrase=True))
    assert parse("AND - ^ : ( )") == (Term(("AND",)),)
    assert parse("kontrol AND NOT opgave OR") == (Term(("kontrol",)), Term(("opgave",)))


def test_text_and_tag_filter_runs_the_match_once(journal: JournalService) -> None:
    """The MATCH sits in an uncorrelated list subquery, run once, not per candidate row."""
    from app.store.filters import selection

    where = TimelineFilter(text="ansvar", tags=(TagRef("dilemma", "control"),))
    with journal.database.transaction() as connection:
        sql, values = selection(connection, where).select(
            "e.id", "ORDER BY e.day DESC, e.id DESC LIMIT 10"
        )
        plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, values)]
    assert any(step.startswith("LIST SUBQUERY") for step in plan), plan
    assert any("entries_trigram" in step for step in plan), plan
    assert not any("CORRELATED" in step for step in plan), plan
    assert any("ix_entries_timeline" in step for step in plan), plan


def test_excerpts_show_the_first_match(journal: JournalService) -> None:
    lead = "Mødet startede sent, og dagsordenen var lang med mange punkter. "
    late = add(journal, "Styregruppen", lead * 2 + "Til sidst: kontrollen fyldte mest.")
    early = add(journal, "Tilsyn", "Kontrollen kom først. " + lead * 5)
    answered = add(journal, "Postkort", lead, answers=(Answer("q1", lead + "Om kerneopgaven."),))
    by_id = {e.id: e.excerpt for e in journal.all_matching(TimelineFilter(text="kontrol"))}
    assert by_id[late].startswith("…") and "kontrollen" in by_id[late][:80]
    assert by_id[early].startswith("Kontrollen kom først")  # already in the first lines
    [found] = journal.all_matching(TimelineFilter(text="opgave"))
    assert found.id == answered and "kerneopgaven" in found.excerpt
    # Without a search, the first lines.
    assert journal.timeline_entry(late).excerpt.startswith("Mødet startede")  # type: ignore[union-attr]


def test_a_bulk_import_is_found_inside_words(journal: JournalService) -> None:
    """From BULK_INDEX_FROM entries on, an import indexes in one pass with the insert
    triggers dropped: both indexes must hold the new entries, and the triggers return."""
    from app.store import writes
    from app.store.writes import EntryValues

    now = dt.datetime(2026, 5, 1, 12, 0)
    values = [
        EntryValues(
            uuid=f"00000000-0000-4000-8000-{n:012d}",
            day=dt.date(2026, 5, 1),
            created_at=now,
            updated_at=now,
            title=f"Import {n}",
            body="Hvad er kerneopgaven?" if n % 2 else "Borgerne først.",
            answers=(Answer("q1", "Om legitimiteten"),) if n == 3 else (),
        )
        for n in range(writes.BULK_INDEX_FROM + 6)
    ]
    with journal.database.transaction() as connection:
        ids = writes.insert_entries(connection, values)
    assert len(found(journal, "opgave")) == len(values) // 2
    assert found(journal, "legitim") == {ids[3]}
    later = add(journal, "Efter importen", "Nu med ledelsesrummet")
    assert found(journal, "ledelse") == {later}  # the insert triggers are back
