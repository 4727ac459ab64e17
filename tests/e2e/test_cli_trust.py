"""The command line's trust commands, run as the real program: backup, restore, encrypt,
rekey, decrypt, the instance lock and bad files.

Each run starts in a new session, so there is no terminal to ask on: a command that needs
a passphrase must get it from --passphrase-file, or fail clearly (never hang).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.instance_lock import InstanceLock

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a brand new phrase"

pytestmark = pytest.mark.slow


class Cli:
    def __init__(self, data: Path, tmp: Path) -> None:
        self.data = data
        self.passphrase = tmp / "passphrase.txt"
        self.passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.new_passphrase = tmp / "new-passphrase.txt"
        self.new_passphrase.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        env.pop("REFLEKS_DATA_DIR", None)
        return subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(self.data), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO_ROOT,
            env=env,
            timeout=60,
            start_new_session=True,  # no controlling terminal: getpass must not be reached
        )

    def ok(self, *args: str, stdin: str = "") -> str:
        result = self(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def fails(self, *args: str, stdin: str = "") -> str:
        result = self(*args, stdin=stdin)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        return result.stderr


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data", tmp_path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_list_and_restore(cli: Cli) -> None:
    cli.ok("new", "--title", "Før backup", stdin="kept")
    out = cli.ok("backup")
    assert "Backed up 1 entry" in out
    cli.ok("new", "--title", "Efter backup", stdin="gone after restore")
    listing = cli.ok("restore")
    assert "manual" in listing and "1 entry " in listing
    name = next(line.split()[-1] for line in listing.splitlines() if "manual" in line)
    out = cli.ok("restore", name)
    assert "now holds 1 entry." in out and "pre-restore" in out
    assert "Efter backup" not in cli.ok("list")
    listing = cli.ok("restore")
    assert "pre-restore" in listing and "2 entries" in listing
    assert "no backup" in cli.fails("restore", "refleks-nonexistent.db")


def test_encrypt_use_rekey_decrypt(cli: Cli) -> None:
    cli.ok("new", "--title", "Magt", stdin="magtudøvelse i netværket")
    cli.ok("backup")
    out = cli.ok("encrypt", "--passphrase-file", str(cli.passphrase))
    assert "Encrypted" in out and "1 backups converted" in out
    journal = cli.data / "journal.db"
    assert not journal.read_bytes().startswith(b"SQLite format 3")
    for backup in (cli.data / "backups").glob("*.db"):
        assert b"magtud" not in backup.read_bytes()

    # no terminal and no file: a clear refusal, not a hang
    assert "--passphrase-file" in cli.fails("list")
    # the passphrase can come before the command too; search works on the encrypted file
    listed = cli.ok("--passphrase-file", str(cli.passphrase), "list", "--search", "magtudøvelse")
    assert "Magt" in listed
    cli.ok("new", "--title", "Krypteret", "--passphrase-file", str(cli.passphrase), stdin="x")

    cli.ok(
        "rekey",
        "--passphrase-file",
        str(cli.passphrase),
        "--new-passphrase-file",
        str(cli.new_passphrase),
    )
    assert "does not open" in cli.fails("list", "--passphrase-file", str(cli.passphrase))
    listed = cli.ok("list", "--passphrase-file", str(cli.new_passphrase))
    assert "Magt" in listed and "Krypteret" in listed

    cli.ok("decrypt", "--passphrase-file", str(cli.new_passphrase))
    assert journal.read_bytes().startswith(b"SQLite format 3")
    assert not (cli.data / "journal.db.header.json").exists()
    assert "Krypteret" in cli.ok("list")


def test_short_or_unreadable_passphrase_files_are_refused(cli: Cli, tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    assert "at least 8" in cli.fails("encrypt", "--passphrase-file", str(short))
    assert "Cannot read" in cli.fails("encrypt", "--passphrase-file", str(tmp_path / "none"))
    assert "not encrypted" in cli.fails("decrypt", "--passphrase-file", str(cli.passphrase))


def test_write_commands_respect_the_instance_lock(cli: Cli) -> None:
    cli.ok("new", "--title", "first")
    lock = InstanceLock(cli.data / "refleks.lock")
    assert lock.try_acquire()
    try:
        assert "already using" in cli.fails("new", "--title", "blocked")
        assert "first" in cli.ok("list")  # reading is fine while the window writes
    finally:
        lock.release()


def test_bad_files_give_one_line_and_stay_untouched(cli: Cli, tmp_path: Path) -> None:
    cli.data.mkdir(parents=True)
    journal = cli.data / "journal.db"
    journal.write_text("these are not the pages of a database\n" * 100)
    before = digest(journal)
    assert "not a Refleks journal" in cli.fails("list")
    assert "not a Refleks journal" in cli.fails("new", "--title", "x")
    assert digest(journal) == before
    missing = Cli(tmp_path / "no-such-drive" / "Refleks", tmp_path)
    assert "does not exist" in missing.fails("list")
    assert not (tmp_path / "no-such-drive").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal")
def test_the_terminal_prompt_does_not_echo(cli: Cli) -> None:
    """`encrypt` without a file asks twice on the terminal; what is typed is not shown."""
    import fcntl
    import pty
    import termios

    cli.ok("new", "--title", "x")
    master, slave = pty.openpty()

    def take_terminal() -> None:  # runs in the child: the pty becomes its terminal
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(cli.data), "encrypt"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=REPO_ROOT,
        env=env,
        preexec_fn=take_terminal,
    )
    os.close(slave)
    seen = b""
    for _ in range(2):
        while b"passphrase" not in seen.lower().split(b"\n")[-1]:
            chunk = os.read(master, 1024)
            assert chunk, seen
            seen += chunk
        os.write(master, (PASSPHRASE + "\n").encode())
        seen += b"\n"
    try:
        while chunk := os.read(master, 1024):
            seen += chunk
    except OSError:
        pass  # the child closed the terminal
    assert process.wait(timeout=60) == 0, seen
    os.close(master)
    assert PASSPHRASE.encode() not in seen
    assert b"Encrypted" in seen
    assert "x" in cli.ok("list", "--passphrase-file", str(cli.passphrase))


def test_restore_over_a_damaged_journal_keeps_the_damaged_file(cli: Cli) -> None:
    cli.ok("new", "--title", "Reddet")
    cli.ok("backup")
    journal = cli.data / "journal.db"
    journal.write_text("no longer a database\n" * 200)
    damaged = journal.read_bytes()
    name = next(p.name for p in (cli.data / "backups").glob("*-manual.db"))
    out = cli.ok("restore", name)
    assert "now holds 1 entry." in out and ".damaged" in out
    kept = next(cli.data.glob("journal.db.*.damaged"))
    assert kept.read_bytes() == damaged
    assert "Reddet" in cli.ok("list")


# ----- restore when it is needed most ---------------------------------------------------


def files_in(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "refleks.lock"
    }


def manual_backup(cli: Cli) -> str:
    return next(p.name for p in (cli.data / "backups").glob("*-manual.db"))


def test_restore_over_a_journal_with_damaged_pages(cli: Cli) -> None:
    from tests.conftest import damage_entries_table

    cli.ok("new", "--title", "Reddet")
    cli.ok("backup")
    journal = cli.data / "journal.db"
    damage_entries_table(journal)  # the file still opens; its entries cannot be read
    damaged = journal.read_bytes()
    out = cli.ok("restore", manual_backup(cli))
    assert "now holds 1 entry." in out and "unchanged" in out
    kept = next(cli.data.glob("journal.db.*.damaged"))
    assert kept.read_bytes() == damaged
    assert "Reddet" in cli.ok("list")
    assert not list((cli.data / "backups").glob("*pre-restore*"))


def test_restore_with_a_damaged_key_check_in_the_key_file(cli: Cli) -> None:
    key = ("--passphrase-file", str(cli.passphrase))
    cli.ok("new", "--title", "Krypteret og reddet")
    cli.ok("encrypt", *key)
    cli.ok("backup", *key)
    header = cli.data / "journal.db.header.json"
    data = json.loads(header.read_text())
    data["key_check"] = "00" * (len(data["key_check"]) // 2)
    header.write_text(json.dumps(data))
    tampered = header.read_bytes()
    journal_bytes = (cli.data / "journal.db").read_bytes()
    assert "does not open" in cli.fails("list", *key)
    out = cli.ok("restore", manual_backup(cli), *key)
    assert "now holds 1 entry." in out
    kept = next(cli.data.glob("journal.db.*.damaged"))
    assert kept.read_bytes() == journal_bytes
    assert kept.with_name(kept.name + ".header.json").read_bytes() == tampered
    assert "Krypteret og reddet" in cli.ok("list", *key)


def test_a_wrong_passphrase_is_not_taken_for_a_damaged_key_file(cli: Cli, tmp_path: Path) -> None:
    key = ("--passphrase-file", str(cli.passphrase))
    cli.ok("new", "--title", "x")
    cli.ok("encrypt", *key)
    cli.ok("backup", *key)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    before = files_in(cli.data)
    assert "does not open" in cli.fails(
        "restore", manual_backup(cli), "--passphrase-file", str(wrong)
    )
    assert files_in(cli.data) == before


def test_a_refused_restore_leaves_nothing_behind(cli: Cli) -> None:
    cli.ok("new", "--title", "Nuværende")
    bad = cli.data / "backups" / "refleks-20260101T000000000000Z-manual.db"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    before = files_in(cli.data)
    assert "was not changed" in cli.fails("restore", bad.name)
    assert files_in(cli.data) == before
    listing = cli.ok("restore")
    assert "damaged" in listing and "other passphrase" not in listing


def test_an_emptied_journal_is_reported_and_can_be_restored(cli: Cli) -> None:
    cli.ok("new", "--title", "Tre tusind")
    cli.ok("backup")
    journal = cli.data / "journal.db"
    journal.write_bytes(b"")  # `: > journal.db`
    before = files_in(cli.data)
    assert "0 bytes" in cli.fails("list")
    assert "0 bytes" in cli.fails("new", "--title", "over the lost journal")
    assert "0 bytes" in cli.fails("backup")
    assert files_in(cli.data) == before
    cli.ok("restore", manual_backup(cli))
    assert "Tre tusind" in cli.ok("list")


def test_a_missing_journal_beside_its_backups_is_not_started_afresh(cli: Cli) -> None:
    cli.ok("new", "--title", "Væk")
    cli.ok("backup")
    (cli.data / "journal.db").unlink()
    assert "not a new journal" in cli.fails("new", "--title", "fresh start?")
    assert "not a new journal" in cli.fails("list")
    assert not (cli.data / "journal.db").exists()


def test_a_link_to_a_missing_journal_does_not_create_it(cli: Cli, tmp_path: Path) -> None:
    cli.data.mkdir()
    target = tmp_path / "unplugged.db"
    (cli.data / "journal.db").symlink_to(target)
    assert "does not exist" in cli.fails("new", "--title", "x")
    assert "does not exist" in cli.fails("list")
    assert not target.exists()


def test_a_plain_journal_beside_a_key_file_is_reported(cli: Cli, tmp_path: Path) -> None:
    key = ("--passphrase-file", str(cli.passphrase))
    cli.ok("new", "--title", "Hemmelig")
    cli.ok("encrypt", *key)
    other = Cli(tmp_path / "other", tmp_path)
    other.ok("new", "--title", "Planted")
    (other.data / "journal.db").replace(cli.data / "journal.db")
    before = files_in(cli.data)
    assert "key file" in cli.fails("list")
    assert "key file" in cli.fails("new", "--title", "x")
    assert files_in(cli.data) == before


def test_a_foreign_database_is_left_byte_for_byte(cli: Cli) -> None:
    cli.data.mkdir()
    journal = cli.data / "journal.db"
    connection = sqlite3.connect(journal)
    connection.execute("CREATE TABLE recipes(name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('rugbrød')")
    connection.commit()
    connection.close()
    before = digest(journal)
    assert "not a Refleks journal" in cli.fails("list")
    assert "not a Refleks journal" in cli.fails("new", "--title", "x")
    output = str(cli.data.parent / "out.json")
    assert "not a Refleks journal" in cli.fails("export", "--format", "json", "--output", output)
    assert digest(journal) == before
