"""The socket-mechanics controls, driven through their widgets."""

import hashlib
import socket
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)


def click(qtbot, w):
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def test_pause_fills_receive_queue_gauge_then_resume(
    qtbot, window, child, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    cli.tabs.setCurrentIndex(2)
    pause = child(cli, QPushButton, "pauseReadingButton")
    click(qtbot, pause)
    assert pause.isChecked() and cli.session.reading_paused
    click_send(srv, "x" * 3000)
    gauge = child(cli, QProgressBar, "recvQueueGauge")
    qtbot.waitUntil(lambda: gauge.value() == 3000, timeout=5000)
    assert "3,000" in gauge.format() and cli.property("bytesReceived") == 0
    click(qtbot, pause)
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 3000, timeout=5000)
    qtbot.waitUntil(lambda: gauge.value() == 0, timeout=5000)


def test_recv_size_spin_changes_recv_calls(qtbot, window, child, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(srv, "warm")  # the recv(4096) already waiting takes this
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 4, timeout=5000)
    child(cli, QSpinBox, "recvSizeSpin").setValue(2)
    click_send(srv, "abcdef")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 10, timeout=5000)
    store = cli.session.store
    tail = [store.size[i] for i in range(len(store)) if store.asked[i] == 2]
    assert tail == [2, 2, 2]


def test_options_live_show_applied_value(qtbot, window, child, connect_pair):
    cli, _srv = connect_pair(window)
    spin = child(cli, QSpinBox, "rcvbufSpin")
    spin.setValue(10000)
    spin.editingFinished.emit()
    applied = child(cli, QWidget, "rcvbufApplied")
    real = cli.session.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
    assert applied.text() == f"→ {real:,}"
    nodelay = child(cli, QCheckBox, "nodelayCheck")
    nodelay.setChecked(True)
    assert cli.session.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1


def test_client_form_options_before_connect(qtbot, window, panes, child, start_server):
    w = window
    start_server(w)
    click(qtbot, child(w, QToolButton, "clientOptionsButton"))
    w.client_options.findChild(QSpinBox, "rcvbufSpin").setValue(6000)
    child(w, QSpinBox, "connectTimeoutSpin").setValue(3)
    click(qtbot, child(w, QPushButton, "connectButton"))
    qtbot.waitUntil(
        lambda: panes(w, "client") and panes(w, "client")[0].property("state") == "connected",
        timeout=5000,
    )
    s = panes(w, "client")[0].session
    assert s.options["SO_RCVBUF"] == 6000 and s.connect_timeout == 3.0
    assert s.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 6000


def test_end_buttons(qtbot, window, child, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click(qtbot, child(cli, QPushButton, "shutWrButton"))
    qtbot.waitUntil(lambda: srv.property("state") == "peer-closed", timeout=5000)
    qtbot.waitUntil(lambda: cli.property("state") == "half-closed", timeout=5000)
    click_send(srv, "still here")  # the peer can still send back
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 10, timeout=5000)
    click(qtbot, child(srv, QPushButton, "abortButton"))
    qtbot.waitUntil(lambda: cli.property("state") == "aborted", timeout=5000)
    assert cli.property("lastError") == "ECONNRESET"


def test_trickle_and_file_from_send_tools(qtbot, window, tmp_path, child, connect_pair):
    cli, srv = connect_pair(window)
    child(cli, QLineEdit, "sendEdit").setText("abcdefghij")
    child(cli, QSpinBox, "tricklePieceSpin").setValue(3)
    child(cli, QSpinBox, "trickleDelaySpin").setValue(1)
    click(qtbot, child(cli, QPushButton, "trickleButton"))
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 10, timeout=5000)
    qtbot.waitUntil(lambda: cli.property("sendCalls") == 4, timeout=5000)
    path = tmp_path / "f.bin"
    data = bytes(range(256)) * 1000
    path.write_bytes(data)
    assert cli.send_tools.send_file(str(path))
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 10 + len(data), timeout=10000)
    got = srv.session.store.retained(10, 10 + len(data))
    assert hashlib.sha256(got).digest() == hashlib.sha256(data).digest()
    bar = child(cli, QProgressBar, "jobProgress")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5000)


def test_echo_checkbox_on_accepted_pane(qtbot, window, child, connect_pair, click_send):
    cli, srv = connect_pair(window)
    child(srv, QCheckBox, "echoCheck").setChecked(True)
    click_send(cli, "echo me")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 7, timeout=5000)
    assert cli.session.store.retained(0, 100).count(b"echo me") == 2  # sent + echoed
    edit = child(srv, QLineEdit, "autoReplyEdit")
    child(srv, QCheckBox, "echoCheck").setChecked(False)
    edit.setText(r"bad \q")
    edit.editingFinished.emit()
    assert not child(srv, QWidget, "autoReplyError").isHidden()  # on a tab not shown


