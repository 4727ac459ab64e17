"""Which entries leave the app, and the coaching summary built from them.

Private entries are left out unless the request includes them (all, from the command
line's --include-private, or one by one from the dialog). Themes and the dilemma ×
legitimacy table are counted over exactly the entries that go into the document.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.catalog.catalog import Catalog
from app.journal.service import JournalService
from app.records import OWN_FAMILY, Entry, EntrySummary, TagRef, TimelineFilter
from app.summary.commitments import commitment_section
from app.summary.labels import label, long_date
from app.summary.model import (
    CommitmentSection,
    CrossTable,
    FamilyTheme,
    Summary,
    SummaryAnswer,
    SummaryEntry,
    SummaryRequest,
    ThemeCount,
)


@dataclass(frozen=True, slots=True)
class Selected:
    """The entries a request lets out, in date order, and how many private ones stay in."""

    entries: tuple[Entry, ...]
    private_left_out: int


def timeline_filter(request: SummaryRequest) -> TimelineFilter:
    return TimelineFilter(
        date_from=request.date_from,
        date_to=request.date_to,
        tags=request.tags,
        families=request.families,
        module_id=request.module_id,
        coaching=True if request.selection == "coaching" else None,
    )


def candidates(journal: JournalService, request: SummaryRequest) -> list[EntrySummary]:
    """Every entry the period and filters match, private ones too, oldest first."""
    return list(reversed(journal.all_matching(timeline_filter(request))))


def _candidate_ids(journal: JournalService, request: SummaryRequest) -> list[tuple[int, bool]]:
    """(id, private) of the entries `candidates` lists, in its order (oldest first).

    Only two columns: timeline rows (excerpts, tags) cost ~0.4 s for 10k entries here.
    """
    return journal.ids_oldest_first(timeline_filter(request))


def select_entries(journal: JournalService, request: SummaryRequest) -> Selected:
    chosen: list[int] = []
    left_out = 0
    for entry_id, private in _candidate_ids(journal, request):
        if request.selection == "picked" and entry_id not in request.picked_ids:
            continue
        if private and not (request.include_private or entry_id in request.private_ids):
            left_out += 1
            continue
        chosen.append(entry_id)
    return Selected(tuple(journal.get_entries(chosen)), left_out)


def build_summary(
    journal: JournalService,
    catalog: Catalog,
    request: SummaryRequest,
    *,
    today: dt.date | None = None,
) -> Summary:
    selected = select_entries(journal, request)
    day = today or dt.date.today()
    return summarize(
        selected,
        catalog,
        request,
        period=_period(journal, request),
        today=day,
        commitments=commitment_section(journal.database, request, today=day),
    )


def summarize(
    selected: Selected,
    catalog: Catalog,
    request: SummaryRequest,
    *,
    period: str,
    today: dt.date,
    commitments: CommitmentSection | None = None,
) -> Summary:
    language = request.language
    names = Names(catalog, language)
    entries = tuple(_entry(entry, names, request) for entry in selected.entries)
    return Summary(
        language=language,
        title=label("title", language),
        author=request.author.strip(),
        period=period,
        generated_on=today,
        include_tags=request.include_tags,
        themes=_themes(selected.entries, catalog, names),
        cross=_cross(selected.entries, catalog, names),
        entries=entries,
        coaching=tuple(entry for entry in entries if entry.coaching),
        commitments=commitments,
        private_left_out=selected.private_left_out,
    )


class Names:
    """Labels of families, tags, templates and prompts in one language."""

    def __init__(self, catalog: Catalog, language: str) -> None:
        self.catalog = catalog
        self.language = language

    def family(self, key: str) -> str:
        family = self.catalog.family(key)
        return family.label.get(self.language) if family else key

    def tag(self, ref: TagRef) -> str:
        if ref.family == OWN_FAMILY:
            return ref.label or ref.key
        item = self.catalog.item(ref.family, ref.key)
        return item.label.get(self.language) if item else ref.key

    def tag_with_family(self, ref: TagRef) -> str:
        return f"{self.family(ref.family)}: {self.tag(ref)}"

    def grouped_tags(self, refs: tuple[TagRef, ...]) -> tuple[str, ...]:
        """One text per family, in the catalog's order: `Dilemmaer: Kontrol, Risiko`."""
        order = _family_order(self.catalog)
        families = sorted({ref.family for ref in refs}, key=lambda f: (order.get(f, 99), f))
        return tuple(
            f"{self.family(family)}: "
            + ", ".join(sorted((self.tag(r) for r in refs if r.family == family), key=str.casefold))
            for family in families
        )

    def template(self, key: str | None) -> str:
        template = self.catalog.template(key) if key else None
        return template.title.get(self.language) if template else ""

    def question(self, entry: Entry, prompt_key: str) -> str:
        template = self.catalog.template(entry.template_key) if entry.template_key else None
        prompt = template.prompt(prompt_key) if template else None
        return prompt.text.get(self.language) if prompt else prompt_key


