"""The I/O mode in the window: chosen in the client form, changed on the
Socket tab, and the calls in progress under the chunk table."""

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel


def _timeline_text(pane) -> str:
    pane.show_tab("timeline")
    return "\n".join(pane.timeline.lines())


def test_blocking_recv_is_shown_in_progress(qtbot, window, connect_pair):
    cli, _srv = connect_pair(window)
    label = cli.findChild(QLabel, "callsInProgress")
    qtbot.waitUntil(lambda: cli.property("callsInProgress") == "recv(4096)", timeout=5000)
    qtbot.waitUntil(lambda: label.text().startswith("in progress: recv(4096)"), timeout=5000)


def test_the_socket_tab_switches_to_nonblocking(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    cli.show_tab("socket")
    combo = child(cli, QComboBox, "ioModeCombo")
    spin = child(cli, QDoubleSpinBox, "ioTimeoutSpin")
    assert combo.currentData() == "blocking" and not spin.isEnabled()
    combo.setCurrentIndex(combo.findData("nonblocking"))
    qtbot.waitUntil(lambda: "setblocking(False)" in _timeline_text(cli), timeout=5000)
    click_send(srv, "wake")  # the blocked wait ends; from now on recv() does not block
    qtbot.waitUntil(lambda: cli.property("wouldBlockCount") >= 1, timeout=5000)
    qtbot.waitUntil(lambda: cli.property("callsInProgress") == "select()", timeout=5000)
    # (the timeline repaints a few times a second: wait for it)
    qtbot.waitUntil(lambda: "recv(4096) ✗ EAGAIN — BlockingIOError" in _timeline_text(cli))
    click_send(srv, "more")
    qtbot.waitUntil(lambda: "select([sock], [], []) → readable after" in _timeline_text(cli))
    cli.show_tab("socket")
    counts = child(cli, QLabel, "wouldBlockLabel")
    qtbot.waitUntil(lambda: counts.text().startswith("BlockingIOError ×"), timeout=5000)


def test_a_timeout_chosen_in_the_form(qtbot, window, start_server, panes, child):
    start_server(window)
    form = window.client_io_mode
    form.combo.setCurrentIndex(form.combo.findData("timeout"))
    assert form.seconds.isEnabled()
    form.seconds.setValue(0.05)
    window.connect_button.click()
    cli = panes(window, "client")[-1]
    qtbot.waitUntil(lambda: cli.property("state") == "connected", timeout=5000)
    qtbot.waitUntil(lambda: cli.session.timeouts >= 1, timeout=5000)
    qtbot.waitUntil(lambda: "recv(4096) ✗ TIMEOUT — TimeoutError" in _timeline_text(cli))
    assert "settimeout(0.05)" in _timeline_text(cli)
    assert cli.property("state") == "connected"


def test_timeline_times_read_in_order_with_timeouts(qtbot, window, start_server, panes):
    """A recv() that timed out shows when it struck, not when it began: a
    setsockopt() made while it waited is listed before it and is earlier."""
    start_server(window)
    form = window.client_io_mode
    form.combo.setCurrentIndex(form.combo.findData("timeout"))
    form.seconds.setValue(0.3)
    window.connect_button.click()
    cli = panes(window, "client")[-1]
    qtbot.waitUntil(lambda: cli.property("state") == "connected", timeout=5000)
    qtbot.waitUntil(lambda: cli.property("callsInProgress") == "recv(4096)", timeout=5000)
    cli.session.set_option("SO_KEEPALIVE", 1)  # while recv() waits for its timeout
    qtbot.waitUntil(lambda: cli.session.timeouts >= 2, timeout=5000)

    def times() -> list[float]:
        return [float(line.split()[0]) for line in _timeline_text(cli).splitlines()]

    qtbot.waitUntil(
        lambda: "SO_KEEPALIVE" in _timeline_text(cli) and "TIMEOUT" in _timeline_text(cli)
    )
    got = times()
    assert got == sorted(got), _timeline_text(cli)


def test_bytes_held_back_by_a_blocked_send_are_said(qtbot, window, external_client):
    """The accepted socket's send() blocks (its peer reads nothing); what the
    peer sends meanwhile is received but held back: the line under the chunk
    table says how many bytes wait; once the peer reads, they are shown."""
    import os

    ext, pane = external_client(window)
    try:
        pane.session.send(b"\x01" * (32 << 20))  # more than both kernels' buffers
        qtbot.waitUntil(lambda: "send(" in (pane.property("callsInProgress") or ""), timeout=10000)
        ext.sendall(b"meanwhile" * 1000)
        label = pane.findChild(QLabel, "callsInProgress")
        qtbot.waitUntil(lambda: "9,000 bytes that came meanwhile" in label.text(), timeout=10000)
        assert pane.session.bytes_received == 0
        if os.environ.get("SOCKET_PLAYGROUND_SHOTS"):  # (to look at it)
            window.grab().save(os.path.join(os.environ["SOCKET_PLAYGROUND_SHOTS"], "held.png"))
        ext.settimeout(10)
        got = 0
        while got < 32 << 20:  # bounded: each recv() returns a byte or more
            data = ext.recv(1 << 20)
            if not data:
                break
            got += len(data)
        qtbot.waitUntil(lambda: pane.session.bytes_received == 9000, timeout=10000)
        qtbot.waitUntil(lambda: "meanwhile" not in label.text(), timeout=10000)
    finally:
        ext.close()
