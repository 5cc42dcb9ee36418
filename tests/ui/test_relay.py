"""File → New relay in the window: the dialog, both legs as ordinary panes,
pausing one direction from a leg's Socket tab, injecting from a leg's send
box, a refused target said on the accepted leg, bad input refused."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

WAIT = 5000


@pytest.fixture
def target():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)
    ls.settimeout(5)
    yield ls
    ls.close()


def open_dialog(qtbot, window, child) -> QDialog:
    child(window, QAction, "relayAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "relayDialog") is not None, timeout=WAIT)
    return child(window, QDialog, "relayDialog")


def fill(child, dialog: QDialog, host: str, port: int) -> None:
    child(dialog, QLineEdit, "relayTargetHostEdit").setText(host)
    child(dialog, QSpinBox, "relayTargetPortSpin").setValue(port)
    assert child(dialog, QSpinBox, "relayListenPortSpin").value() == 0  # the OS picks


def start_relay(qtbot, window, child, panes, host: str, port: int):
    dialog = open_dialog(qtbot, window, child)
    fill(child, dialog, host, port)
    qtbot.mouseClick(child(dialog, QPushButton, "startRelayButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(p.property("state") == "listening" for p in panes(window, "listener")),
        timeout=WAIT,
    )
    return panes(window, "listener")[-1]


def relayed_panes(qtbot, window, panes):
    qtbot.waitUntil(
        lambda: len(panes(window, "relay-in")) == 1 and len(panes(window, "relay-out")) == 1,
        timeout=WAIT,
    )
    return panes(window, "relay-in")[0], panes(window, "relay-out")[0]


def nothing_waiting(sock: socket.socket) -> bool:
    """No byte to read now (a look without waiting)."""
    timeout = sock.gettimeout()
    sock.setblocking(False)
    try:
        sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return True
    finally:
        sock.settimeout(timeout)
    return False


def recv_exact(sock: socket.socket, n: int) -> bytes:
    got = b""
    while len(got) < n:
        part = sock.recv(n - len(got))
        if not part:
            break
        got += part
    return got


def test_relay_legs_pause_and_inject(qtbot, window, child, panes, click_send, target):
    relay = start_relay(qtbot, window, child, panes, "127.0.0.1", target.getsockname()[1])
    assert "Relay #" in relay.header.title.text()
    with socket.create_connection(("127.0.0.1", relay.property("localPort")), timeout=5) as cli:
        inside, outside = relayed_panes(qtbot, window, panes)
        qtbot.waitUntil(lambda: outside.property("state") == "connected", timeout=WAIT)
        server, _ = target.accept()
        with server:
            server.settimeout(5)
            label_in = child(inside, QLabel, "relayLegLabel").text()
            label_out = child(outside, QLabel, "relayLegLabel").text()
            assert "relay-in" in label_in and outside.header.title.text() in label_in
            assert "relay-out" in label_out and inside.header.title.text() in label_out

            cli.sendall(b"ping")
            assert recv_exact(server, 4) == b"ping"
            qtbot.waitUntil(lambda: outside.property("bytesSent") == 4, timeout=WAIT)
            assert inside.property("bytesReceived") == 4

            # Pause reading on the relay-in leg: client → target stops at the relay
            inside.show_tab("socket")
            pause = child(inside, QPushButton, "pauseReadingButton")
            assert "forwarded" in pause.toolTip()
            qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
            cli.sendall(b"held")
            server.sendall(b"pong")  # target → client still flows
            assert recv_exact(cli, 4) == b"pong"
            qtbot.waitUntil(lambda: inside.property("bytesSent") == 4, timeout=WAIT)
            assert nothing_waiting(server)  # nothing came through
            assert inside.property("bytesReceived") == 4
            qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)  # resume
            assert recv_exact(server, 4) == b"held"

            # bytes typed into a leg's send box reach that leg's peer
            click_send(inside, "to client")
            assert recv_exact(cli, 9) == b"to client"
            click_send(outside, "to target")
            assert recv_exact(server, 9) == b"to target"


def test_target_refused_is_said_on_the_accepted_leg(qtbot, window, child, panes, free_port):
    relay = start_relay(qtbot, window, child, panes, "127.0.0.1", free_port)
    with socket.create_connection(("127.0.0.1", relay.property("localPort")), timeout=5) as cli:
        inside, _outside = relayed_panes(qtbot, window, panes)
        qtbot.waitUntil(lambda: inside.property("state") == "aborted", timeout=WAIT)
        text = child(inside, QLabel, "relayLegLabel").text()
        assert "could not connect" in text and "ECONNREFUSED" in text
        with pytest.raises(ConnectionResetError):  # as connecting there would be
            cli.recv(10)


@pytest.mark.parametrize(
    ("host", "port", "words"),
    [
        ("no-such-host.invalid", 80, "does not resolve"),
        ("127.0.0.1", 0, "port 0"),
        ("", 80, "host"),
    ],
)
def test_bad_target_starts_nothing(qtbot, window, child, running_qthreads, host, port, words):
    threads = running_qthreads()
    dialog = open_dialog(qtbot, window, child)
    fill(child, dialog, host, port)
    error = child(dialog, QLabel, "relayError")
    button = child(dialog, QPushButton, "startRelayButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: words in error.text() and button.isEnabled(), timeout=15000)
    assert error.isVisible() and dialog.isVisible()
    assert window.sessions == [] and running_qthreads() == threads
    dialog.close()
