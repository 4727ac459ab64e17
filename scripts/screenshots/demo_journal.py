"""A demo journal: half a year of a Danish school-area leader's reflections, for screenshots.

Everything is written through the journal service, exactly as the window would write it.
The dates are fixed so the screenshots come out the same on every run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef

D = dt.date


@dataclass(frozen=True)
class DemoEntry:
    day: dt.date
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()  # "family:key", own tags as "own:Label"
    template: str | None = None
    answers: dict[str, str] = field(default_factory=dict)
    private: bool = False
    coaching: bool = False


ENTRIES: tuple[DemoEntry, ...] = (
    DemoEntry(
        D(2026, 6, 3),
        "Første møde i netværket om trivsel",
        "Skoleledere, PPR og to foreningsformænd om samme bord. Ingen havde mandat til at "
        "beslutte noget, men alle ville noget. Jeg mærkede trangen til at tage styringen.",
        ("dilemma:control", "role:network_smith"),
    ),
    DemoEntry(
        D(2026, 6, 17),
        "Budgetudmeldingen",
        "Forvaltningen meldte besparelser ud, før netværket havde talt om prioriteringer. "
        "Hvordan forklarer jeg det uden at miste tilliden?",
        ("dilemma:legitimacy_sources", "legitimacy:legal", "own:Budget"),
        private=True,
    ),
    DemoEntry(
        D(2026, 8, 12),
        "Postkort efter modul 1",
        template="postcard",
        tags=("paradox:self_leadership",),
        answers={
            "caught_my_interest": "Forskellen på magt til og magt over. Den har jeg brug for.",
            "new_angles": "At potentialet ligger i netværket – ikke i min organisation alene.",
            "coping_strategies": "Spørge før jeg svarer. Holde pausen ud.",
            "taking_responsibility": "Jeg tager ansvar for rammen og lader de andre tage "
            "ansvar for indholdet.",
            "legitimising_power": "Ved at være åben om, hvornår jeg bruger min formelle rolle.",
        },
        coaching=True,
    ),
    DemoEntry(
        D(2026, 8, 26),
        "Forældremødet på Nørreby Skole",
        "Forældrene ville have et klart svar om klassesammenlægningen. Jeg valgte at "
        "fortælle, hvad vi ikke ved endnu.\n\n> Åbenhed gav mere ro end et halvt svar.",
        ("legitimacy:moral", "responsibility:whole_responsibility"),
    ),
    DemoEntry(
        D(2026, 9, 2),
        "Dilemma: hvem bestemmer over fritidstilbuddet?",
        template="dilemma",
        tags=("dilemma:responsibility", "legitimacy:pragmatic", "own:MED-udvalg"),
        answers={
            "situation": "Foreningerne og skolen vil begge drive fritidstilbuddet, og "
            "ingen af dem vil bære ansvaret alene.",
            "action": "Jeg foreslog et fælles styregruppemøde og lovede at samle op.",
            "legitimacy": "Pragmatisk: det virker, fordi alle får noget ud af det.",
            "next_time": "Afklare ansvarsfordelingen skriftligt før første møde.",
        },
        coaching=True,
    ),
    DemoEntry(
        D(2026, 9, 16),
        "Ledergruppen og kernenopgaven",
        "Vi brugte en time på at definere kerneopgaven. Til sidst var det mest et "
        "semantisk trick, der fik alle til at nikke. Hvad skete der egentlig?",
        ("paradox:core_task_semantic_trick", "dilemma:core_task"),
    ),
    DemoEntry(
        D(2026, 9, 30),
        "Samtale med ny afdelingsleder",
        "Hun spurgte, om jeg coachede hende eller gav hende en ordre. Godt spørgsmål.",
        ("paradox:professional_authority_vs_coaching", "role:meaning_maker"),
        private=True,
    ),
    DemoEntry(
        D(2026, 10, 7),
        "Postkort efter modul 2",
        template="postcard",
        tags=("dilemma:risk", "strategy:process"),
        answers={
            "caught_my_interest": "Processtrategien – at lede gennem spillereglerne.",
            "new_angles": "Risiko er ikke kun noget, man fjerner; den kan deles.",
            "coping_strategies": "Lave små forsøg i stedet for store beslutninger.",
            "taking_responsibility": "Sige højt, hvad jeg selv står inde for.",
            "legitimising_power": "Min magtudøvelse er at invitere de rigtige med.",
        },
    ),
    DemoEntry(
        D(2026, 10, 21),
        "Effektjagt i indskolingen",
        "Vi fik tallene for læsning. De er bedre, men hvem har æren? Netværket, ikke mig.",
        ("role:effect_hunter", "own:Budget"),
    ),
    DemoEntry(
        D(2026, 11, 4),
        "Netværksstrategi: hvad bygger jeg på?",
        template="network_strategy",
        tags=("strategy:network", "strategy:rational"),
        answers={
            "strategy_followed": "Rationel, når tiden er knap – netværksstrategi, når vi har den.",
            "leadership_foundation": "Netværksstrategien. Men jeg falder tilbage til den "
            "rationelle under pres.",
        },
    ),
    DemoEntry(
        D(2026, 11, 18),
        "Magtudøvelse i styregruppen",
        "Jeg brugte min formelle rolle til at lukke en diskussion. Det var nødvendigt, "
        "men jeg skal sige det højt næste gang.\n\n- hvad var alternativet?\n"
        "- hvem mistede indflydelse?",
        ("paradox:power_to_vs_power_over", "legitimacy:cognitive"),
        coaching=True,
    ),
    DemoEntry(
        D(2026, 11, 25),
        "Borgermødet om den nye skolestruktur",
        "Borgerne kom med løsningen selv. **Min opgave var at holde rummet.**\n\n"
        "Jeg vil tage det med til coaching: hvordan skaber jeg den slags rum igen?",
        ("dilemma:control", "legitimacy:pragmatic", "role:explorer"),
        coaching=True,
    ),
)


def _tag(text: str) -> TagRef:
    family, _, key = text.partition(":")
    if family == "own":
        return TagRef("own", key.lower(), key)
    return TagRef(family, key)


def fill(journal: JournalService, catalog: object) -> dict[str, int]:
    """Write every demo entry; returns entry ids by title."""
    ids: dict[str, int] = {}
    for demo in ENTRIES:
        template = catalog.template(demo.template) if demo.template else None  # type: ignore[attr-defined]
        draft = EntryDraft(
            day=demo.day,
            title=demo.title,
            body=demo.body,
            tags=tuple(_tag(t) for t in demo.tags),
            answers=tuple(
                Answer(key, text, position)
                for position, (key, text) in enumerate(demo.answers.items())
            ),
            template_key=demo.template,
            template_version=template.version if template else None,
            private=demo.private,
            coaching=demo.coaching,
        )
        ids[demo.title] = journal.create_entry(draft).id
    return ids
