"""Commitments in the window: made from an answer or a marked line, shown in the pane and
the badge, closed with a follow-up entry, and marked private like their entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor

from app.commitments.records import CommitmentStatus
from app.records import Answer, EntryDraft
from ui.commitments.close_dialog import CloseCommitmentDialog
from ui.commitments.make_dialog import MakeCommitmentDialog
from ui.window.main_window import MainWindow


def _make_dialog(window: MainWindow) -> MakeCommitmentDialog:
    dialog = window.open_dialogs.get("make_commitment")
    assert isinstance(dialog, MakeCommitmentDialog)
    return dialog


def _close_dialog(window: MainWindow) -> CloseCommitmentDialog:
    dialog = window.open_dialogs.get("close_commitment")
    assert isinstance(dialog, CloseCommitmentDialog)
    return dialog


def _pane_texts(window: MainWindow) -> list[str]:
    return [row.text.text() for row in window.commitment_mode.pane.list.rows()]


def test_an_answer_to_next_time_becomes_a_commitment(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.new_entry("dilemma")
    qtbot.keyClicks(window.editor.header.title_edit, "Styregruppen")
    link = window.commitment_mode.editor_link
    # Only the question the deck marks offers it, and only once answered.
    assert set(link.make_buttons) == {"next_time"}
    button = link.make_buttons["next_time"]
    assert not button.isEnabled()
    field = next(f for f in window.editor.guided.fields() if f.key == "next_time")
    qtbot.keyClicks(field.edit, "Afklare ansvaret skriftligt før mødet.")
    assert button.isEnabled()
    assert window.editor.current_entry_id() is None  # a new entry, not saved yet

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    entry_id = window.editor.current_entry_id()
    assert entry_id is not None  # saved first: a commitment needs its entry
    dialog = _make_dialog(window)
    assert dialog.text_edit.toPlainText() == "Afklare ansvaret skriftligt før mødet."
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(QDate(2026, 12, 18))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    (made,) = window.context.commitments.list()
    assert (made.entry_id, made.text, made.due, made.prompt_key) == (
        entry_id,
        "Afklare ansvaret skriftligt før mødet.",
        dt.date(2026, 12, 18),
        "next_time",
    )
    assert _pane_texts(window) == ["Afklare ansvaret skriftligt før mødet."]
    assert window.commitment_mode.badge.count() == 1
    # The entry lists what was made from it.
    (line,) = link.list.lines()
    assert line.text().startswith("<b>Afklare ansvaret skriftligt før mødet.</b>")
    assert link.list.isVisibleTo(window.editor)


def test_a_selected_line_becomes_a_commitment(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.new_entry()
    body = window.editor.body_edit
    body.setPlainText("Et svært møde i dag.\nJeg vil spørge Søren hver fredag.\nMere i morgen.")
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)

    menu = window.commitment_mode.editor_link.context_menu(body)
    action = next(a for a in menu.actions() if a.objectName() == "makeCommitmentAction")
    assert action.text() == "Make a Commitment…"
    assert action.isEnabled()
    action.trigger()
    dialog = _make_dialog(window)
    assert dialog.text_edit.toPlainText() == "Jeg vil spørge Søren hver fredag."
    assert not dialog.due_check.isChecked()
    dialog.accept()

    (made,) = window.context.commitments.list()
    assert made.text == "Jeg vil spørge Søren hver fredag."
    assert made.due is None and made.prompt_key is None
    assert made.entry_id == window.editor.current_entry_id()
    assert window.context.journal.get_entry(made.entry_id).body.startswith("Et svært møde")
    assert _pane_texts(window) == ["Jeg vil spørge Søren hver fredag."]


def test_an_empty_paragraph_offers_nothing_and_cancel_makes_nothing(
    qtbot, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.new_entry()
    body = window.editor.body_edit
    body.setPlainText("Første linje\n\nTredje linje")
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    body.setTextCursor(cursor)
    menu = window.commitment_mode.editor_link.context_menu(body)
    action = next(a for a in menu.actions() if a.objectName() == "makeCommitmentAction")
    assert not action.isEnabled()
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    body.setTextCursor(cursor)
    menu = window.commitment_mode.editor_link.context_menu(body)
    action = next(a for a in menu.actions() if a.objectName() == "makeCommitmentAction")
    action.trigger()
    dialog = _make_dialog(window)
    assert dialog.text_edit.toPlainText() == "Tredje linje"
    dialog.text_edit.clear()
    assert not dialog.ok_button.isEnabled()  # no empty commitment
    dialog.reject()
    assert window.context.commitments.list() == []


def test_pane_and_badge_count_the_open_ones_and_follow_the_journal(
    qtbot, context, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    journal, commitments = context.journal, context.commitments
    first = journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    second = journal.create_entry(EntryDraft(day=dt.date(2026, 11, 9), title="Samtale"))
    a = commitments.add(first.id, "Ringe til Lene", dt.date(2026, 11, 20))
    commitments.add(first.id, "Skrive referatet", dt.date(2026, 11, 10))
    commitments.add(second.id, "Spørge ind")
    mode = main_window.commitment_mode
    assert mode.badge.count() == 3
    # Soonest due first, no date last.
    assert _pane_texts(main_window) == ["Skrive referatet", "Ringe til Lene", "Spørge ind"]
    assert mode.pane.heading.text().startswith("Open commitments: 3")

    commitments.close(a.id, "kept", "Fint", language="en", today=dt.date(2026, 11, 19))
    assert mode.badge.count() == 2
    assert _pane_texts(main_window) == ["Skrive referatet", "Spørge ind"]
    journal.trash_entry(second.id)  # its commitment goes with it
    assert _pane_texts(main_window) == ["Skrive referatet"]
    assert mode.badge.count() == 1
    journal.restore_entry(second.id)
    assert mode.badge.count() == 2


def test_view_menu_and_badge_show_and_hide_the_pane(qtbot, main_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    mode = main_window.commitment_mode
    action = main_window.actions["commitments_pane"]
    assert action in main_window.menus.menus["view"].actions()
    assert action.shortcut().toString() == "F9"
    assert not mode.dock.isVisible()
    action.trigger()
    assert mode.dock.isVisible() and mode.badge.isChecked()
    qtbot.mouseClick(mode.badge, Qt.MouseButton.LeftButton)
    assert not mode.dock.isVisible() and not action.isChecked()
    qtbot.mouseClick(mode.badge, Qt.MouseButton.LeftButton)
    assert mode.dock.isVisible() and action.isChecked()
    mode.dock.close()  # its own close button
    assert not action.isChecked() and not mode.badge.isChecked()


@pytest.mark.parametrize(
    "status", [CommitmentStatus.KEPT, CommitmentStatus.CHANGED, CommitmentStatus.DROPPED]
)
def test_closing_writes_a_follow_up_and_the_window_offers_it(
    qtbot, context, dialogs, main_window: MainWindow, status: CommitmentStatus
) -> None:  # type: ignore[no-untyped-def]
    journal, commitments = context.journal, context.commitments
    entry = journal.create_entry(
        EntryDraft(
            day=dt.date(2026, 11, 2),
            title="Styregruppen",
            template_key="dilemma",
            template_version=1,
            answers=(Answer("next_time", "Afklare ansvaret"),),
        )
    )
    made = commitments.add(entry.id, "Afklare ansvaret", prompt_key="next_time")
    window = main_window
    window.commitment_mode.show_pane()
    (row,) = window.commitment_mode.pane.list.rows()
    qtbot.mouseClick(row.close_button, Qt.MouseButton.LeftButton)
    dialog = _close_dialog(window)
    assert dialog.quote.text() == "Afklare ansvaret"
    assert not dialog.ok_button.isEnabled()  # how it went is the user's to say
    dialog.choices[status].click()
    assert dialog.ok_button.isEnabled()
    dialog.note_edit.setPlainText("Det tog to møder, men nu er det på plads.")
    dialogs.confirm_answer = True  # "Open the follow-up now?"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    closed = commitments.get(made.id)
    assert closed.status is status
    assert closed.note == "Det tog to møder, men nu er det på plads."
    follow_up = journal.get_entry(closed.follow_up_entry_id)
    assert "Det tog to møder, men nu er det på plads." in follow_up.body
    assert ("confirm", dialogs.asked[-1][1]) == dialogs.asked[-1]
    assert window.editor.current_entry_id() == follow_up.id  # the follow-up is open
    assert window.commitment_mode.pane.list.rows() == []
    assert window.commitment_mode.badge.count() == 0
    assert window.commitment_mode.pane.placeholder.isVisibleTo(window.commitment_mode.pane)
    # The follow-up links back to the original ...
    link = window.commitment_mode.editor_link
    assert link.list.follows.isVisibleTo(link.list)
    assert f'href="entry:{entry.id}"' in link.list.follows.text()
    # ... and the original lists the commitment with how it went and a link to the follow-up.
    link.list.entry_requested.emit(entry.id)
    assert window.editor.current_entry_id() == entry.id
    (line,) = link.list.lines()
    outcome = {"kept": "Kept", "changed": "Changed", "dropped": "Dropped"}[status.value]
    assert outcome in line.text()
    assert "Det tog to møder" in line.text()
    assert f'href="entry:{follow_up.id}"' in line.text()
    assert link.list.close_buttons() == []


def test_a_follow_up_not_wanted_now_stays_closed(qtbot, context, dialogs, main_window) -> None:  # type: ignore[no-untyped-def]
    entry = context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    made = context.commitments.add(entry.id, "Ringe")
    main_window.open_entry(entry.id)
    link = main_window.commitment_mode.editor_link
    (button,) = link.list.close_buttons()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _close_dialog(main_window)
    dialog.choices[CommitmentStatus.DROPPED].setChecked(True)
    dialogs.confirm_answer = False
    dialog.accept()
    assert context.commitments.get(made.id).status is CommitmentStatus.DROPPED
    assert main_window.editor.current_entry_id() == entry.id  # still where the user was
    assert link.list.close_buttons() == []


def test_a_private_entrys_commitment_carries_the_lock(qtbot, context, main_window) -> None:  # type: ignore[no-untyped-def]
    journal = context.journal
    private = journal.create_entry(
        EntryDraft(day=dt.date(2026, 11, 2), title="Om Søren", private=True)
    )
    public = journal.create_entry(EntryDraft(day=dt.date(2026, 11, 3), title="Netværket"))
    context.commitments.add(private.id, "Tale med Søren", dt.date(2026, 11, 5))
    context.commitments.add(public.id, "Invitere kommunen", dt.date(2026, 11, 6))
    pane = main_window.commitment_mode.pane
    main_window.commitment_mode.show_pane()
    locks = {row.commitment.text: row.lock.isVisibleTo(row) for row in pane.list.rows()}
    assert locks == {"Tale med Søren": True, "Invitere kommunen": False}
    private_row = pane.list.rows()[0]
    assert private_row.accessibleName().startswith("Private.")
    # Making the other entry private marks its commitment too, at once.
    journal.update_entry(public.id, replace(public.to_draft(), private=True))
    assert all(row.lock.isVisibleTo(row) for row in pane.list.rows())


def test_the_entry_link_opens_the_entry(qtbot, context, main_window) -> None:  # type: ignore[no-untyped-def]
    first = context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 2), title="Møde"))
    context.journal.create_entry(EntryDraft(day=dt.date(2026, 11, 3), title="Andet"))
    context.commitments.add(first.id, "Ringe")
    main_window.commitment_mode.show_pane()
    (row,) = main_window.commitment_mode.pane.list.rows()
    assert 'href="entry:' in row.source.text() and "Møde" in row.source.text()
    row.source.linkActivated.emit(f"entry:{first.id}")
    assert main_window.editor.current_entry_id() == first.id
