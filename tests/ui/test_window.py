"""The window driven as a person would: through the named widgets."""

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QTableView, QWidget

from socket_playground.ui.main_window import MainWindow


def test_four_action_conversation(qtbot, window, panes, child, start_server):
    w = window
    lst = start_server(w)
    port = lst.property("localPort")
    assert port > 0
    assert child(w, QSpinBox, "clientPortSpin").value() == port  # follows the server
    qtbot.mouseClick(child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            len(panes(w, "client")) == 1
            and len(panes(w, "accepted")) == 1
            and panes(w, "client")[0].property("state") == "connected"
        ),
        timeout=5000,
    )
    cli = panes(w, "client")[0]
    srv = panes(w, "accepted")[0]
    assert cli.property("peerPort") == port
    assert srv.property("peerPort") == cli.property("localPort")
    edit = child(cli, QLineEdit, "sendEdit")
    qtbot.keyClicks(edit, "hello")
    qtbot.mouseClick(child(cli, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 5, timeout=5000)
    assert srv.property("recvCalls") == 1
    # each pane follows its own socket's events: wait for the sender's too
    qtbot.waitUntil(lambda: cli.property("bytesSent") == 5, timeout=5000)
    assert cli.property("sendCalls") == 1
    table = child(srv, QTableView, "chunkTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=2000)  # views repaint ≤ 20/s
    idx = table.model().index(0, 4)
    assert table.model().data(idx) == "hello"
    assert table.model().data(table.model().index(0, 1)) == "recv(4096)"
    assert table.model().data(table.model().index(0, 2)) == 5
    # The listener has no send box: it never sends or receives.
    assert lst.findChild(QLineEdit, "sendEdit") is None


def test_external_client_talks_to_window_server(qtbot, window, child, external_client):
    ext, pane = external_client(window)
    try:
        ext.sendall(b"ping\r\n")
        qtbot.waitUntil(lambda: pane.property("bytesReceived") == 6, timeout=5000)
        child(pane, QComboBox, "sendModeCombo").setCurrentIndex(1)  # Hex
        edit = child(pane, QLineEdit, "sendEdit")
        edit.setText("70 6f 6e 67")
        qtbot.mouseClick(child(pane, QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
        assert ext.recv(16) == b"pong"
        ext.sendall(b"bye")
        ext.close()
        qtbot.waitUntil(lambda: pane.property("state") == "peer-closed", timeout=5000)
        # Ordered: when peer-closed is visible, all data before the end is counted.
        assert pane.property("bytesReceived") == 9
        assert pane.property("recvCalls") >= 3
    finally:
        ext.close()


def test_send_box_parse_error_sends_nothing(qtbot, window, child, connect_pair, click_send):
    cli, _srv = connect_pair(window)
    child(cli, QComboBox, "sendModeCombo").setCurrentIndex(1)
    edit = child(cli, QLineEdit, "sendEdit")
    click_send(cli, "48 65 zz")
    err = cli.findChild(QWidget, "sendError")
    assert err.isVisible() and "7" in err.text()  # 1-based position of the bad digit
    assert edit.text() == "48 65 zz"  # nothing lost
    assert edit.selectionStart() == 6
    child(cli, QComboBox, "sendModeCombo").setCurrentIndex(0)
    click_send(cli, r"bad \q escape")
    assert err.isVisible() and r"\q" in err.text()
    assert cli.property("sendCalls") == 0 and cli.property("bytesSent") == 0


def test_escapes_are_sent_as_bytes(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(cli, r"a\tb\r\n\x00\\")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 7, timeout=5000)
    assert srv.session.store.retained(0, 7) == b"a\tb\r\n\x00\\"


def test_invalid_host_shows_message_and_starts_nothing(qtbot, window, panes, child):
    w = window
    host = child(w, QLineEdit, "clientHostEdit")
    host.setText("256.1.1.1")
    qtbot.mouseClick(child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    err = w.findChild(QWidget, "formError")
    assert err.isVisible() and "256.1.1.1" in err.text()
    assert panes(w) == []
    shost = child(w, QLineEdit, "serverHostEdit")
    shost.setText("")
    qtbot.mouseClick(child(w, QPushButton, "startServerButton"), Qt.MouseButton.LeftButton)
    assert err.isVisible() and panes(w) == []


def test_refused_connection_keeps_a_pane_in_error(qtbot, window, free_port, panes, child):
    w = window
    child(w, QSpinBox, "clientPortSpin").setValue(free_port)
    qtbot.mouseClick(child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    assert len(panes(w, "client")) == 1  # the pane appears at once
    pane = panes(w, "client")[0]
    qtbot.waitUntil(lambda: pane.property("state") == "error", timeout=5000)
    assert pane.property("lastError") == "ECONNREFUSED"
    expl = pane.findChild(QWidget, "errorExplanation")
    assert expl.isVisible() and "ECONNREFUSED" in expl.text()


def test_port_in_use(qtbot, window, panes, child):
    w = window
    other = socket.socket()
    other.bind(("127.0.0.1", 0))
    other.listen(1)
    try:
        child(w, QSpinBox, "serverPortSpin").setValue(other.getsockname()[1])
        qtbot.mouseClick(child(w, QPushButton, "startServerButton"), Qt.MouseButton.LeftButton)
        pane = panes(w, "listener")[0]
        qtbot.waitUntil(lambda: pane.property("state") == "error", timeout=5000)
        assert pane.property("lastError") == "EADDRINUSE"
    finally:
        other.close()


def test_pane_stays_after_close_until_removed(
    qtbot, window, panes, child, connect_pair, click_send
):
    w = window
    cli, srv = connect_pair(w)
    click_send(cli, "data")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=5000)
    qtbot.mouseClick(child(cli, QPushButton, "closeButton"), Qt.MouseButton.LeftButton)
    assert cli.property("state") == "closed"
    qtbot.mouseClick(child(cli, QPushButton, "closeButton"), Qt.MouseButton.LeftButton)  # twice
    qtbot.waitUntil(lambda: srv.property("state") == "peer-closed", timeout=5000)
    assert cli in panes(w, "client") and cli.property("bytesSent") == 4
    remove = cli.findChild(QWidget, "removeButton")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panes(w, "client") == [], timeout=2000)


def test_counters_do_not_wrap_past_2_31(qtbot, window, panes, child, start_server):
    w = window
    start_server(w)
    qtbot.mouseClick(child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panes(w, "client")) == 1, timeout=5000)
    cli = panes(w, "client")[0]
    store = cli.session.store
    store.total[0] += 3 * 2**31 + 7  # as after a 6 GiB transfer
    store.calls[1] += 2**32 + 1
    cli.refresh()
    assert cli.property("bytesReceived") == 3 * 2**31 + 7
    assert cli.property("sendCalls") == 2**32 + 1


def test_bytes_view_modes_render(qtbot, window, external_client):
    ext, pane = external_client(window)
    try:
        ext.sendall("héllo\nwörld\n".encode() + bytes(range(256)))
        qtbot.waitUntil(lambda: pane.property("bytesReceived") == 14 + 256, timeout=5000)
        view = pane.findChild(QWidget, "bytesView")
        combo = pane.findChild(QComboBox, "bytesModeCombo")
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            img = view.grab()
            assert not img.isNull()
        assert view.mode == "latin-1"
        assert len(view._line_starts) >= 3
    finally:
        ext.close()


def test_close_window_with_50_live_connections(qtbot, panes, child, running_qthreads, start_server):
    base = running_qthreads()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    child(w, QSpinBox, "serverBacklogSpin").setValue(128)
    lst = start_server(w)
    for _ in range(50):
        qtbot.mouseClick(child(w, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(
            lambda: (
                lst.connections.rowCount() == 50
                and all(p.property("state") == "connected" for p in panes(w, "client"))
            ),
            timeout=15000,
        )
        assert len(panes(w, "accepted")) == 8  # the first eight get a pane; all are listed
        # every end of the 50 connections has at least its reader thread running
        assert running_qthreads() >= base + 100
        sessions = list(w.sessions)
    finally:
        w.close()
    # close() itself stops every socket and ends every thread: nothing is left
    # running (a straggler that missed the stop deadline would still count),
    # without waiting for any event after it
    assert running_qthreads() == base
    assert len(sessions) == 101 and not any(s.alive for s in sessions)
    assert lst.property("state") == "closed"


def test_demo_conversation(qtbot, window, panes):
    w = window
    with qtbot.waitSignal(w.demo_finished, timeout=10000):
        w.run_demo()
    cli = panes(w, "client")[0]
    srv = panes(w, "accepted")[0]
    qtbot.waitUntil(lambda: srv.property("state") == "closed", timeout=5000)
    assert cli.property("state") == "peer-closed"
    req = len(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
    assert srv.property("bytesReceived") == req == cli.property("bytesSent")
    assert cli.property("bytesReceived") == srv.property("bytesSent") > 60000
    # one large send() arrives as several recv() results (TCP is a stream)
    assert cli.property("recvCalls") > 3


def test_failed_send_reports_unsent_bytes(qtbot, window, child, connect_pair, click_send):
    """A send() that fails (peer gone) leaves no phantom 'queued' count."""
    w = window
    cli, srv = connect_pair(w)
    qtbot.mouseClick(child(cli, QPushButton, "closeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: srv.property("state") == "peer-closed", timeout=5000)
    # the first send after the peer closed usually succeeds (the peer's kernel
    # answers it with RST); keep sending until send() fails, bounded
    for _ in range(50):
        if not srv.session.can_send:
            break
        click_send(srv, "x" * 1000)
        qtbot.waitUntil(lambda: srv.session.queued == 0, timeout=5000)
    qtbot.waitUntil(lambda: srv.property("state") in ("error", "aborted"), timeout=5000)
    # EPIPE is an error; ECONNRESET (some systems) is a reset: aborted
    assert (srv.property("state"), srv.property("lastError")) in (
        ("error", "EPIPE"),
        ("aborted", "ECONNRESET"),
    )
    assert srv.session.queued == 0


def test_unconnected_client_shows_target_not_a_fake_pair(qtbot, window, free_port, panes, child):
    w = window
    child(w, QSpinBox, "clientPortSpin").setValue(free_port)
    qtbot.keyClick(child(w, QLineEdit, "clientHostEdit"), Qt.Key.Key_Return)  # Enter works
    pane = panes(w, "client")[0]
    qtbot.waitUntil(lambda: pane.property("state") == "error", timeout=5000)
    label = pane.findChild(QWidget, "addressLabel")
    assert label.text() == f"→ 127.0.0.1:{free_port}"
    close = child(pane, QPushButton, "closeButton")
    qtbot.waitUntil(lambda: not close.isEnabled(), timeout=5000)  # socket already closed


def test_throughput_meter(qtbot, window, connect_pair):
    cli, srv = connect_pair(window)
    cli.send_tools.count.setValue(200)
    cli.send_tools.interval.setValue(0)
    cli.send_edit.setText("z" * 1000)
    cli.send_tools.repeat.click()
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 200_000, timeout=10000)
    srv.update_views()
    assert srv.property("receiveRate") > 0
    assert "MB/s" in srv.counters.text()


def test_a_removed_accepted_pane_frees_its_connection(
    qtbot, window, panes, child, connect_pair, click_send
):
    import gc
    import weakref

    from PySide6.QtWidgets import QTableView

    w = window

    def remove_one():  # (no reference to the pane or its session outlives this)
        cli, srv = connect_pair(w)
        click_send(cli, "data")
        qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=5000)
        lst = srv.session.parent_session
        table = w.panes[lst].findChild(QTableView, "connectionTable")
        assert table.model().rowCount() == 1
        qtbot.mouseClick(child(srv, QWidget, "removeButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: srv not in panes(w, "accepted"), timeout=2000)
        return weakref.ref(srv.session), lst, table

    gone, lst, table = remove_one()
    assert lst.children == [] and table.model().rowCount() == 0
    qtbot.waitUntil(lambda: (gc.collect(), gone() is None)[1], timeout=5000)
