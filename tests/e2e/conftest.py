"""Run the real program as a subprocess against a temporary data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def run_in_session(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`main.py --data-dir DATA_DIR ARGS` in a new session: with no terminal to ask on, a
    passphrase is never prompted for (the command must say what is missing instead)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("REFLEKS_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), *args],
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
        start_new_session=True,
    )


@pytest.fixture
def cli_data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run_cli(cli_data_dir: Path) -> RunCli:
    def run(
        *args: str, stdin: bytes | str | None = None, data_dir: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        env.pop("REFLEKS_DATA_DIR", None)
        command = [
            sys.executable,
            str(REPO_ROOT / "main.py"),
            "--data-dir",
            str(data_dir or cli_data_dir),
            *args,
        ]
        raw = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        result = subprocess.run(
            command,
            input=raw if raw is not None else b"",
            capture_output=True,
            cwd=REPO_ROOT,
            env=env,
            timeout=60,
        )
        return subprocess.CompletedProcess(
            result.args,
            result.returncode,
            result.stdout.decode("utf-8"),
            result.stderr.decode("utf-8"),
        )

    return run
