"""The bundled app's start beside the source start: the bundle must not start slower than 1.5×.

Both are timed the way benchmarks/startup.py times a start (spawn to first painted
timeline, then READY), on the same journal, display and private home, one after the other
round by round so that other load on the machine falls on both alike. The bundle is the
one-folder PyInstaller build (`make bundle`, packaging/dist/refleks/).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from benchmarks import startup
from benchmarks.measure import summarize

DEFAULT_BUNDLE = startup.REPO_ROOT / "packaging" / "dist" / "refleks" / "refleks"
LIMIT = 1.5  # the bundle's start may take at most this many times the source start


def bundle_program(path: Path = DEFAULT_BUNDLE) -> Path | None:
    return path if path.is_file() else None


def compare(
    data_dir: Path,
    platform_env: Mapping[str, str],
    home: Path,
    *,
    runs: int,
    bundle: Path = DEFAULT_BUNDLE,
) -> dict[str, Any]:
    """Median start of source and bundle over `runs` alternating rounds, and their ratio."""
    env = startup.base_env(platform_env, home)
    env[startup.PAINT_ENV] = "1"
    commands = {
        "source": [sys.executable, "main.py", "--data-dir", str(data_dir)],
        "bundle": [str(bundle), "--data-dir", str(data_dir)],
    }
    starts: dict[str, list[float]] = {name: [] for name in commands}
    ready: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            figures = startup._measure(command, env, runs=1, what=f"{name} start")
            starts[name].extend(figures["start"]["samples"])
            ready[name].extend(figures.get("ready", {}).get("samples", []))
    result: dict[str, Any] = {
        name: {"start": summarize(starts[name]), "ready": summarize(ready[name])}
        for name in commands
    }
    ratio = result["bundle"]["start"]["median"] / result["source"]["start"]["median"]
    result["ratio"] = round(ratio, 3)
    result["limit"] = LIMIT
    result["within_limit"] = ratio <= LIMIT
    result["bundle_mib"] = round(_size(bundle.parent) / 2**20, 1)
    debs = sorted(bundle.parent.parent.glob("refleks_*.deb"))
    if debs:
        result["deb_mib"] = round(debs[-1].stat().st_size / 2**20, 1)
    return result


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def plain_lines(block: Mapping[str, Any]) -> list[str]:
    """The comparison as lines for the printed table."""
    lines = []
    for name in ("source", "bundle"):
        start = block[name]["start"]["median"]
        ready = block[name]["ready"].get("median")
        shown = f"{name:<7} first paint {start * 1000:6.0f} ms"
        if ready is not None:
            shown += f", ready {ready * 1000:6.0f} ms"
        lines.append(shown)
    verdict = "within" if block["within_limit"] else "OVER"
    lines.append(f"bundle / source = {block['ratio']:.2f} ({verdict} the {LIMIT}× limit)")
    sizes = f"bundle folder {block['bundle_mib']} MiB"
    if "deb_mib" in block:
        sizes += f", .deb {block['deb_mib']} MiB"
    lines.append(sizes)
    return lines
