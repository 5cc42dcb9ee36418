"""A listener's limits and warnings: its connection cap, the note about who
can reach it (from the address actually bound), and the question before it
listens on every interface."""

from __future__ import annotations

import socket

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QSpinBox

from socket_playground.ui.bind_question import DONT_ASK_KEY


def _answer(qtbot, window, yes: bool, dont_ask: bool = False) -> list[str]:
    """Answer the bind question once it is shown (it is modal); bounded: a
    question that never shows leaves ``seen`` empty and the test fails."""
    seen: list[str] = []
    tries = [0]

    def answer() -> None:
        shown = [b for b in window.findChildren(QMessageBox, "bindAllQuestion") if b.isVisible()]
        if not shown:
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, answer)  # not shown yet
            return
        box = shown[0]
        seen.append(box.objectName())
        box.findChild(QCheckBox, "bindAllDontAskCheck").setChecked(dont_ask)
        if yes:
            box.findChild(QPushButton, "bindAllYesButton").click()
        else:
            box.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_listening_on_all_interfaces_asks_once_and_shows_it(qtbot, window, panes, child):
    w = window
    QSettings().remove(DONT_ASK_KEY)
    w.server_host.setText("0x0")  # the resolver reads it as 0.0.0.0
    seen = _answer(qtbot, w, yes=False)
    assert w.start_server() is None and seen == ["bindAllQuestion"]  # "Cancel": nothing
    assert panes(w, "listener") == []
    seen = _answer(qtbot, w, yes=True, dont_ask=True)
    lst = w.start_server()
    assert lst is not None and seen == ["bindAllQuestion"]
    pane = w.panes[lst]
    qtbot.waitUntil(lambda: pane.property("state") == "listening", timeout=5000)
    note = child(pane, QLabel, "bindNote")
    qtbot.waitUntil(lambda: note.text().startswith("All interfaces"), timeout=5000)
    badge = child(pane, QLabel, "stateBadge")
    qtbot.waitUntil(lambda: badge.text().endswith("all interfaces"), timeout=5000)
    w.server_host.setText("0.0.0.0")
    assert w.start_server() is not None  # "don't ask again" was kept
    assert QSettings().value(DONT_ASK_KEY, False, type=bool)
    QSettings().remove(DONT_ASK_KEY)


def test_a_loopback_written_as_a_number_is_called_loopback(qtbot, window, child):
    w = window
    w.server_host.setText("0x7f.1")
    lst = w.start_server()  # no question: loopback
    assert lst is not None
    note = child(w.panes[lst], QLabel, "bindNote")
    qtbot.waitUntil(lambda: lst.local_addr is not None, timeout=5000)
    qtbot.waitUntil(lambda: note.text().startswith("Loopback"), timeout=5000)


def test_past_the_connection_cap_connections_are_closed_at_once(qtbot, window, start_server, child):
    w = window
    pane = start_server(w)
    lst = pane.session
    child(pane, QSpinBox, "maxConnectionsSpin").setValue(2)
    clients = [socket.create_connection(("127.0.0.1", lst.local_port), timeout=5) for _ in range(3)]
    try:
        qtbot.waitUntil(lambda: len(lst.children) == 2, timeout=5000)
        clients[2].settimeout(5)
        assert clients[2].recv(1) == b""  # accepted, then closed at once
        qtbot.waitUntil(lambda: any("its cap" in t for t in pane.timeline.lines()), timeout=5000)
        assert len(lst.children) == 2
        clients[0].close()  # one closes, and the user closes it too: room for one more
        qtbot.waitUntil(lambda: lst.children[0].state.value == "peer-closed", timeout=5000)
        lst.children[0].stop()
        extra = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
        clients.append(extra)
        qtbot.waitUntil(lambda: len(lst.children) == 3, timeout=5000)
    finally:
        for c in clients:
            c.close()
