"""The lossless JSON backup: what it holds, conflicts on import, and the exact round trip."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from app.exchange.backup import SCHEMA_VERSION, dump_journal, parse_backup
from app.exchange.importer import apply_batch
from app.exchange.service import ExchangeService
from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from models.schema import CourseRow, EntryRow, ModuleRow, TagRow


def _content(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def _seed(context) -> None:  # type: ignore[no-untyped-def]
    journal = context.journal
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppe",
            body="Kontrol og *tillid*",
            tags=(TagRef("dilemma", "control"), TagRef("own", "budget", "Budget 2026")),
            answers=(Answer("situation", "Mødet"), Answer("action", "Lyttede")),
            template_key="dilemma",
            template_version=1,
            coaching=True,
        )
    )
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="Hemmeligt", private=True))
    trashed = journal.create_entry(EntryDraft(day=dt.date(2026, 3, 4), title="Kasseret"))
    journal.trash_entry(trashed.id)
    context.own_tags.create("Ubrugt mærke")
    with context.database.session() as session:
        course = CourseRow(name="Netværksledelse", created_at=dt.datetime(2026, 1, 5, 9, 0))
        session.add(course)
        session.flush()
        module = ModuleRow(
            course_id=course.id, name="Modul 1", day=dt.date(2026, 3, 1), position=0, place="Aarhus"
        )
        session.add(module)
        session.flush()
        row = session.query(EntryRow).filter_by(title="Styregruppe").one()
        row.module_id = module.id


def test_backup_holds_everything_private_and_trash_included(context, tmp_path: Path) -> None:
    _seed(context)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "backup.json"
    service = ExchangeService(journal=context.journal, catalog=context.catalog)
    assert service.export_backup(target) == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "refleks-backup"
    assert document["schema_version"] == SCHEMA_VERSION
    assert "private" in document["note"]
    titles = {entry["title"]: entry for entry in document["entries"]}
    assert titles["Hemmeligt"]["private"] is True
    assert titles["Kasseret"]["trashed_at"] is not None
    first = titles["Styregruppe"]
    assert first["tags"] == ["dilemma:control", "own:budget-2026"]
    assert first["answers"] == [
        {"prompt_key": "situation", "text": "Mødet"},
        {"prompt_key": "action", "text": "Lyttede"},
    ]
    assert first["module"] == [0, 0]
    assert document["courses"][0]["modules"][0]["place"] == "Aarhus"
    labels = {(t["family"], t["key"]): t["label"] for t in document["tags"]}
    assert labels[("own", "budget-2026")] == "Budget 2026"
    assert labels[("own", "ubrugt-mærke")] == "Ubrugt mærke"
    assert list(out.iterdir()) == [target]  # no temporary file left behind


def test_round_trip_into_an_empty_journal_is_exact(context, tmp_path: Path, catalog) -> None:
    _seed(context)
    first = dump_journal(context.database)
    other = open_journal(DataPaths(tmp_path / "other"), catalog=catalog)
    try:
        result = apply_batch(other.database, parse_backup(first, "backup.json"))
        assert (result.added, result.skipped, result.updated) == (3, 0, 0)
        assert _content(dump_journal(other.database)) == _content(first)
        # The imported private entry is still private, the trashed one still in the trash.
        assert other.journal.count(TimelineFilter(private=True)) == 1
        assert other.journal.count(TimelineFilter(trashed=True)) == 1
    finally:
        other.close()


def test_existing_uuids_are_skipped_or_updated(context) -> None:
    _seed(context)
    document = dump_journal(context.database)
    for entry in document["entries"]:
        entry["title"] += " (ændret)"
    batch = parse_backup(document, "backup.json")
    skipped = apply_batch(context.database, batch)
    assert (skipped.added, skipped.skipped, skipped.updated) == (0, 3, 0)
    assert "(ændret)" not in json.dumps(dump_journal(context.database)["entries"])
    updated = apply_batch(context.database, batch, on_conflict="update")
    assert (updated.added, updated.skipped, updated.updated) == (0, 0, 3)
    after = dump_journal(context.database)
    assert all(entry["title"].endswith(" (ændret)") for entry in after["entries"])
    assert _content(after)["courses"] == _content(document)["courses"]  # not duplicated


# ----- property: any Unicode survives export → import → export -----------------------

_text = st.text(max_size=60)
_moment = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))


@st.composite
def _documents(draw) -> dict:  # type: ignore[no-untyped-def]
    deck_tags = ["dilemma:control", "paradox:self_leadership", "legitimacy:moral", "role:explorer"]
    own_labels = draw(st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=3))
    from app.journal.own_tags import own_tag_key

    own = {own_tag_key(label): label for label in own_labels if own_tag_key(label)}
    tags = [{"family": "own", "key": key, "label": label} for key, label in sorted(own.items())]
    tag_names = deck_tags + [f"own:{key}" for key in own]
    courses = []
    # Unique creation times, in the order a dump lists courses (a course is name + time).
    moments = sorted(draw(st.lists(_moment, max_size=2, unique=True)))
    for moment in moments:
        modules = [
            {
                "name": draw(_text),
                "day": draw(st.dates()).isoformat(),
                "position": position,
                "place": draw(st.none() | _text),
                "notes": draw(st.none() | _text),
            }
            for position in range(draw(st.integers(0, 2)))
        ]
        courses.append(
            {
                "name": draw(_text),
                "created_at": moment.isoformat(timespec="microseconds") + "Z",
                "modules": modules,
            }
        )
    module_refs = [[i, m["position"]] for i, c in enumerate(courses) for m in c["modules"]]
    uuids = draw(st.lists(st.uuids(), max_size=5, unique=True))
    entries = []
    for uuid in uuids:
        keys = draw(st.lists(st.text(min_size=1, max_size=12), max_size=3, unique=True))
        created = draw(_moment)
        entries.append(
            {
                "uuid": str(uuid),
                "day": draw(st.dates()).isoformat(),
                "time": draw(st.times()).strftime("%H:%M"),
                "created_at": created.isoformat(timespec="microseconds") + "Z",
                "updated_at": created.isoformat(timespec="microseconds") + "Z",
                "title": draw(_text),
                "body": draw(st.text(max_size=400)),
                "template_key": draw(st.none() | st.sampled_from(["dilemma", "free"])),
                "template_version": draw(st.none() | st.integers(1, 5)),
                "private": draw(st.booleans()),
                "coaching": draw(st.booleans()),
                "trashed_at": draw(
                    st.none() | _moment.map(lambda m: m.isoformat(timespec="microseconds") + "Z")
                ),
                "module": draw(st.none() | st.sampled_from(module_refs)) if module_refs else None,
                "tags": sorted(draw(st.sets(st.sampled_from(tag_names), max_size=3))),
                "answers": [{"prompt_key": k, "text": draw(_text)} for k in keys],
            }
        )
    return {
        "format": "refleks-backup",
        "schema_version": 1,
        "exported_at": "2026-01-01T00:00:00.000000Z",
        "courses": courses,
        "tags": tags,
        "entries": entries,
    }


def _clear(database) -> None:  # type: ignore[no-untyped-def]
    with database.session() as session:
        for table in (EntryRow, TagRow, CourseRow):
            session.execute(delete(table))


def test_any_unicode_round_trips_exactly(tmp_path: Path, catalog) -> None:
    # Two journals for the whole run, emptied per example: migrating a new file for every
    # example would make this test slow.
    first = open_journal(DataPaths(tmp_path / "a"), catalog=catalog)
    second = open_journal(DataPaths(tmp_path / "b"), catalog=catalog)

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(document=_documents())
    def check(document: dict) -> None:
        _clear(first.database)
        _clear(second.database)
        apply_batch(first.database, parse_backup(document, "generated.json"))
        exported = dump_journal(first.database)
        apply_batch(second.database, parse_backup(exported, "exported.json"))
        again = dump_journal(second.database)
        assert _content(again) == _content(exported)
        by_uuid = {entry["uuid"]: entry for entry in exported["entries"]}
        for entry in document["entries"]:
            assert by_uuid[entry["uuid"]] == entry

    try:
        check()
    finally:
        first.close()
        second.close()
