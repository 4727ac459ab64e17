"""The built bundle and .deb (`make bundle`), tried as a user would: `make test-bundle`.

The one-folder app runs with a clean environment (no venv, no checkout on any path),
saves an entry, lists it, and opens its window under Xvfb. The .deb installs with apt,
starts from its menu entry's Exec command, and is removed without leaving files behind.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.desktop_entry import APP_ID
from app.version import __version__

pytestmark = [pytest.mark.bundle, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
DIST = REPO_ROOT / "packaging" / "dist"
BUNDLE = DIST / "refleks" / "refleks"
TITLE = "Efter mødet"


def _needed(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is missing: run scripts/install-system-deps.sh bundle as root")
    return found


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not BUNDLE.is_file():
        pytest.fail("no bundle in packaging/dist: run `make bundle` (or `make test-bundle`)")
    return BUNDLE


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb server without access control, so a clean environment can reach it."""
    _needed("Xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` with PATH, HOME and a display leaves: nothing of the venv or checkout."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), **extra}


def run(
    command: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=env, input=stdin, capture_output=True, text=True, timeout=120, cwd=env["HOME"]
    )


def window_is_painted(command: list[str], env: dict[str, str]) -> bool:
    """Start `command`, wait for its window, count its colours, quit with Ctrl+Q.

    True when the window showed more than a few colours (a blank window has one).
    """
    xdotool = _needed("xdotool")
    x_env = {"DISPLAY": env["DISPLAY"], "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen(
        command, env=env, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        # --sync waits until a visible window of that process exists; the timeout bounds it.
        found = subprocess.run(
            [xdotool, "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
            env=x_env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        window = found.stdout.split()[0]
        name = subprocess.run(
            [xdotool, "getwindowname", window],
            env=x_env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Refleks" in name
        counted = subprocess.run(
            [_needed("import"), "-window", window, "-format", "%k", "info:"],
            env=x_env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        colours = int(counted.stdout.strip())
        # Quit as a user would: Ctrl+Q, once the window has the keyboard focus. The menu
        # action is live only once the journal is open behind the first paint, so the keys
        # are sent again until the process ends (bounded: 30 tries).
        for _ in range(30):
            subprocess.run(
                [xdotool, "windowfocus", "--sync", window],
                env=x_env,
                capture_output=True,
                timeout=30,
            )
            subprocess.run([xdotool, "key", "ctrl+q"], env=x_env, capture_output=True, timeout=30)
            try:
                returncode = process.wait(timeout=2)
                break
            except subprocess.TimeoutExpired:
                continue
        else:
            pytest.fail("Refleks did not quit on Ctrl+Q")
        assert returncode == 0
        return colours > 20
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_bundle_runs_without_the_venv(bundle: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    done = run([str(bundle), "--version"], env)
    assert (done.returncode, done.stdout) == (0, f"refleks {__version__}\n")
    done = run([str(bundle), "new", "--title", TITLE], env, stdin="Det gik bedre end ventet.\n")
    assert done.returncode == 0, done.stderr
    done = run([str(bundle), "list"], env)
    assert done.returncode == 0, done.stderr
    assert TITLE in done.stdout
    journal = tmp_path / "home" / ".local" / "share" / "Refleks" / "journal.db"
    assert journal.is_file()


def test_the_bundle_carries_qts_danish_and_its_own_files(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    assert (inside / "PySide6" / "Qt" / "translations" / "qtbase_da.qm").is_file()
    for name in ("refleks_da.qm", "refleks_en.qm", "qt_extra_da.qm"):
        assert (inside / "resources" / "translations" / name).is_file()
    assert (inside / "models" / "migrations" / "versions").is_dir()
    assert not list(inside.rglob("libQt6Quick.so*"))  # the QML stack stays out


def test_the_bundles_window_opens_and_paints(bundle: Path, display: str, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = run(
        [str(bundle), "new", "--title", TITLE],
        {**env, "QT_QPA_PLATFORM": "offscreen"},
        stdin="Set i vinduet.\n",
    )
    assert done.returncode == 0, done.stderr
    assert window_is_painted([str(bundle)], env)


@pytest.fixture
def installed_deb() -> Iterator[Path]:
    (deb,) = DIST.glob("refleks_*.deb") or pytest.fail("no .deb: run `make bundle`")
    if os.geteuid() != 0:
        pytest.fail("installing the .deb needs root (as on CI): run `sudo make test-bundle`")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(
        ["apt-get", "install", "-y", "-qq", f"./{deb.name}"],
        cwd=DIST,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    try:
        yield deb
    finally:
        subprocess.run(
            ["apt-get", "remove", "-y", "-qq", "refleks"], env=env, capture_output=True, timeout=600
        )


def test_the_deb_installs_starts_from_its_menu_entry_and_is_removed(
    installed_deb: Path, display: str, tmp_path: Path
) -> None:
    entry = Path("/usr/share/applications") / f"{APP_ID}.desktop"
    checked = subprocess.run([_needed("desktop-file-validate"), str(entry)], capture_output=True)
    assert checked.returncode == 0
    (exec_line,) = [ln for ln in entry.read_text().splitlines() if ln.startswith("Exec=")]
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert Path("/usr/bin/refleks").resolve() == Path("/opt/refleks/refleks")
    assert Path(f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png").is_file()

    env = clean_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = run(
        [*command, "new", "--title", TITLE],
        {**env, "QT_QPA_PLATFORM": "offscreen"},
        stdin="Fra pakken.\n",
    )
    assert done.returncode == 0, done.stderr
    assert window_is_painted(command, env)
    done = run([*command, "list"], {**env, "QT_QPA_PLATFORM": "offscreen"})
    assert TITLE in done.stdout

    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(
        ["apt-get", "remove", "-y", "-qq", "refleks"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    left = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "refleks"], capture_output=True, text=True
    )
    assert "installed" not in left.stdout.replace("not-installed", "")
    assert not Path("/opt/refleks").exists()
    assert not Path("/usr/bin/refleks").exists()
    assert not entry.exists()
