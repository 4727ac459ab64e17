"""What a leader feels while working: search as you type, opening and saving an entry.

Search is timed from a changed filter to the timeline model holding the new first page
(`TimelineModel.set_filter`, the same call the filter bar makes after its typing pause;
the pause itself is deliberate and not counted). Saves are `update_entry` calls, each one
committed transaction on a scratch copy of the journal.
"""

from __future__ import annotations

import dataclasses
import random
import time
from typing import Any

from app.journal.context import open_journal
from app.records import Entry, EntryDraft, TagRef, TimelineFilter
from benchmarks.datasets import Prepared, scratch_copy
from benchmarks.measure import summarize

SEARCHES: dict[str, list[TimelineFilter]] = {
    "word": [
        TimelineFilter(text=word)
        for word in ("kontrol", "legitimitet", "borgere", "tillid", "Ålborg", "volunteers")
    ],
    "phrase": [
        TimelineFilter(text=phrase)
        for phrase in ('"næste gang"', '"efter mødet"', '"public value"', '"i dag"')
    ],
    # As typed, without a star: the start of a word.
    "prefix": [TimelineFilter(text=prefix) for prefix in ("kontro", "legitim", "medarb", "coach")],
    # Inside compounds: "kerneopgave", "selvledelse", "retssikkerhed", "inddragelse".
    "infix": [
        TimelineFilter(text=infix) for infix in ("opgave", "ledelse", "sikkerhed", "inddragelse")
    ],
    # One or two letters, the first keystrokes: word starts in the word index.
    "short": [TimelineFilter(text=start) for start in ("k", "le", "ø", "bo")],
    "word+tag": [
        TimelineFilter(text="ansvar", tags=(TagRef("dilemma", "control"),)),
        TimelineFilter(text="tillid", tags=(TagRef("legitimacy", "moral"),)),
        TimelineFilter(text="netværk", tags=(TagRef("role", "network_smith"),)),
        TimelineFilter(text="budget", tags=(TagRef("strategy", "process"),)),
    ],
    "best match": [
        TimelineFilter(text=text, order="match") for text in ("kontrol", "opgave", "tillid borgere")
    ],
}


def search(prepared: Prepared, *, repeats: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ui.timeline.model import TimelineModel

    made_app = QApplication.instance() is None
    app = QApplication.instance() or QApplication([])
    context = open_journal(prepared.paths)
    model = TimelineModel(journal=context.journal, catalog=context.catalog)
    try:
        apply, through = model.set_filter, "TimelineModel.set_filter"
        results: dict[str, Any] = {"through": through}
        for kind, filters in SEARCHES.items():
            samples: list[float] = []
            for where in filters:
                apply(TimelineFilter())
                apply(where)  # warm-up: the first call pays SQLite's page cache
                for _ in range(repeats):
                    apply(TimelineFilter())
                    start = time.perf_counter()
                    apply(where)
                    samples.append(time.perf_counter() - start)
            results[kind] = summarize(samples)
        results["index_mib_per_10k"] = _index_size(context, prepared.size)
        return results
    finally:
        del model
        context.close()
        if made_app:
            app.shutdown()


def _index_size(context: Any, entries: int) -> dict[str, float]:
    """MiB per 10,000 entries of the word index and of the trigram index (their b-trees;
    the text itself is stored once, in the word index's content table)."""
    from models.fulltext import FTS_TABLE, TRIGRAM_TABLE

    sizes: dict[str, float] = {}
    with context.journal.database.transaction() as connection:
        for name, table in (("words", FTS_TABLE), ("trigram", TRIGRAM_TABLE)):
            (size,) = connection.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN (?, ?)",
                (f"{table}_data", f"{table}_idx"),
            ).fetchone()
            sizes[name] = round(size / 2**20 * 10_000 / entries, 1)
        (text,) = connection.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN (?, ?)",
            (f"{FTS_TABLE}_content", f"{FTS_TABLE}_docsize"),
        ).fetchone()
        sizes["text"] = round(text / 2**20 * 10_000 / entries, 1)
    return sizes


def open_and_save(prepared: Prepared, *, repeats: int) -> dict[str, Any]:
    """Open (`get_entry`) and save (`update_entry`) random entries on a scratch copy."""
    paths = scratch_copy(prepared, "open-save")
    context = open_journal(paths)
    try:
        journal = context.journal
        rng = random.Random(prepared.seed)
        ids = [item.id for item in journal.timeline(limit=2000).items]
        picks = [rng.choice(ids) for _ in range(repeats + 5)]
        opened: list[float] = []
        for entry_id in picks:
            start = time.perf_counter()
            journal.get_entry(entry_id)
            opened.append(time.perf_counter() - start)
        with_list = _open_with_met_before(context, rng, repeats + 5)
        saved: list[float] = []
        for n, entry_id in enumerate(picks):
            draft = _typed_into(journal.get_entry(entry_id), n)
            start = time.perf_counter()
            journal.update_entry(entry_id, draft)
            saved.append(time.perf_counter() - start)
        created: list[float] = []
        for n in range(repeats):
            draft = EntryDraft(
                day=prepared_day(n),
                title=f"Ny refleksion {n}",
                body="Mødet gik godt; næste gang spørger jeg først. " * 40,
                tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "moral")),
            )
            start = time.perf_counter()
            journal.create_entry(draft)
            created.append(time.perf_counter() - start)
        # The first five of each are warm-up.
        return {
            "open": summarize(opened[5:]),
            "open_met_before": summarize(with_list[5:]),
            "save": summarize(saved[5:]),
            "create": summarize(created[5:]),
        }
    finally:
        context.close()


def _open_with_met_before(context: Any, rng: random.Random, count: int) -> list[float]:
    """Open entries carrying a dilemma, paradox or legitimacy tag, from anywhere in the
    journal, with the editor's "you have met this before" list: `get_entry`, then
    `RecallService.met_before` for its tags (what the editor asks when it loads one)."""
    from app.journal.recall import RECALL_FAMILIES, RecallService

    journal = context.journal
    recall = RecallService(database=journal.database)
    ids = [entry_id for entry_id, _private in journal.ids_oldest_first()]
    samples: list[float] = []
    while len(samples) < count:
        entry_id = rng.choice(ids)
        start = time.perf_counter()
        entry = journal.get_entry(entry_id)
        if not any(tag.family in RECALL_FAMILIES for tag in entry.tags):
            continue
        recall.met_before(entry.tags, day=entry.day, time=entry.time, entry_id=entry.id)
        samples.append(time.perf_counter() - start)
    return samples


def _typed_into(entry: Entry, n: int) -> EntryDraft:
    """The draft an autosave hands in after typing into one field: an answer or the body."""
    draft = entry.to_draft()
    addition = f" Tilføjet efter coaching, runde {n}: ærligt og åbent."
    if entry.answers and n % 2:
        answers = list(draft.answers)
        which = n % len(answers)
        answers[which] = dataclasses.replace(answers[which], text=answers[which].text + addition)
        return dataclasses.replace(draft, answers=tuple(answers))
    return dataclasses.replace(draft, body=draft.body + addition)


def prepared_day(n: int) -> Any:
    import datetime as dt

    return dt.date(2026, 6, 30) - dt.timedelta(days=n % 365)
