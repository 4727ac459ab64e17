"""One window per data folder: a second start asks the running one to come forward.

The start that holds the instance lock listens on a local socket named after the data
folder (and the user) from the moment it has the lock, so a second start is answered while
the first still shows its unlock screen or a start-up problem, not only once the journal
is open. A second start that finds the lock taken connects, says "raise" and exits. The
socket name is removed before listening, so a socket file left by a crash does not block.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from app.journal.paths import DataPaths

MESSAGE = b"raise\n"
TIMEOUT_MS = 1500


def server_name(paths: DataPaths) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment: the folder alone must do
        user = ""
    # Resolved, so a start given the folder by another spelling finds the same window.
    root = paths.root.expanduser().resolve()
    digest = hashlib.sha256(f"{user}\0{root}".encode()).hexdigest()[:20]
    return f"refleks-{digest}"


def ask_running_instance_to_raise(paths: DataPaths, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Tell the window already showing this data folder to come forward; True if it heard."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    delivered = socket.waitForBytesWritten(timeout_ms)
    # Wait for the answer, so "heard" means the window got it, not just the kernel.
    answered = delivered and socket.waitForReadyRead(timeout_ms) and socket.readAll() == b"ok\n"
    socket.disconnectFromServer()
    return bool(answered)


class InstanceServer(QObject):
    """Listens for later starts; emits `raise_requested` when one asks."""

    raise_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(paths)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        # Held here, not in lambdas, so no slot ever runs on a deleted socket.
        self._sockets: list[QLocalSocket] = []

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a leftover from a crash
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._forget_closed)
        self._read()  # the message may have arrived with the connection

    def _read(self) -> None:
        for socket in list(self._sockets):
            while socket.canReadLine():
                if bytes(socket.readLine().data()).strip() == MESSAGE.strip():
                    socket.write(b"ok\n")
                    socket.flush()
                    self.raise_requested.emit()

    def _forget_closed(self) -> None:
        for socket in list(self._sockets):
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()


def bring_forward(target: QWidget) -> None:
    """Show `target` un-minimised, on top and active (as far as the window manager allows)."""
    if target.isMinimized():
        target.showNormal()
    target.show()
    target.raise_()
    target.activateWindow()
    target.setWindowState(target.windowState() & ~Qt.WindowState.WindowMinimized)


def bring_showing_window_forward() -> None:
    """Before the main window exists: raise what the start shows (unlock screen, a dialog).

    A modal dialog (a start-up problem, the Restore dialog) goes on top of any window
    behind it, so it is raised last.
    """
    visible = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    modal = QApplication.activeModalWidget()
    for widget in visible:
        if widget is not modal:
            bring_forward(widget)
    if modal is not None:
        bring_forward(modal)
