"""The whole-journal exports over a plain connection: the backup, the Markdown folder's
selection and labels, and the folder writer.

The command line reads them over a DB-API connection without SQLAlchemy; the window goes
through the journal service. The entries come from the store either way; the backup's
writers and the folder's labels still have a plain and a service side, kept equal here.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.exchange.backup import write_backup, write_backup_from
from app.exchange.errors import ExportError
from app.exchange.files import write_private_folder
from app.exchange.markdown_folder import CatalogNames, folder_files
from app.exchange.whole_journal import read_selection
from app.records import Answer, EntryDraft, TagRef, TimelineFilter
from app.summary.builder import Names, select_entries, timeline_filter
from app.summary.model import SummaryRequest
from models.connection import apply_pragmas, connect_file, read_snapshot
from models.migrate import HEAD_REVISION, plain_revision
from models.schema import CourseRow, EntryRow, ModuleRow


def _seed(context) -> None:  # type: ignore[no-untyped-def]
    journal = context.journal
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppe på Ærø",
            body="Kontrol og *tillid*",
            tags=(TagRef("own", "budget", "Budget 2026"), TagRef("dilemma", "control")),
            answers=(Answer("situation", "Mødet"), Answer("action", "Lyttede")),
            template_key="dilemma",
            template_version=1,
            coaching=True,
        )
    )
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="Hemmeligt", private=True))
    journal.create_entry(EntryDraft(day=dt.date(2026, 3, 3), title="Samme dag", body="b"))
    gone = journal.create_entry(EntryDraft(day=dt.date(2026, 3, 4), title="Kasseret"))
    journal.trash_entry(gone.id)
    with context.database.session() as session:
        course = CourseRow(name="Netværksledelse", created_at=dt.datetime(2026, 1, 5, 9, 0))
        session.add(course)
        session.flush()
        for position, day in ((1, dt.date(2026, 4, 1)), (0, dt.date(2026, 3, 1))):
            session.add(
                ModuleRow(course_id=course.id, name=f"Modul {position}", day=day, position=position)
            )
        session.flush()
        row = session.query(EntryRow).filter_by(title="Samme dag").one()
        row.module_id = session.query(ModuleRow).filter_by(position=1).one().id


@pytest.fixture
def plain(context) -> Iterator[sqlite3.Connection]:  # type: ignore[no-untyped-def]
    _seed(context)
    connection = connect_file(context.paths.journal)
    apply_pragmas(connection)
    try:
        with read_snapshot(connection, context.paths.journal):
            yield connection
    finally:
        connection.close()


def test_the_plain_backup_is_the_service_backup(context, plain, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_backup(context.database, tmp_path / "service.json")
    assert write_backup_from(plain, tmp_path / "plain.json") == 4

    def lines(name: str) -> list[str]:
        text = (tmp_path / name).read_text(encoding="utf-8")
        return [line for line in text.splitlines() if '"exported_at"' not in line]

    assert lines("plain.json") == lines("service.json")
    document = json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))
    assert [m["position"] for m in document["courses"][0]["modules"]] == [0, 1]
    assert document["courses"][0]["created_at"] == "2026-01-05T09:00:00.000000Z"
    same_day = next(e for e in document["entries"] if e["title"] == "Samme dag")
    assert same_day["module"] == [0, 1]


@pytest.mark.parametrize(
    ("request_", "titles", "left_out"),
    [
        (SummaryRequest(), ["Styregruppe på Ærø", "Samme dag"], 1),
        (SummaryRequest(include_private=True), ["Styregruppe på Ærø", "Hemmeligt", "Samme dag"], 0),
        (SummaryRequest(include_private=True, selection="coaching"), ["Styregruppe på Ærø"], 0),
        (
            SummaryRequest(date_from=dt.date(2026, 3, 3), date_to=dt.date(2026, 3, 3)),
            ["Samme dag"],
            1,
        ),
        (SummaryRequest(date_from=dt.date(2026, 3, 5)), [], 0),
    ],
)
def test_the_whole_journal_selection(context, plain, request_, titles, left_out) -> None:  # type: ignore[no-untyped-def]
    """Untrashed entries oldest first (day, then id), private ones counted as they are left
    out: what the summary's selection lets out of the same request."""
    found = read_selection(
        plain, timeline_filter(request_), include_private=request_.include_private
    )
    assert [entry.title for entry in found.entries] == titles
    assert found.private_left_out == left_out
    expected = select_entries(context.journal, request_)
    assert found.entries == expected.entries
    assert found.private_left_out == expected.private_left_out


