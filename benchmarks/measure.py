"""Timing primitives: summaries of repeated runs, timed calls, timed child processes.

Every figure the runner reports goes through `summarize`, so each is a median with its
min and max (and p50/p95 where there are enough samples to mean something).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(samples)
    rank = max(1, round(fraction * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def summarize(samples: Sequence[float], *, unit: str = "s") -> dict[str, Any]:
    """Median, min, max, p50, p95 and the raw samples of one measurement."""
    if not samples:
        return {"n": 0, "unit": unit}
    return {
        "n": len(samples),
        "unit": unit,
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "p50": percentile(samples, 0.50),
        "p95": percentile(samples, 0.95),
        "samples": [round(value, 6) for value in samples],
    }


def time_calls(
    action: Callable[[], object], *, runs: int, warmup: int = 1, unit: str = "s"
) -> dict[str, Any]:
    """Run `action` `warmup` times untimed, then `runs` times timed."""
    for _ in range(warmup):
        action()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return summarize(samples, unit=unit)


@dataclass(frozen=True)
class ProcessRun:
    """One finished child: wall time, peak RSS and what it printed."""

    started: float  # time.time() just before the spawn
    seconds: float  # wall time until it was reaped
    max_rss_mib: float
    returncode: int
    stdout: str
    stderr: str


def run_process(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdout_file: Path | None = None,
    timeout: float = 300.0,
) -> ProcessRun:
    """Spawn `command`, reap it with wait4 so its own peak RSS is known, and time it.

    Output goes to files, not pipes, so a chatty child never blocks on a full pipe.
    """
    with tempfile.TemporaryDirectory(prefix="refleks-bench-") as scratch:
        out_path = stdout_file or Path(scratch) / "stdout"
        err_path = Path(scratch) / "stderr"
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            started = time.time()
            clock = time.perf_counter()
            process = subprocess.Popen(
                list(command), stdout=out, stderr=err, env=dict(env or os.environ), cwd=cwd
            )
            # A blocking wait4 keeps the clock exact; a timer kills a child that hangs.
            watchdog = threading.Timer(timeout, process.kill)
            watchdog.start()
            try:
                _pid, status, usage = os.wait4(process.pid, 0)
            finally:
                watchdog.cancel()
            seconds = time.perf_counter() - clock
            process.returncode = os.waitstatus_to_exitcode(status)
        stdout = "" if stdout_file else out_path.read_text(encoding="utf-8", errors="replace")
        stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return ProcessRun(
        started=started,
        seconds=seconds,
        max_rss_mib=usage.ru_maxrss / 1024.0,  # Linux reports KiB
        returncode=process.returncode,
        stdout=stdout,
        stderr=stderr,
    )


def checked(run: ProcessRun, what: str) -> ProcessRun:
    if run.returncode != 0:
        tail = (run.stderr or run.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{what} exited with {run.returncode}: " + " | ".join(tail))
    return run
