"""`python -m benchmarks`: generate the journals, measure, print the table, write JSON.

    .venv/bin/python -m benchmarks            # full run: 1k, 10k, 100k (~10–15 min, 2 cores)
    .venv/bin/python -m benchmarks --quick    # 1k and 10k, fewer repeats (~3 min)
    .venv/bin/python -m benchmarks --only startup,search

Results go to benchmarks/results/run-<time>.json (git-ignored); `--save-latest` also
writes benchmarks/latest.json, the representative run committed with the README table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SECTIONS = (
    "startup",
    "search",
    "entry",
    "summary",
    "insights",
    "backup",
    "markdown",
    "jrnl",
    "sync",
    "bundle",
)
HERE = Path(__file__).resolve().parent


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    os_name = platform.platform()
    release = Path("/etc/os-release")
    if release.exists():
        for line in release.read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    import sqlite3

    import PySide6
    import sqlalchemy

    from benchmarks.jrnl_side import jrnl_executable

    jrnl = jrnl_executable()
    jrnl_version = ""
    if jrnl:
        jrnl_version = subprocess.run(
            [jrnl, "--version"], capture_output=True, text=True, check=False
        ).stdout.split("\n", 1)[0]
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kib / 2**20, 1),
        "os": os_name,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlite3.sqlite_version,
        "jrnl": jrnl_version,
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, fewer repeats")
    parser.add_argument("--sizes", help="comma-separated journal sizes (default 1000,10000,100000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, help="runs per process figure (default 5, quick 3)")
    parser.add_argument("--only", help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--save-latest", action="store_true", help="also write benchmarks/latest.json"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks import datasets, exports, interactive, peers, report, startup

    sizes = [
        int(s)
        for s in (args.sizes or ("1000,10000" if args.quick else "1000,10000,100000")).split(",")
    ]
    runs = args.runs or (3 if args.quick else 5)
    slow_runs = max(1, runs - 2)  # exports and jrnl take seconds each; fewer repeats suffice
    sections = set((args.only or ",".join(SECTIONS)).split(","))
    unknown = sections - set(SECTIONS)
    if unknown:
        print(f"unknown sections: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    _as_installed()
    results: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "seed": args.seed,
        "runs": runs,
        "slow_runs": slow_runs,
        "datasets": {},
        "load_average_before": os.getloadavg(),
    }
    print(
        f"Refleks benchmarks on {results['machine']['cpu']} ({results['machine']['nproc']} cores)"
    )
    prepared = {}
    for size in sizes:
        print(f"dataset {size:,} …", flush=True)
        prepared[size] = datasets.prepare(size, seed=args.seed)
        results["datasets"][str(size)] = prepared[size].info
    main_size = 10000 if 10000 in prepared else max(prepared)
    main_set = prepared[main_size]
    results["main_size"] = main_size

    if "startup" in sections:
        results["startup"] = {}
        home = main_set.folder.parent / "home"
        for name, display in (("offscreen", None), ("xvfb", startup.xvfb_display)):
            print(f"start-up, {name} …", flush=True)
            if display is None:
                results["startup"][name] = _startups(startup, prepared, main_set, {}, home, runs)
            else:
                with display() as env:
                    results["startup"][name] = _startups(
                        startup, prepared, main_set, env, home, runs
                    )
    if "bundle" in sections:
        from benchmarks import bundle

        if bundle.bundle_program() is None:
            print("bundle: not built (make bundle); skipped", flush=True)
        else:
            print("bundle beside source start, xvfb …", flush=True)
            with startup.xvfb_display() as env:
                results["bundle"] = bundle.compare(
                    main_set.paths.root, env, main_set.folder.parent / "home", runs=runs
                )
            print("\n".join(bundle.plain_lines(results["bundle"])), flush=True)
    if "search" in sections:
        print("search as you type …", flush=True)
        # At 10k and at 100k (issue 13's floors: p95 ≤ 30 ms and ≤ 60 ms).
        results["search"] = {
            str(size): interactive.search(data, repeats=10 if args.quick else 20)
            for size, data in prepared.items()
            if size >= 10_000 or size == main_size
        }
    if "entry" in sections:
        print("open and save …", flush=True)
        results["entry"] = interactive.open_and_save(main_set, repeats=50 if args.quick else 200)
    if "summary" in sections:
        print("coaching summaries …", flush=True)
        results["summary"] = exports.summaries(main_set, runs=slow_runs)
    if "insights" in sections:
        from benchmarks import insights

        print("insights: the view's computation and `insights --format json` …", flush=True)
        results["insights"] = insights.measure(prepared, runs=runs)
    if "backup" in sections:
        print("JSON backup export and import …", flush=True)
        results["backup"] = exports.backup_round_trip(main_set, runs=slow_runs)
    if "markdown" in sections:
        print("Markdown folder …", flush=True)
        results["markdown_folder"] = exports.markdown_folder(main_set, runs=slow_runs)
    if "jrnl" in sections:
        print("side by side with jrnl …", flush=True)
        results["jrnl"] = peers.compare(main_set, runs=slow_runs, available={"list", "export"})
    if "sync" in sections:
        from benchmarks import sync

        print("sync through a folder …", flush=True)
        results["sync"] = sync.measure(main_set, runs=runs)
    if sections & {"markdown", "jrnl"}:
        exports.remove_markdown_outputs(main_set)  # only now: see exports.markdown_folder
    results["total_s"] = round(time.perf_counter() - began, 1)
    # Other work on the machine skews absolute figures; the ratios within a run hold better.
    results["load_average_after"] = os.getloadavg()

    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = out_dir / f"run-{stamp}.json"
    text = json.dumps(results, indent=1, ensure_ascii=False, default=str)
    path.write_text(text + "\n", encoding="utf-8")
    if args.save_latest:
        (HERE / "latest.json").write_text(text + "\n", encoding="utf-8")
    print()
    print(report.plain_table(results))
    print(f"\n{results['total_s']} s in all; results in {path}")
    return 0


def _as_installed() -> None:
    """Measure processes as an installed app runs: with its modules' bytecode cached.

    With PYTHONDONTWRITEBYTECODE set (some CI and container images set it), every measured
    process would compile the app's ~200 modules from source again, a few tenths of a
    second no user pays after the first start. The measured children inherit this
    environment, so the variable is dropped and the bytecode written once up front.
    """
    import compileall

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    for folder in ("app", "models", "ui", "benchmarks"):
        compileall.compile_dir(HERE.parent / folder, quiet=1)
    compileall.compile_file(HERE.parent / "main.py", quiet=1)


def _startups(
    startup: Any, prepared: dict, main_set: Any, env: dict, home: Path, runs: int
) -> dict:
    block: dict[str, Any] = {"refleks": {}}
    for size, data in prepared.items():
        block["refleks"][str(size)] = startup.refleks_start(data.paths.root, env, home, runs=runs)
    block["bare"] = startup.bare_start(main_set.paths.journal, env, home, runs=runs)
    return block


if __name__ == "__main__":
    sys.exit(main())
