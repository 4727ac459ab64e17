"""The open journal's session: passphrase set/changed/removed from Preferences while the
window keeps working, Back Up Now, Restore over the live journal, backup on close."""

from __future__ import annotations

import pytest

import app.security.conversion as conversion
from app.journal.backups import list_backups
from app.journal.context import JournalContext
from app.journal.instance_lock import InstanceLock
from app.security import KdfParams, WrongPassphraseError, unlock_key
from app.security.unlock import JournalCipherState, cipher_state
from ui.preferences.security_page import SecurityPage
from ui.shell.journal_session import JournalLifecycle, back_up_now
from ui.shell.startup_flow import OpenedJournal
from ui.window.start_page import FREE

FIRST = "correct horse battery"
SECOND = "a brand new phrase"


@pytest.fixture
def session(main_window, context: JournalContext, monkeypatch):  # type: ignore[no-untyped-def]
    fast = KdfParams.fresh(time_cost=1, memory_kib=8192)
    monkeypatch.setattr(conversion.KdfParams, "fresh", classmethod(lambda cls, **_: fast))
    lock = InstanceLock(context.paths.lock)
    assert lock.try_acquire()
    made = JournalLifecycle(OpenedJournal(context.paths, context, lock), main_window)
    yield made
    made.auto_lock.stop()
    made.server.close()
    lock.release()


def write(window, qtbot, title: str) -> int:  # type: ignore[no-untyped-def]
    window.start_page.buttons[
        FREE
    ].click() if window.right.currentWidget() is window.start_page else window.new_entry()
    qtbot.keyClicks(window.editor.header.title_edit, title)
    assert window.save_all()
    return window.editor.current_entry_id()


def test_passphrase_from_preferences_while_the_window_works(
    qtbot, main_window, session, context
) -> None:  # type: ignore[no-untyped-def]
    assert main_window.session is session
    write(main_window, qtbot, "Før kryptering")
    page = SecurityPage(session=session)
    qtbot.addWidget(page)
    page.refresh()
    assert page.set_button.isVisibleTo(page) and not page.change_button.isVisibleTo(page)

    page.ask = lambda **_: ("", FIRST)  # type: ignore[method-assign]
    assert page.set_passphrase()
    assert cipher_state(context.paths.journal) is JournalCipherState.ENCRYPTED
    assert "encrypted" in page.result.text()
    assert page.change_button.isVisibleTo(page)
    entry_id = write(main_window, qtbot, "Efter kryptering")
    assert context.journal.get_entry(entry_id).title == "Efter kryptering"
    assert session.auto_lock._unlock is not None

    page.ask = lambda **_: ("not the passphrase", SECOND)  # type: ignore[method-assign]
    assert not page.change_passphrase()
    assert "does not open" in page.result.text()
    page.ask = lambda **_: (FIRST, SECOND)  # type: ignore[method-assign]
    assert page.change_passphrase()
    with pytest.raises(WrongPassphraseError):
        unlock_key(context.paths.journal, FIRST)
    assert unlock_key(context.paths.journal, SECOND) == context.database.key

    page.ask = lambda **_: (SECOND, "")  # type: ignore[method-assign]
    assert page.remove_passphrase()
    assert cipher_state(context.paths.journal) is JournalCipherState.PLAIN
    assert context.journal.count() == 2


def test_back_up_now_and_restore_the_live_journal(
    qtbot, main_window, session, context, dialogs
) -> None:  # type: ignore[no-untyped-def]
    write(main_window, qtbot, "Beholdes")
    back_up_now(main_window)
    assert dialogs.errors == []
    backup = next(b for b in list_backups(context.paths.backups) if b.kind == "manual")
    write(main_window, qtbot, "Skrevet efter backup")
    assert context.journal.count() == 2
    message = session.restore(backup)
    assert "kept as the backup" in message
    assert [s.title for s in context.journal.all_matching()] == ["Beholdes"]
    kinds = {b.kind for b in list_backups(context.paths.backups)}
    assert "pre-restore" in kinds
    # the window goes on working over the restored file
    write(main_window, qtbot, "Efter gendannelse")
    assert context.journal.count() == 2


def test_closing_the_session_backs_up_and_frees_the_lock(
    qtbot, main_window, session, context
) -> None:  # type: ignore[no-untyped-def]
    write(main_window, qtbot, "Sidste")
    main_window.close()
    session.close()
    assert any(b.kind == "auto" for b in list_backups(context.paths.backups))
    lock = InstanceLock(context.paths.lock)
    assert lock.try_acquire()
    lock.release()


def test_locking_closes_an_encrypted_journal_until_the_passphrase(  # type: ignore[no-untyped-def]
    qtbot, main_window, session, context
) -> None:
    page = SecurityPage(session=session)
    qtbot.addWidget(page)
    page.ask = lambda **_: ("", FIRST)  # type: ignore[method-assign]
    assert page.set_passphrase()
    write(main_window, qtbot, "Hemmelig")
    key = context.database.key
    session.auto_lock.lock()
    assert session.locked and context.database.key is None
    assert session.encrypted
    screen = session.auto_lock.screen
    qtbot.keyClicks(screen.passphrase, FIRST)
    with qtbot.waitSignal(session.auto_lock.unlocked):
        screen.try_unlock()
    assert context.database.key == key
    assert [s.title for s in context.journal.all_matching()] == ["Hemmelig"]


def test_a_restore_brings_every_pane_up_to_date(qtbot, main_window, session, context) -> None:  # type: ignore[no-untyped-def]
    """The restore only publishes that the journal was replaced; each pane reads it again."""
    import datetime as dt

    from app.courses.service import CourseService, ModuleSpec
    from app.records import EntryDraft

    past = dt.date.today() - dt.timedelta(days=10)
    CourseService(journal=context.journal).create_course("Forløb", [ModuleSpec("Modul 1", past)])
    mode = main_window.course_mode
    qtbot.waitUntil(lambda: len(mode.timeline_link.suggestion.pending) == 1)
    postcard = context.journal.create_entry(
        EntryDraft(day=past, title="Postkort", template_key="postcard")
    )
    qtbot.waitUntil(lambda: mode.timeline_link.suggestion.pending == [])
    back_up_now(main_window)
    backup = next(b for b in list_backups(context.paths.backups) if b.kind == "manual")
    context.journal.trash_entry(postcard.id)
    context.journal.purge_entry(postcard.id)
    qtbot.waitUntil(lambda: len(mode.timeline_link.suggestion.pending) == 1)
    assert main_window.timeline.model.row_of_entry(postcard.id) is None

    session.restore(backup)

    qtbot.waitUntil(lambda: mode.timeline_link.suggestion.pending == [])
    assert mode.start_suggestion.pending == []
    assert main_window.timeline.model.row_of_entry(postcard.id) is not None
