"""The export and import dialogs: choices, the preview of what leaves, privacy, bad files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from app.exchange.service import ExchangeService
from app.records import Answer, EntryDraft, TagRef
from app.summary.background import ExportJob
from ui.exchange.export_dialog import ExportDialog
from ui.exchange.import_dialog import ImportDialog

DATA = Path(__file__).resolve().parents[2] / "data"
DOCS_SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def screenshot_folder(tmp_path: Path) -> Path:
    """docs/screenshots when REFLEKS_SAVE_SCREENSHOTS is set; a test run never writes there."""
    return DOCS_SCREENSHOTS if os.environ.get("REFLEKS_SAVE_SCREENSHOTS") else tmp_path


@pytest.fixture
def exchange(context) -> ExchangeService:  # type: ignore[no-untyped-def]
    journal = context.journal
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 2),
            title="Styregruppemøde om budgettet",
            body="Rådmanden ville have tal, og netværket ville selv.",
            tags=(TagRef("dilemma", "control"), TagRef("legitimacy", "legal")),
            template_key="dilemma",
            template_version=1,
            answers=(Answer("situation", "Tre forvaltninger om ét bord."),),
            coaching=True,
        )
    )
    journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 3, 5),
            title="Samtale med Søren om frihed",
            body="Vi aftalte en prøveperiode.",
            tags=(TagRef("dilemma", "responsibility"), TagRef("legitimacy", "moral")),
        )
    )
    journal.create_entry(
        EntryDraft(day=dt.date(2026, 3, 6), title="HEMMELIGT-ØKONOMI", private=True, body="tal")
    )
    return ExchangeService(journal=journal, catalog=context.catalog)


@pytest.fixture
def dialog(qtbot, context, exchange, dialogs) -> ExportDialog:  # type: ignore[no-untyped-def]
    made = ExportDialog(
        journal=context.journal,
        catalog=context.catalog,
        exchange=exchange,
        dialogs=dialogs,
        language="da",
        encrypted=True,
    )
    qtbot.addWidget(made)
    assert made.scope_box.currentData() == ("dates", None)  # the last three months by default
    made.scope_box.setCurrentIndex(0)  # the test entries are older: take the whole journal
    return made


def _export(qtbot, dialog: ExportDialog, target: Path) -> ExportJob:  # type: ignore[no-untyped-def]
    """Start the dialog's export to `target` and wait until it reports the file written."""
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        job = dialog.start_export(target)
    assert finished.args == [target]
    return job


def _rows(dialog: ExportDialog) -> dict[str, object]:
    items = (dialog.entry_list.item(i) for i in range(dialog.entry_list.count()))
    return {item.text(): item for item in items}


def test_preview_shows_what_leaves_and_private_stays_out(dialog: ExportDialog) -> None:
    preview = dialog.preview.toPlainText()
    assert "Refleksioner til coaching" in preview
    assert "Styregruppemøde om budgettet" in preview and "HEMMELIGT" not in preview
    assert "Entries in the file: 2." in dialog.note.text()
    assert "Private entries left out: 1." in dialog.note.text()
    assert dialog.encryption_note.isVisibleTo(dialog)
    assert "not" in dialog.encryption_note.text()
    rows = _rows(dialog)
    private = next(item for text, item in rows.items() if "HEMMELIGT" in text)
    assert private.text().endswith("(private)") and private.font().italic()
    assert private.checkState() == Qt.CheckState.Unchecked


