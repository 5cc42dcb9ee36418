"""Unix domain sockets in the window: "Unix" in familyCombo, the port field
disabled, bad paths refused clearly with nothing started, a stale socket
file removed only when agreed, and a conversation whose panes say
``family`` "unix", show the path and the peer's credentials."""

from __future__ import annotations

import os
import socket
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel

from socket_playground.core.events import Unlink

from .test_sequence_view import open_view

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX")
WAIT_MS = 5000


def _combo(w, form: str) -> QComboBox:
    box = w.findChild(QGroupBox, form)
    combo = box.findChild(QComboBox, "familyCombo")
    assert combo is not None
    return combo


def _choose_unix(w, path: str, *, server: bool) -> None:
    combo = w.server_family if server else w.client_family
    combo.setCurrentIndex(combo.findData("unix"))
    (w.server_form if server else w.client_form).host.setText(path)


def _error(w) -> str:
    return w.form_error.text() if w.form_error.isVisible() else ""


def test_unix_in_both_forms_disables_the_port(window, child, tmp_path):
    for form, port, label in (
        ("serverForm", window.server_port, "serverFamilyLabel"),
        ("clientForm", window.client_port, "clientFamilyLabel"),
    ):
        combo = _combo(window, form)
        assert combo.itemText(combo.count() - 1) == "Unix"
        assert port.isEnabled()
        combo.setCurrentIndex(combo.findData("unix"))
        assert not port.isEnabled()
        host = window.findChild(QGroupBox, form).host
        assert host.text().endswith("socket-playground.sock")  # a path put in for you
        host.setText(str(tmp_path / "sp.sock"))
        text = child(window, QLabel, label)
        assert text.property("family") == "unix"
        assert "AF_UNIX" in text.text() and str(tmp_path / "sp.sock") in text.text()
        host.setText("@socket-playground")
        assert "abstract name @socket-playground" in text.text()
        combo.setCurrentIndex(combo.findData("ipv4"))
        assert port.isEnabled()
        assert host.text() == "127.0.0.1"  # what was there before Unix


@pytest.mark.parametrize(
    ("make", "server", "words"),
    [
        (lambda d: "sp.sock", True, "full path"),
        (lambda d: "/" + "x" * 120, True, "sun_path"),
        (lambda d: str(d / "missing" / "sp.sock"), True, "does not exist"),
        (lambda d: str(d / "missing" / "sp.sock"), False, "does not exist"),
        (lambda d: str(d / "file.txt"), True, "a regular file, not a socket file"),
        (lambda d: str(d / "file.txt"), False, "a regular file, not a socket file"),
        (lambda d: str(d), True, "a directory, not a socket file"),
        (lambda d: "127.0.0.1", True, "full path"),
    ],
)
def test_bad_paths_are_refused_clearly_and_start_nothing(
    qtbot, window, panes, running_qthreads, tmp_path, make, server, words
):
    (tmp_path / "file.txt").write_text("keep")
    before = running_qthreads()
    path = make(tmp_path)
    _choose_unix(window, path, server=server)
    button = window.start_server_button if server else window.connect_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert words in _error(window)
    assert panes(window) == [] and window.sessions == []
    assert running_qthreads() == before
    assert (tmp_path / "file.txt").read_text() == "keep"


def test_permission_denied_is_refused(qtbot, window, panes, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        _choose_unix(window, str(locked / "sp.sock"), server=True)
        qtbot.mouseClick(window.start_server_button, Qt.MouseButton.LeftButton)
        assert "Permission denied" in _error(window)
        assert panes(window) == []
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("agree", [False, True])
def test_stale_socket_file_removed_only_when_agreed(
    qtbot, window, panes, monkeypatch, tmp_path, agree
):
    path = str(tmp_path / "stale.sock")
    with socket.socket(socket.AF_UNIX) as old:
        old.bind(path)  # left behind: nothing listens
    asked: list[str] = []

    def answer(_w, p):
        asked.append(p)
        return agree

    monkeypatch.setattr("socket_playground.ui.unix_check.ask_remove_stale", answer)
    _choose_unix(window, path, server=True)
    qtbot.mouseClick(window.start_server_button, Qt.MouseButton.LeftButton)
    assert asked == [path]
    if not agree:
        assert "stale" in _error(window) and panes(window) == []
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
        return
    qtbot.waitUntil(
        lambda: [p.property("state") for p in panes(window, "listener")] == ["listening"],
        timeout=WAIT_MS,
    )
    lst = window.sessions[0]
    assert any(isinstance(e, Unlink) and e.stale for e in lst.events)


def test_unix_conversation_in_the_window(qtbot, window, panes, child, click_send, tmp_path):
    w = window
    path = str(tmp_path / "talk.sock")
    _choose_unix(w, path, server=True)  # the client form follows the server's path
    qtbot.mouseClick(w.start_server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [p.property("state") for p in panes(w, "listener")] == ["listening"],
        timeout=WAIT_MS,
    )
    lst = panes(w, "listener")[0]
    assert lst.property("family") == "unix"
    assert path in child(lst, QLabel, "addressLabel").text()
    assert "socket file is removed" in child(lst, QLabel, "bindNote").text()
    assert w.client_family.currentData() == "unix" and w.client_host.text() == path
    qtbot.mouseClick(w.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            len(panes(w, "accepted")) == 1
            and [p.property("state") for p in panes(w, "client")] == ["connected"]
        ),
        timeout=WAIT_MS,
    )
    cli, acc = panes(w, "client")[0], panes(w, "accepted")[0]
    assert [p.property("family") for p in (cli, acc)] == ["unix", "unix"]
    assert child(cli, QLabel, "addressLabel").text() == f"(unnamed) ⇄ {path}"
    click_send(cli, "hello unix")
    qtbot.waitUntil(lambda: acc.property("bytesReceived") == 10, timeout=WAIT_MS)
    assert w.find_peer(cli.session) is acc.session  # the two ends, paired
    cli.show_tab("socket")
    peer = child(cli, QLabel, "peerCredLabel")
    qtbot.waitUntil(lambda: cli.property("peerPid") == os.getpid(), timeout=WAIT_MS)
    assert f"pid {os.getpid()}, uid {os.getuid()}" in peer.text()
    assert "not available here" in child(cli, QLabel, "tcpStateLabel").text()
    assert child(cli, QLabel, "tcpOptionsNotAvailable").isVisible()
    assert not cli.controls.options.nodelay.isVisible()  # TCP's: hidden
    qtbot.waitUntil(lambda: cli.controls.options.rcvbuf_applied.text().startswith("→"))
    view = open_view(qtbot, w, cli, child)  # the conversation view: both ends
    assert view.sessions == (acc.session, cli.session)
    qtbot.waitUntil(lambda: view.property("arrowCount") == 1, timeout=WAIT_MS)
    w.close_all_sockets()
    qtbot.waitUntil(lambda: not os.path.exists(path), timeout=WAIT_MS)


def unix_client(qtbot, w, path: str):
    """A Unix server on ``path`` and a client of the window connected to
    it; the client's pane, every tab built."""
    _choose_unix(w, path, server=True)
    qtbot.mouseClick(w.start_server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.client_host.text() == path, timeout=WAIT_MS)  # it follows
    qtbot.mouseClick(w.connect_button, Qt.MouseButton.LeftButton)
    client = next(p for s, p in w.panes.items() if s.role == "client" and s.family == "unix")
    qtbot.waitUntil(lambda: client.property("state") == "connected", timeout=WAIT_MS)
    client.build_all_tabs()
    return client
