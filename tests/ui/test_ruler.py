"""The stream ruler's boundaries are the recorded send()/recv() calls, byte for byte."""

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt


def edges(store, direction):
    out = [
        store.offset[i]
        for i in range(len(store))
        if store.direction[i] == direction and store.size[i]
    ]
    if out:
        last = max(
            i for i in range(len(store)) if store.direction[i] == direction and store.size[i]
        )
        out.append(store.offset[last] + store.size[last])
    return out


def test_ruler_boundaries_match_recorded_calls(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    srv.controls.bufsize.setValue(7)
    click_send(cli, "a")  # taken by the waiting recv(4096)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 1, timeout=5000)
    for text in ("hello ", "stream ", "of bytes"):
        click_send(cli, text)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 22, timeout=5000)
    qtbot.waitUntil(lambda: cli.property("bytesSent") == 22, timeout=5000)  # its own drain
    srv.update_views()
    cli.update_views()
    sends, recvs = srv.ruler.boundaries()  # received direction, peer is local
    assert sends == edges(cli.session.store, 1)
    assert recvs == edges(srv.session.store, 0)
    assert sends == [0, 1, 7, 14, 22]
    assert all(b - a <= 7 for a, b in pairwise(recvs[1:]))
    # the sender's pane, "sent" direction: the same picture from the other side
    cli.ruler.direction.setCurrentIndex(1)
    assert cli.ruler.boundaries() == (sends, recvs)


def test_click_on_ruler_highlights_both_panes(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(cli, "0123456789")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 10, timeout=5000)
    qtbot.waitUntil(lambda: cli.property("bytesSent") == 10, timeout=5000)
    srv.update_views()
    srv.tabs.setCurrentIndex(5)
    canvas = srv.ruler.canvas
    qtbot.waitUntil(lambda: canvas.isVisible(), timeout=2000)
    canvas.fit_all()
    x = int(canvas.x_of(5))
    y = 18 + 34 + 22 + 10  # inside the recv() track
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert canvas.highlight == (0, 10)
    assert srv.table.selectionModel().isRowSelected(0)
    assert srv.bytes_view.selection() == (0, 10)
    assert cli.bytes_view.selection() == (0, 10)  # the peer's sent bytes


def test_table_click_selects_peer_bytes(qtbot, window, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(srv, "abc")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 3, timeout=5000)
    click_send(cli, "xy")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: cli.property("bytesSent") == 2 and srv.property("bytesSent") == 3, timeout=5000
    )
    cli.update_views()
    window.show_chunk(cli.session, 1)  # the client's send of "xy"
    assert cli.bytes_view.selection() == (3, 5)
    assert srv.bytes_view.selection() == (3, 5)  # received after sending "abc"
