"""A Unix client's failed connect() in the window: the pane's error line
and the timeline speak of a socket file (no port, no reset): a stale file
no program listens on (ECONNREFUSED), no file at the path (ENOENT)."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from .test_unix_forms import _choose_unix

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no AF_UNIX")
WAIT_MS = 5000


def _failed_client(qtbot, w, panes, path: str):
    _choose_unix(w, path, server=False)
    qtbot.mouseClick(w.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panes(w, "client")), timeout=WAIT_MS)
    pane = panes(w, "client")[0]
    qtbot.waitUntil(lambda: pane.property("state") == "error", timeout=WAIT_MS)
    line = pane.errno_label  # (errorExplanation)
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    pane.build_all_tabs()
    return pane, line.text()


def _timeline(pane) -> str:
    return "\n".join(pane.timeline.lines())


def test_a_stale_socket_file(qtbot, window, panes, tmp_path):
    path = str(tmp_path / "stale.sock")
    with socket.socket(socket.AF_UNIX) as old:  # bound, never listened, closed: stale
        old.bind(path)
    pane, line = _failed_client(qtbot, window, panes, path)
    assert line.startswith("ECONNREFUSED: ")
    assert "the socket file exists but no program is listening on it" in line
    assert "port" not in line and "reset" not in line
    assert "the socket file exists" in _timeline(pane)


def test_no_socket_file_at_the_path(qtbot, window, panes, tmp_path):
    pane, line = _failed_client(qtbot, window, panes, str(tmp_path / "nobody.sock"))
    assert line.startswith("ENOENT: ")
    assert "No socket file at that path: is the server running, is the path right?" in line
    assert "No socket file at that path" in _timeline(pane)
