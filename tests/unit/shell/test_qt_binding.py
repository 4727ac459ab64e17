"""The installed Qt binding keeps Python's reference counts: a broken release fails here.

PySide6 6.12.0 under Python < 3.12 took one reference from None on every Qt call that
returns nothing; after a few thousand calls the interpreter aborted ("deallocating None")
in the middle of a session. pyproject.toml keeps that release out; this test checks any
version that comes in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer


def test_void_qt_calls_leave_none_alone() -> None:
    target = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(5000):
        target.setObjectName("refleks")
        timer.stop()
    assert sys.getrefcount(None) - before > -100
