"""IPv6 in the window: the family choice (familyCombo), host:port typed in a
host field, clear refusals, the panes' ``family`` property and [::1]:port
addresses; a conversation on ::1 (skipped without an IPv6 loopback)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox

from socket_playground.core.events import Resolve, SetOption, SocketCall

WAIT_MS = 5000


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


needs_ipv6 = pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback (::1)")


def _form(w, name: str) -> QGroupBox:
    form = w.findChild(QGroupBox, name)
    assert form is not None, name
    return form


def _family(w, form: str) -> QComboBox:
    combo = _form(w, form).findChild(QComboBox, "familyCombo")
    assert combo is not None
    return combo


def _error(w) -> str:
    err = w.form_error
    return err.text() if err.isVisible() else ""


def test_each_form_has_a_family_choice(window):
    for form in ("serverForm", "clientForm"):
        combo = _family(window, form)
        items = [combo.itemText(i) for i in range(combo.count())]
        unix = ["Unix"] if hasattr(socket, "AF_UNIX") else []  # (tests/ui/test_unix_forms.py)
        assert items == ["Auto", "IPv4", "IPv6", *unix]
        data = ["auto", "ipv4", "ipv6", *(u.lower() for u in unix)]
        assert [combo.itemData(i) for i in range(combo.count())] == data
        assert combo.currentData() == "auto"
    assert window.server_family is _family(window, "serverForm")
    assert window.client_family is _family(window, "clientForm")


def test_the_label_says_which_family(qtbot, window, child):
    label = child(window, QLabel, "clientFamilyLabel")
    host = window.client_host
    assert label.property("family") == "ipv4" and "IPv4" in label.text()
    host.setText("::1")
    assert label.property("family") == "ipv6" and "IPv6" in label.text()
    host.setText("[::1]:8080")
    assert label.property("family") == "ipv6"
    host.setText("localhost")  # a name under Auto: getaddrinfo's first answer
    expected = socket.getaddrinfo("localhost", 0, 0, socket.SOCK_STREAM)[0]
    word = "ipv6" if expected[0] == socket.AF_INET6 else "ipv4"
    qtbot.waitUntil(lambda: label.property("family") == word, timeout=WAIT_MS)
    assert expected[4][0] in label.text() and "getaddrinfo" in label.toolTip()
    window.client_family.setCurrentIndex(1)  # IPv4: fixed by the choice
    assert label.property("family") == "ipv4"
    host.setText("300.1.1.1")
    assert label.property("family") == ""


def test_server_label_names_dual_stack(window, child):
    label = child(window, QLabel, "serverFamilyLabel")
    window.server_host.setText("::")
    assert label.property("family") == "ipv6" and "dual stack" in label.text()
    v6only = window.server_options.findChild(type(window.server_options.nodelay), "v6onlyCheck")
    assert v6only is not None and not v6only.isChecked()
    v6only.setChecked(True)
    assert "dual stack" not in label.text()
    assert window.server_options.options()["IPV6_V6ONLY"] == 1


@pytest.mark.parametrize(
    ("typed", "host", "port"),
    [
        ("127.0.0.1:6379", "127.0.0.1", 6379),
        ("[::1]:8080", "::1", 8080),
        ("localhost:8000", "localhost", 8000),
        ("[::1]", "::1", 4321),
    ],
)
def test_host_port_typed_in_the_host_field_is_split(qtbot, window, typed, host, port):
    window.client_port.setValue(4321)
    window.client_host.setText(typed)
    window.client_host.editingFinished.emit()
    assert window.client_host.text() == host
    assert window.client_port.value() == port
    assert _error(window) == ""


@pytest.mark.parametrize(
    ("typed", "family", "words"),
    [
        ("127.0.0.1:http", 0, "not a port"),
        ("[::1]8080", 0, "not a port"),
        ("::g", 0, "not a valid IPv6 address"),
        ("[::1]:80", 1, "the family is IPv4"),
        ("127.0.0.1", 2, "the family is IPv6"),
        ("::1%lo", 0, "only a link-local address"),
        ("fe80::1%nosuchif0", 0, "no network interface"),
        ("127.0.0.1:0", 0, "1–65535"),
    ],
)
def test_bad_input_is_refused_clearly_and_starts_nothing(
    qtbot, window, panes, running_qthreads, typed, family, words
):
    before = running_qthreads()
    window.client_family.setCurrentIndex(family)
    window.client_host.setText(typed)
    qtbot.mouseClick(window.connect_button, Qt.MouseButton.LeftButton)
    assert words in _error(window)
    assert panes(window) == [] and window.sessions == []
    assert running_qthreads() == before
    assert window.client_host.text() == typed  # left as typed, to be corrected


def test_family_property_on_ipv4_panes(qtbot, window, panes, connect_pair):
    connect_pair(window)
    assert len(panes(window)) == 3
    assert [p.property("family") for p in panes(window)] == ["ipv4"] * 3


@needs_ipv6
def test_ipv6_conversation_in_the_window(qtbot, window, panes, child, click_send):
    w = window
    w.server_host.setText("::1")
    w.server_family.setCurrentIndex(2)  # IPv6
    qtbot.mouseClick(w.start_server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [p.property("state") for p in panes(w, "listener")] == ["listening"],
        timeout=WAIT_MS,
    )
    lst = panes(w, "listener")[0]
    port = lst.property("localPort")
    assert lst.property("family") == "ipv6"
    assert f"[::1]:{port}" in lst.addr_label.text()
    assert w.client_port.value() == port  # the client form followed
    w.client_host.setText(f"[::1]:{port}")
    qtbot.mouseClick(w.connect_button, Qt.MouseButton.LeftButton)
    assert w.client_host.text() == "::1"
    qtbot.waitUntil(
        lambda: (
            len(panes(w, "accepted")) == 1
            and [p.property("state") for p in panes(w, "client")] == ["connected"]
        ),
        timeout=WAIT_MS,
    )
    cli, acc = panes(w, "client")[0], panes(w, "accepted")[0]
    assert cli.property("family") == acc.property("family") == "ipv6"
    assert f"[::1]:{port}" in cli.addr_label.text() and "⇄" in cli.addr_label.text()
    click_send(cli, "hi6")
    qtbot.waitUntil(lambda: acc.property("bytesReceived") == 3, timeout=WAIT_MS)
    made = [e for e in cli.session.events if isinstance(e, SocketCall)]
    assert made[0].family == socket.AF_INET6
    v6only = [e for e in lst.session.events if isinstance(e, SetOption) and "V6" in e.name]
    assert [(e.name, e.value) for e in v6only] == [("IPV6_V6ONLY", 0)]
    assert not [e for e in cli.session.events if isinstance(e, Resolve)]


def test_localhost_follows_getaddrinfo_and_shows_it(qtbot, window, panes):
    expected = socket.getaddrinfo("localhost", 0, 0, socket.SOCK_STREAM)[0]
    w = window
    w.server_host.setText(expected[4][0])
    qtbot.mouseClick(w.start_server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panes(w, "listener")[0].property("state") == "listening")
    w.client_host.setText("localhost")
    qtbot.mouseClick(w.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [p.property("state") for p in panes(w, "client")] == ["connected"],
        timeout=WAIT_MS,
    )
    cli = panes(w, "client")[0]
    word = "ipv6" if expected[0] == socket.AF_INET6 else "ipv4"
    assert cli.property("family") == word
    looked = [e for e in cli.session.events if isinstance(e, Resolve)]
    assert looked and looked[0].address.partition("%")[0] == expected[4][0]


def test_forms_keep_their_names(window, child):
    for cls, name in (
        (QLineEdit, "serverHostEdit"),
        (QSpinBox, "serverPortSpin"),
        (QSpinBox, "serverBacklogSpin"),
        (QPushButton, "startServerButton"),
        (QLineEdit, "clientHostEdit"),
        (QSpinBox, "clientPortSpin"),
        (QSpinBox, "connectTimeoutSpin"),
        (QPushButton, "connectButton"),
    ):
        child(window, cls, name)
    assert window.server_options_button.objectName() == "serverOptionsButton"
    assert window.client_options_button.objectName() == "clientOptionsButton"


@needs_ipv6
@pytest.mark.parametrize("udp", [False, True])
def test_the_client_form_follows_a_server_on_ipv6_loopback(qtbot, window, panes, udp):
    """A server on ::1 with the client form at 127.0.0.1: the form now points
    at ::1 (and its port), so Connect reaches it."""
    if udp:
        for form in ("serverForm", "clientForm"):
            combo = _form(window, form).findChild(QComboBox, "transportCombo")
            combo.setCurrentIndex(combo.findData("udp"))
    window.server_host.setText("::1")
    assert window.client_host.text() == "127.0.0.1"
    window.start_server_button.click()
    role = "udp" if udp else "listener"
    qtbot.waitUntil(lambda: bool(panes(window, role)), timeout=WAIT_MS)
    srv = panes(window, role)[0]
    qtbot.waitUntil(lambda: window.client_host.text() == "::1", timeout=WAIT_MS)
    assert window.client_port.value() == srv.property("localPort")
    assert "::1" in window.statusBar().currentMessage()
    window.connect_button.click()
    if udp:
        (cli,) = [p for p in panes(window, "udp") if p is not srv]
        cli.session.send(b"hi")
        qtbot.waitUntil(lambda: srv.property("datagramsReceived") == 1, timeout=WAIT_MS)
    else:
        qtbot.waitUntil(lambda: bool(panes(window, "client")), timeout=WAIT_MS)
        (cli,) = panes(window, "client")
        qtbot.waitUntil(lambda: cli.property("state") == "connected", timeout=WAIT_MS)
