"""File → Open session: a saved session shown read-only, every view reading
the file: the same bytes, chunks, state, hashes and code as when it was live."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from socket_playground.core.spool import EMPTY_SHA256
from socket_playground.ui.code_view import script_for


def test_save_then_open_shows_the_same(qtbot, window, connect_pair, click_send, tmp_path, panes):
    cli, srv = connect_pair(window)
    click_send(cli, "GET / HTTP/1.0\\r\\n\\r\\n")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 18, timeout=5000)
    click_send(srv, "x" * 5000)
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 5000, timeout=5000)
    qtbot.waitUntil(lambda: srv.property("bytesSent") == 5000, timeout=5000)  # its drain too
    # the panes show the hashes once the GUI has seen the writer catch up
    # with both ends (a hash compared before that is the hash of nothing)
    for p in (cli, srv):
        qtbot.waitUntil(lambda p=p: p.session.spool.caught_up(), timeout=5000)
        assert p.session.log.sha256(1) != EMPTY_SHA256
    for p in (cli, srv):
        qtbot.waitUntil(
            lambda p=p: (
                p.property("sha256Received") == p.session.log.sha256(0)
                and p.property("sha256Sent") == p.session.log.sha256(1)
            ),
            timeout=5000,
        )
    path = tmp_path / "s.sps"
    assert window.session_menu.save(str(path))
    live = {p.session.role: p for p in panes(window)}
    opened = window.session_menu.open(str(path))
    qtbot.addWidget(opened)
    saved = {p.session.role: p for p in panes(opened)}
    assert sorted(saved) == ["accepted", "client", "listener"]
    for role in ("client", "accepted"):
        a, b = live[role], saved[role]
        for prop in (
            "state",
            "bytesReceived",
            "bytesSent",
            "recvCalls",
            "sendCalls",
            "sha256Received",
            "sha256Sent",
            "lastError",
        ):
            assert b.property(prop) == a.property(prop), (role, prop)
        sa, sb = a.session.store, b.session.store
        assert sb.retained(0, sb.combined_total) == sa.retained(0, sa.combined_total)
        assert [sb.size[i] for i in range(len(sb))] == [sa.size[i] for i in range(len(sa))]
        assert sb.preview(0) == sa.preview(0)
        assert script_for(b.session) == script_for(a.session)
        assert not b.findChild(QPushButton, "sendButton").isEnabled()  # read-only
    listener = saved["listener"]
    assert listener.timeline.count() >= 4  # socket, setsockopt, bind, listen, accept
    assert "s.sps" in opened.windowTitle()
    assert not opened.findChild(QPushButton, "startServerButton").isEnabled()
    assert window.findChild(QAction, "openSessionAction").shortcut().toString()


def test_a_bad_file_is_a_message(qtbot, window, tmp_path):
    bad = tmp_path / "bad.sps"
    bad.write_bytes(b"not a session at all")
    assert window.session_menu.open(str(bad)) is None
    box = window.findChild(QMessageBox, "plainWarning")  # window modal: no nested loop
    assert box is not None and box.isVisible() and "bad.sps" in box.text()
    box.close()


def test_recent_sessions_remember_saved_and_opened(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMenu

    from socket_playground.ui.session_menu import recent_sessions

    a, b = tmp_path / "a.sps", tmp_path / "b.sps"
    assert window.session_menu.save(str(a)) and window.session_menu.save(str(b))
    assert recent_sessions()[:2] == [str(b), str(a)]
    opened = window.session_menu.open(str(a))
    qtbot.addWidget(opened)
    assert recent_sessions()[0] == str(a.resolve())
    menu = window.findChild(QMenu, "recentSessionsMenu")
    menu.aboutToShow.emit()
    assert [act.text() for act in menu.actions()][:2] == [str(a.resolve()), str(b)]
