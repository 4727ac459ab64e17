"""The wheel, installed into a fresh venv outside the checkout, gives a working `refleks`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.version import __version__

REPO_ROOT = Path(__file__).resolve().parents[2]


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no venv of ours: only what an installed command would see."""
    keep = ("PATH", "LANG", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


@pytest.mark.slow
def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), "."],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("refleks-*.whl")
    assert wheel.name.startswith(f"refleks-{__version__}-")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = _clean_env(tmp_path / "home")
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    refleks = str(venv / "bin" / "refleks")

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [refleks, *args],
            cwd=tmp_path,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )

    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"refleks {__version__}\n")
    data = str(tmp_path / "data")
    done = run("--data-dir", data, "list")
    assert (done.returncode, done.stderr) == (0, "")
    done = run("--data-dir", data, "new", "--title", "Fra hjulet", stdin="Installeret.\n")
    assert done.returncode == 0, done.stderr
    done = run("--data-dir", data, "list")
    assert done.returncode == 0 and "Fra hjulet" in done.stdout
    # Built in templates and translations came along as package data, not from the checkout.
    done = run("--data-dir", data, "templates")
    assert done.returncode == 0 and "postcard" in done.stdout
    probe = (
        "import pathlib, app.resources as r, ui.shell.i18n as i; "
        "qt = pathlib.Path(i.qt_translations_dir(), 'qtbase_da.qm').is_file(); "
        "print(r.resource_path('translations', 'qt_extra_da.qm').is_file(), qt, "
        "i.TRANSLATIONS_DIR)"
    )
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    ours, qts, folder = done.stdout.split()
    assert (ours, qts) == ("True", "True")  # Qt's Danish dialogs come with PySide6's wheel
    assert Path(folder).is_relative_to(venv) and not Path(folder).is_relative_to(REPO_ROOT)
