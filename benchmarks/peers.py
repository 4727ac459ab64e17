"""Refleks and jrnl side by side: the same question asked of the same entries, per process.

Both sides are timed the same way: a whole process from spawn to exit, output to a file,
warm file cache (one untimed run first), median of several runs. Each pair names the
Refleks command line and the jrnl command line it is compared with.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import jrnl_side
from benchmarks.datasets import Prepared
from benchmarks.measure import checked, run_process, summarize

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Pair:
    name: str
    refleks: Callable[[Path], list[str]]  # given a scratch output folder
    jrnl: list[str]
    floor: float | None = None  # the largest allowed Refleks/jrnl ratio, when the issue sets one


def _refleks(prepared: Prepared, *args: str) -> list[str]:
    return [sys.executable, "main.py", "--data-dir", str(prepared.paths.root), *args]


def pairs(prepared: Prepared) -> list[Pair]:
    def cli(*args: str) -> Callable[[Path], list[str]]:
        return lambda _out: _refleks(prepared, *args)

    def json_export(out: Path) -> list[str]:
        return _refleks(prepared, "export", "--format", "json", "--output", str(out / "b.json"))

    def markdown_export(out: Path) -> list[str]:
        # Set the last output aside instead of deleting it now (see exports.markdown_folder).
        target = out / "markdown"
        if target.exists():
            target.rename(out / f"markdown-done-{uuid.uuid4().hex}")
        return _refleks(prepared, "export", "--format", "markdown-folder", "--output", str(target))

    return [
        Pair("newest 10", cli("list", "--limit", "10"), ["-n", "10"]),
        Pair("tag filter", cli("list", "--tag", "dilemma:control"), ["@control"]),
        Pair("contains word", cli("list", "--search", "kontrol"), ["-contains", "kontrol"]),
        Pair("json export", json_export, ["--format", "json"], floor=0.2),
        Pair("markdown export", markdown_export, ["--format", "markdown"], floor=0.6),
    ]


def _timed(
    command_for: Callable[[], list[str]], env: dict[str, str], out: Path, *, runs: int, what: str
) -> dict[str, Any]:
    checked(run_process(command_for(), env=env, cwd=REPO_ROOT, stdout_file=out), what)
    samples = []
    for _ in range(runs):
        run = checked(run_process(command_for(), env=env, cwd=REPO_ROOT, stdout_file=out), what)
        samples.append(run.seconds)
    return summarize(samples)


def compare(prepared: Prepared, *, runs: int, available: set[str]) -> dict[str, Any]:
    """Time every pair whose Refleks command exists (`available`) and jrnl is installed."""
    if jrnl_side.jrnl_executable() is None:
        return {"skipped": "jrnl is not installed (pip install -e '.[bench]')"}
    scratch = prepared.folder / "scratch" / "peers"
    scratch.mkdir(parents=True, exist_ok=True)
    jrnl_env = jrnl_side.jrnl_env(prepared.folder / "jrnl")
    refleks_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results: dict[str, Any] = {}
    for pair in pairs(prepared):
        command = pair.refleks(scratch)
        needed = command[4] if len(command) > 4 else ""
        if needed not in available:
            results[pair.name] = {"skipped": f"`main.py {needed}` is not there yet"}
            continue
        try:
            refleks = _timed(
                lambda pair=pair: pair.refleks(scratch),
                refleks_env,
                scratch / "refleks.out",
                runs=runs,
                what=" ".join(command[2:]),
            )
        except RuntimeError as error:
            results[pair.name] = {"skipped": str(error)}
            continue
        jrnl = _timed(
            lambda pair=pair: jrnl_side.jrnl_command(prepared.jrnl_config, *pair.jrnl),
            jrnl_env,
            scratch / "jrnl.out",
            runs=runs,
            what="jrnl " + " ".join(pair.jrnl),
        )
        results[pair.name] = {
            "refleks_command": "main.py " + " ".join(command[4:]),
            "jrnl_command": "jrnl " + " ".join(pair.jrnl),
            "refleks": refleks,
            "jrnl": jrnl,
            "ratio": refleks["median"] / jrnl["median"],
            "floor": pair.floor,
        }
    return results
