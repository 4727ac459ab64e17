"""Dates that have passed, marked calmly against an injected "today"; coaching sessions
recorded from the menu and from the summary export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from app.commitments.records import CommitmentStatus
from app.records import EntryDraft
from ui.commitments.badge import PASSED_LIGHT, CommitmentBadge
from ui.commitments.coaching_dialog import CoachingSessionDialog
from ui.commitments.due import DueState, due_text
from ui.commitments.open_commitments import OpenCommitments
from ui.commitments.pane import CommitmentsPane
from ui.exchange.export_dialog import ExportDialog

TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def three(context):  # type: ignore[no-untyped-def]
    """Commitments due before, on and after TODAY, and one without a date."""
    entry = context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    for text, due in (
        ("Før", dt.date(2026, 12, 1)),
        ("I dag", TODAY),
        ("Senere", dt.date(2026, 12, 20)),
        ("Uden dato", None),
    ):
        context.commitments.add(entry.id, text, due)
    return entry


def _source(context, today: dt.date) -> OpenCommitments:  # type: ignore[no-untyped-def]
    return OpenCommitments(
        commitments=context.commitments,
        coaching=context.coaching,
        changes=context.changes,
        today=lambda: today,
    )


def test_a_passed_date_is_marked_against_the_injected_today(qtbot, context, three) -> None:  # type: ignore[no-untyped-def]
    source = _source(context, TODAY)
    pane = CommitmentsPane(source=source)
    qtbot.addWidget(pane)
    states = {row.commitment.text: row.state for row in pane.list.rows()}
    assert states == {
        "Før": DueState.PASSED,
        "I dag": DueState.TODAY,
        "Senere": DueState.LATER,
        "Uden dato": DueState.NONE,
    }
    passed = {row.commitment.text: row.property("passed") for row in pane.list.rows()}
    assert passed == {"Før": True, "I dag": False, "Senere": False, "Uden dato": False}
    (before,) = [row for row in pane.list.rows() if row.commitment.text == "Før"]
    assert before.due.text() == "Due Tue 1 Dec – the date has passed"
    assert pane.heading.text() == "Open commitments: 4 · 1 past the date"
    assert source.passed_count() == 1

    # A week earlier nothing has passed yet.
    earlier = CommitmentsPane(source=_source(context, dt.date(2026, 11, 28)))
    qtbot.addWidget(earlier)
    assert not any(row.property("passed") for row in earlier.list.rows())
    assert earlier.heading.text() == "Open commitments: 4"


def test_the_badge_turns_amber_only_while_a_date_has_passed(qtbot, context, three) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    action = QAction()
    action.setCheckable(True)
    badge = CommitmentBadge(source=_source(context, TODAY), action=action)
    qtbot.addWidget(badge)
    assert badge.count() == 4 and badge.passed() == 1
    assert badge.pill_colour().name() == PASSED_LIGHT
    assert "1 past the date" in badge.toolTip()
    calm = CommitmentBadge(source=_source(context, dt.date(2026, 11, 1)), action=action)
    qtbot.addWidget(calm)
    assert calm.passed() == 0
    assert calm.pill_colour() == calm.palette().color(calm.palette().ColorRole.Highlight)


def test_due_words_in_both_languages(languages) -> None:  # type: ignore[no-untyped-def]
    assert due_text(None, "en", TODAY) == ""
    assert due_text(TODAY, "en", TODAY) == "Due today"
    assert due_text(TODAY + dt.timedelta(days=1), "en", TODAY) == "Due tomorrow"
    assert due_text(dt.date(2027, 1, 8), "en", TODAY) == "Due Fri 8 Jan 2027"
    languages.apply("da")
    assert due_text(dt.date(2026, 12, 10), "da", TODAY) == "Frist tors. 10. dec."
    assert due_text(dt.date(2026, 12, 1), "da", TODAY) == "Frist tirs. 1. dec. – datoen er passeret"


def test_a_session_recorded_from_the_menu(qtbot, context, main_window) -> None:  # type: ignore[no-untyped-def]
    action = main_window.actions["coaching_session"]
    assert action in main_window.menus.menus["edit"].actions()
    action.trigger()
    dialog = main_window.open_dialogs.get("coaching")
    assert isinstance(dialog, CoachingSessionDialog)
    assert dialog.sessions.item(0).text() == "None recorded yet."
    dialog.day_edit.setDate(QDate(2026, 11, 24))
    qtbot.keyClicks(dialog.note_edit, "Om styregruppen")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    (session,) = context.coaching.list()
    assert (session.day, session.note) == (dt.date(2026, 11, 24), "Om styregruppen")
    assert dialog.sessions.count() == 1
    assert "Om styregruppen" in dialog.sessions.item(0).text()
    pane = main_window.commitment_mode.pane
    assert pane.last_session.text() == "Last coaching session: Tue 24 Nov"
    # The same day twice is refused, with a message, and nothing more is recorded.
    dialog.record()
    assert len(context.coaching.list()) == 1
    assert main_window.dialogs.errors


def test_the_pane_footer_opens_the_coaching_dialog(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    pane = main_window.commitment_mode.pane
    assert pane.last_session.text() == "No coaching session recorded yet."
    qtbot.mouseClick(pane.coaching_button, Qt.MouseButton.LeftButton)
    assert isinstance(main_window.open_dialogs.get("coaching"), CoachingSessionDialog)


@pytest.fixture
def export_dialog(qtbot, context, dialogs):  # type: ignore[no-untyped-def]
    from app.exchange.service import ExchangeService

    context.journal.create_entry(EntryDraft(day=dt.date.today(), title="Til coaching", body="x"))

    def make() -> ExportDialog:
        made = ExportDialog(
            journal=context.journal,
            catalog=context.catalog,
            exchange=ExchangeService(journal=context.journal, catalog=context.catalog),
            dialogs=dialogs,
            language="en",
            coaching=context.coaching,
        )
        qtbot.addWidget(made)
        made.format_box.setCurrentIndex(made.format_box.findData("md"))
        return made

    return make


def _export(qtbot, dialog: ExportDialog, target: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        dialog.start_export(target)


def test_brought_to_coaching_records_the_session_when_the_export_succeeds(
    qtbot, context, export_dialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = export_dialog()
    mark = dialog.coaching_mark
    assert mark is not None and mark.isVisibleTo(dialog)
    assert mark.check.text() == "&Brought to coaching on"
    assert not mark.check.isChecked()
    mark.check.setChecked(True)
    mark.day_edit.setDate(QDate(2026, 12, 3))
    _export(qtbot, dialog, tmp_path / "summary.md")
    assert (tmp_path / "summary.md").exists()
    (session,) = context.coaching.list()
    assert session.day == dt.date(2026, 12, 3)

    # The next export starts the day after that session.
    again = export_dialog()
    assert again.date_from.date() == QDate(2026, 12, 4)


def test_the_ticked_day_is_the_session_the_summary_reviews_for(
    qtbot, context, export_dialog
) -> None:  # type: ignore[no-untyped-def]
    entry = context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    kept = context.commitments.add(entry.id, "Ringe til Mette")
    context.commitments.close(
        kept.id, CommitmentStatus.KEPT, "Godt møde", language="da", today=dt.date(2026, 11, 5)
    )
    context.coaching.add(dt.date(2026, 11, 10))

    dialog = export_dialog()
    dialog.date_from.setDate(QDate(2026, 1, 1))
    # Unticked: the review is for a session today, so it starts after 10 November.
    assert dialog.request().coaching_day is None
    today = dialog.summary().commitments
    assert today is None or today.since == dt.date(2026, 11, 10)

    # Brought to a session on 8 November: no session before it, and the kept one counts.
    dialog.coaching_mark.check.setChecked(True)
    dialog.coaching_mark.day_edit.setDate(QDate(2026, 11, 8))
    assert dialog.request().coaching_day == dt.date(2026, 11, 8)
    section = dialog.summary().commitments
    assert section is not None
    assert (section.since, section.until) == (None, dt.date(2026, 11, 8))
    assert [item.text for item in section.kept] == ["Ringe til Mette"]


def test_unticked_or_failed_exports_record_no_session(
    qtbot, context, export_dialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = export_dialog()
    _export(qtbot, dialog, tmp_path / "plain.md")
    assert context.coaching.list() == []

    failing = export_dialog()
    failing.coaching_mark.check.setChecked(True)
    with qtbot.waitSignal(failing.export_failed, timeout=30_000):
        failing.start_export(tmp_path / "no-such-folder" / "summary.md")
    assert context.coaching.list() == []


def test_the_window_says_when_commitments_are_due(qtbot, context, settings, make_window) -> None:  # type: ignore[no-untyped-def]
    entry = context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    context.commitments.add(entry.id, "Ringe", dt.date.today() - dt.timedelta(days=2))
    context.commitments.add(entry.id, "Skrive", dt.date.today())
    context.commitments.add(entry.id, "Senere", dt.date.today() + dt.timedelta(days=9))
    window = make_window(settings)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "2 commitments are due. F9 shows them."


def test_the_window_s_export_dialog_offers_the_mark(qtbot, context, main_window) -> None:  # type: ignore[no-untyped-def]
    context.coaching.add(dt.date(2026, 9, 1))
    main_window.actions["export_summary"].trigger()
    dialog = main_window.open_dialogs.get("export_summary")
    assert isinstance(dialog, ExportDialog)
    assert dialog.coaching_mark is not None
    assert dialog.date_from.date() == QDate(2026, 9, 2)  # since the last session
