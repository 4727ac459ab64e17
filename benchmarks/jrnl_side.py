"""The same dataset in jrnl's plain-text format, and jrnl run against it.

Each entry becomes `[YYYY-MM-DD HH:MM] Title` followed by its body and answers; its tags
become `@key` words on a last line (jrnl finds tags anywhere in the text); entries marked
for coaching are starred. Trashed entries are left out, as a jrnl user would have deleted
them. jrnl runs with a private config file and HOME, so the user's own jrnl is untouched.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from benchmarks.generator import Dataset

TIME_FORMAT = "%Y-%m-%d %H:%M"

CONFIG_TEMPLATE = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '{time_format}'
version: v4.6
"""


def write_journal(data: Dataset, folder: Path) -> tuple[Path, Path]:
    """Write the jrnl text file and a config pointing at it; returns (journal, config)."""
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    config = folder / "jrnl.yaml"
    tag_names = data.tag_names()
    tags_of: dict[int, list[str]] = {}
    for link in data.entry_tags:
        tags_of.setdefault(link["entry_id"], []).append("@" + tag_names[link["tag_id"]][1])
    answers_of: dict[int, list[str]] = {}
    for answer in data.answers:
        answers_of.setdefault(answer["entry_id"], []).append(answer["text"])
    # jrnl keeps its file in date order; so do we.
    ordered = sorted(data.entries, key=lambda entry: (entry["created_at"], entry["id"]))
    with open(journal, "w", encoding="utf-8") as out:
        for entry in ordered:
            if entry["trashed_at"] is not None:
                continue
            star = " *" if entry["for_coaching"] else ""
            out.write(f"[{entry['created_at'].strftime(TIME_FORMAT)}] {entry['title']}{star}\n")
            out.write(entry["body"].strip() + "\n")
            for text in answers_of.get(entry["id"], ()):
                out.write("\n" + text + "\n")
            if entry["id"] in tags_of:
                out.write("\n" + " ".join(tags_of[entry["id"]]) + "\n")
            out.write("\n")
    config.write_text(
        CONFIG_TEMPLATE.format(journal=journal, time_format=TIME_FORMAT), encoding="utf-8"
    )
    return journal, config


def jrnl_executable() -> str | None:
    """jrnl from the benchmark's own environment (the `bench` extra), else from PATH."""
    beside = Path(sys.executable).with_name("jrnl")
    if beside.exists():
        return str(beside)
    return shutil.which("jrnl")


def jrnl_command(config: Path, *args: str) -> list[str]:
    executable = jrnl_executable()
    if executable is None:
        raise RuntimeError("jrnl is not installed; install the `bench` extra.")
    return [executable, "--config-file", str(config), *args]


def jrnl_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    home = folder / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), NO_COLOR="1")
    env.update(XDG_DATA_HOME=str(home / ".local" / "share"))
    return env
