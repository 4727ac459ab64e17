"""Insights: the view's computation and `insights --format json`, at each journal size.

Both count the whole journal by month (the widest range the view offers, and the
command's default), private entries left out:

- the view: `InsightsService.compute`, the one call the Insights view makes per refresh;
- the command: `refleks insights --format json` run in this process (`app.cli.main.run`,
  opening the journal, counting and writing the JSON to /dev/null), and, for reference,
  as a whole process (interpreter start and imports included).

The floors (issue 15): 10k ≤ 150 ms, 100k ≤ 400 ms, for the view and the command.
"""

from __future__ import annotations

import contextlib
import os
import sys
from functools import partial
from typing import Any

from benchmarks.datasets import Prepared
from benchmarks.exports import REPO_ROOT
from benchmarks.measure import checked, run_process, summarize, time_calls


def measure(prepared: dict[int, Prepared], *, runs: int) -> dict[str, Any]:
    from app.insights.records import InsightsRequest
    from app.insights.service import InsightsService
    from app.journal.context import open_journal

    results: dict[str, Any] = {}
    for size, data in sorted(prepared.items()):
        context = open_journal(data.paths)  # upgrades a cached journal to head once
        try:
            service = InsightsService(database=context.database)
            view = time_calls(partial(service.compute, InsightsRequest()), runs=runs * 4)
        finally:
            context.close()
        command = time_calls(partial(_command_in_process, data), runs=runs * 4)
        results[str(size)] = {
            "view": view,
            "json": command,
            "json_process": _command_process(data, runs=runs),
        }
    return results


def _command_in_process(data: Prepared) -> None:
    from app.cli.main import run

    with (
        open(os.devnull, "w", encoding="utf-8") as sink,
        contextlib.redirect_stdout(sink),
    ):
        status = run(["--data-dir", str(data.paths.root), "insights", "--format", "json"])
    if status != 0:
        raise RuntimeError(f"insights exited {status}")


def _command_process(data: Prepared, *, runs: int) -> dict[str, Any]:
    command = [
        sys.executable,
        "main.py",
        "--data-dir",
        str(data.paths.root),
        "insights",
        "--format",
        "json",
    ]
    samples: list[float] = []
    for index in range(runs + 1):  # the first run warms the file cache
        run = checked(run_process(command, env=dict(os.environ), cwd=REPO_ROOT), "insights")
        if index:
            samples.append(run.seconds)
    return summarize(samples)
