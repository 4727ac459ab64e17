"""Preferences → Security after a conversion that did not reach every backup.

The journal is encrypted, but a backup could not follow it (the disk filled up): the page
must not call the journal simply encrypted, must offer to finish, and the window must
still ask for the passphrase when it locks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app.security.conversion as conversion
from app.journal.backups import BackupService, list_backups
from app.journal.context import JournalContext
from app.journal.instance_lock import InstanceLock
from app.security import KdfParams
from app.security.leftovers import plaintext_copies
from app.security.unlock import JournalCipherState, cipher_state
from ui.preferences.security_page import SecurityPage
from ui.shell.journal_session import JournalLifecycle
from ui.shell.startup_flow import OpenedJournal

PASSPHRASE = "correct horse battery"


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


def test_a_backup_left_plain_is_shown_and_finished_from_the_page(
    qtbot, session, context: JournalContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    paths = context.paths
    BackupService(database=context.database, folder=paths.backups).backup_now("manual")
    real = conversion.create_private_file

    def full_in_backups(path: Path) -> None:
        if path.parent == paths.backups:
            raise OSError(28, "No space left on device")
        real(path)

    monkeypatch.setattr(conversion, "create_private_file", full_in_backups)
    page = SecurityPage(session=session)
    qtbot.addWidget(page)
    page.ask = lambda **_: ("", PASSPHRASE)  # type: ignore[method-assign]

    assert not page.set_passphrase()
    assert "could not follow" in page.result.text()
    assert cipher_state(paths.journal) is JournalCipherState.ENCRYPTED
    assert session.auto_lock._unlock is not None  # locking still asks for the passphrase
    page.refresh()
    assert "not encrypted with its passphrase yet" in page.status.text()
    assert page.finish_button.isVisibleTo(page)
    assert not page.change_button.isVisibleTo(page)

    monkeypatch.setattr(conversion, "create_private_file", real)
    page.finish_button.click()
    assert "1 more backup" in page.result.text()
    assert plaintext_copies(paths) == []
    assert all(backup.encrypted for backup in list_backups(paths.backups))
    assert not page.finish_button.isVisibleTo(page)
    assert page.status.text() == "Your journal is encrypted with a passphrase."
