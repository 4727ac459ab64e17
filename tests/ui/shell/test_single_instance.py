"""A second start raises the running window instead of opening the journal twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.journal.context import open_journal
from app.journal.instance_lock import InstanceLock
from app.journal.paths import DataPaths
from app.journal.startup import Remedy, StartupProblem
from app.security import KdfParams
from app.security.conversion import encrypt_journal
from ui.shell.journal_session import JournalLifecycle
from ui.shell.single_instance import InstanceServer, ask_running_instance_to_raise, server_name
from ui.shell.startup_flow import AlreadyRunning, StartupFlow, StartupQuestions
from ui.shell.startup_problem_dialog import StartupProblemDialog
from ui.shell.unlock_screen import UnlockScreen

REPO_ROOT = Path(__file__).resolve().parents[3]
FAST_KDF = KdfParams.fresh(time_cost=1, memory_kib=8192)

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from app.journal.paths import DataPaths
from ui.shell.single_instance import ask_running_instance_to_raise
app = QCoreApplication([])
print("heard" if ask_running_instance_to_raise(DataPaths(Path(sys.argv[1]))) else "nobody")
"""


def second_start(paths: DataPaths) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(paths.root)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )


def test_names_differ_per_folder(tmp_path: Path) -> None:
    assert server_name(DataPaths(tmp_path / "a")) != server_name(DataPaths(tmp_path / "b"))
    assert server_name(DataPaths(tmp_path / "a")) == server_name(DataPaths(tmp_path / "a"))


def test_a_second_process_makes_the_first_raise_its_window(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer(data_paths)
    assert server.listen()
    with qtbot.waitSignal(server.raise_requested, timeout=20_000):
        process = second_start(data_paths)
    out, _ = process.communicate(timeout=30)
    assert out.strip() == "heard"
    server.close()


def test_no_running_window_means_nobody_answers(qapp, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    assert not ask_running_instance_to_raise(data_paths, timeout_ms=300)


def test_a_server_left_by_a_crash_does_not_block_the_next(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    crashed = InstanceServer(data_paths)
    assert crashed.listen()  # never closed, as after a crash
    again = InstanceServer(data_paths)
    assert again.listen()
    again.close()
    crashed.close()


def test_the_start_up_flow_defers_to_a_running_window(qtbot, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    """The lock is taken by another process whose server answers: this start gives way."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom pathlib import Path\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from app.journal.instance_lock import InstanceLock\n"
            "from app.journal.paths import DataPaths\n"
            "from ui.shell.single_instance import InstanceServer\n"
            "app = QCoreApplication([])\npaths = DataPaths(Path(sys.argv[1]))\n"
            "lock = InstanceLock(paths.lock)\nlock.acquire()\n"
            "server = InstanceServer(paths)\nserver.listen()\n"
            "server.raise_requested.connect(lambda: (print('raised', flush=True), app.quit()))\n"
            "print('ready', flush=True)\napp.exec()\n",
            str(data_paths.root),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    assert holder.stdout is not None
    data_paths.root.mkdir(parents=True, exist_ok=True)
    assert holder.stdout.readline().strip() == "ready"

    def never(*_args: object) -> None:
        raise AssertionError("no question should be asked")

    flow = StartupFlow(data_paths, StartupQuestions(never, never, never, never))  # type: ignore[arg-type]
    try:
        flow.run()
    except AlreadyRunning:
        pass
    else:
        raise AssertionError("the second start opened the journal")
    out, _ = holder.communicate(timeout=30)
    assert "raised" in out
    # the lock is free again once the first process is gone
    lock = InstanceLock(data_paths.lock)
    assert lock.try_acquire()
    lock.release()


# ----- a second start of the real program while the first is still starting ----------


def program_start(paths: DataPaths, home: Path, qtbot) -> int:  # type: ignore[no-untyped-def]
    """Start main.py on `paths` and wait (serving this process's events) until it exits."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),  # the user's settings stay untouched
        "HOME": str(home),
    }
    process = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(paths.root)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # A start that is not answered shows "in use" and never exits by itself.
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode


def encrypted_journal(paths: DataPaths) -> None:
    open_journal(paths).close()
    encrypt_journal(paths.journal, "correct horse battery", params=FAST_KDF)


def never(*_args: object) -> None:
    raise AssertionError("no question should be asked")


def test_a_second_start_raises_the_unlock_screen_of_the_first_and_exits(
    qtbot, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    encrypted_journal(data_paths)
    seen: dict[str, object] = {}

    def passphrase(paths: DataPaths) -> bytes | None:
        screen = UnlockScreen(unlock=lambda _text: b"")
        qtbot.addWidget(screen)
        screen.show()
        screen.showMinimized()
        seen["exit"] = program_start(paths, tmp_path, qtbot)
        seen["raised"] = not screen.isMinimized()
        return None  # quit at the unlock screen

    questions = StartupQuestions(never, passphrase, never, never)  # type: ignore[arg-type]
    assert StartupFlow(data_paths, questions).run() is None
    assert seen == {"exit": 0, "raised": True}
    assert not ask_running_instance_to_raise(data_paths, timeout_ms=300)  # stopped with the flow


def test_a_second_start_raises_the_start_up_problem_dialog_and_exits(
    qtbot, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data_paths.root.mkdir(parents=True)
    data_paths.journal.write_bytes(b"these are not the pages of a journal\n" * 200)
    seen: dict[str, object] = {}

    def problem(found: StartupProblem) -> Remedy | None:
        dialog = StartupProblemDialog(found)
        qtbot.addWidget(dialog)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        dialog.showMinimized()
        seen["exit"] = program_start(data_paths, tmp_path, qtbot)
        seen["raised"] = not dialog.isMinimized()
        dialog.close()
        return None  # quit

    questions = StartupQuestions(problem, never, never, never)  # type: ignore[arg-type]
    assert StartupFlow(data_paths, questions).run() is None
    assert seen == {"exit": 0, "raised": True}
    lock = InstanceLock(data_paths.lock)
    assert lock.try_acquire()  # let go of once the user quit
    lock.release()


def test_the_open_window_takes_over_the_server_of_the_start(
    qtbot, main_window, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    questions = StartupQuestions(never, never, never, never)  # type: ignore[arg-type]
    opened = StartupFlow(data_paths, questions).run()
    assert opened is not None and opened.server is not None
    session = JournalLifecycle(opened, main_window)
    try:
        assert session.server is opened.server
        main_window.showMinimized()
        assert program_start(data_paths, tmp_path, qtbot) == 0
        assert not main_window.isMinimized()
    finally:
        main_window.close()
        session.close()
