"""The learning log: per module the postcard answers and the entries in between."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.catalog.catalog import Catalog
from app.courses.service import CourseService, ModuleSpec
from app.errors import InvalidInputError
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef
from app.summary.learning_log import build_learning_log
from app.summary.render.learning_log import render_learning_log

M1, M2 = dt.date(2026, 1, 15), dt.date(2026, 3, 5)
TODAY = dt.date(2026, 4, 1)


@pytest.fixture
def courses(journal: JournalService) -> CourseService:
    return CourseService(journal=journal)


@pytest.fixture
def course_id(courses: CourseService, journal: JournalService) -> int:
    course = courses.create_course(
        "Ledelse i netværksstaten",
        [ModuleSpec("Modul 1: Offentlig værdi", M1, "Kolding"), ModuleSpec("Modul 2: Netværk", M2)],
    )
    journal.create_entry(EntryDraft(day=M1 - dt.timedelta(days=3), title="Før kurset"))
    journal.create_entry(
        EntryDraft(
            day=M1 + dt.timedelta(days=1),
            title="Postkort efter modul 1",
            template_key="postcard",
            answers=(
                Answer("caught_my_interest", "Potentialitetsledelse og *offentlig værdi*", 0),
                Answer("new_angles", "Kontrol versus tillid", 1),
                Answer("legitimising_power", "Moralsk legitimitet i styregruppen", 4),
            ),
        )
    )
    journal.create_entry(
        EntryDraft(
            day=M1 + dt.timedelta(days=10),
            title="Styregruppemødet om budgettet",
            body="Jeg tog **ansvar** for helheden.",
            tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "moral")),
        )
    )
    journal.create_entry(
        EntryDraft(day=M1 + dt.timedelta(days=20), title="Hemmelig samtale", private=True)
    )
    journal.create_entry(EntryDraft(day=M2 + dt.timedelta(days=2), title="Netværksmødet i Vejle"))
    return course.id


def log_text(
    journal: JournalService, catalog: Catalog, courses: CourseService, fmt: str = "md", **kw: object
) -> str:
    log = build_learning_log(
        journal=journal,
        catalog=catalog,
        courses=courses,
        today=TODAY,
        **kw,  # type: ignore[arg-type]
    )
    return render_learning_log(log, fmt).decode("utf-8")


def test_course_log_in_danish(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    text = log_text(journal, catalog, courses, course_id=course_id, language="da")
    assert text.startswith("# Læringslog\n")
    assert "**Forløb:** Ledelse i netværksstaten" in text
    assert "## Modul 1: Offentlig værdi — 15. januar 2026" in text
    assert "*Sted: Kolding*" in text
    module_1, module_2 = text.split("## Modul 2: Netværk")
    # Module 1: the postcard's five questions in the deck's words and order, with answers.
    questions = [
        "Hvad blev jeg optaget af?",
        "Hvilke ledelsesudfordringer fik jeg nye vinkler på?",
        "Hvilke håndteringsstrategier har jeg",
        "Hvordan tager jeg selv ansvar",
        "Hvordan legitimerer jeg min relationelle magtudøvelse som netværksleder?",
    ]
    positions = [module_1.index(q) for q in questions]
    assert positions == sorted(positions)
    assert "Potentialitetsledelse og *offentlig værdi*" in module_1
    assert "Moralsk legitimitet i styregruppen" in module_1
    assert module_1.count("(ikke besvaret)") == 2
    assert "### Indlæg frem til 5. marts 2026" in module_1
    assert "#### 25. januar 2026 — Styregruppemødet om budgettet" in module_1
    assert "Jeg tog **ansvar** for helheden." in module_1
    assert "Postkort efter modul 1" not in module_1.split("### Indlæg frem til")[1]
    # Module 2: no postcard yet, its own entries only.
    assert "Postkortet for dette modul er ikke besvaret endnu." in module_2
    assert "### Indlæg siden modulet" in module_2
    assert "Netværksmødet i Vejle" in module_2
    assert "Styregruppemødet" not in module_2
    # Nothing from before the course; private entries stay out, and nothing in the
    # document hints at them (neither their text nor a count).
    assert "Før kurset" not in text
    assert "Hemmelig samtale" not in text
    assert "privat" not in text.lower() and "udeladt" not in text
    assert "**Dilemmaer** (1)" in text or "(1): Kontrol (1)" in text


def test_module_log_in_english_with_private_included(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    module_1 = courses.get_course(course_id).modules[0]
    text = log_text(
        journal, catalog, courses, module_id=module_1.id, language="en", include_private=True
    )
    assert text.startswith("# Learning log: Modul 1: Offentlig værdi\n")
    assert "What caught my interest?" in text
    assert "Hemmelig samtale" in text
    assert "Netværksmødet" not in text
    assert "left out" not in text


def test_html_is_standalone_and_sanitized(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    journal.create_entry(
        EntryDraft(
            day=M2 + dt.timedelta(days=3),
            title="<script>alert(1)</script>",
            body='<img src="https://example.com/x.png" onerror="alert(1)"> tekst',
        )
    )
    html = log_text(journal, catalog, courses, "html", course_id=course_id, language="da")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script>" not in html
    assert "onerror" not in html
    assert "https://example.com" not in html
    assert "<h2>Modul 1: Offentlig værdi — 15. januar 2026</h2>" in html
    assert "Hemmelig samtale" not in html
    assert "privat" not in html.lower() and "udeladt" not in html
    assert "<em>offentlig værdi</em>" in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_holds_the_headings_and_answers(
    qapp,  # type: ignore[no-untyped-def]  # a QApplication first, so later widget tests get one
    journal: JournalService,
    catalog: Catalog,
    courses: CourseService,
    course_id: int,
    tmp_path: Path,
) -> None:
    log = build_learning_log(
        journal=journal, catalog=catalog, courses=courses, course_id=course_id, today=TODAY
    )
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(render_learning_log(log, "pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF font sets "ff" as a ligature
    for expected in ("Læringslog", "Modul 1: Offentlig værdi", "Hvad blev jeg optaget af?",
                     "Kontrol versus tillid", "Side 1 af"):  # fmt: skip
        assert expected in text
    assert "Hemmelig samtale" not in text
    assert "privat" not in text.lower() and "udeladt" not in text


def test_a_postcard_linked_to_another_course_stays_out_of_this_log(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    other = courses.create_course("Andet kursus", [ModuleSpec("Andet modul", M1)])
    journal.create_entry(
        EntryDraft(
            day=M1 + dt.timedelta(days=2),
            title="Postkort til andet kursus",
            template_key="postcard",
            answers=(Answer("caught_my_interest", "Svar til det andet kursus", 0),),
            module_id=other.modules[0].id,
        )
    )
    text = log_text(journal, catalog, courses, course_id=course_id, language="da")
    assert "Svar til det andet kursus" not in text
    assert "Postkort til andet kursus" not in text
    mine = log_text(journal, catalog, courses, course_id=other.id, language="da")
    assert "Svar til det andet kursus" in mine
    # Course 1's postcard is linked to no module, so by date it counts in both courses.
    assert "Potentialitetsledelse" in mine


def test_either_a_course_or_a_module(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    with pytest.raises(InvalidInputError, match="either a course or one module"):
        build_learning_log(journal=journal, catalog=catalog, courses=courses)


def test_a_private_postcard_is_answered_not_missing(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    # One rule with the timeline's "✓ Postkort besvaret" and `course list`'s "postcard
    # done": module 2's postcard is written, but private, so its answers stay out.
    journal.create_entry(
        EntryDraft(
            day=M2 + dt.timedelta(days=1),
            title="Mit private postkort",
            template_key="postcard",
            answers=(Answer("caught_my_interest", "Noget helt personligt", 0),),
            private=True,
        )
    )
    module_2 = courses.get_course(course_id).modules[1]
    assert {s.module.id: s.postcard_done for s in courses.statuses(course_id)}[module_2.id]
    for language, said, wrong in (
        ("da", "Postkortet for dette modul er besvaret, men det er privat", "ikke besvaret endnu"),
        ("en", "The postcard for this module is answered, but it is private", "not answered yet"),
    ):
        log = build_learning_log(
            journal=journal,
            catalog=catalog,
            courses=courses,
            course_id=course_id,
            language=language,
            today=TODAY,
        )
        assert log.modules[1].postcard_done and not log.modules[0].postcard_private
        for fmt in ("md", "html"):
            module_2_text = render_learning_log(log, fmt).decode().split("Modul 2: Netværk")[-1]
            assert said in module_2_text and wrong not in module_2_text
            assert "Noget helt personligt" not in module_2_text
    # Included, it is shown like any postcard.
    text = log_text(journal, catalog, courses, course_id=course_id, include_private=True)
    assert "Noget helt personligt" in text and "er privat" not in text


def test_the_period_line_names_no_course(
    journal: JournalService, catalog: Catalog, courses: CourseService, course_id: int
) -> None:
    # The course has its own line; the period gives the dates only.
    text = log_text(journal, catalog, courses, course_id=course_id, language="da")
    assert "**Periode:** 15. januar 2026 – 5. marts 2026  \n" in text
    assert text.count("Ledelse i netværksstaten") == 1
    html = log_text(journal, catalog, courses, "html", course_id=course_id, language="da")
    assert "<b>Periode:</b> 15. januar 2026 – 5. marts 2026</p>" in html
    module_1, module_2 = courses.get_course(course_id).modules
    one = log_text(journal, catalog, courses, module_id=module_1.id, language="da")
    assert "**Periode:** 15. januar 2026 – 5. marts 2026  \n" in one
    last = log_text(journal, catalog, courses, module_id=module_2.id, language="en")
    assert "**Period:** from 5 March 2026  \n" in last


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_long_pdf_keeps_each_question_with_its_answer(
    qapp,  # type: ignore[no-untyped-def]
    journal: JournalService,
    catalog: Catalog,
    courses: CourseService,
    tmp_path: Path,
) -> None:
    from tests.unit.summary.pdf_pages import check_pages

    days = [dt.date(2026, 1, 5) + dt.timedelta(days=14 * n) for n in range(12)]
    course = courses.create_course(
        "Ledelse i netværksstaten",
        [ModuleSpec(f"Modul {n + 1}", day) for n, day in enumerate(days)],
    )
    template = catalog.template("postcard")
    assert template is not None
    questions = [prompt.text.get("da") for prompt in template.prompts]
    for n, day in enumerate(days):
        journal.create_entry(
            EntryDraft(
                day=day + dt.timedelta(days=1),
                title=f"Postkort {n + 1}",
                template_key="postcard",
                answers=tuple(
                    Answer(
                        prompt.key, "Et svar om ledelse og tillid. " * (2 + (n * 5 + k * 7) % 19), k
                    )
                    for k, prompt in enumerate(template.prompts)
                ),
            )
        )
        journal.create_entry(
            EntryDraft(
                day=day + dt.timedelta(days=3),
                title=f"Mødet i uge {n}",
                body="Et afsnit om netværk. " * (5 + n * 3 % 40),
            )
        )

    def is_heading(text: str) -> bool:
        words = text.split()
        return (
            any(len(words) > 1 and text in question for question in questions)
            or " — " in text
            or text in ("Postkort", "Indlæg siden modulet")
            or text.startswith("Indlæg frem til")
        )

    log = build_learning_log(
        journal=journal, catalog=catalog, courses=courses, course_id=course.id, today=TODAY
    )
    pdf = tmp_path / "log.pdf"
    pdf.write_bytes(render_learning_log(log, "pdf"))
    assert check_pages(pdf, is_heading=is_heading, footer=log.title) > 8