def _entry(entry: Entry, names: Names, request: SummaryRequest) -> SummaryEntry:
    answers = ()
    if request.include_answers:
        answers = tuple(
            SummaryAnswer(names.question(entry, answer.prompt_key), answer.text)
            for answer in sorted(entry.answers, key=lambda a: a.position)
            if answer.text.strip()
        )
    return SummaryEntry(
        id=entry.id,
        day=entry.day,
        title=entry.title.strip() or label("untitled", names.language),
        template=names.template(entry.template_key),
        tags=names.grouped_tags(entry.tags) if request.include_tags else (),
        body=entry.body if request.include_body else "",
        answers=answers,
        coaching=entry.coaching,
        private=entry.private,
    )


def _family_order(catalog: Catalog) -> dict[str, int]:
    return {family.key: index for index, family in enumerate(catalog.families)}


def _themes(entries: tuple[Entry, ...], catalog: Catalog, names: Names) -> tuple[FamilyTheme, ...]:
    per_family: Counter[str] = Counter()
    per_tag: Counter[TagRef] = Counter()
    for entry in entries:
        per_family.update({ref.family for ref in entry.tags})
        per_tag.update(set(entry.tags))
    order = _family_order(catalog)
    themes = []
    for family in sorted(per_family, key=lambda key: (-per_family[key], order.get(key, 99), key)):
        tags = sorted(
            (ref for ref in per_tag if ref.family == family),
            key=lambda ref: (-per_tag[ref], names.tag(ref).casefold()),
        )
        themes.append(
            FamilyTheme(
                ThemeCount(family, names.family(family), per_family[family]),
                tuple(ThemeCount(str(ref), names.tag(ref), per_tag[ref]) for ref in tags),
            )
        )
    return tuple(themes)


#: The families whose items are rows of the cross table: the dilemma and paradox
#: templates both ask which forms of legitimacy were drawn on.
_CROSS_ROW_FAMILIES = ("dilemma", "paradox")


def _cross(entries: tuple[Entry, ...], catalog: Catalog, names: Names) -> CrossTable:
    pairs: Counter[tuple[TagRef, str]] = Counter()
    for entry in entries:
        rows = {ref for ref in entry.tags if ref.family in _CROSS_ROW_FAMILIES}
        forms = {ref.key for ref in entry.tags if ref.family == "legitimacy"}
        pairs.update((row, form) for row in rows for form in forms)
    used_rows = {row for row, _ in pairs}
    rows = [
        TagRef(family.key, item.key)
        for family in (catalog.family(key) for key in _CROSS_ROW_FAMILIES)
        if family is not None
        for item in family.items
        if TagRef(family.key, item.key) in used_rows
    ]
    legitimacy_family = catalog.family("legitimacy")
    columns = list(legitimacy_family.items if legitimacy_family else ())
    return CrossTable(
        rows=tuple(names.tag(row) for row in rows),
        columns=tuple(names.tag(TagRef("legitimacy", item.key)) for item in columns),
        counts=tuple(tuple(pairs[(row, column.key)] for column in columns) for row in rows),
    )


def _period(journal: JournalService, request: SummaryRequest) -> str:
    language = request.language
    parts: list[str] = []
    if request.module_id is not None:
        from app.courses.records import ModuleNotFoundError as UnknownModuleError
        from app.courses.service import CourseService

        try:
            module = CourseService(journal=journal).get_module(request.module_id)
        except UnknownModuleError:
            pass
        else:
            day = long_date(module.day, language)
            parts.append(f"{label('module', language)}: {module.name} ({day})")
    start = long_date(request.date_from, language) if request.date_from else None
    end = long_date(request.date_to, language) if request.date_to else None
    if start and end:
        parts.append(f"{start} – {end}")
    elif start:
        parts.append(f"{label('from', language)} {start}")
    elif end:
        parts.append(f"{label('until', language)} {end}")
    return ", ".join(parts) or label("whole_journal", language)
