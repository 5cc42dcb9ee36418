"""UDP in the window: transportCombo and udpConnectCheck in the forms, the
UDP pane (role udp) with its rows and properties, the peer field, a saved
UDP session opened again."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QPushButton, QSpinBox

WAIT_MS = 5000


def _transport(w, form: str) -> QComboBox:
    box = w.findChild(QGroupBox, form)
    combo = box.findChild(QComboBox, "transportCombo")
    assert combo is not None
    return combo


def _udp(w, form: str) -> None:
    combo = _transport(w, form)
    combo.setCurrentIndex(combo.findData("udp"))


def _start_pair(qtbot, w, panes, connected=False):
    _udp(w, "serverForm")
    _udp(w, "clientForm")
    w.server_host.setText("127.0.0.1")
    w.start_server_button.click()
    (srv,) = panes(w, "udp")
    qtbot.waitUntil(lambda: srv.property("state") == "bound", timeout=WAIT_MS)
    assert w.client_port.value() == srv.property("localPort")  # the client form follows
    w.client_form.findChild(QCheckBox, "udpConnectCheck").setChecked(connected)
    w.connect_button.click()
    (cli,) = [p for p in panes(w, "udp") if p is not srv]
    return srv, cli


def _send(pane, text: str) -> None:
    pane.findChild(QLineEdit, "sendEdit").setText(text)
    pane.findChild(QPushButton, "sendButton").click()


def test_each_form_offers_tcp_and_udp(window):
    for form in ("serverForm", "clientForm"):
        combo = _transport(window, form)
        assert [combo.itemData(i) for i in range(combo.count())] == ["tcp", "udp"]
        assert combo.currentData() == "tcp"  # the default
    check = window.client_form.findChild(QCheckBox, "udpConnectCheck")
    assert check is not None and not check.isEnabled()
    _udp(window, "clientForm")
    assert check.isEnabled()
    assert not window.connect_timeout.isEnabled()  # TCP's only


def test_udp_pane_rows_and_properties(qtbot, window, panes, child):
    srv, cli = _start_pair(qtbot, window, panes)
    assert srv.property("role") == "udp" and srv.property("family") == "ipv4"
    for word in ("cat", "dog", "fox"):
        _send(cli, word)
    qtbot.waitUntil(lambda: srv.property("datagramsReceived") == 3, timeout=WAIT_MS)
    # (the client's record is drained on its own: wait for it too)
    qtbot.waitUntil(lambda: cli.property("datagramsSent") == 3, timeout=WAIT_MS)
    assert srv.property("bytesReceived") == 9 and cli.property("bytesSent") == 9
    assert srv.property("messageCount") == 3
    srv.update_views()
    model = srv.model
    assert model.rowCount() == 3
    peer = srv.property("lastPeer")
    assert model.index(0, model.COL_CALL).data() == "recvfrom(65535)"
    assert model.index(0, model.COL_PEER).data() == peer
    assert model.index(2, model.COL_BYTES).data() == 3
    # recvfrom(2): a 4-byte datagram is cut, and the row says so
    child(srv, QSpinBox, "recvSizeSpin").setValue(2)
    _send(cli, "wolf")
    qtbot.waitUntil(lambda: srv.property("datagramsTruncated") == 1, timeout=WAIT_MS)
    srv.update_views()
    assert model.index(3, model.COL_BYTES).data() == "2 of 4"
    assert "2 lost" in srv.timeline.lines()[-1]
    # the server answers the last peer
    _send(srv, "hi")
    qtbot.waitUntil(lambda: cli.property("datagramsReceived") == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: srv.property("datagramsSent") == 1, timeout=WAIT_MS)


def test_peer_field_refuses_bad_input_and_sends_to_a_typed_peer(qtbot, window, panes, child):
    srv, _cli = _start_pair(qtbot, window, panes)
    peer_edit = child(srv, QLineEdit, "udpPeerEdit")
    # no peer yet, none typed: a clear message, nothing sent
    _send(srv, "x")
    error = srv.send_box.error
    assert error.isVisibleTo(srv) and "No peer yet" in error.text()
    for bad, words in (("example.org:80", "numbers"), ("127.0.0.1", "port"), ("[::1]:5", "IPv4")):
        peer_edit.setText(bad)
        _send(srv, "x")
        assert words in error.text(), (bad, error.text())
    assert srv.property("datagramsSent") == 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as other:
        other.bind(("127.0.0.1", 0))
        other.settimeout(5)
        peer_edit.setText(f"127.0.0.1:{other.getsockname()[1]}")
        _send(srv, "to you")
        assert other.recvfrom(100)[0] == b"to you"
    qtbot.waitUntil(lambda: srv.property("datagramsSent") == 1, timeout=WAIT_MS)


def test_connected_udp_to_nothing_shows_an_error_row(qtbot, window, panes, child):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _udp(window, "clientForm")
    window.client_port.setValue(port)
    child(window.client_form, QCheckBox, "udpConnectCheck").setChecked(True)
    window.connect_button.click()
    (cli,) = panes(window, "udp")
    qtbot.waitUntil(lambda: cli.property("state") == "connected", timeout=WAIT_MS)
    assert not child(cli, QLineEdit, "udpPeerEdit").isEnabled()
    _send(cli, "anyone")
    qtbot.waitUntil(lambda: cli.property("lastError") == "ECONNREFUSED", timeout=WAIT_MS)
    assert cli.property("state") == "connected"  # still usable
    cli.update_views()
    assert any("ECONNREFUSED" in line for line in cli.timeline.lines())
    assert cli.send_button.isEnabled()


def test_broadcast_is_off_unless_chosen(qtbot, window, panes, child):
    _srv, cli = _start_pair(qtbot, window, panes)
    check = child(cli, QCheckBox, "broadcastCheck")
    assert not check.isChecked()
    check.setChecked(True)
    qtbot.waitUntil(
        lambda: any(getattr(e, "name", "") == "SO_BROADCAST" for e in cli.session.events),
        timeout=WAIT_MS,
    )
    assert cli.session.broadcast


def test_saved_udp_session_opens_in_udp_panes(qtbot, window, panes, tmp_path):
    from socket_playground import __version__
    from socket_playground.core.sessionfile import SocketSource, open_session, save_session
    from socket_playground.ui.main_window import MainWindow
    from socket_playground.ui.saved import show_saved
    from socket_playground.workers.session import stop_sessions

    srv, cli = _start_pair(qtbot, window, panes)
    _send(cli, "cat")
    qtbot.waitUntil(lambda: srv.property("datagramsReceived") == 1, timeout=WAIT_MS)
    stop_sessions([srv.session, cli.session])
    path = tmp_path / "udp.sps"
    save_session(path, [SocketSource.of(p.session) for p in (srv, cli)], __version__)
    other = MainWindow()
    qtbot.addWidget(other)
    with open_session(path) as sf:
        show_saved(other, sf)
        saved = sorted(panes(other, "udp"), key=lambda p: not p.udp.server)
        assert [p.property("datagramsReceived") for p in saved] == [1, 0]
        assert saved[0].udp.server and not saved[1].udp.server
        assert any("recvfrom" in line for line in saved[0].timeline.lines())
        other.stop_all()


def test_nonblocking_udp_from_the_form(qtbot, window, panes):
    """The form's I/O mode applies to recvfrom(): non-blocking, the call that
    finds nothing is a row (EAGAIN) and the socket stays bound; the pane's
    Socket tab changes the mode while it runs."""
    window.server_io_mode.set_mode("nonblocking")
    srv, cli = _start_pair(qtbot, window, panes)
    view = srv.timeline

    def said(word: str) -> bool:
        return any(word in view.item(i).text() for i in range(view.count()))

    qtbot.waitUntil(lambda: said("EAGAIN"), timeout=WAIT_MS)
    _send(cli, "ping")
    qtbot.waitUntil(lambda: srv.property("datagramsReceived") == 1, timeout=WAIT_MS)
    assert srv.property("state") == "bound" and srv.property("lastError") == ""
    tab = srv.tab("socket")
    combo = tab.findChild(QComboBox, "ioModeCombo")
    assert combo is not None
    row = tab.io_mode
    row.set_mode("timeout", 0.05)
    qtbot.waitUntil(lambda: said("TIMEOUT"), timeout=WAIT_MS)
