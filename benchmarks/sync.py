"""Sync's figures: the initial sync of a whole journal to a new device, the incremental
sync of one edit (Refleks's own time, the transport excluded), and the size of the sync
folder per 10,000 entries before and after compaction."""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from benchmarks.datasets import Prepared, scratch_copy
from benchmarks.measure import summarize


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(prepared: Prepared, *, runs: int, edits: int = 40) -> dict[str, Any]:
    scratch = prepared.folder / "scratch"
    folder = scratch / "sync-folder"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    source = open_journal(scratch_copy(prepared, "sync-source"))
    try:
        source.sync.setup(folder)
        start = time.perf_counter()
        first = source.sync.sync_now()
        send_s = time.perf_counter() - start
        initial: list[float] = []
        for run in range(runs):
            paths = DataPaths(scratch / f"sync-device-{run}")
            if paths.root.exists():
                shutil.rmtree(paths.root)
            device = open_journal(paths)
            try:
                device.sync.setup(folder)
                start = time.perf_counter()
                device.sync.sync_now()
                initial.append(time.perf_counter() - start)
            finally:
                device.close()
        receiver = open_journal(DataPaths(scratch / "sync-device-0"))
        try:
            rng = random.Random(prepared.seed)
            ids = [item.id for item in source.journal.timeline(limit=2000).items]
            send: list[float] = []
            receive: list[float] = []
            for n in range(edits):
                entry = source.journal.get_entry(rng.choice(ids))
                source.journal.update_entry(
                    entry.id, replace(entry.to_draft(), body=entry.body + f" Tilføjet {n}.")
                )
                start = time.perf_counter()
                source.sync.sync_now()
                send.append(time.perf_counter() - start)
                start = time.perf_counter()
                receiver.sync.sync_now()
                receive.append(time.perf_counter() - start)
            before = _size(folder)
            start = time.perf_counter()
            source.sync.compact()
            compact_s = time.perf_counter() - start
            after = _size(folder)
        finally:
            receiver.close()
    finally:
        source.close()
    per_10k = 10_000 / prepared.size / 2**20
    return {
        "entries": first.sent,
        "first_send_s": round(send_s, 3),
        "initial": summarize(initial),
        "send_one_edit": summarize(send),
        "receive_one_edit": summarize(receive),
        "compact_s": round(compact_s, 3),
        "folder_mib_per_10k_before": round(before * per_10k, 2),
        "folder_mib_per_10k_after": round(after * per_10k, 2),
        "edits_before_compaction": edits,
    }
