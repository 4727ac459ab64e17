"""A realistic, seeded journal: ten years of entries, as plain rows ready for bulk insert.

N entries spread over ten years on active days (1–3 a day while N allows; a 100k journal
necessarily packs more per day), bodies of 100–600 words in Danish or English, deck tags
with a skewed (Zipf-like) popularity taken from the real catalog, a share of guided
entries answering the real templates' prompts, some private and coaching-marked entries,
a few in the trash, and two courses with their modules.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.dates import local_clock
from benchmarks import textgen

GENERATOR_VERSION = 1
END_DAY = dt.date(2026, 6, 30)
SPAN_DAYS = 3652  # ten years

# Shares of entries; chosen to look like a real leader's journal, not tuned for speed.
GUIDED_SHARE = 0.25
PRIVATE_SHARE = 0.10
COACHING_SHARE = 0.08
TRASHED_SHARE = 0.005
DANISH_SHARE = 0.6
OWN_TAG_SHARE = 0.10
TAGS_PER_ENTRY = ((0, 0.15), (1, 0.35), (2, 0.30), (3, 0.20))
TEMPLATE_WEIGHTS = {
    "postcard": 30,
    "dilemma": 20,
    "paradox": 10,
    "legitimacy": 10,
    "leader_roles": 8,
    "public_value": 8,
    "fourfold_responsibility": 7,
    "network_strategy": 7,
}
OWN_TAG_LABELS = (
    "Budget 2027",
    "Team Nord",
    "Borgermøde",
    "Sygefravær",
    "Ny direktør",
    "Digitalisering",
    "Ældreområdet",
    "Skolereform",
)
COURSES = (
    ("Lederuddannelse i netværksstaten", dt.date(2019, 2, 4), 6),
    ("Offentlig værdi i praksis", dt.date(2023, 9, 11), 4),
)


@dataclass
class Dataset:
    """Rows for each table, keyed by column name, with ids assigned."""

    seed: int
    size: int
    tags: list[dict[str, Any]] = field(default_factory=list)
    courses: list[dict[str, Any]] = field(default_factory=list)
    modules: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    answers: list[dict[str, Any]] = field(default_factory=list)
    entry_tags: list[dict[str, Any]] = field(default_factory=list)

    def tag_names(self) -> dict[int, tuple[str, str]]:
        return {tag["id"]: (tag["family"], tag["key"]) for tag in self.tags}


def _days_with_counts(rng: random.Random, size: int) -> list[tuple[dt.date, int]]:
    """Active days over the ten years and how many entries each holds, summing to `size`."""
    start = END_DAY - dt.timedelta(days=SPAN_DAYS - 1)
    if size <= 2 * SPAN_DAYS:
        # 1–3 a day, two on average: about size/2 active days out of the span.
        active = sorted(rng.sample(range(SPAN_DAYS), max(1, round(size / 2))))
        counts = [rng.choice((1, 2, 2, 3)) for _ in active]
        low, high = 1, 3
    else:
        # Every day is active; 10k still fits 1–3 a day, 100k packs about 27 a day.
        active = list(range(SPAN_DAYS))
        mean = size / SPAN_DAYS
        low, high = (1, 3) if mean <= 3 else (int(mean) - 1, int(mean) + 2)
        counts = [rng.randint(low, high) for _ in active]
    # Nudge random days up or down (within low..high) until the counts sum to `size`.
    total = sum(counts)
    while total != size:
        step = 1 if total < size else -1
        index = rng.randrange(len(counts))
        if low <= counts[index] + step <= high:
            counts[index] += step
            total += step
    return [(start + dt.timedelta(days=d), n) for d, n in zip(active, counts, strict=True)]


def _catalog_choices(catalog: Any) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    items = [
        (family.key, item.key)
        for family in catalog.families
        if family.key != "own"
        for item in family.items
    ]
    templates = {key: catalog.template(key) for key in TEMPLATE_WEIGHTS}
    missing = [key for key, template in templates.items() if template is None]
    if missing:
        raise RuntimeError(f"The catalog lacks templates {missing}; the generator needs them.")
    return items, templates


def generate(size: int, *, seed: int = 7, catalog: Any | None = None) -> Dataset:
    """The journal of `size` entries for `seed`; the same arguments give the same rows."""
    if catalog is None:
        from app.catalog.catalog import Catalog

        catalog = Catalog.load()
    rng = random.Random(f"refleks-bench-{seed}-{size}")
    data = Dataset(seed=seed, size=size)
    deck_items, templates = _catalog_choices(catalog)

    # Tags: every deck item, then the own tags; popularity skewed by a shuffled Zipf rank.
    for family, key in deck_items:
        data.tags.append({"id": len(data.tags) + 1, "family": family, "key": key, "label": None})
    from app.journal.own_tags import own_tag_key

    for label in OWN_TAG_LABELS:
        data.tags.append(
            {"id": len(data.tags) + 1, "family": "own", "key": own_tag_key(label), "label": label}
        )
    deck_ids = list(range(1, len(deck_items) + 1))
    rng.shuffle(deck_ids)
    deck_weights = [1.0 / (rank + 1) ** 1.2 for rank in range(len(deck_ids))]
    own_ids = list(range(len(deck_items) + 1, len(data.tags) + 1))
    ids_by_family: dict[str, list[int]] = {}
    for tag in data.tags:
        ids_by_family.setdefault(tag["family"], []).append(tag["id"])

    for course_id, (name, first_day, module_count) in enumerate(COURSES, start=1):
        data.courses.append(
            {"id": course_id, "name": name, "created_at": dt.datetime.combine(first_day, dt.time())}
        )
        for position in range(module_count):
            data.modules.append(
                {
                    "id": len(data.modules) + 1,
                    "course_id": course_id,
                    "name": f"Modul {position + 1}",
                    "day": first_day + dt.timedelta(weeks=6 * position),
                    "position": position,
                    "place": rng.choice(("København", "Aarhus", "Odense", "Online")),
                    "notes": None,
                }
            )

    template_keys = list(TEMPLATE_WEIGHTS)
    template_weights = list(TEMPLATE_WEIGHTS.values())
    tag_counts = [n for n, _ in TAGS_PER_ENTRY]
    tag_count_weights = [w for _, w in TAGS_PER_ENTRY]
    answer_id = 0
    for day, per_day in _days_with_counts(rng, size):
        for _ in range(per_day):
            entry_id = len(data.entries) + 1
            danish = rng.random() < DANISH_SHARE
            created = dt.datetime.combine(day, dt.time(rng.randint(6, 22), rng.randint(0, 59)))
            entry_tag_ids: set[int] = set()
            template_key = None
            template_version = None
            if rng.random() < GUIDED_SHARE:
                template = templates[rng.choices(template_keys, template_weights)[0]]
                template_key, template_version = template.key, template.version
                if template.item_family:
                    entry_tag_ids.add(rng.choice(ids_by_family[template.item_family]))
                for position, prompt in enumerate(template.prompts):
                    answer_id += 1
                    data.answers.append(
                        {
                            "id": answer_id,
                            "entry_id": entry_id,
                            "prompt_key": prompt.key,
                            "position": position,
                            "text": textgen.short_answer(rng, danish),
                        }
                    )
            wanted = rng.choices(tag_counts, tag_count_weights)[0]
            entry_tag_ids.update(rng.choices(deck_ids, deck_weights, k=wanted))
            if rng.random() < OWN_TAG_SHARE:
                entry_tag_ids.add(rng.choice(own_ids))
            data.entry_tags.extend(
                {"entry_id": entry_id, "tag_id": tag_id} for tag_id in sorted(entry_tag_ids)
            )
            trashed = rng.random() < TRASHED_SHARE
            data.entries.append(
                {
                    "id": entry_id,
                    "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "day": day,
                    "created_at": created,
                    # The time of day as revision 0002 derives it for existing journals.
                    "time": local_clock(created).strftime("%H:%M"),
                    "updated_at": created + dt.timedelta(minutes=rng.randint(1, 90)),
                    "title": textgen.title(rng, danish),
                    "body": textgen.paragraphs(rng, danish, rng.randint(100, 600)),
                    "template_key": template_key,
                    "template_version": template_version,
                    "is_private": rng.random() < PRIVATE_SHARE,
                    "for_coaching": rng.random() < COACHING_SHARE,
                    "trashed_at": created + dt.timedelta(days=3) if trashed else None,
                    "module_id": None,
                }
            )
    return data
