"""PySide's per-import source scan is answered from module contents, with the same answer
for every module of ours that imports Qt at its top, and without filling linecache."""

from __future__ import annotations

import ast
import importlib
import json
import linecache
import sys
from pathlib import Path

import pytest

from ui.shell.import_scan import FEATURE_MODULE, answer_from_module_contents, uses_pyside

REPO = Path(__file__).resolve().parents[3]


def imports_qt_at_top(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            return True
        if isinstance(node, ast.Import) and any(a.name.startswith("PySide6") for a in node.names):
            return True
    return False


def our_modules() -> list[tuple[str, Path]]:
    found = []
    for folder in ("app", "ui", "models"):
        for path in sorted((REPO / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(REPO).with_suffix("").parts)
            found.append((name.removesuffix(".__init__"), path))
    return found


@pytest.mark.parametrize(("name", "path"), our_modules(), ids=lambda v: str(v))
def test_every_module_that_imports_qt_at_its_top_is_recognised(name: str, path: Path) -> None:
    module = importlib.import_module(name)
    if imports_qt_at_top(path):
        assert uses_pyside(module)


def test_modules_without_qt_are_not_taken_for_qt() -> None:
    import sqlalchemy.orm

    assert not uses_pyside(json)
    assert not uses_pyside(sqlalchemy.orm)


def test_a_module_imported_after_qt_is_not_read_into_linecache(tmp_path: Path) -> None:
    assert answer_from_module_contents()
    assert sys.modules[FEATURE_MODULE]._mod_uses_pyside is uses_pyside
    source = tmp_path / "refleks_scan_probe.py"
    source.write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        # An import statement, as PySide hooks `__import__` (import_module bypasses it).
        namespace: dict[str, object] = {}
        exec("import refleks_scan_probe", namespace)
        module = namespace["refleks_scan_probe"]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("refleks_scan_probe", None)
    assert module.VALUE == 1  # type: ignore[attr-defined]
    assert str(source) not in linecache.cache
    assert sys.modules[FEATURE_MODULE].pyside_feature_dict["refleks_scan_probe"] == 0
