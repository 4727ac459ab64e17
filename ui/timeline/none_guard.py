"""Keep None alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12 wheels (abi3, built for 3.10+) give back one reference to None too many
on every call of a Qt method that returns void. Python 3.12 made None immortal, so there
it is harmless; on 3.11 painting a few thousand timeline rows brings None's count to zero
and the interpreter aborts with "Fatal Python error: none_dealloc". Measured: the panel
alone over 10,000 entries aborts within 200 screens of scrolling.

The timeline paints more rows than anything else, so the panel calls `keep_none_alive()`
when it is built; it belongs at process start (the window and the tests) and is harmless
to call more than once.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40  # more void calls than a process can make
_guarded = False


def keep_none_alive() -> None:
    """On Python < 3.12, give None enough references that PySide6 can never use them up."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every object in CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += _SPARE_REFERENCES
    _guarded = True