def test_the_whole_journal_selection_holds_whole_entries(plain) -> None:  # type: ignore[no-untyped-def]
    first = read_selection(plain, TimelineFilter()).entries[0]
    assert [str(tag) for tag in first.tags] == ["dilemma:control", "own:budget-2026"]
    assert first.tags[1].label == "Budget 2026"
    assert [(a.prompt_key, a.text, a.position) for a in first.answers] == [
        ("situation", "Mødet", 0),
        ("action", "Lyttede", 1),
    ]
    assert (first.template_key, first.template_version, first.coaching) == ("dilemma", 1, True)


def test_catalog_names_are_the_summary_names(catalog, plain) -> None:  # type: ignore[no-untyped-def]
    entries = read_selection(plain, TimelineFilter(), include_private=True).entries
    refs = [
        TagRef(family.key, item.key) for family in catalog.families for item in family.items
    ] + [TagRef("own", "budget", "Budget 2026"), TagRef("own", "x"), TagRef("nope", "y")]
    for language in ("da", "en"):
        names, light = Names(catalog, language), CatalogNames(catalog, language)
        assert [light.tag_with_family(r) for r in refs] == [names.tag_with_family(r) for r in refs]
        for template in catalog.templates:
            entry = entries[0]
            probe = type(entry)(**{**_fields(entry), "template_key": template.key})
            keys = [prompt.key for prompt in template.prompts] + ["unknown"]
            assert [light.question(probe, k) for k in keys] == [
                names.question(probe, k) for k in keys
            ]
        plain_entry = entries[-1]
        assert light.question(plain_entry, "k") == names.question(plain_entry, "k")
        assert dict(folder_files(entries, light)) == dict(folder_files(entries, names))


def _fields(entry: object) -> dict[str, object]:
    return {name: getattr(entry, name) for name in entry.__slots__}  # type: ignore[attr-defined]


def test_plain_revision_reads_what_alembic_stamped(context) -> None:  # type: ignore[no-untyped-def]
    connection = sqlite3.connect(context.paths.journal)
    try:
        assert plain_revision(connection) == HEAD_REVISION
    finally:
        connection.close()
    with context.database.engine.connect() as engine_connection:
        assert plain_revision(engine_connection.connection.driver_connection) == HEAD_REVISION
    empty = sqlite3.connect(":memory:")
    try:
        assert plain_revision(empty) is None
    finally:
        empty.close()


def test_folder_writer_takes_a_generator_and_keeps_the_last_of_a_name(tmp_path: Path) -> None:
    def files() -> Iterator[tuple[str, bytes]]:
        for n in range(600):  # more than one batch for the writer thread
            yield f"{n:04}.md", f"nr {n}".encode()
        yield "0001.md", b"second"

    target = tmp_path / "out"
    assert write_private_folder(target, files()) == 600
    assert (target / "0001.md").read_bytes() == b"second"
    assert (target / "0599.md").read_bytes() == b"nr 599"
    assert len(list(target.iterdir())) == 600


def test_folder_writer_leaves_nothing_when_making_the_files_fails(tmp_path: Path) -> None:
    def files() -> Iterator[tuple[str, bytes]]:
        for n in range(300):
            yield f"{n}.md", b"x"
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError):
        write_private_folder(tmp_path / "out", files())
    assert list(tmp_path.iterdir()) == []


def test_folder_writer_leaves_nothing_when_a_write_fails(tmp_path: Path) -> None:
    def files() -> Iterator[tuple[str, bytes]]:
        yield "ok.md", b"x"
        yield "no/such/folder.md", b"x"  # the write fails in the writer thread
        for n in range(1000):
            yield f"{n}.md", b"x"

    with pytest.raises(ExportError, match="nothing was saved"):
        write_private_folder(tmp_path / "out", files())
    assert list(tmp_path.iterdir()) == []
