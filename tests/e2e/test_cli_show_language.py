"""`show` speaks the window's language: the saved setting, or `--language`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.journal.context import open_journal
from app.journal.paths import DataPaths
from app.records import Answer, EntryDraft
from tests.e2e.conftest import REPO_ROOT, RunCli

DA_QUESTION = "## Hvad blev jeg optaget af?"
EN_QUESTION = "## What caught my interest?"


def _postcard(data_dir: Path) -> int:
    context = open_journal(DataPaths(data_dir))
    try:
        entry = context.journal.create_entry(
            EntryDraft(
                day=dt.date(2026, 3, 2),
                title="Efter modul 2",
                answers=(Answer("caught_my_interest", "Netværksledelse"),),
                template_key="postcard",
                template_version=1,
            )
        )
        return entry.id
    finally:
        context.close()


def _save_language(config_home: Path, language: str) -> None:
    """Save the language as the window does: its Settings over QSettings, in a process of
    its own so QSettings reads XDG_CONFIG_HOME afresh."""
    program = (
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from app.journal.paths import APP_NAME\n"
        "from ui.preferences import settings as keys\n"
        "from ui.shell.application import ORGANISATION\n"
        "QCoreApplication.setOrganizationName(ORGANISATION)\n"
        "QCoreApplication.setApplicationName(APP_NAME)\n"
        "settings = keys.Settings(QSettings())\n"
        f"settings.set(keys.LANGUAGE, {language!r})\n"
        "settings.sync()\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("LANG", "C.UTF-8")  # the system's language, when none is saved
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    return home


def test_show_follows_the_window_s_danish(
    run_cli: RunCli, cli_data_dir: Path, config_home: Path
) -> None:
    entry_id = _postcard(cli_data_dir)
    _save_language(config_home, "da")
    assert (config_home / "Refleks" / "Refleks.conf").is_file()

    shown = run_cli("show", str(entry_id))
    assert shown.returncode == 0, shown.stderr
    assert DA_QUESTION in shown.stdout
    assert EN_QUESTION not in shown.stdout
    assert "Skabelon: Postkort" in shown.stdout
    assert "Dato: 2026-03-02" in shown.stdout

    chosen = run_cli("show", str(entry_id), "--language", "en")
    assert chosen.returncode == 0, chosen.stderr
    assert EN_QUESTION in chosen.stdout and "Template: Postcard" in chosen.stdout


def test_show_follows_the_window_s_english_and_the_system(
    run_cli: RunCli, cli_data_dir: Path, config_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = _postcard(cli_data_dir)
    unsaved = run_cli("show", str(entry_id))  # nothing saved, an English system
    assert EN_QUESTION in unsaved.stdout

    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert DA_QUESTION in run_cli("show", str(entry_id)).stdout  # nothing saved: the system's

    _save_language(config_home, "en")
    assert EN_QUESTION in run_cli("show", str(entry_id)).stdout  # the saved choice wins
    danish = run_cli("show", str(entry_id), "--language", "da")
    assert DA_QUESTION in danish.stdout


def test_language_is_checked(run_cli: RunCli, cli_data_dir: Path) -> None:
    entry_id = _postcard(cli_data_dir)
    done = run_cli("show", str(entry_id), "--language", "de")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_show_reads_the_setting_without_qt(cli_data_dir: Path, config_home: Path) -> None:
    entry_id = _postcard(cli_data_dir)
    _save_language(config_home, "da")
    program = (
        "import sys\n"
        "from app.cli.main import run\n"
        f"code = run(['--data-dir', {str(cli_data_dir)!r}, 'show', '{entry_id}'])\n"
        "print('exit', code, 'PySide6' in {m.split('.')[0] for m in sys.modules})\n"
    )
    env = {"XDG_CONFIG_HOME": str(config_home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert DA_QUESTION in done.stdout
    assert "exit 0 False" in done.stdout, done.stdout