def test_ticking_a_private_entry_lets_it_in(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    private = next(i for t, i in _rows(dialog).items() if "HEMMELIGT" in t)
    private.setCheckState(Qt.CheckState.Checked)
    dialog.update_preview()
    assert "HEMMELIGT-ØKONOMI" in dialog.preview.toPlainText()
    assert "Private entries included: 1." in dialog.note.text()
    target = tmp_path / "summary.md"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    _export(qtbot, dialog, target)
    assert "HEMMELIGT-ØKONOMI" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_saved_file_matches_the_preview(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.name_edit.setText("Mette Ørsted")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    target = tmp_path / "s.html"
    _export(qtbot, dialog, target)
    html = target.read_text(encoding="utf-8")
    assert "Mette Ørsted" in html and "HEMMELIGT" not in html
    dialog.update_preview()
    assert "Mette Ørsted" in dialog.preview.toPlainText()


def test_coaching_only_and_picked(dialog: ExportDialog) -> None:
    dialog.mode_coaching.setChecked(True)
    assert [e.title for e in dialog.summary().entries] == ["Styregruppemøde om budgettet"]
    dialog.mode_picked.setChecked(True)
    assert dialog.summary().entries == ()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    søren = next(i for t, i in _rows(dialog).items() if "Søren" in t)
    søren.setCheckState(Qt.CheckState.Checked)
    assert [e.title for e in dialog.summary().entries] == ["Samtale med Søren om frihed"]


def test_period_families_parts_and_language(dialog: ExportDialog) -> None:
    dialog.scope_box.setCurrentIndex(1)  # dates
    dialog.date_from.setDate(QDate(2026, 3, 4))
    dialog.date_to.setDate(QDate(2026, 3, 31))
    assert [e.title for e in dialog.summary().entries] == ["Samtale med Søren om frihed"]
    assert list(_rows(dialog)) == [
        "2026-03-05  Samtale med Søren om frihed",
        "2026-03-06  HEMMELIGT-ØKONOMI  (private)",
    ]
    dialog.scope_box.setCurrentIndex(0)
    tags = {a.text(): a for a in dialog.tag_choice.tag_menu.actions() if a.isCheckable()}
    tags["Kontrol  (1)"].trigger()
    assert [e.title for e in dialog.summary().entries] == ["Styregruppemøde om budgettet"]
    assert dialog.tag_choice.text().endswith("(1)")
    tags["Moralsk  (1)"].trigger()  # a second tag: entries carrying either are in
    assert sorted(e.title for e in dialog.summary().entries) == [
        "Samtale med Søren om frihed",
        "Styregruppemøde om budgettet",
    ]
    tags["Kontrol  (1)"].trigger()
    tags["Moralsk  (1)"].trigger()
    dialog.family_checks["legitimacy"].setChecked(True)
    assert len(dialog.summary().entries) == 2
    dialog.part_body.setChecked(False)
    dialog.language_box.setCurrentIndex(1)
    summary = dialog.summary()
    assert summary.title == "Reflections for coaching" and all(not e.body for e in summary.entries)


def test_a_failed_save_is_reported_and_writes_nothing(
    qtbot, dialog: ExportDialog, dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.export_failed, timeout=20_000):
        dialog.start_export(tmp_path / "missing" / "s.pdf")
    assert dialogs.errors and "does not exist" in dialogs.errors[0]
    assert not (tmp_path / "missing").exists() and not dialog.is_exporting()


def test_a_pdf_is_made_off_the_window_thread_with_progress(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import app.summary.render.html

    threads: set[int] = set()
    entry = app.summary.render.html._entry

    def watched_entry(*args: object) -> list[str]:
        threads.add(threading.get_ident())
        return entry(*args)

    monkeypatch.setattr(app.summary.render.html, "_entry", watched_entry)
    seen: list[tuple[int, int]] = []
    dialog.export_progressed.connect(lambda done, total: seen.append((done, total)))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"
    job = _export(qtbot, dialog, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert threads and threading.get_ident() not in threads  # entries rendered elsewhere
    assert seen and seen[-1][0] == seen[-1][1] > 0  # the last report: every page painted
    assert not dialog.progress.isVisibleTo(dialog) and not job.cancel_requested
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import app.summary.render.html

    # The worker is held at its first entry until Cancel has been pressed in the window.
    reached, release = threading.Event(), threading.Event()
    entry = app.summary.render.html._entry

    def held_entry(*args: object) -> list[str]:
        reached.set()
        release.wait(20)
        return entry(*args)

    monkeypatch.setattr(app.summary.render.html, "_entry", held_entry)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"
    dialog.start_export(target)
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    assert dialog.progress.isVisibleTo(dialog) and dialog.progress.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.export_cancelled, timeout=20_000):
        qtbot.mouseClick(dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    assert not target.exists()
    assert list(out.iterdir()) == []  # nor its temporary file
    assert not dialog.progress.isVisibleTo(dialog) and not dialog.is_exporting()


def test_long_selections_are_previewed_in_part(dialog: ExportDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.exchange.export_dialog

    monkeypatch.setattr(ui.exchange.export_dialog, "PREVIEW_ENTRY_LIMIT", 1)
    dialog.update_preview()
    text = dialog.preview.toPlainText()
    assert (
        "Styregruppemøde om budgettet" in text
        and "Samtale med Søren" not in text.split("Indlæg")[-1]
    )
    assert "og 1 indlæg mere, som også kommer med i filen" in text


def test_screenshot_of_the_preview(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.scope_box.setCurrentIndex(1)
    dialog.date_from.setDate(QDate(2026, 3, 1))
    dialog.date_to.setDate(QDate(2026, 3, 31))
    dialog.name_edit.setText("Mette Ørsted")
    dialog.update_preview()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(screenshot_folder(tmp_path) / "export-dialog-preview.png"))


# ----- import dialog ----------------------------------------------------------------------


def _dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def test_import_dialog_checks_then_imports(qtbot, context, exchange, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(exchange=exchange)
    qtbot.addWidget(dialog)
    dialog.set_path(DATA / "dayone_export.zip")
    preview = dialog.check()
    assert preview is not None and preview.new == 2
    text = dialog.status.text()
    assert (
        "Day One (zip or JSON): 2 entries in the file — 2 new, 0 already in your journal." in text
    )
    assert "1 entry had photos or files" in text
    assert dialog.import_button.isEnabled()
    assert dialog.grab().save(str(screenshot_folder(tmp_path) / "import-dialog.png"))
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.import_button.click()
    assert imported.args[0].added == 2
    assert "2 added, 0 skipped, 0 updated" in dialog.status.text()
    assert dialog.check().present == 2


def test_import_dialog_shows_a_bad_file_and_changes_nothing(
    qtbot, context, exchange, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "cut.json"
    bad.write_text('{"format": "refleks-backup", "schema_version": 1, "entries": [', "utf-8")
    before = _dump(context.paths.journal)
    dialog = ImportDialog(exchange=exchange)
    qtbot.addWidget(dialog)
    dialog.set_path(bad)
    assert dialog.run_import() is None
    assert dialog.problem.isVisibleTo(dialog)
    assert "truncated" in dialog.problem.text() and str(bad) in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    assert _dump(context.paths.journal) == before


def test_file_menu_opens_the_export_dialog(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from ui.window import actions as menus

    exchange = [a.text().replace("&", "") for a in main_window.actions.in_menu(menus.FILE_EXCHANGE)]
    assert {"Export Coaching Summary…", "Back Up as JSON…", "Import…"} <= set(exchange)
    main_window.actions["export_summary"].trigger()
    dialog = main_window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.close()
    main_window.actions["import_entries"].trigger()
    importer = main_window.findChild(ImportDialog)
    assert importer is not None
    importer.close()


def test_an_import_from_the_menu_shows_up_in_the_timeline(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    model = main_window.timeline.model
    main_window.actions["import_entries"].trigger()
    importer = main_window.findChild(ImportDialog)
    importer.set_path(DATA / "jrnl_export.json")
    assert importer.run_import() is not None
    ids = [item.id for item in main_window.context.journal.all_matching()]
    assert len(ids) == 5
    qtbot.waitUntil(lambda: all(model.row_of_entry(i) is not None for i in ids))
    importer.close()


def test_course_modules_are_offered_as_periods(qtbot, context, exchange, main_window) -> None:  # type: ignore[no-untyped-def]
    from app.courses.records import ModuleSpec
    from app.courses.service import CourseService

    CourseService(journal=context.journal).create_course(
        "Netværksledelse",
        (ModuleSpec("Modul 1", dt.date(2026, 3, 1)), ModuleSpec("Modul 2", dt.date(2026, 3, 4))),
    )
    main_window.actions["export_summary"].trigger()
    dialog = main_window.findChild(ExportDialog)
    index = dialog.scope_box.findText("Netværksledelse — Modul 1")
    assert index >= 0
    dialog.scope_box.setCurrentIndex(index)
    assert [e.title for e in dialog.summary().entries] == ["Styregruppemøde om budgettet"]
    dialog.close()


def test_an_encrypted_journal_exports_from_the_worker_thread(
    qtbot, tmp_path: Path, catalog, dialogs
) -> None:  # type: ignore[no-untyped-def]
    # SQLCipher's connections refuse to be used from a thread other than their own: the
    # worker must read through connections it opened itself.
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths
    from app.security.conversion import encrypt_journal
    from app.security.kdf import KdfParams

    paths = DataPaths(tmp_path / "secret")
    open_journal(paths, catalog=catalog).close()
    key = encrypt_journal(
        paths.journal,
        "en lang og hemmelig sætning",
        params=KdfParams.fresh(time_cost=1, memory_kib=8192),
    )
    context = open_journal(paths, catalog=catalog, key=key)
    try:
        context.journal.create_entry(
            EntryDraft(day=dt.date(2026, 3, 2), title="Krypteret refleksion", body="*tillid*")
        )
        context.journal.all_matching()  # the window's own connection is open and in use
        made = ExportDialog(
            journal=context.journal,
            catalog=catalog,
            exchange=ExchangeService(journal=context.journal, catalog=catalog),
            dialogs=dialogs,
            encrypted=True,
        )
        qtbot.addWidget(made)
        made.scope_box.setCurrentIndex(0)
        made.format_box.setCurrentIndex(made.format_box.findData("html"))
        target = tmp_path / "out.html"
        _export(qtbot, made, target)
        assert "Krypteret refleksion" in target.read_text(encoding="utf-8")
        assert dialogs.errors == []
    finally:
        context.close()


# ----- learning log dialog -----------------------------------------------------------------


@pytest.fixture
def log_dialog(qtbot, context, exchange, dialogs):  # type: ignore[no-untyped-def]
    from app.courses.records import ModuleSpec
    from app.courses.service import CourseService
    from ui.courses.learning_log_dialog import LearningLogDialog

    courses = CourseService(journal=context.journal)
    courses.create_course("Netværksledelse", (ModuleSpec("Modul 1", dt.date(2026, 3, 1)),))
    made = LearningLogDialog(
        journal=context.journal, catalog=context.catalog, courses=courses, dialogs=dialogs
    )
    qtbot.addWidget(made)
    made.format_box.setCurrentIndex(made.format_box.findData("pdf"))
    return made


def test_the_learning_log_pdf_is_made_off_the_window_thread(
    qtbot, log_dialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "log.pdf"
    with qtbot.waitSignal(log_dialog.export_finished, timeout=30_000) as finished:
        log_dialog.start_export(target)
        assert log_dialog.is_exporting() and log_dialog.progress.isVisibleTo(log_dialog)
    assert finished.args == [target]
    assert target.read_bytes().startswith(b"%PDF-")
    assert not log_dialog.is_exporting()


def test_a_cancelled_learning_log_leaves_no_file(
    qtbot, log_dialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import ui.courses.learning_log_dialog

    reached, release = threading.Event(), threading.Event()
    render = ui.courses.learning_log_dialog.render_learning_log

    def held_render(log, fmt, *, progress):  # type: ignore[no-untyped-def]
        def held(done: int, total: int) -> None:
            reached.set()
            release.wait(20)  # until Cancel has been pressed in the window
            progress(done, total)

        return render(log, fmt, progress=held)

    monkeypatch.setattr(ui.courses.learning_log_dialog, "render_learning_log", held_render)
    out = tmp_path / "out"
    out.mkdir()
    log_dialog.start_export(out / "log.pdf")
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    with qtbot.waitSignal(log_dialog.export_cancelled, timeout=20_000):
        qtbot.mouseClick(log_dialog.progress.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    assert list(out.iterdir()) == []
