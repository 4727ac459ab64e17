"""A writer for the crash-safety test: saves entries in a loop and reports each commit.

Run as `python crash_writer.py JOURNAL [KEYHEX]`. It imports everything once, then for each
line `round SEED` on stdin forks a writer child, which prints `pid N` and then a line
`saved ID SHA256` only after each `create_entry` returned, i.e. after the commit. The test
SIGKILLs the child at random moments; this parent then prints `dead STATUS`. Forking from
an already-imported parent keeps 50 rounds fast; no database is open in the parent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.journal.service import JournalService
from app.records import Answer, EntryDraft, TagRef
from models.database import Database


def report(line: str) -> None:
    """One line in one write(2): a kill can land before or after it, never inside it
    (print() may hand the text and its newline to the pipe in two writes)."""
    os.write(sys.stdout.fileno(), (line + "\n").encode())


def fingerprint(title: str, body: str, answers: tuple[Answer, ...]) -> str:
    digest = hashlib.sha256(title.encode() + b"\0" + body.encode())
    for answer in answers:
        digest.update(b"\0" + answer.prompt_key.encode() + b"=" + answer.text.encode())
    return digest.hexdigest()


def write_forever(path: Path, seed: int, key: bytes | None) -> None:
    rng = random.Random(seed)
    journal = JournalService(database=Database.open(path, key=key))
    number = 0
    while True:
        number += 1
        size = rng.choice((10, 200, 2_000, 20_000))
        body = f"round {seed} entry {number} æøå 🌱 " + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz æøå\n") for _ in range(size)
        )
        answers = tuple(
            Answer(f"q{index}", f"svar {index} {rng.random()}", index) for index in range(3)
        )
        title = f"Seed {seed} #{number}"
        entry = journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 1 + number % 12, 1 + number % 28),
                title=title,
                body=body,
                answers=answers,
                tags=(TagRef("own", "crash", "crash"),),
            )
        )
        report(f"saved {entry.id} {fingerprint(title, body, answers)}")


def main() -> None:
    path = Path(sys.argv[1])
    key = bytes.fromhex(sys.argv[2]) if len(sys.argv) > 2 else None
    for line in sys.stdin:
        seed = int(line.split()[1])
        child = os.fork()
        if child == 0:
            report(f"pid {os.getpid()}")
            write_forever(path, seed, key)
            os._exit(0)
        _, status = os.waitpid(child, 0)
        report(f"dead {status}")


if __name__ == "__main__":
    main()
