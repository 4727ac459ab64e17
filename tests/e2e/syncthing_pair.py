"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for end-to-end sync tests.

Each instance has its own home (keys, config, database) under a temporary folder, talks only
to the other over loopback (no discovery, relays, NAT, usage reporting or upgrades), and is
stopped when the pair's `with` block ends. Every wait is bounded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

FOLDER_ID = "refleks-sync"
START_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 45.0
STOP_TIMEOUT_S = 10.0


class SyncthingError(RuntimeError):
    """Syncthing did not start, connect or carry a file in time; the message holds its log."""


def syncthing_program() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    """A port nothing listens on now (the kernel's choice); Syncthing binds it moments later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(
    condition: Callable[[], bool], timeout_s: float, what: str, interval_s: float = 0.2
) -> None:
    """Poll `condition` until it holds; raise SyncthingError naming `what` after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while True:
        if condition():
            return
        if time.monotonic() >= deadline:
            raise SyncthingError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


@dataclass
class SyncthingInstance:
    """One Syncthing: its home, its shared folder, its ports and, once started, its process."""

    name: str
    home: Path
    folder: Path
    gui_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    api_key: str = ""
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    def generate(self, program: str) -> None:
        """Keys and a first config.xml; the device id is read back from it."""
        self.home.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [program, "generate", f"--home={self.home}", "--no-default-folder"],
            check=True,
            capture_output=True,
            timeout=START_TIMEOUT_S,
            env=_environment(),
        )
        root = ElementTree.parse(self.config_path).getroot()
        own = root.find("device")
        if own is None:
            raise SyncthingError(f"{self.name}: no device in the generated config")
        self.device_id = own.attrib["id"]
        apikey = root.find("gui/apikey")
        self.api_key = (apikey.text or "") if apikey is not None else ""
        if not self.api_key:
            raise SyncthingError(f"{self.name}: no API key in the generated config")

    @property
    def config_path(self) -> Path:
        return self.home / "config.xml"

    def configure(self, peer: SyncthingInstance, rescan_interval_s: int) -> None:
        """Loopback only, nothing phoning home, the peer at its address, one shared folder."""
        tree = ElementTree.parse(self.config_path)
        root = tree.getroot()
        gui = _child(root, "gui")
        gui.set("tls", "false")
        _child(gui, "address").text = f"127.0.0.1:{self.gui_port}"
        options = _child(root, "options")
        for tag, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "reconnectionIntervalS": "1",
        }.items():
            _child(options, tag).text = value
        peer_device = ElementTree.SubElement(
            root,
            "device",
            {"id": peer.device_id, "name": peer.name, "compression": "metadata"},
        )
        ElementTree.SubElement(peer_device, "address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        shared = ElementTree.Element(
            "folder",
            {
                "id": FOLDER_ID,
                "label": FOLDER_ID,
                "path": str(self.folder),
                "type": "sendreceive",
                "rescanIntervalS": str(rescan_interval_s),
                "fsWatcherEnabled": "true",
                "fsWatcherDelayS": "1",
            },
        )
        for device_id in (self.device_id, peer.device_id):
            ElementTree.SubElement(shared, "device", {"id": device_id})
        # Folders come before devices in Syncthing's own files; it reads either order.
        root.insert(0, shared)
        tree.write(self.config_path, encoding="utf-8", xml_declaration=False)

    def start(self, program: str) -> None:
        log = self.log_path.open("wb")
        try:
            self.process = subprocess.Popen(
                [
                    program,
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    "--skip-port-probing",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=_environment(),
                start_new_session=True,
            )
        finally:
            log.close()

    def rest(self, path: str, method: str = "GET") -> Any:
        """One REST call (JSON answer, or None for an empty body)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            body = answer.read()
        return json.loads(body) if body.strip() else None

    def answers(self) -> bool:
        self.raise_if_exited()
        try:
            return self.rest("/rest/system/ping") == {"ping": "pong"}
        except (OSError, urllib.error.URLError, json.JSONDecodeError):
            return False

    def is_connected_to(self, peer: SyncthingInstance) -> bool:
        self.raise_if_exited()
        try:
            connections = self.rest("/rest/system/connections")["connections"]
        except (OSError, urllib.error.URLError, json.JSONDecodeError, KeyError):
            return False
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def scan(self) -> None:
        """Ask for a rescan of the shared folder now, rather than at the next interval."""
        self.rest(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")

    def raise_if_exited(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise SyncthingError(
                f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}"
            )

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """A clean shutdown through REST; a kill of its process group if that does not end it."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(OSError, urllib.error.URLError, json.JSONDecodeError):
            self.rest("/rest/system/shutdown", method="POST")
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_S)


