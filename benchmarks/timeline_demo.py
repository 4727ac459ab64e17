"""A demo journal for the timeline: realistic Danish entries spread over the years.

Used by benchmarks/timeline_scroll.py and for screenshots of the timeline panel. Entries
are written through the journal service, exactly as the window would write them.
"""

from __future__ import annotations

import datetime as dt
import random

from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef

TITLES = (
    "Efter styregruppemødet",
    "Samtale med afdelingslederen om ansvar",
    "Budgetforhandling med forvaltningen",
    "Netværksmøde med kommunerne",
    "Borgerdialog om den nye plan",
    "Coachingsession: at give slip uden at miste kontrol",
    "Ledermøde om kerneopgaven",
    "Medarbejderne tog selv initiativet",
    "Hvem har egentlig magten her?",
    "Dilemma: risiko mod retssikkerhed",
    "",
)
BODIES = (
    "Jeg blev optaget af, hvordan ansvaret flyttede sig, da vi inviterede partnerne ind. "
    "Det var svært at holde fast i retningen uden at tage styringen tilbage.",
    "Mødet viste igen spændingen mellem eksekvering og lydhørhed. Vi nåede en aftale, "
    "men jeg er ikke sikker på, at alle følte sig hørt.",
    "Magtudøvelse gennem relationer frem for regler: jeg lænede mig op ad min faglige "
    "autoritet, og det virkede – men var det legitimt?",
    "Kort refleksion: netværket bar løsningen, ikke organisationen. Næste gang vil jeg "
    "spørge tidligere, hvem der ejer opgaven.",
    "Vi talte om offentlig værdi og om, hvad borgerne faktisk får ud af indsatsen. "
    "Øvelsen med de fire legitimitetsformer hjalp mig til at se det moralske argument.",
)
TAGS = (
    TagRef("dilemma", "control"),
    TagRef("dilemma", "responsibility"),
    TagRef("dilemma", "risk"),
    TagRef("paradox", "self_leadership"),
    TagRef("paradox", "power_to_vs_power_over"),
    TagRef("legitimacy", "moral"),
    TagRef("legitimacy", "pragmatic"),
    TagRef("legitimacy", "legal"),
    TagRef("role", "explorer"),
    TagRef("role", "meaning_maker"),
    TagRef("strategy", "network"),
    TagRef("strategy", "process"),
    TagRef("responsibility", "whole_responsibility"),
    TagRef("own", "budget", "Budget"),
    TagRef("own", "team", "Mit team"),
)
TEMPLATES = (None, None, "postcard", "dilemma", "legitimacy", "public_value")
# The prompt each guided demo entry answers (the template's first question).
FIRST_PROMPT = {
    "postcard": "caught_my_interest",
    "dilemma": "situation",
    "legitimacy": "situation",
    "public_value": "what_is_public_value",
}


def demo_draft(rng: random.Random, day: dt.date) -> EntryDraft:
    template = rng.choice(TEMPLATES)
    tags = tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3, 4))))
    body = rng.choice(BODIES)
    answers: tuple[Answer, ...] = ()
    if template is not None:
        answers = (Answer(FIRST_PROMPT[template], body),)
        body = ""
    return EntryDraft(
        day=day,
        title=rng.choice(TITLES),
        body=body,
        tags=tags,
        answers=answers,
        template_key=template,
        private=rng.random() < 0.15,
        coaching=rng.random() < 0.2,
    )


def fill_demo(
    journal: JournalService, count: int, *, until: dt.date | None = None, seed: int = 3
) -> list[int]:
    """Write `count` entries ending at `until` (today), about three a week; their ids."""
    rng = random.Random(seed)
    last = until or dt.date.today()
    span_days = max(count * 7 // 3, 1)
    days = sorted(last - dt.timedelta(days=rng.randrange(span_days)) for _ in range(count))
    return [journal.create_entry(demo_draft(rng, day)).id for day in days]
