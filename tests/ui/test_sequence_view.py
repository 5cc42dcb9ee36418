"""The conversation view with real sockets: a request, its reply, the FIN, and
a click that selects the call's row in its pane."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QPushButton, QToolButton

from socket_playground.core.sequence import LEFT, RIGHT, ArrowKind, Kind
from socket_playground.ui.sequence_view import SequenceView

WAIT = 5000


def open_view(qtbot, window, pane, child):
    """The view docked: the window has room beside the columns for it."""
    if window.width() < 1920:
        window.resize(1920, 1080)
    qtbot.mouseClick(child(pane, QToolButton, "conversationButton"), Qt.MouseButton.LeftButton)
    dock = child(window, QDockWidget, "sequenceDock")
    view = child(dock, SequenceView, "sequenceView")
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    return view


def data_arrows(view):
    arrows = [a for a in view.canvas.scene.arrows if a.kind is ArrowKind.DATA]
    return sorted((a.side, a.nbytes) for a in arrows)


def test_request_reply_and_fin_arrows(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    view = open_view(qtbot, window, cli, child)
    assert view.sessions == (srv.session, cli.session)  # the server's end on the left
    click_send(cli, "GET /index.html")  # the request: 15 bytes
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 15, timeout=WAIT)
    click_send(srv, "200 OK")  # the reply: 6 bytes
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 6, timeout=WAIT)
    qtbot.waitUntil(lambda: view.property("arrowCount") == 2, timeout=WAIT)
    assert data_arrows(view) == [(LEFT, 6), (RIGHT, 15)]
    request = next(a for a in view.canvas.scene.arrows if a.side == RIGHT)
    # the request's arrow starts when the client's send() began and ends
    # when the server's recv() returned: one clock for both
    assert request.t_from < request.t_to
    assert "GET /index.html" in view.describe_arrow(request)
    assert view.property("finArrowCount") == 0

    qtbot.mouseClick(child(cli, QPushButton, "closeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: srv.property("state") == "peer-closed", timeout=WAIT)
    qtbot.waitUntil(lambda: view.property("finArrowCount") == 1, timeout=WAIT)
    fin = next(a for a in view.canvas.scene.arrows if a.kind is ArrowKind.FIN)
    assert fin.side == RIGHT and fin.t_to is not None and fin.t_from > request.t_to
    assert view.property("arrowCount") == 2
    assert view.property("rstArrowCount") == 0


def test_click_on_a_box_selects_its_row(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    click_send(cli, "abc")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 3, timeout=WAIT)
    click_send(cli, "defg")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 7, timeout=WAIT)
    qtbot.waitUntil(lambda: cli.property("sendCalls") == 2, timeout=WAIT)
    view = open_view(qtbot, window, srv, child)
    view.refresh()
    canvas = view.canvas
    second = max(
        (b for b in canvas.scene.boxes if b.kind is Kind.SEND and b.side == RIGHT),
        key=lambda b: b.chunk,
    )
    # zoomed in on the second send(), so that its box has room of its own
    for _ in range(40):  # bounded: each turn halves the time a pixel stands for
        rect = canvas.box_rect(second)
        if rect.height() > 6 or view.canvas.ns_per_px <= 10:
            break
        view.zoom(0.5, rect.center().y())
    canvas.repaint()
    rect = canvas.box_rect(second)
    assert canvas.box_at(rect.center()) == second
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert cli.table.selectionModel().isRowSelected(second.chunk)
    assert cli.bytes_view.selection() == (3, 7)
    assert srv.bytes_view.selection() == (3, 7)  # the other end's received bytes


def test_without_the_other_end_no_view(qtbot, window, external_client, child):
    ext, srv = external_client(window)
    try:
        qtbot.mouseClick(child(srv, QToolButton, "conversationButton"), Qt.MouseButton.LeftButton)
        assert window.findChild(QDockWidget, "sequenceDock") is None
        assert "not in this window" in window.statusBar().currentMessage()
    finally:
        ext.close()


def test_zoom_and_scroll_stay_on_the_conversation(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    view = open_view(qtbot, window, cli, child)
    for text in ("one", "two", "three"):
        click_send(cli, text)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 11, timeout=WAIT)
    view.refresh()
    wide = view.canvas.ns_per_px
    zoom_in = child(view, QPushButton, "sequenceZoomIn")
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert view.canvas.ns_per_px == wide / 2 and not view.fit_mode
    view.scroll_bar.setValue(0)
    assert not view.following
    view.scroll_bar.setValue(view.scroll_bar.maximum())
    assert view.property("following")
    view.fit()
    assert view.canvas.ns_per_px == wide
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # nothing there


def test_abort_is_a_reset_arrow(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    view = open_view(qtbot, window, srv, child)
    click_send(srv, "bye")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 3, timeout=WAIT)
    cli.session.abort()  # close() with SO_LINGER 0: RST
    qtbot.waitUntil(lambda: srv.property("state") == "aborted", timeout=WAIT)
    qtbot.waitUntil(lambda: view.property("rstArrowCount") == 1, timeout=WAIT)
    rst = next(a for a in view.canvas.scene.arrows if a.kind is ArrowKind.RST)
    assert rst.side == RIGHT and rst.t_to is not None  # the server's recv() met it
    assert view.property("finArrowCount") == 0
    assert "ECONNRESET" in [b.errno for b in view.canvas.scene.boxes if b.side == LEFT]


def test_a_saved_session_shows_the_same_conversation(
    qtbot, window, connect_pair, click_send, child, panes, tmp_path
):
    cli, srv = connect_pair(window)
    click_send(cli, "ping")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 4, timeout=WAIT)
    click_send(srv, "pong!")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 5, timeout=WAIT)
    qtbot.waitUntil(lambda: srv.property("bytesSent") == 5, timeout=WAIT)
    for p in (cli, srv):
        qtbot.waitUntil(p.session.spool.caught_up, timeout=WAIT)
    live = open_view(qtbot, window, cli, child)
    live.refresh()
    path = tmp_path / "s.sps"
    assert window.session_menu.save(str(path))
    opened = window.session_menu.open(str(path))
    qtbot.addWidget(opened)
    saved_cli = next(p for p in panes(opened) if p.property("role") == "client")
    saved = open_view(qtbot, opened, saved_cli, child)
    saved.fit()
    assert data_arrows(saved) == data_arrows(live) == [(LEFT, 5), (RIGHT, 4)]
    assert saved.property("boxCount") == live.property("boxCount")


def test_removing_either_socket_closes_its_conversation(qtbot, window, connect_pair, child):
    """However a pane goes (its × button, or a lesson's Reset, which removes
    panes directly), the conversation drawn from its record goes with it."""
    cli, srv = connect_pair(window)
    view = open_view(qtbot, window, cli, child)
    assert view.isVisible() and window.conversations
    window.remove_pane(srv)  # as Reset does: no remove_requested signal
    assert not window.conversations
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "sequenceDock") is None, timeout=WAIT)


def test_no_room_beside_the_columns_floats_the_view(qtbot, window, connect_pair, child):
    """At 1280 pixels the columns need the width: the conversation opens in a
    window of its own, and the main window keeps its width (docked, it grew
    past the screen's edge)."""
    client, _server = connect_pair(window)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=WAIT)
    qtbot.mouseClick(child(client, QToolButton, "conversationButton"), Qt.MouseButton.LeftButton)
    dock = child(window, QDockWidget, "sequenceDock")
    assert dock.isFloating()
    qtbot.waitUntil(dock.isVisible, timeout=WAIT)
    assert window.width() == 1280