class SyncthingPair:
    """`with SyncthingPair(root) as (a, b):` two connected instances; both stop at the end.

    `a.folder` and `b.folder` are the two ends of one shared Syncthing folder.
    """

    def __init__(self, root: Path, rescan_interval_s: int = 2) -> None:
        program = syncthing_program()
        if program is None:
            raise SyncthingError("syncthing is not installed")
        self.program = program
        self.rescan_interval_s = rescan_interval_s
        self.a = SyncthingInstance("refleks-a", root / "home-a", root / "folder-a")
        self.b = SyncthingInstance("refleks-b", root / "home-b", root / "folder-b")

    def __enter__(self) -> tuple[SyncthingInstance, SyncthingInstance]:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self.a, self.b

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        for instance in (self.a, self.b):
            instance.generate(self.program)
        self.a.configure(self.b, self.rescan_interval_s)
        self.b.configure(self.a, self.rescan_interval_s)
        for instance in (self.a, self.b):
            instance.start(self.program)
        for instance in (self.a, self.b):
            self._wait(instance.answers, START_TIMEOUT_S, f"{instance.name} to answer")
        self._wait(
            lambda: self.a.is_connected_to(self.b) and self.b.is_connected_to(self.a),
            CONNECT_TIMEOUT_S,
            "the two instances to connect",
        )

    def stop(self) -> None:
        for instance in (self.a, self.b):
            instance.stop()

    def _wait(self, condition: Callable[[], bool], timeout_s: float, what: str) -> None:
        try:
            wait_for(condition, timeout_s, what)
        except SyncthingError as error:
            logs = "\n".join(
                f"--- {instance.name} ---\n{instance.log_tail()}" for instance in (self.a, self.b)
            )
            raise SyncthingError(f"{error}\n{logs}") from None

    def carried(
        self, source: SyncthingInstance, relative: str, timeout_s: float = 30.0
    ) -> SyncthingInstance:
        """Wait until `source`'s file `relative` arrived, same bytes, in the other's folder."""
        target = self.b if source is self.a else self.a
        expected = (source.folder / relative).read_bytes()
        source.scan()

        def arrived() -> bool:
            target.raise_if_exited()
            try:
                return (target.folder / relative).read_bytes() == expected
            except OSError:
                return False

        self._wait(arrived, timeout_s, f"{relative} to reach {target.name}")
        return target

    def wait_in_step(self, timeout_s: float = 30.0) -> None:
        """Wait until both ends of the folder hold the same files with the same bytes."""
        for instance in (self.a, self.b):
            instance.scan()

        def same() -> bool:
            for instance in (self.a, self.b):
                instance.raise_if_exited()
            return folder_contents(self.a.folder) == folder_contents(self.b.folder)

        self._wait(same, timeout_s, "the two folders to hold the same files")


def folder_contents(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by relative path, without Syncthing's own marker and temps."""
    contents: dict[str, bytes] = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if relative.parts[0] in {".stfolder", ".stversions"} or path.name.startswith(".syncthing."):
            continue
        if path.is_file():
            try:
                contents[relative.as_posix()] = path.read_bytes()
            except OSError:
                continue
    return contents


def _child(parent: ElementTree.Element, tag: str) -> ElementTree.Element:
    found = parent.find(tag)
    return found if found is not None else ElementTree.SubElement(parent, tag)


def _environment() -> dict[str, str]:
    """No upgrades and no restart monitor: one process per instance, which stop() ends."""
    return {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}
