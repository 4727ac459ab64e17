"""A cheaper answer to PySide's question, after every import, "does this module use PySide?".

Once PySide6 is loaded, its import hook asks that of each newly imported module, to give
modules that use Qt their `__feature__` default (PYSIDE-2029). It answers by reading the
module's whole source text (`inspect.getsource`), which also keeps every line in
`linecache`: measured here, importing SQLAlchemy's ORM after Qt took 0.42 s and 46 MiB
instead of 0.30 s and 32 MiB before it. Refleks imports most of its modules (and
SQLAlchemy) after Qt, so `answer_from_module_contents` replaces that reading with a look
at what the module holds: a module that imports Qt at its top holds something from it
(a test checks ours). Refleks uses no `__feature__` (snake_case, true_property), so a
module taken for one without Qt loses nothing here.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
_PYSIDE_PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """True when `module` holds a PySide module, or a class or function from one."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            name = value.__name__
        else:
            name = getattr(value, "__module__", None)
            if not isinstance(name, str):
                continue
        if name.startswith(_PYSIDE_PREFIXES):
            return True
    return False


def answer_from_module_contents() -> bool:
    """Make PySide's import hook use `uses_pyside`; False when this PySide has no such hook.

    Loads shiboken (which installs the hook) if it is not loaded yet.
    """
    import shiboken6  # noqa: F401

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
