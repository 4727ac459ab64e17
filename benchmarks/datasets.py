"""Generated journals on disk, cached between runs by size, seed and generator version.

A prepared dataset is a Refleks data folder (loaded through the fast path) and the same
entries as a jrnl text journal. The cache lives under benchmarks/results/, which git
ignores; a folder without its `complete` marker is rebuilt.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.journal.paths import DataPaths
from benchmarks import generator, jrnl_side, loader

RESULTS_DIR = Path(__file__).resolve().parent / "results"
MARKER = "complete.json"


@dataclass(frozen=True)
class Prepared:
    size: int
    seed: int
    folder: Path
    paths: DataPaths
    jrnl_journal: Path
    jrnl_config: Path
    info: dict[str, Any]


def _folder(size: int, seed: int) -> Path:
    return RESULTS_DIR / "data" / f"n{size}-seed{seed}-v{generator.GENERATOR_VERSION}"


def prepare(size: int, *, seed: int, log: Any = print) -> Prepared:
    """The dataset of `size` entries for `seed`, generated and loaded if not cached.

    It is made in a process of its own: a runner grown to hold 100,000 entries would pass
    its peak memory on to every child it forks (Linux keeps ru_maxrss across exec), and
    each child's peak RSS is one of the figures."""
    folder = _folder(size, seed)
    marker = folder / MARKER
    if not marker.exists():
        subprocess.run(
            [sys.executable, "-m", "benchmarks.datasets", str(size), str(seed)],
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
    info = json.loads(marker.read_text(encoding="utf-8"))
    log(
        f"  {size:,} entries: generated in {info['generate_s']:.1f} s, "
        f"loaded in {info['load_s']:.1f} s ({info['journal_mib']} MiB)"
    )
    return Prepared(
        size=size,
        seed=seed,
        folder=folder,
        paths=DataPaths(folder / "refleks"),
        jrnl_journal=folder / "jrnl" / "journal.txt",
        jrnl_config=folder / "jrnl" / "jrnl.yaml",
        info=info,
    )


def _build(size: int, seed: int) -> None:
    """Generate, load and describe one dataset (run as `python -m benchmarks.datasets`)."""
    from app.catalog.catalog import Catalog

    catalog = Catalog.load()
    folder = _folder(size, seed)
    marker = folder / MARKER
    if not marker.exists():
        if folder.exists():
            shutil.rmtree(folder)
        started = time.perf_counter()
        data = generator.generate(size, seed=seed, catalog=catalog)
        generated = time.perf_counter()
        loader.load(data, DataPaths(folder / "refleks"))
        loaded = time.perf_counter()
        jrnl_side.write_journal(data, folder / "jrnl")
        info = {
            "entries": len(data.entries),
            "answers": len(data.answers),
            "entry_tags": len(data.entry_tags),
            "trashed": sum(1 for e in data.entries if e["trashed_at"] is not None),
            "private": sum(1 for e in data.entries if e["is_private"]),
            "coaching": sum(1 for e in data.entries if e["for_coaching"]),
            "guided": sum(1 for e in data.entries if e["template_key"]),
            "generate_s": round(generated - started, 3),
            "load_s": round(loaded - generated, 3),
        }
        del data
        info["journal_mib"] = round((folder / "refleks" / "journal.db").stat().st_size / 2**20, 1)
        info["jrnl_mib"] = round((folder / "jrnl" / "journal.txt").stat().st_size / 2**20, 1)
        marker.write_text(json.dumps(info, indent=2), encoding="utf-8")


def scratch_copy(prepared: Prepared, name: str) -> DataPaths:
    """A private copy of the prepared data folder, for measurements that write."""
    target = prepared.folder / "scratch" / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(prepared.paths.journal, target / prepared.paths.journal.name)
    return DataPaths(target)


if __name__ == "__main__":
    _build(int(sys.argv[1]), int(sys.argv[2]))
