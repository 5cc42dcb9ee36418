"""TLS from the forms: both ends in one window, a failed verification, a bad PEM."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from .conftest import WAIT_MS, find_child, find_panes


def tick(qtbot, w, name: str, on: bool) -> None:
    box = list(w.findChildren(QCheckBox, name))
    for b in box:
        if b.isChecked() != on:
            b.setChecked(on)


def test_tls_conversation(qtbot, window, connect_pair, click_send):
    tick(qtbot, window, "tlsCheck", True)
    find_child(window, QCheckBox, "tlsVerifyCheck").setChecked(False)
    assert find_child(window, QLabel, "tlsVerifyWarning").isVisible()
    client, server = connect_pair(window)
    for p in (client, server):
        qtbot.waitUntil(lambda p=p: p.property("tlsVersion") == "TLSv1.3", timeout=WAIT_MS)
    click_send(client, "hello")
    qtbot.waitUntil(lambda: server.property("bytesReceived") == 5, timeout=WAIT_MS)
    assert server.session.store.retained(0, 5) == b"hello"


def test_verify_failure_shown(qtbot, window, start_server):
    tick(qtbot, window, "tlsCheck", True)
    assert not find_child(window, QLabel, "tlsVerifyWarning").isVisible()
    start_server(window)
    qtbot.mouseClick(find_child(window, QPushButton, "connectButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            bool(find_panes(window, "client"))
            and find_panes(window, "client")[0].property("state") == "error"
        ),
        timeout=WAIT_MS,
    )
    client = find_panes(window, "client")[0]
    assert client.property("lastError") == "CERT_VERIFY_FAILED"
    assert client.property("tlsVersion") == ""
    qtbot.waitUntil(lambda: not client.session.alive, timeout=WAIT_MS)


def test_bad_pem_starts_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate\n")
    tick(qtbot, window, "tlsCheck", True)
    window.server_form.tls.set_files(str(bad), str(bad))
    assert window.start_server() is None
    assert "TLS" in window.form_error.text()
    assert not window.sessions
    window.server_form.tls.set_files(str(tmp_path / "missing.pem"), "")
    assert window.start_server() is None
    assert "missing.pem" in window.form_error.text()


def test_nonblocking_tls_from_the_forms(qtbot, window, connect_pair, click_send):
    """Both ends non-blocking: the handshake and the calls show
    SSLWantReadError as rows (nothing happened, then select()), in words."""
    tick(qtbot, window, "tlsCheck", True)
    find_child(window, QCheckBox, "tlsVerifyCheck").setChecked(False)
    window.server_io_mode.set_mode("nonblocking")
    window.client_io_mode.set_mode("nonblocking")
    client, server = connect_pair(window)
    for p in (client, server):
        qtbot.waitUntil(lambda p=p: p.property("tlsVersion") == "TLSv1.3", timeout=WAIT_MS)
    click_send(client, "hello")
    qtbot.waitUntil(lambda: server.property("bytesReceived") == 5, timeout=WAIT_MS)
    assert server.session.store.retained(0, 5) == b"hello"

    def lines(pane) -> list[str]:
        view = pane.timeline
        return [view.item(i).text() for i in range(view.count())]

    qtbot.waitUntil(lambda: any("SSL_WANT_READ" in t for t in lines(server)), timeout=WAIT_MS)
    text = next(t for t in lines(server) if "SSL_WANT_READ" in t)
    assert "SSLWantReadError" in text and "select()" in text
    assert server.property("state") == client.property("state") == "connected"
    assert server.property("lastError") == ""


def test_udp_turns_tls_off(qtbot, window):
    check = find_child(window.client_form, QCheckBox, "tlsCheck")
    check.setChecked(True)
    window.client_form.transport.combo.setCurrentIndex(1)  # UDP
    assert not check.isEnabled() and not check.isChecked()
    window.client_form.transport.combo.setCurrentIndex(0)
    assert check.isEnabled()


def test_alpn_from_the_forms(qtbot, window, connect_pair):
    tick(qtbot, window, "tlsCheck", True)
    find_child(window, QCheckBox, "tlsVerifyCheck").setChecked(False)
    window.server_form.tls.alpn.setText("h2, http/1.1")
    window.client_form.tls.alpn.setText("http/1.1")
    client, server = connect_pair(window)
    for p in (client, server):
        qtbot.waitUntil(lambda p=p: p.property("tlsVersion") == "TLSv1.3", timeout=WAIT_MS)
    view = client.timeline

    def shown() -> bool:  # (the timeline is refreshed on the views' timer)
        return any("ALPN http/1.1" in view.item(i).text() for i in range(view.count()))

    qtbot.waitUntil(shown, timeout=WAIT_MS)


def test_bad_alpn_starts_nothing(qtbot, window):
    tick(qtbot, window, "tlsCheck", True)
    window.client_form.tls.alpn.setText("h2, spdy/ü")
    assert window.connect_client() is None
    assert "spdy/ü" in window.form_error.text()
    assert window.client_form.tls.alpn.text() == "h2, spdy/ü"  # nothing lost


def test_trusting_the_servers_own_certificate_verifies(qtbot, window, start_server, tmp_path):
    """The server's self-signed certificate, chosen with Trust… (tlsCaButton):
    our client verifies it (the peer's subject is shown) instead of failing;
    a file that holds no certificate is refused in the form."""
    from socket_playground.workers.tls import last_self_signed, make_self_signed

    tick(qtbot, window, "tlsCheck", True)
    made = last_self_signed() or make_self_signed()
    assert find_child(window, QPushButton, "tlsCaButton").isEnabled()
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello\n")
    window.client_form.tls.set_ca(str(bad))
    start_server(window)
    assert window.connect_client() is None
    assert "TLS" in window.form_error.text()
    window.client_form.tls.set_ca(made.certfile)
    client = window.connect_client()
    assert client is not None
    pane = window.panes[client]
    qtbot.waitUntil(
        lambda: bool(pane.property("tlsVersion") or pane.property("lastError")), timeout=WAIT_MS
    )
    assert pane.property("lastError") == "" and pane.property("tlsVersion") == "TLSv1.3", (
        client.last_error_detail
    )
    view = pane.timeline

    def said() -> bool:
        return any("CN=localhost" in view.item(i).text() for i in range(view.count()))

    qtbot.waitUntil(said, timeout=WAIT_MS)
    assert made.certfile in window.server_form.tls.cert_label.toolTip()  # (where it is)
