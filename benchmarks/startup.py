"""Start to first painted timeline, as a whole process, offscreen and under Xvfb.

The child prints `PAINTED <epoch seconds>` when its list first paints; the figure is that
moment minus the moment just before the spawn, so interpreter start, imports and the
first page all count. Refleks then prints `READY` once the journal is open in the whole
window (menus, editor, filters; it paints a plain journal's first page before opening it,
see ui/timeline/preview.py) and quits: that is the second figure, and peak RSS (from
wait4) covers the whole start up to it.
Under Xvfb one X server is started for the whole run (as `xvfb-run` would per command),
so the server's own start-up is not charged to the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.measure import ProcessRun, checked, run_process, summarize

REPO_ROOT = Path(__file__).resolve().parent.parent
PAINT_ENV = "REFLEKS_BENCH_EXIT_AFTER_PAINT"
FIRST_PAGE = 200


@contextmanager
def xvfb_display() -> Iterator[dict[str, str]]:
    """A private Xvfb server for the duration; yields the environment to reach it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start; is the xvfb package installed?")
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def stamp(run: ProcessRun, what: str) -> float | None:
    for line in run.stdout.splitlines():
        if line.startswith(f"{what} "):
            return float(line.split()[1])
    return None


def painted_at(run: ProcessRun) -> float:
    found = stamp(run, "PAINTED")
    if found is None:
        raise RuntimeError("the process quit without painting: " + run.stderr.strip()[-400:])
    return found


def _measure(command: list[str], env: Mapping[str, str], *, runs: int, what: str) -> dict[str, Any]:
    checked(run_process(command, env=env, cwd=REPO_ROOT), what)  # warm the file cache
    seconds: list[float] = []
    ready: list[float] = []
    rss: list[float] = []
    for _ in range(runs):
        run = checked(run_process(command, env=env, cwd=REPO_ROOT), what)
        seconds.append(painted_at(run) - run.started)
        ready_at = stamp(run, "READY")
        if ready_at is not None:
            ready.append(ready_at - run.started)
        rss.append(run.max_rss_mib)
    figures = {"start": summarize(seconds), "rss": summarize(rss, unit="MiB")}
    if ready:
        figures["ready"] = summarize(ready)
    return figures


def base_env(platform_env: Mapping[str, str], home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(platform_env)
    # Settings and caches of the measured app go to a private home, not the user's.
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"))
    env["LANG"] = "da_DK.UTF-8"
    return env


def refleks_start(
    data_dir: Path, platform_env: Mapping[str, str], home: Path, *, runs: int
) -> dict[str, Any]:
    env = base_env(platform_env, home)
    env[PAINT_ENV] = "1"
    command = [sys.executable, "main.py", "--data-dir", str(data_dir)]
    return _measure(command, env, runs=runs, what="Refleks start")


def bare_start(
    journal: Path, platform_env: Mapping[str, str], home: Path, *, runs: int
) -> dict[str, Any]:
    env = base_env(platform_env, home)
    command = [sys.executable, "-m", "benchmarks.bare_qt", str(journal), str(FIRST_PAGE)]
    return _measure(command, env, runs=runs, what="bare Qt list")
