"""The printed table: one line per figure, with the floor from issue 7 and whether it holds."""

from __future__ import annotations

from typing import Any

MIB = "MiB"


def _ms(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _fmt(stat: dict[str, Any], key: str) -> str:
    value = stat[key]
    return f"{value:.0f} MiB" if stat.get("unit") == MIB else _ms(value)


def _spread(stat: dict[str, Any]) -> str:
    return f"{_fmt(stat, 'min')} – {_fmt(stat, 'max')}"


def _short(token: str) -> str:
    """A scratch path as its last part: the table is about commands, not folders."""
    return token.rsplit("/", 1)[-1] if token.startswith("/") else token


#: The searches of benchmarks/interactive.py, in the table's order.
SEARCH_KINDS = ("word", "phrase", "prefix", "infix", "short", "word+tag", "best match")


def rows(results: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(what, median, p95 or range, floor, verdict) for everything measured."""
    table: list[tuple[str, str, str, str, str]] = []

    def add(what: str, stat: dict[str, Any], floor: str = "", ok: bool | None = None) -> None:
        if not stat or "median" not in stat:
            return
        spread = f"p95 {_fmt(stat, 'p95')}" if stat["n"] >= 10 else _spread(stat)
        if stat.get("crashed_at_exit"):
            spread += " (crashed at exit)"
        verdict = "" if ok is None else ("met" if ok else "MISSED")
        table.append((what, _fmt(stat, "median"), spread, floor, verdict))

    for platform, block in results.get("startup", {}).items():
        bare = block.get("bare", {}).get("start")
        for size, figures in sorted(block.get("refleks", {}).items(), key=lambda kv: int(kv[0])):
            start = figures["start"]
            floor, ok = "", None
            if size == "10000" and bare:
                ratio = start["median"] / bare["median"]
                floor, ok = f"≤ 2.5× bare ({ratio:.1f}×)", ratio <= 2.5
            if size == "100000" and "10000" in block["refleks"]:
                ratio = start["median"] / block["refleks"]["10000"]["start"]["median"]
                floor, ok = f"≤ 1.3× 10k ({ratio:.2f}×)", ratio <= 1.3
            add(f"start to painted timeline, {platform}, {int(size):,}", start, floor, ok)
            if "ready" in figures:
                ready = figures["ready"]
                floor, ok = "", None
                if size == "10000":
                    floor, ok = "≤ 0.55 s", ready["median"] <= 0.55
                if size == "100000" and "ready" in block["refleks"].get("10000", {}):
                    ratio = ready["median"] / block["refleks"]["10000"]["ready"]["median"]
                    floor, ok = f"≤ 1.15× 10k ({ratio:.2f}×)", ratio <= 1.15
                add(f"start to whole window open, {platform}, {int(size):,}", ready, floor, ok)
            rss_ok = figures["rss"]["max"] <= 150 if size == "10000" else None  # to READY
            add(
                f"peak RSS, {platform}, {int(size):,}",
                figures["rss"],
                "≤ 150 MiB" if size == "10000" else "",
                rss_ok,
            )
        if bare:
            add(f"bare Qt list from sqlite3, {platform}", bare)
    search = results.get("search", {})
    # Sizes as keys since issue 13 (10k and 100k); a flat block is an older run's, at 10k.
    by_size = {k: v for k, v in search.items() if k.isdigit()}
    if search and not by_size:
        by_size = {"10000": search}
    for size, kinds in by_size.items():
        limit = 0.060 if int(size) >= 100_000 else 0.030
        for kind in SEARCH_KINDS:
            if kind not in kinds:
                continue
            stat = kinds[kind]
            what = f"search as you type: {kind}, {int(size):,}"
            if kind == "best match":  # no floor: the order a user chooses, not as typed
                add(what, stat)
            else:
                add(what, stat, f"p95 ≤ {limit * 1000:.0f} ms", stat["p95"] <= limit)
        if "index_mib_per_10k" in kinds:
            sizes = kinds["index_mib_per_10k"]
            table.append(
                (
                    f"search index per 10,000 entries (words + trigrams), {int(size):,}",
                    f"{sizes['words'] + sizes['trigram']:.0f} MiB",
                    f"words {sizes['words']:.0f} + trigrams {sizes['trigram']:.0f} MiB",
                    "",
                    "",
                )
            )
    entry = results.get("entry", {})
    if "open" in entry:
        add("open an entry", entry["open"])
    if "open_met_before" in entry:
        stat = entry["open_met_before"]
        add("open an entry with its met-before list", stat, "p95 ≤ 20 ms", stat["p95"] <= 0.020)
    if "save" in entry:
        add("save an entry (commit)", entry["save"], "p95 ≤ 5 ms", entry["save"]["p95"] <= 0.005)
    if "create" in entry:
        add("create an entry (commit)", entry["create"])
    summary = results.get("summary", {})
    for fmt, label in (("pdf", "PDF"), ("md", "Markdown"), ("html", "HTML")):
        if fmt in summary:
            # Issue 11 moved the PDF floor from 1,000 entries (not a realistic coaching
            # summary) to a quarter's 100 entries, measured below as a whole process.
            add(f"coaching summary of 1,000 entries, {label}", summary[fmt])
    if "quarter_pdf" in summary:
        quarter = summary["quarter_pdf"]
        add(
            "quarter's coaching summary (100 entries), PDF",
            quarter,
            "≤ 1 s",
            quarter["median"] <= 1.0,
        )
    if "limit_pdf" in summary:
        limit = summary["limit_pdf"]
        add(f"one entry of {limit['chars']:,} characters, PDF", limit["time"])
        add(f"one entry of {limit['chars']:,} characters, PDF, peak RSS", limit["rss"])
    for size, block in sorted(results.get("insights", {}).items(), key=lambda kv: int(kv[0])):
        floor_s = {"10000": 0.150, "100000": 0.400}.get(size)
        for key, what in (("view", "Insights view's counts"), ("json", "`insights --format json`")):
            stat = block[key]
            floor = f"≤ {floor_s * 1000:.0f} ms" if floor_s else ""
            ok = stat["median"] <= floor_s if floor_s else None
            add(f"{what}, whole journal by month, {int(size):,}", stat, floor, ok)
        add(f"`insights --format json` as a process, {int(size):,}", block["json_process"])
    backup = results.get("backup", {})
    if "export" in backup:
        add("JSON backup export, 10k", backup["export"])
    if "import" in backup:
        imported = backup["import"]
        add("JSON backup import, 10k", imported, "≤ 2 s", imported["median"] <= 2.0)
    if "markdown_folder" in results:
        add("Markdown-folder export, 10k", results["markdown_folder"])
    for name, pair in results.get("jrnl", {}).items():
        if not isinstance(pair, dict) or "ratio" not in pair:
            continue
        floor = pair.get("floor")
        verdict = None if floor is None else pair["ratio"] <= floor
        text = f"≤ {floor}× jrnl ({pair['ratio']:.2f}×)" if floor else f"{pair['ratio']:.2f}× jrnl"
        command = " ".join(_short(token) for token in pair["refleks_command"].split())
        add(f"{name}: Refleks `{command}`", pair["refleks"], text, verdict)
        add(f"{name}: `{pair['jrnl_command']}`", pair["jrnl"])
    sync = results.get("sync")
    if sync:
        initial = sync["initial"]
        add("sync: initial, 10k to a new device", initial, "≤ 10 s", initial["median"] <= 10.0)
        for key, what in (("send_one_edit", "send"), ("receive_one_edit", "merge")):
            stat = sync[key]
            add(f"sync: one edit, {what}", stat, "≤ 200 ms", stat["median"] <= 0.2)
        table.append(
            (
                "sync: folder per 10k, before / after compaction",
                f"{sync['folder_mib_per_10k_before']} MiB",
                f"{sync['folder_mib_per_10k_after']} MiB",
                "",
                "",
            )
        )
    return table


def markdown_table(results: dict[str, Any]) -> str:
    lines = [
        "| measurement | median | p95 or min – max | floor (issue 7) | |",
        "|---|---:|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows(results)]
    return "\n".join(lines)


def plain_table(results: dict[str, Any]) -> str:
    table = rows(results)
    if not table:
        return "(nothing measured)"
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in table
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks.report [RESULTS.json]`: the Markdown table of a run."""
    import json
    import sys
    from pathlib import Path

    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else Path(__file__).resolve().parent / "latest.json"
    results = json.loads(path.read_text(encoding="utf-8"))
    print(markdown_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
