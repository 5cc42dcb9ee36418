"""A relay in the conversation view, with real sockets: a relay leg's
Conversation button shows the client, both legs and the target (those in
the window), and each leg's recv() linked to the other leg's send() calls
that passed its bytes on, by stream offset; bytes typed into a leg stop the
links. The relay's listen host (127.0.0.1, ::1, a name), and a bad one said
in the dialog."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QToolButton

from socket_playground.core.events import Direction
from socket_playground.core.sequence import ArrowKind

from .test_relay import open_dialog, recv_exact, relayed_panes
from .test_sequence_view import open_view

WAIT = 5000


def start_relay(qtbot, window, child, panes, target_port: int, listen="127.0.0.1", target=None):
    dialog = open_dialog(qtbot, window, child)
    child(dialog, QLineEdit, "relayListenHostEdit").setText(listen)
    child(dialog, QLineEdit, "relayTargetHostEdit").setText(target or listen)
    child(dialog, QSpinBox, "relayTargetPortSpin").setValue(target_port)
    before = len(panes(window, "listener"))
    qtbot.mouseClick(child(dialog, QPushButton, "startRelayButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            len(panes(window, "listener")) == before + 1
            and panes(window, "listener")[-1].property("state") == "listening"
        ),
        timeout=WAIT,
    )
    return panes(window, "listener")[-1]


def counted(qtbot, *expected):
    """Wait until each (pane, received, sent) has recorded those byte counts:
    every socket's record is drained on its own, so one leg's may lag."""
    for pane, received, sent in expected:
        qtbot.waitUntil(
            lambda p=pane, r=received, s=sent: (
                p.property("bytesReceived") == r and p.property("bytesSent") == s
            ),
            timeout=WAIT,
        )


def stream(store, direction: int) -> bytes:
    """One direction's bytes, in order (all kept: small tests)."""
    parts = []
    for i in range(len(store)):
        if store.direction[i] == direction:
            parts.append(store.retained(store.combined[i], store.combined[i] + store.size[i]))
    return b"".join(parts)


def forwards(view):
    return [a for a in view.canvas.scene.arrows if a.kind is ArrowKind.FORWARD]


def check_links(view, received_lane: int):
    """Every link from ``received_lane``: the bytes its recv() got at [start,
    end) are the bytes the other leg's send() sent at the same offsets, past
    the bytes typed into that leg before them; the links cover the stream
    without gaps. Returns the bytes covered."""
    sessions = view.sessions
    links = sorted((a for a in forwards(view) if a.side == received_lane), key=lambda a: a.start)
    got = stream(sessions[received_lane].store, Direction.IN)
    covered = b""
    for a in links:
        sender = sessions[a.dest].store
        assert a.dest != received_lane and a.t_to >= a.t_from
        sent = stream(sender, Direction.OUT)
        [(x, y)] = sessions[a.dest].typed.to_sent(a.start, a.end)  # (within one send())
        assert got[a.start : a.end] == sent[x:y]
        recv_store = sessions[received_lane].store
        assert recv_store.offset[a.recv_chunk] <= a.start < a.end
        assert a.end <= recv_store.offset[a.recv_chunk] + recv_store.size[a.recv_chunk]
        assert sender.offset[a.send_chunk] <= x
        assert y <= sender.offset[a.send_chunk] + sender.size[a.send_chunk]
        if a.start >= len(covered):
            covered += got[len(covered) : a.end]
    return covered


