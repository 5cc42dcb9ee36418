"""Fixtures for the UI tests: a shown main window, and the helpers that drive it
as a person would (each fixture returns a function, bound to ``qtbot``).

The window's module is imported by the fixtures, not at the top, so that a test
here that needs no window (tests/ui/test_log.py) runs even while the window
cannot be built.
"""

from __future__ import annotations

import gc
import socket
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from socket_playground.ui.main_window import MainWindow

W = TypeVar("W", bound=QObject)

WAIT_MS = 5000


def find_panes(w: QWidget, role: str | None = None) -> list[Any]:
    """The window's socket panes (all, or those of one role), in creation order."""
    found = w.findChildren(QWidget, "socketPane")
    return [p for p in found if role is None or p.property("role") == role]


def find_child(w: QObject, cls: type[W], name: str) -> W:
    """The child named ``name``; fails the test when there is none."""
    found = w.findChild(cls, name)
    assert found is not None, name
    return found


def count_running_qthreads() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, QThread) and o.isRunning())


@pytest.fixture
def panes() -> Callable[..., list[Any]]:
    """``panes(window, role=None)``: the window's socket panes."""
    return find_panes


@pytest.fixture
def child() -> Callable[[QObject, type[W], str], W]:
    """``child(widget, cls, name)``: a named child widget, asserted to exist."""
    return find_child


@pytest.fixture
def running_qthreads() -> Callable[[], int]:
    """``running_qthreads()``: how many QThreads are running now."""
    return count_running_qthreads


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    from socket_playground.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    for s in w.sessions:
        assert not s.alive
        assert all(t.isFinished() for t in s._threads)


@pytest.fixture
def start_server(qtbot) -> Callable[[QWidget], Any]:
    """``start_server(window)``: click Start server, wait until it listens;
    returns the newest listener pane."""

    def start(w: QWidget) -> Any:
        qtbot.mouseClick(find_child(w, QPushButton, "startServerButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any(p.property("state") == "listening" for p in find_panes(w, "listener")),
            timeout=WAIT_MS,
        )
        return find_panes(w, "listener")[-1]

    return start


@pytest.fixture
def connect_pair(qtbot, start_server) -> Callable[[QWidget], tuple[Any, Any]]:
    """``connect_pair(window)``: start a server, click Connect; returns the
    (client, accepted) panes, connected."""

    def connect(w: QWidget) -> tuple[Any, Any]:
        start_server(w)
        qtbot.mouseClick(find_child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                len(find_panes(w, "accepted")) == 1
                and len(find_panes(w, "client")) == 1
                and find_panes(w, "client")[0].property("state") == "connected"
            ),
            timeout=WAIT_MS,
        )
        return find_panes(w, "client")[0], find_panes(w, "accepted")[0]

    return connect


@pytest.fixture
def click_send(qtbot) -> Callable[[QWidget, str], None]:
    """``click_send(pane, text)``: type ``text`` into the pane's send box, click Send."""

    def send(pane: QWidget, text: str) -> None:
        find_child(pane, QLineEdit, "sendEdit").setText(text)
        qtbot.mouseClick(find_child(pane, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)

    return send


@pytest.fixture
def external_client(qtbot, start_server) -> Callable[[QWidget], tuple[socket.socket, Any]]:
    """``external_client(window)``: start a server, connect a plain Python client;
    returns (its socket, the accepted pane). The caller closes the socket."""

    def connect(w: QWidget) -> tuple[socket.socket, Any]:
        lst = start_server(w)
        ext = socket.create_connection(("127.0.0.1", lst.property("localPort")), timeout=5)
        qtbot.waitUntil(lambda: len(find_panes(w, "accepted")) == 1, timeout=WAIT_MS)
        return ext, find_panes(w, "accepted")[0]

    return connect


@pytest.fixture
def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
