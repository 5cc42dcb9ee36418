"""A listener lists its accepted connections in a table; the first few get a
pane at once, any other on double-click or Enter; every one is live."""

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QTableView

N = 12


def test_connections_listed_panes_on_demand(qtbot, window, start_server, panes, child):
    lst = start_server(window)
    table = child(lst, QTableView, "connectionTable")
    port = lst.property("localPort")
    clients = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(N)]
    try:
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() == N, timeout=5000)
        assert len(panes(window, "accepted")) == child(lst, QSpinBox, "autoPaneSpin").value() == 8
        # every connection is live and recorded, with or without a pane
        clients[-1].sendall(b"hello from the last one")
        last = lst.connections.sessions[-1]
        assert last not in window.panes
        qtbot.waitUntil(lambda: last.bytes_received == 23, timeout=5000)
        qtbot.waitUntil(lambda: model.index(N - 1, 3).data() == "23", timeout=5000)
        # sort by bytes received, biggest first: the last connection on top
        table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        assert model.index(0, 0).data() == f"{last.id:,}"
        # filter by its peer port
        peer_port = str(clients[-1].getsockname()[1])
        child(lst, QLineEdit, "connectionFilterEdit").setText(peer_port)
        assert model.rowCount() == 1
        # Enter (activated) opens its pane
        table.setCurrentIndex(model.index(0, 1))
        table.activated.emit(model.index(0, 1))
        assert last in window.panes and len(panes(window, "accepted")) == 9
        pane = window.panes[last]
        assert pane.property("bytesReceived") == 23
        table.doubleClicked.emit(model.index(0, 1))  # a second time: the same pane
        assert len(panes(window, "accepted")) == 9
        # a pane opened on demand sends like any other
        assert last.send(b"back")
        assert clients[-1].recv(10) == b"back"
    finally:
        for c in clients:
            c.close()
    qtbot.waitUntil(
        lambda: all(s.state.value == "peer-closed" for s in lst.connections.sessions),
        timeout=5000,
    )


def test_no_panes_at_once_when_the_setting_is_zero(qtbot, window, start_server, panes, child):
    lst = start_server(window)
    child(lst, QSpinBox, "autoPaneSpin").setValue(0)
    c = socket.create_connection(("127.0.0.1", lst.property("localPort")), timeout=5)
    try:
        qtbot.waitUntil(lambda: lst.connections.rowCount() == 1, timeout=5000)
        assert panes(window, "accepted") == []
        assert lst.connections.sessions[0] in window.sessions  # stopped with the window
    finally:
        c.close()


def test_actions_on_the_selected_connections(qtbot, window, start_server, child):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QPushButton

    lst = start_server(window)
    child(lst, QSpinBox, "autoPaneSpin").setValue(0)  # no panes: the table is all
    port = lst.property("localPort")
    clients = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(4)]
    try:
        table = child(lst, QTableView, "connectionTable")
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
        send_button = child(lst, QPushButton, "sendSelectedButton")
        assert not send_button.isEnabled()  # nothing selected
        sel = table.selectionModel()
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r in (0, 2, 3):
            sel.select(model.index(r, 0), rows)
        assert send_button.isEnabled()
        by_port = {c.getsockname()[1]: c for c in clients}
        chosen = [by_port[s.peer_port] for s in lst.selected_connections()]
        assert len(chosen) == 3
        assert lst.actions_.send_to_selected(b"to the chosen\n") == 3
        for c in chosen:
            assert c.recv(100) == b"to the chosen\n"
        sel.clearSelection()
        sel.select(model.index(0, 0), rows)
        aborted = by_port[lst.selected_connections()[0].peer_port]
        child(lst, QPushButton, "abortSelectedButton").click()
        try:
            got = aborted.recv(100)
        except ConnectionResetError:
            got = None
        assert got is None  # RST, not FIN
        sel.clearSelection()
        sel.select(model.index(1, 0), rows)
        closed = by_port[lst.selected_connections()[0].peer_port]
        child(lst, QPushButton, "closeSelectedButton").click()
        assert closed.recv(100) == b""  # FIN
        qtbot.waitUntil(lambda: "aborted" in model.index(0, 2).data(), timeout=5000)
    finally:
        for c in clients:
            c.close()
