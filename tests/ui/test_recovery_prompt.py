"""At start, a capture left by a run that was killed is offered: Open shows
it read-only, Discard removes it."""

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from socket_playground.core.capture import CaptureStore
from socket_playground.core.events import Connect, SocketCall
from socket_playground.core.spool import Spool, SpoolWriter
from socket_playground.ui.recovery_prompt import offer_recovery


def left_capture(base):
    """A capture folder as a killed run leaves it (written by the real spool)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait(timeout=30)
    folder = base / f"run-{proc.pid}-test"
    folder.mkdir(parents=True)
    w = SpoolWriter()
    sp = Spool("socket-1", cap=None, directory=folder, writer=w)
    sp.write_meta({"id": 1, "role": "client", "host": "127.0.0.1", "port": 9, "t0_ns": 5})
    sp.note_event(SocketCall(1, 10, 11))
    sp.note_event(
        Connect(2, 12, 13, host="127.0.0.1", port=9, local=("127.0.0.1", 4), peer=("127.0.0.1", 9))
    )
    store = CaptureStore(spool=sp)
    store.add_calls(0, 4096, [3, 4], [20, 30], [21, 31], [b"hello ", b"world"], 5)
    w.flush()
    sp.close(remove=False)
    w.stop()
    return folder


@pytest.mark.parametrize("choice", ["recoverOpenButton", "recoverDiscardButton"])
def test_an_interrupted_capture_is_offered(qtbot, window, tmp_path, choice):
    base = tmp_path / "captures"
    folder = left_capture(base)
    box = offer_recovery(window, base, own=None)
    assert isinstance(box, QMessageBox) and box.objectName() == "recoveryBox"
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert "2" in box.text() or "1" in box.text()
    box.findChild(QPushButton, choice).click()
    assert not folder.exists()
    if choice == "recoverOpenButton":
        opened = window.session_menu.opened
        assert len(opened) == 1
        w = opened[0]
        [s] = w.sessions
        assert s.store.retained(0, 11) == b"hello world" and s.role == "client"
        assert s.peer_addr == ("127.0.0.1", 9)
        assert list((base / "recovered").glob("recovered-*.sps"))
        w.close()
    assert offer_recovery(window, base, own=None) is None  # nothing left to offer
