"""What the benchmarks share: the package importable from app/, memory and
thread counts of this process, percentiles, a window with a listening server,
and waiting (in a real event loop) for a child process to report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
APP = str(Path(__file__).resolve().parents[2] / "app")
if APP not in sys.path:
    sys.path.insert(0, APP)


def rss_mb() -> float:
    """This process's resident memory, MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def threads_now() -> int:
    """This process's threads (Python's and Qt's alike)."""
    return len(os.listdir("/proc/self/task"))


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(len(v) * q))] if v else 0.0


def app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def window_with_server(
    bufsize: int | None = None, size: tuple[int, int] | None = None, backlog: int | None = None
) -> Any:
    """(app, main window, its first listener Session, listening)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QSpinBox

    from socket_playground.ui.main_window import MainWindow

    application = app()
    w = MainWindow()
    if size is not None:
        w.resize(*size)
    w.show()
    if backlog is not None:
        w.findChild(QSpinBox, "serverBacklogSpin").setValue(backlog)
    lst = w.start_server()
    if bufsize is not None:
        lst.set_bufsize(bufsize)
    while not lst.local_port:  # bounded: listen() is immediate on loopback
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return application, w, lst


def line_from(p: subprocess.Popen) -> bytes:
    """The next line the child prints, the GUI running a real event loop
    (sleeping when idle, as in the program) until it comes."""
    from PySide6.QtCore import QEventLoop, QSocketNotifier

    assert p.stdout is not None
    loop = QEventLoop()
    notifier = QSocketNotifier(p.stdout.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(loop.quit)
    loop.exec()
    notifier.setEnabled(False)
    return p.stdout.readline()


def first_connection(app: Any, w: Any, lst: Any) -> tuple[Any, Any]:
    """The listener's first accepted connection and its pane, the Bytes tab
    shown (the chunk table beside it), once a peer has connected."""
    from PySide6.QtCore import QEventLoop

    while not lst.children:  # bounded by the peer the caller started
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    conn = lst.children[0]
    pane = w.panes[conn]
    pane.tabs.setCurrentIndex(0)
    return conn, pane


def until_peer_closed(conn: Any) -> None:
    """Run the event loop until the peer has closed the connection (or it failed)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()

    def check(_batch: object) -> None:
        if conn.state.value in ("peer-closed", "error"):
            loop.quit()

    conn.changed.connect(check)
    loop.exec()
