"""The learning log of a course or one module: per module, the postcard and the entries.

A course participant brings this to a coach or to the next module: for each module, the
answers to the five postcard questions (what caught my interest, new angles on leadership
challenges, my strategies, responsibility, legitimacy), then the entries written from that
module's date until the next. It reuses the coaching summary's selection (private entries
stay in unless asked for), its entry records and its themes; render_learning_log.py turns
it into Markdown, HTML or PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.catalog.catalog import Catalog
from app.catalog.model import Text
from app.courses.service import POSTCARD_TEMPLATE, Course, CourseService, Module
from app.errors import InvalidInputError
from app.journal.service import JournalService
from app.records import Entry
from app.summary.builder import Selected, select_entries, summarize
from app.summary.labels import label, long_date
from app.summary.model import Summary, SummaryEntry, SummaryRequest

LOG_LABELS: dict[str, Text] = {
    "title": Text("Læringslog", "Learning log"),
    "course": Text("Forløb", "Course"),
    "modules": Text("Moduler", "Modules"),
    "postcard": Text("Postkort", "Postcard"),
    "not_answered": Text("(ikke besvaret)", "(not answered)"),
    "no_postcard": Text(
        "Postkortet for dette modul er ikke besvaret endnu.",
        "The postcard for this module is not answered yet.",
    ),
    "postcard_private": Text(
        "Postkortet for dette modul er besvaret, men det er privat og står derfor ikke her.",
        "The postcard for this module is answered, but it is private and so not shown here.",
    ),
    "between": Text("Indlæg i modulet", "Entries in this module"),
    "between_until": Text("Indlæg frem til {day}", "Entries until {day}"),
    "between_since": Text("Indlæg siden modulet", "Entries since the module"),
    "no_entries": Text("Ingen andre indlæg i denne periode.", "No other entries in this period."),
    "place": Text("Sted", "Place"),
    "overview": Text("Overblik", "Overview"),
}


def log_label(key: str, language: str) -> str:
    return LOG_LABELS[key].get(language)


@dataclass(frozen=True, slots=True)
class PostcardQuestion:
    """One postcard question with every answer given to it in the module (oldest first)."""

    key: str
    question: str
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ModuleLog:
    name: str
    day: dt.date
    next_day: dt.date | None
    place: str | None
    notes: str | None
    postcards: tuple[SummaryEntry, ...]
    questions: tuple[PostcardQuestion, ...]  # empty when no postcard is shown
    entries: tuple[SummaryEntry, ...]  # the other entries, in date order
    # Answered (as the course's status counts it: the timeline's "✓", `course list`'s
    # "postcard done"), but every postcard of the module is private and left out.
    postcard_private: bool = False

    @property
    def postcard_done(self) -> bool:
        return bool(self.postcards) or self.postcard_private


@dataclass(frozen=True, slots=True)
class LearningLog:
    """Everything one learning log says, in one language."""

    language: str
    title: str
    course_name: str
    author: str
    generated_on: dt.date
    modules: tuple[ModuleLog, ...]
    overview: Summary  # themes and counts over every entry in the log

    @property
    def private_left_out(self) -> int:
        return self.overview.private_left_out

    @property
    def entry_count(self) -> int:
        return len(self.overview.entries)


def build_learning_log(
    *,
    journal: JournalService,
    catalog: Catalog,
    courses: CourseService,
    course_id: int | None = None,
    module_id: int | None = None,
    language: str = "da",
    include_private: bool = False,
    private_ids: frozenset[int] = frozenset(),
    author: str = "",
    today: dt.date | None = None,
) -> LearningLog:
    """The log of a whole course, or of one module (give exactly one of the two ids)."""
    if (course_id is None) == (module_id is None):
        raise InvalidInputError("Choose either a course or one module for the learning log.")
    if module_id is not None:
        course = courses.course_of_module(module_id)
        modules: tuple[Module, ...] = tuple(m for m in course.modules if m.id == module_id)
    else:
        course = courses.get_course(course_id)  # type: ignore[arg-type]
        modules = course.modules
    today = today or dt.date.today()
    base = SummaryRequest(
        language=language, include_private=include_private, private_ids=private_ids, author=author
    )
    everything: list[Entry] = []
    left_out = 0
    logs: list[ModuleLog] = []
    answered = {
        status.module.id
        for status in courses.statuses(course.id, today=today)
        if status.postcard_done
    }
    for module in modules:
        request = SummaryRequest(**{**_fields(base), "module_id": module.id})
        selected = select_entries(journal, request)
        everything.extend(selected.entries)
        left_out += selected.private_left_out
        log = _module_log(course, module, selected, catalog, request, today)
        if module.id in answered and not log.postcards:
            log = replace(log, postcard_private=True)
        logs.append(log)
    overview = summarize(
        Selected(tuple(everything), left_out),
        catalog,
        base,
        period=_period(course, modules, language),
        today=today,
    )
    title = LOG_LABELS["title"].get(language)
    if module_id is not None:
        title = f"{title}: {modules[0].name}"
    return LearningLog(
        language=language,
        title=title,
        course_name=course.name,
        author=author.strip(),
        generated_on=today,
        modules=tuple(logs),
        overview=overview,
    )


def _module_log(
    course: Course,
    module: Module,
    selected: Selected,
    catalog: Catalog,
    request: SummaryRequest,
    today: dt.date,
) -> ModuleLog:
    cards = tuple(e for e in selected.entries if e.template_key == POSTCARD_TEMPLATE)
    others = tuple(e for e in selected.entries if e.template_key != POSTCARD_TEMPLATE)
    period = module.name
    card_summary = summarize(Selected(cards, 0), catalog, request, period=period, today=today)
    other_summary = summarize(Selected(others, 0), catalog, request, period=period, today=today)
    _, next_day = course.window(module.id)
    return ModuleLog(
        name=module.name,
        day=module.day,
        next_day=next_day,
        place=module.place,
        notes=module.notes,
        postcards=card_summary.entries,
        questions=_questions(cards, catalog, request.language),
        entries=other_summary.entries,
    )


def _questions(
    cards: tuple[Entry, ...], catalog: Catalog, language: str
) -> tuple[PostcardQuestion, ...]:
    """The postcard's questions in the template's order, each with its answers."""
    if not cards:
        return ()
    template = catalog.template(POSTCARD_TEMPLATE)
    keys = [prompt.key for prompt in template.prompts] if template else []
    for card in cards:  # answers to prompts the template no longer has still show
        keys += [a.prompt_key for a in card.answers if a.prompt_key not in keys]
    questions = []
    for key in keys:
        prompt = template.prompt(key) if template else None
        answers: list[str] = []
        for card in cards:
            # A question answered with ticks (which forms of legitimacy) is answered too.
            if prompt is not None and prompt.picker is not None:
                answers += _ticked(card, prompt.picker, catalog, language)
            answers += [
                answer.text.strip()
                for answer in card.answers
                if answer.prompt_key == key and answer.text.strip()
            ]
        questions.append(
            PostcardQuestion(key, prompt.text.get(language) if prompt else key, tuple(answers))
        )
    return tuple(questions)


def _ticked(card: Entry, family_key: str, catalog: Catalog, language: str) -> list[str]:
    """The card's tags of `family_key` as one line, e.g. "Moralsk, Legal" (none: no line)."""
    family = catalog.family(family_key)
    tagged = {tag.key for tag in card.tags if tag.family == family_key}
    labels = (
        [item.label.get(language) for item in family.items if item.key in tagged] if family else []
    )
    return [", ".join(labels)] if labels else []


def _period(course: Course, modules: tuple[Module, ...], language: str) -> str:
    """The dates the log covers; the course's name has its own line, the module's the title."""
    if not modules:
        return ""
    first = long_date(modules[0].day, language)
    if len(modules) == 1:
        _, next_day = course.window(modules[0].id)
        if next_day is None:
            return f"{label('from', language)} {first}"
        return f"{first} – {long_date(next_day, language)}"
    return f"{first} – {long_date(modules[-1].day, language)}"


def _fields(request: SummaryRequest) -> dict[str, object]:
    return {name: getattr(request, name) for name in SummaryRequest.__slots__}
