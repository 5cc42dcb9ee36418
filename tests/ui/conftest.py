import socket

import pytest
from PySide6.QtCore import QThread

from socket_playground.ui.main_window import MainWindow


def running_qthreads() -> int:
    import gc
    return sum(1 for o in gc.get_objects() if isinstance(o, QThread) and o.isRunning())


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    for s in w.sessions:
        assert not s.alive
        assert all(t.isFinished() for t in s._threads)


def panes(w, role=None):
    from PySide6.QtWidgets import QWidget
    found = w.findChildren(QWidget, "socketPane")
    return [p for p in found if role is None or p.property("role") == role]


@pytest.fixture
def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