def test_auto_reply_has_a_size_limit_and_shows_its_amplification(
    qtbot, window, child, connect_pair, click_send
):
    cli, srv = connect_pair(window)
    edit = child(srv, QLineEdit, "autoReplyEdit")
    error = child(srv, QWidget, "autoReplyError")
    amp = child(srv, QLabel, "autoReplyAmplification")
    edit.setText("ab" * 2049)  # 4098 bytes: over the limit
    edit.editingFinished.emit()
    assert not error.isHidden() and "4,098" in error.text()
    assert srv.session.auto_reply == b""  # the reply in use stays as it was
    child(srv, QCheckBox, "closeAfterReplyCheck").setChecked(True)  # still applies
    assert srv.session.close_after_reply
    child(srv, QCheckBox, "closeAfterReplyCheck").setChecked(False)
    with pytest.raises(ValueError):
        srv.session.auto_reply = b"x" * 5000
    edit.setText("OK\\r\\n")
    edit.editingFinished.emit()
    assert error.isHidden() and srv.session.auto_reply == b"OK\r\n"
    assert not amp.isHidden() and "×4" in amp.text()
    click_send(cli, "x")  # one byte in, four back
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 4, timeout=5000)
    child(srv, QCheckBox, "echoCheck").setChecked(True)
    assert "×1" in amp.text()


@pytest.mark.skipif(not hasattr(socket, "TCP_KEEPIDLE"), reason="Linux keepalive options")
def test_keepalive_timing_before_connect_and_live(qtbot, window, panes, child, start_server):
    w = window
    start_server(w)
    form = w.client_options
    idle = form.findChild(QSpinBox, "keepIdleSpin")
    assert not idle.isEnabled()  # only with SO_KEEPALIVE on
    form.findChild(QCheckBox, "keepaliveCheck").setChecked(True)
    assert idle.isEnabled()
    idle.setValue(30)
    form.findChild(QSpinBox, "keepCountSpin").setValue(3)
    assert form.options() == {"SO_KEEPALIVE": 1, "TCP_KEEPIDLE": 30, "TCP_KEEPCNT": 3}
    click(qtbot, child(w, QPushButton, "connectButton"))
    qtbot.waitUntil(
        lambda: panes(w, "client") and panes(w, "client")[0].property("state") == "connected",
        timeout=5000,
    )
    cli = panes(w, "client")[0]
    sock = cli.session.sock
    assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 30
    assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 3
    live = child(cli, QSpinBox, "keepIntervalSpin")  # the pane's own editor
    live.setValue(7)
    live.editingFinished.emit()
    assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 7


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="TCP_INFO is Linux's")
def test_the_socket_tab_shows_the_kernels_tcp_state(qtbot, window, child, connect_pair):
    cli, srv = connect_pair(window)
    cli.tabs.setCurrentIndex(cli.tabs.index_of("socket"))
    label = child(cli, QLabel, "tcpStateLabel")
    qtbot.waitUntil(lambda: cli.property("tcpState") == "ESTABLISHED", timeout=5000)
    assert "ESTABLISHED" in label.text() and "segments out" in label.text()
    cli.session.stop()  # the client closes first ...
    srv.session.stop()  # ... then the server: the client's side waits in TIME_WAIT
    qtbot.waitUntil(lambda: cli.property("tcpState") == "TIME_WAIT", timeout=5000)
    assert "TIME_WAIT" in label.text() and label.isVisible()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="TCP_INFO is Linux's")
def test_segments_out_counts_the_kernels_segments(qtbot, window, child, connect_pair):
    cli, srv = connect_pair(window)
    cli.tabs.setCurrentIndex(cli.tabs.index_of("socket"))
    # before any data: SYN and the ACK of the handshake
    qtbot.waitUntil(lambda: cli.property("segmentsOut") == 2, timeout=5000)
    cli.session.send(b"ping")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=5000)
    qtbot.waitUntil(lambda: cli.property("segmentsOut") == 3, timeout=5000)  # one data segment
    cli.session.stop()
    srv.session.stop()
    qtbot.waitUntil(lambda: cli.property("tcpState") == "TIME_WAIT", timeout=5000)
    assert cli.property("segmentsOut") == 0  # from the kernel's table: no counters


def test_a_send_behind_a_repeat_until_stopped_says_so(qtbot, window, child, connect_pair):
    """Bytes sent while a repeat runs until stopped wait behind it: the send
    box says so (not as an error), and they go out once it is stopped."""
    cli, srv = connect_pair(window)
    child(cli, QLineEdit, "sendEdit").setText("tick")
    child(cli, QSpinBox, "repeatCountSpin").setValue(0)  # until stopped
    child(cli, QSpinBox, "repeatIntervalSpin").setValue(50)
    click(qtbot, child(cli, QPushButton, "repeatButton"))
    bar = child(cli, QProgressBar, "jobProgress")
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=5000)  # busy: the pane knows it runs
    child(cli, QLineEdit, "sendEdit").setText("after")
    click(qtbot, child(cli, QPushButton, "sendButton"))
    note = child(cli, QLabel, "sendError")
    assert not note.isHidden() and "Stop sending" in note.text()
    click(qtbot, child(cli, QPushButton, "stopJobButton"))
    qtbot.waitUntil(lambda: srv.session.store.retained(0, 1 << 20).endswith(b"after"), timeout=5000)
