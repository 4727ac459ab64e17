"""The document's own words in Danish and English.

These follow the language chosen for the document, not the window's language, so they
are data here rather than Qt translations.
"""

from __future__ import annotations

import datetime as dt

from app.catalog.model import Text
from app.commitments.follow_up import status_word
from app.commitments.records import CLOSED_STATUSES

LABELS: dict[str, Text] = {
    "title": Text("Refleksioner til coaching", "Reflections for coaching"),
    "by": Text("Af", "By"),
    "period": Text("Periode", "Period"),
    "whole_journal": Text("Hele journalen", "The whole journal"),
    "from": Text("fra", "from"),
    "until": Text("til", "until"),
    "module": Text("Modul", "Module"),
    "made_on": Text("Udarbejdet", "Made on"),
    "entry_count": Text("Indlæg", "Entries"),
    "themes": Text("Temaer", "Themes"),
    "themes_intro": Text(
        "Hvor mange indlæg der berører hver familie og hvert tag.",
        "How many entries touch each family and each tag.",
    ),
    "family": Text("Familie", "Family"),
    "tag": Text("Tag", "Tag"),
    "count": Text("Antal", "Count"),
    "no_tags": Text("Ingen af indlæggene har tags.", "None of the entries have tags."),
    "cross": Text("Dilemmaer og legitimitet", "Dilemmas and legitimacy"),
    "cross_intro": Text(
        "Hvilke former for legitimitet der blev trukket på ved hvilke dilemmaer og paradokser "
        "(antal indlæg med begge tags).",
        "Which forms of legitimacy were drawn on for which dilemmas and paradoxes "
        "(entries carrying both tags).",
    ),
    "cross_empty": Text(
        "Ingen indlæg har både et dilemma eller paradoks og en form for legitimitet.",
        "No entry carries both a dilemma or paradox and a form of legitimacy.",
    ),
    "dilemma": Text("Dilemma eller paradoks", "Dilemma or paradox"),
    "entries": Text("Indlæg", "Entries"),
    "no_entries": Text("Ingen indlæg passer til dit valg.", "No entries match your selection."),
    "tags": Text("Tags", "Tags"),
    "template": Text("Skabelon", "Template"),
    "untitled": Text("(uden titel)", "(untitled)"),
    "coaching": Text("Til coaching", "Bring to coaching"),
    "coaching_intro": Text(
        "Indlæg markeret til at tage med til coaching.",
        "Entries marked to bring to coaching.",
    ),
    "coaching_none": Text(
        "Ingen af indlæggene er markeret til coaching.",
        "None of the entries is marked for coaching.",
    ),
    "commitments": Text("Forpligtelser siden sidste session", "Commitments since the last session"),
    "commitments_since": Text(
        "Siden coachingsessionen {day}: hvad der blev holdt, ændret eller droppet, og hvad der "
        "stadig er åbent.",
        "Since the coaching session on {day}: what was kept, changed or dropped, and what is "
        "still open.",
    ),
    "commitments_first": Text(
        "Der er ikke registreret nogen coachingsession før; her er alle forpligtelser.",
        "No coaching session is recorded before this one; here are all commitments.",
    ),
    # The words a follow-up entry uses for how it went (app/commitments/follow_up.py).
    **{
        status.value: Text(status_word(status, "da"), status_word(status, "en"))
        for status in CLOSED_STATUSES
    },
    "still_open": Text("Stadig åbne", "Still open"),
    "commitment_from": Text("fra {day}", "from {day}"),
    "commitment_due": Text("frist {day}", "due {day}"),
    "commitment_closed": Text("lukket {day}", "closed {day}"),
    "private": Text("privat", "private"),
    "page": Text("Side {page} af {pages}", "Page {page} of {pages}"),
    "chart": Text("Temaer i søjler", "Themes as bars"),
    "preview_more": Text(
        "… og {n} indlæg mere, som også kommer med i filen (se listen).",
        "… and {n} more entries, which go into the file too (see the list).",
    ),
}


def label(key: str, language: str) -> str:
    return LABELS[key].get(language)


_MONTHS = {
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(day: dt.date, language: str) -> str:
    """`14. marts 2026` or `14 March 2026`."""
    month = _MONTHS["da" if language == "da" else "en"][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "da" else f"{day.day} {month} {day.year}"
