"""Exports and imports as a user runs them: whole `main.py export/import` processes.

- the coaching summary of 1,000 entries (a date range chosen so that 1,000 non-private
  entries fall in it) to PDF, Markdown and HTML; a quarter's summary (100 entries) to
  PDF, the realistic case; and one entry with a body at the length limit to PDF (time and
  peak RSS: it must stay bounded);
- the full JSON backup of the journal, and its import into an empty data folder;
- the Markdown-folder export of the whole journal (timed against jrnl in peers.py).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Any

from benchmarks.datasets import Prepared
from benchmarks.measure import checked, run_process, summarize

REPO_ROOT = Path(__file__).resolve().parent.parent
SUMMARY_ENTRIES = 1000
QUARTER_ENTRIES = 100  # a quarter's coaching summary


def range_holding(journal: Path, wanted: int) -> tuple[dt.date, dt.date]:
    """The newest date range whose non-private, untrashed entries number about `wanted`."""
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT day, count(*) FROM entries WHERE trashed_at IS NULL AND is_private = 0 "
            "GROUP BY day ORDER BY day DESC"
        ).fetchall()
    total = 0
    first = last = dt.date.fromisoformat(rows[0][0])
    for day, n in rows:
        total += n
        first = dt.date.fromisoformat(day)
        if total >= wanted:
            break
    return first, last


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _refleks(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "main.py", "--data-dir", str(data_dir), *args]


def _time(
    command: list[str], *, runs: int, what: str, before: Any = None, output: Path | None = None
) -> dict[str, Any]:
    samples: list[float] = []
    crashes: list[int] = []
    for index in range(runs + 1):  # the first run warms the file cache and is not counted
        if before is not None:
            before()
        run = run_process(command, env=_env(), cwd=REPO_ROOT)
        if run.returncode < 0 and output is not None and output.exists() and "Wrote" in run.stdout:
            # The work was done and reported; the process then died on its way out. Count
            # the time, but record the crash so the table can say so.
            crashes.append(run.returncode)
        else:
            checked(run, what)
        if index:
            samples.append(run.seconds)
    result = summarize(samples)
    if crashes:
        result["crashed_at_exit"] = sorted(set(crashes))
    return result


def _summary_command(
    data_dir: Path, fmt: str, target: Path, period: tuple[dt.date, dt.date] | None = None
) -> list[str]:
    dates = ["--from", period[0].isoformat(), "--to", period[1].isoformat()] if period else []
    return _refleks(data_dir, "export", "--format", fmt, *dates, "--output", str(target))


def summaries(prepared: Prepared, *, runs: int) -> dict[str, Any]:
    first, last = range_holding(prepared.paths.journal, SUMMARY_ENTRIES)
    out = prepared.folder / "scratch" / "summary"
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"from": first.isoformat(), "to": last.isoformat()}
    for fmt in ("pdf", "md", "html"):
        target = out / f"summary.{fmt}"
        command = _summary_command(prepared.paths.root, fmt, target, (first, last))
        target.unlink(missing_ok=True)
        results[fmt] = _time(command, runs=runs, what=f"summary {fmt}", output=target)
        results[fmt]["bytes"] = target.stat().st_size
    quarter = range_holding(prepared.paths.journal, QUARTER_ENTRIES)
    target = out / "quarter.pdf"
    target.unlink(missing_ok=True)
    # Short runs: as many as the start-up figures get, for a floor of its own.
    results["quarter_pdf"] = _time(
        _summary_command(prepared.paths.root, "pdf", target, quarter),
        runs=max(runs, 5),
        what="quarter summary pdf",
        output=target,
    )
    results["quarter_pdf"].update(
        {
            "from": quarter[0].isoformat(),
            "to": quarter[1].isoformat(),
            "bytes": target.stat().st_size,
        }
    )
    results["limit_pdf"] = body_at_the_limit(prepared.folder / "scratch" / "limit", runs=1)
    return results


def _prose_at_the_limit(chars: int) -> str:
    """Ordinary Markdown prose (paragraphs, lists, emphasis, a link) of exactly `chars`."""
    paragraph = (
        "Mødet om budgettet gik **anderledes** end ventet, og jeg lod netværket tale "
        "før jeg selv sagde noget. Se [referatet](https://kommune.dk/referat).\n\n"
        "- hvad jeg lærte om tillid\n- hvad jeg gør næste gang\n\n"
    )
    return (paragraph * (chars // len(paragraph) + 1))[:chars]


def body_at_the_limit(folder: Path, *, runs: int) -> dict[str, Any]:
    """One entry whose body is as long as an entry may be, exported to PDF: time and RSS."""
    from app.journal.context import open_journal
    from app.journal.paths import DataPaths
    from app.records import MAX_BODY_CHARS, EntryDraft

    shutil.rmtree(folder, ignore_errors=True)
    paths = DataPaths(folder / "refleks")
    context = open_journal(paths)
    try:
        context.journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, 2),
                title="At the limit",
                body=_prose_at_the_limit(MAX_BODY_CHARS),
            )
        )
    finally:
        context.close()
    target = folder / "limit.pdf"
    seconds: list[float] = []
    rss: list[float] = []
    for _ in range(runs):
        target.unlink(missing_ok=True)
        run = checked(
            run_process(_summary_command(paths.root, "pdf", target), env=_env(), cwd=REPO_ROOT),
            "body at the limit pdf",
        )
        seconds.append(run.seconds)
        rss.append(run.max_rss_mib)
    return {
        "chars": MAX_BODY_CHARS,
        "time": summarize(seconds),
        "rss": summarize(rss, unit="MiB"),
        "bytes": target.stat().st_size,
    }


def backup_round_trip(prepared: Prepared, *, runs: int) -> dict[str, Any]:
    """Export the whole journal as JSON, then import that file into an empty journal."""
    out = prepared.folder / "scratch" / "backup"
    out.mkdir(parents=True, exist_ok=True)
    backup = out / "backup.json"
    export = _time(
        _refleks(prepared.paths.root, "export", "--format", "json", "--output", str(backup)),
        runs=runs,
        what="json export",
    )
    export["bytes"] = backup.stat().st_size
    empty = out / "empty"

    def fresh() -> None:
        shutil.rmtree(empty, ignore_errors=True)
        empty.mkdir()

    imported = _time(
        _refleks(empty, "import", str(backup)), runs=runs, what="json import", before=fresh
    )
    return {"export": export, "import": imported}


def markdown_folder(prepared: Prepared, *, runs: int) -> dict[str, Any]:
    """Each run writes a new folder; `remove_markdown_outputs` deletes them after the run.

    Deleting ~9,000 files makes ext4 skip every freed inode of that area while it
    allocates new ones for several minutes (`recently_deleted` in its inode allocator,
    seen with perf): seconds of kernel time for an export that follows, which a user
    exporting once never pays. So nothing is deleted until all timings are taken.
    """
    folders = prepared.folder / "scratch" / "markdown-folders"
    folders.mkdir(parents=True, exist_ok=True)
    target = folders / "out"

    def fresh_name() -> None:
        if target.exists():
            target.rename(folders / f"done-{uuid.uuid4().hex}")

    fresh_name()
    return _time(
        _refleks(
            prepared.paths.root, "export", "--format", "markdown-folder", "--output", str(target)
        ),
        runs=runs,
        what="markdown folder",
        before=fresh_name,
    )


def remove_markdown_outputs(prepared: Prepared) -> None:
    """The Markdown folders of this run's exports and jrnl pairs, once everything is timed."""
    scratch = prepared.folder / "scratch"
    for folder in [
        scratch / "markdown-folders",
        scratch / "markdown-folder",
        *sorted((scratch / "peers").glob("markdown*")),
    ]:
        shutil.rmtree(folder, ignore_errors=True)
