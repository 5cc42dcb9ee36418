"""File → Save session: the window's sockets in one .sps file that the
export command reads back."""

import hashlib

from PySide6.QtGui import QAction

from socket_playground.core.export import export
from socket_playground.core.sessionfile import open_session


def test_save_session_from_the_menu(qtbot, window, connect_pair, click_send, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    cli, srv = connect_pair(window)
    click_send(cli, "ping\\n")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 5, timeout=5000)
    click_send(srv, "pong\\n")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 5, timeout=5000)
    target = tmp_path / "talk"  # the suffix is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    action = window.findChild(QAction, "saveSessionAction")
    assert action.shortcut().toString()  # Ctrl+S (the platform's Save key)
    action.trigger()
    saved = tmp_path / "talk.sps"
    assert saved.exists() and (saved.stat().st_mode & 0o777) == 0o600
    with open_session(saved) as sf:
        roles = sorted(s.role for s in sf.sockets)
        assert roles == ["accepted", "client", "listener"]
        acc = next(s for s in sf.sockets if s.role == "accepted")
        out = tmp_path / "in.bin"
        export(sf, acc.id, "raw-in", out)
        assert out.read_bytes() == b"ping\n"
        assert acc.sha256_in == hashlib.sha256(b"ping\n").hexdigest()
    assert "talk.sps" in window.statusBar().currentMessage()


def test_a_failed_save_is_a_message_not_a_crash(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    assert not window.session_menu.save(str(tmp_path / "no-such-dir" / "x.sps"))
    box = window.findChild(QMessageBox, "plainWarning")
    assert box is not None and box.isVisible() and "x.sps" in box.text()
    box.close()
