"""What makes Refleks an installable app: one version, the icon on every window, the menu entry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.desktop_entry import APP_ID, ICON_SIZES, desktop_exec, installed_files
from app.resources import resource_path
from app.version import __version__

REPO_ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_the_version_is_written_once_and_printed() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "app.version.__version__"
    }
    assert project["project"]["scripts"] == {"refleks": "ui.shell.launch:main"}
    done = _run("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"refleks {__version__}\n", "")


def test_the_icon_is_on_the_application_and_so_on_its_dialogs() -> None:
    probe = (
        "from PySide6.QtWidgets import QDialog, QMessageBox\n"
        "from ui.shell.application import create_application\n"
        "app = create_application(['refleks'])\n"
        "icon = app.windowIcon()\n"
        "print(sorted({s.width() for s in icon.availableSizes()}))\n"
        "print(QDialog().windowIcon().cacheKey() == icon.cacheKey())\n"
        "print(QMessageBox().windowIcon().cacheKey() == icon.cacheKey())\n"
        "print(icon.pixmap(20, 20).isNull())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    sizes, dialog, message_box, null_pixmap = done.stdout.splitlines()
    assert sizes == str(list(ICON_SIZES))
    assert (dialog, message_box, null_pixmap) == ("True", "True", "False")


def test_every_shipped_icon_exists_in_its_size() -> None:
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(resource_path("icons", "png", f"refleks-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
    assert resource_path("icons", "refleks.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert resource_path("icons", "refleks.icns").read_bytes()[:4] == b"icns"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: run scripts/install-system-deps.sh offscreen as root")
    return found


def test_the_desktop_entry_and_metainfo_validate() -> None:
    desktop = resource_path("desktop", f"{APP_ID}.desktop")
    checked = subprocess.run(
        [_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout) == (0, "")
    metainfo = resource_path("desktop", f"{APP_ID}.metainfo.xml")
    checked = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout


def test_install_and_uninstall_the_menu_entry(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = _run("--install-desktop-entry", env=env)
    assert done.returncode == 0, done.stderr
    placed = installed_files(tmp_path / "share")
    assert all(target.is_file() for target in placed)
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = [
        ln for ln in entry.read_text(encoding="utf-8").splitlines() if ln.startswith("Exec=")
    ]
    assert exec_line == [f"Exec={desktop_exec([sys.executable, str(REPO_ROOT / 'main.py')])}"]
    checked = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout) == (0, "")

    done = _run("--uninstall-desktop-entry", env=env)
    assert (done.returncode, done.stdout) == (
        0,
        "Refleks is no longer in your applications menu.\n",
    )
    assert not any(target.exists() for target in placed)


def test_installing_the_menu_entry_where_it_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocked = tmp_path / "share"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    done = _run("--install-desktop-entry", env={**os.environ, "XDG_DATA_HOME": str(blocked)})
    assert done.returncode == 2
    assert done.stderr.startswith("refleks: error: could not change the menu entry:")
    assert len(done.stderr.splitlines()) == 1


def test_the_exec_key_quotes_what_the_spec_reserves() -> None:
    assert desktop_exec(["/opt/refleks/refleks"]) == "/opt/refleks/refleks"
    assert (
        desktop_exec(["/home/a b/bin/python", "/x/main.py"]) == '"/home/a b/bin/python" /x/main.py'
    )
    assert desktop_exec(['/s$"x']) == '"/s\\$\\"x"'
    assert desktop_exec(["/50%/r"]) == "/50%%/r"
