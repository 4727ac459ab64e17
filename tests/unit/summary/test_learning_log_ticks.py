"""A postcard's legitimacy question answered with ticks reads as answered in the learning log."""

from __future__ import annotations

import datetime as dt

from app.catalog.catalog import Catalog
from app.courses.service import CourseService, ModuleSpec
from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef
from app.summary.learning_log import build_learning_log
from app.summary.render.learning_log import render_learning_log

M1 = dt.date(2026, 1, 15)


def test_ticked_forms_answer_the_legitimacy_question(
    journal: JournalService, catalog: Catalog
) -> None:
    courses = CourseService(journal=journal)
    course = courses.create_course("Netværksledelse", [ModuleSpec("Modul 1", M1)])
    journal.create_entry(
        EntryDraft(
            day=M1 + dt.timedelta(days=1),
            title="Postkort",
            template_key="postcard",
            template_version=1,
            tags=(TagRef("legitimacy", "legal"), TagRef("legitimacy", "pragmatic")),
            answers=(Answer("caught_my_interest", "Magt til og magt over", 0),),
        )
    )
    journal.create_entry(
        EntryDraft(
            day=M1 + dt.timedelta(days=2),
            title="Postkort igen",
            template_key="postcard",
            template_version=1,
            tags=(TagRef("legitimacy", "moral"),),
            answers=(Answer("legitimising_power", "Ved at vise vores værdier", 0),),
        )
    )
    for language, ticks, question in (
        ("da", "Pragmatisk, Legal", "Hvordan legitimerer jeg min relationelle magtudøvelse"),
        ("en", "Pragmatic, Legal", "How do I legitimise my exercise of relational power"),
    ):
        log = build_learning_log(
            journal=journal,
            catalog=catalog,
            courses=courses,
            course_id=course.id,
            language=language,
            today=dt.date(2026, 3, 1),
        )
        legitimacy = log.modules[0].questions[-1]
        assert legitimacy.key == "legitimising_power"
        assert legitimacy.question.startswith(question)
        moral = "Moralsk" if language == "da" else "Moral"
        # The forms in the family's order, then each card's own words.
        assert legitimacy.answers == (ticks, moral, "Ved at vise vores værdier")
        text = render_learning_log(log, "md").decode("utf-8")
        assert f"{ticks}\n" in text
        # Questions without ticks or words still say so.
        assert log.modules[0].questions[1].answers == ()