def test_relay_between_a_client_pane_and_a_server_pane(
    qtbot, window, child, panes, start_server, click_send
):
    server = start_server(window)
    relay = start_relay(qtbot, window, child, panes, server.property("localPort"))
    window.client_host.setText("127.0.0.1")
    window.client_port.setValue(relay.property("localPort"))
    qtbot.mouseClick(child(window, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    inside, outside = relayed_panes(qtbot, window, panes)
    qtbot.waitUntil(lambda: len(panes(window, "accepted")) == 1, timeout=WAIT)
    client, accepted = panes(window, "client")[0], panes(window, "accepted")[0]
    qtbot.waitUntil(lambda: client.property("state") == "connected", timeout=WAIT)

    click_send(client, "GET / HTTP/1.0")  # 14 bytes through the relay
    qtbot.waitUntil(lambda: accepted.property("bytesReceived") == 14, timeout=WAIT)
    click_send(accepted, "200 OK")
    qtbot.waitUntil(lambda: client.property("bytesReceived") == 6, timeout=WAIT)
    click_send(client, "bye")
    qtbot.waitUntil(lambda: accepted.property("bytesReceived") == 17, timeout=WAIT)
    counted(qtbot, (client, 6, 17), (inside, 17, 6), (outside, 6, 17), (accepted, 17, 6))

    view = open_view(qtbot, window, inside, child)
    lanes = (client.session, inside.session, outside.session, accepted.session)
    assert view.sessions == lanes  # client → relay-in | relay-out → target
    assert view.canvas.names[1:3] == (
        f"relay-in #{inside.session.id}",
        f"relay-out #{outside.session.id}",
    )
    view.refresh()
    # client → relay-in and relay-out → target: each request and reply an arrow
    data = [a for a in view.canvas.scene.arrows if a.kind is ArrowKind.DATA]
    assert {(a.side, a.dest) for a in data} == {(0, 1), (1, 0), (2, 3), (3, 2)}
    assert sum(a.nbytes for a in data if a.side == 0) == 17
    assert sum(a.nbytes for a in data if a.side == 3) == 6
    # the relay: relay-in's recv() → relay-out's send(), and back
    assert {(a.side, a.dest) for a in forwards(view)} == {(1, 2), (2, 1)}
    assert check_links(view, 1) == b"GET / HTTP/1.0bye"
    assert check_links(view, 2) == b"200 OK"
    assert view.property("forwardArrowCount") == len(forwards(view))
    assert not view.property("forwardUnlinked")
    assert "Dotted" in view.note.text()

    # a call of the target's socket clicked: its row in its pane
    box = next(b for b in view.canvas.scene.boxes if b.side == 3 and b.chunk >= 0)
    view.canvas.box_clicked.emit(3, box.chunk)
    assert accepted.table.selectionModel().isRowSelected(box.chunk)

    # the relay-out leg's button shows the same dock
    button = child(outside, QToolButton, "conversationButton")
    assert "relay" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(window.conversations) == 1


@pytest.fixture
def plain_target():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)
    ls.settimeout(5)
    yield ls
    ls.close()


def test_only_the_two_legs_and_typed_bytes(qtbot, window, child, panes, click_send, plain_target):
    relay = start_relay(qtbot, window, child, panes, plain_target.getsockname()[1])
    with socket.create_connection(("127.0.0.1", relay.property("localPort")), timeout=5) as cli:
        inside, outside = relayed_panes(qtbot, window, panes)
        qtbot.waitUntil(lambda: outside.property("state") == "connected", timeout=WAIT)
        server, _ = plain_target.accept()
        with server:
            server.settimeout(5)
            cli.sendall(b"abc")
            assert recv_exact(server, 3) == b"abc"
            cli.sendall(b"defgh")
            assert recv_exact(server, 5) == b"defgh"
            server.sendall(b"xyz")
            assert recv_exact(cli, 3) == b"xyz"
            counted(qtbot, (inside, 8, 3), (outside, 3, 8))

            view = open_view(qtbot, window, outside, child)
            assert view.sessions == (inside.session, outside.session)  # the ends not in it
            view.refresh()
            assert view.property("arrowCount") == 0  # no two ends of one connection here
            assert check_links(view, 0) == b"abcdefgh"
            assert check_links(view, 1) == b"xyz"

            # bytes typed into relay-out go out among the forwarded ones: its
            # notes say where, and the forwarding past them is linked too
            click_send(outside, "typed")
            assert recv_exact(server, 5) == b"typed"
            cli.sendall(b"more")
            assert recv_exact(server, 4) == b"more"
            counted(qtbot, (inside, 12, 3), (outside, 3, 17))
            qtbot.waitUntil(lambda: outside.session.typed.done == [(8, 13)], timeout=WAIT)
            view.refresh()
            assert not view.property("forwardUnlinked")
            assert check_links(view, 0) == b"abcdefghmore"
            typed_row = outside.session.store.chunk_at(8 + 3)  # (combined: 3 received first)
            assert not [a for a in forwards(view) if a.send_chunk == typed_row]
            # the other direction is untouched
            server.sendall(b"!")
            assert recv_exact(cli, 1) == b"!"
            counted(qtbot, (inside, 12, 4), (outside, 4, 17))
            view.refresh()
            assert check_links(view, 1) == b"xyz!"


def ipv6_loopback() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback")
def test_relay_listens_on_ipv6_loopback(qtbot, window, child, panes):
    with socket.socket(socket.AF_INET6) as target:
        target.bind(("::1", 0))
        target.listen(2)
        target.settimeout(5)
        relay = start_relay(qtbot, window, child, panes, target.getsockname()[1], listen="::1")
        assert relay.session.local_addr[0] == "::1"
        port = relay.property("localPort")
        with socket.create_connection(("::1", port), timeout=5) as cli:
            inside, outside = relayed_panes(qtbot, window, panes)
            server, _ = target.accept()
            with server:
                server.settimeout(5)
                cli.sendall(b"over v6")
                assert recv_exact(server, 7) == b"over v6"
                counted(qtbot, (inside, 7, 0), (outside, 0, 7))
                view = open_view(qtbot, window, inside, child)
                view.refresh()
                assert check_links(view, 0) == b"over v6"


def test_relay_listens_on_a_name(qtbot, window, child, panes, plain_target):
    relay = start_relay(
        qtbot, window, child, panes, plain_target.getsockname()[1], "localhost", "127.0.0.1"
    )
    assert relay.session.local_addr[0] in ("127.0.0.1", "::1")


@pytest.mark.parametrize(
    ("host", "words"),
    [
        ("999.1.1.1", "not a valid IPv4 address"),
        ("bad host!", "Not a valid host name"),
        ("::1::2", "not a valid IPv6 address"),
        ("", "Enter a host"),
    ],
)
def test_bad_listen_host_is_said(qtbot, window, child, panes, running_qthreads, host, words):
    threads = running_qthreads()
    dialog = open_dialog(qtbot, window, child)
    edit = child(dialog, QLineEdit, "relayListenHostEdit")
    assert edit.text() == "127.0.0.1"
    edit.setText(host)
    child(dialog, QSpinBox, "relayTargetPortSpin").setValue(80)
    qtbot.mouseClick(child(dialog, QPushButton, "startRelayButton"), Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "relayError")
    assert error.isVisible() and words in error.text()
    assert dialog.isVisible() and edit.text() == host  # nothing typed is lost
    assert window.findChild(QDialog, "relayDialog") is dialog
    assert panes(window, "listener") == [] and running_qthreads() == threads
    edit.setText("127.0.0.1")  # put right, it starts
    qtbot.mouseClick(child(dialog, QPushButton, "startRelayButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panes(window, "listener")) == 1, timeout=WAIT)


def test_every_interface_is_asked_about_first(qtbot, window, child, panes, monkeypatch):
    asked = []

    def refuse(_window, host):  # the modal question, answered Cancel
        asked.append(host)
        return False

    monkeypatch.setattr("socket_playground.ui.relay_dialog.confirm_bind_all", refuse)
    dialog = open_dialog(qtbot, window, child)
    child(dialog, QLineEdit, "relayListenHostEdit").setText("0.0.0.0")
    child(dialog, QSpinBox, "relayTargetPortSpin").setValue(80)
    qtbot.mouseClick(child(dialog, QPushButton, "startRelayButton"), Qt.MouseButton.LeftButton)
    assert asked == ["0.0.0.0"]
    assert "every interface" in child(dialog, QLabel, "relayError").text()
    assert dialog.isVisible() and panes(window, "listener") == []


def test_a_saved_relay_opens_as_one(
    qtbot, window, child, panes, click_send, plain_target, tmp_path
):
    """Saved and opened again: the legs are relay-in and relay-out panes with
    their other leg named, and their Conversation links the same forwarding
    (up to the typed bytes, which the file also keeps)."""
    from socket_playground import __version__
    from socket_playground.core.sessionfile import SocketSource, open_session, save_session
    from socket_playground.ui.main_window import MainWindow
    from socket_playground.ui.saved import show_saved
    from socket_playground.workers.session import stop_sessions

    relay = start_relay(qtbot, window, child, panes, plain_target.getsockname()[1])
    with socket.create_connection(("127.0.0.1", relay.property("localPort")), timeout=5) as cli:
        inside, outside = relayed_panes(qtbot, window, panes)
        qtbot.waitUntil(lambda: outside.property("state") == "connected", timeout=WAIT)
        server, _ = plain_target.accept()
        with server:
            server.settimeout(5)
            cli.sendall(b"hello")
            assert recv_exact(server, 5) == b"hello"
            counted(qtbot, (inside, 5, 0), (outside, 0, 5))  # (typed after the forwarded)
            click_send(outside, "typed")
            assert recv_exact(server, 5) == b"typed"
            server.sendall(b"back")
            assert recv_exact(cli, 4) == b"back"
            counted(qtbot, (inside, 5, 4), (outside, 4, 10))
    legs = [relay.session, inside.session, outside.session]
    stop_sessions(legs)
    path = tmp_path / "relay.sps"
    save_session(path, [SocketSource.of(s) for s in legs], __version__)
    other = MainWindow()
    qtbot.addWidget(other)
    with open_session(path) as sf:
        show_saved(other, sf)
        other.show()
        (saved_in,) = panes(other, "relay-in")
        (saved_out,) = panes(other, "relay-out")
        assert saved_in.property("otherLeg") == saved_out.session.id
        label = child(saved_in, QLabel, "relayLegLabel").text()
        assert "relay-out" in label and str(plain_target.getsockname()[1]) in label
        assert any("relay leg relay-in" in line for line in saved_in.timeline.lines())
        view = open_view(qtbot, other, saved_out, child)
        assert view.sessions == (saved_in.session, saved_out.session)
        view.refresh()
        assert saved_out.session.typed.done == [(5, 10)]  # (the file keeps the notes)
        assert check_links(view, 0) == b"hello"  # the typed bytes are not forwarding
        assert check_links(view, 1) == b"back"
        assert not view.property("forwardUnlinked")
        other.stop_all()
        other.close()  # (no more painting from the file once it is closed)
