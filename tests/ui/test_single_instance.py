"""A second start raises the running window instead of opening the journal twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.instance_lock import InstanceLock
from app.paths import DataPaths
from ui.single_instance import InstanceServer, ask_running_instance_to_raise, server_name
from ui.startup_flow import AlreadyRunning, StartupFlow, StartupQuestions

REPO_ROOT = Path(__file__).resolve().parents[2]

SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from app.paths import DataPaths
from ui.single_instance import ask_running_instance_to_raise
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
            "from app.instance_lock import InstanceLock\nfrom app.paths import DataPaths\n"
            "from ui.single_instance import InstanceServer\n"
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
