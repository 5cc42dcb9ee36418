"""Panes fit their column: at 1280×720 every pane's header (state badge and
buttons) lies inside the column, the badge shows its whole text, the chunk
table's Time column is never cut at the table's edge, a timeline row keeps
its result in view, and the hex view's text column fits its view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QVBoxLayout, QWidget

from socket_playground.core.events import Connect, Select, State
from socket_playground.ui.bytes_view import BytesView
from socket_playground.ui.pane_header import PaneHeader
from socket_playground.ui.timeline import TimelineView
from socket_playground.ui.timeline_rows import SPLIT, fit_row

WAIT_MS = 5000


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.fixture
def small_window(window, qtbot):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=WAIT_MS)
    return window


def test_panes_fit_their_columns_at_1280(qtbot, small_window, connect_pair, panes):
    w = small_window
    client, accepted = connect_pair(w)
    client.build_all_tabs()  # every tab built: none may widen the pane
    accepted.build_all_tabs()
    for name in ("socket", "messages", "ruler", "send", "timeline", "bytes"):
        client.show_tab(name)
        accepted.show_tab(name)
    QCoreApplication.processEvents()  # (layouts settle in the event loop)
    for pane in panes(w):
        column = w.client_column if pane.session.role == "client" else w.server_column
        view = column.viewport()
        assert pane.minimumSizeHint().width() <= view.width(), pane.session.role
        qtbot.waitUntil(lambda p=pane, v=view: p.width() <= v.width(), timeout=WAIT_MS)
        for button in (pane.badge, pane.code_button, pane.close_button, pane.remove_button):
            box = rect_in(button, view)
            assert box.left() >= 0 and box.right() < view.width(), (pane.session.role, box)


def test_first_client_pane_shows_state_and_send_box_at_1280(qtbot, small_window, connect_pair):
    w = small_window
    client, _accepted = connect_pair(w)
    column = w.client_column
    column.show_pane(client)
    view = column.viewport()

    def whole() -> bool:
        badge, box = rect_in(client.badge, view), rect_in(client.send_box, view)
        return badge.top() >= 0 and box.bottom() < view.height()

    qtbot.waitUntil(whole, timeout=WAIT_MS)


def test_chunk_table_time_column_is_never_cut(qtbot, small_window, connect_pair, click_send):
    client, _accepted = connect_pair(small_window)
    click_send(client, "hello")
    qtbot.waitUntil(lambda: client.property("sendCalls") == 1, timeout=WAIT_MS)
    table = client.table
    for width in (900, 600, 420):  # wide, the default, narrow
        client.split.dragged = False
        small_window.client_column.setMinimumWidth(0)
        client.split.resize(width, client.split.height())
        time = 3
        right = table.columnViewportPosition(time) + table.columnWidth(time)
        assert right <= table.viewport().width(), width


def test_badge_shows_its_whole_text_in_a_narrow_header(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    header = PaneHeader("Connection #12 (from server #11)")
    QVBoxLayout(holder).addWidget(header)
    header.badge.show_state(State.ERROR, "ECONNREFUSED")
    holder.resize(max(header.minimumSizeHint().width(), 200) + 20, 120)
    holder.show()
    qtbot.waitExposed(holder)
    badge = header.badge
    assert header.minimumSizeHint().width() <= 420
    qtbot.waitUntil(lambda: badge.width() >= badge.sizeHint().width(), timeout=WAIT_MS)
    text_width = badge.fontMetrics().horizontalAdvance(badge.text())
    assert badge.contentsRect().width() >= text_width
    for button in (header.code_button, header.close_button, header.remove_button):
        box = rect_in(button, holder)
        assert box.right() < holder.width()


def test_a_long_timeline_row_keeps_its_result(qtbot):
    view = TimelineView(0)
    qtbot.addWidget(view)
    host = "a-rather-long-host-name.example.org"
    refused = Connect(1, 10, 20, host=host, port=8000, errno="ECONNREFUSED")
    ready = Select(2, 30, 45_000 + 30, write=True, ready=True, timeout=10.0)
    view.append([refused, ready])
    view.resize(260, 200)
    view.show()
    qtbot.waitExposed(view)
    width = view.viewport().width() - 8
    fm = view.fontMetrics()
    shown = [fit_row(fm, view.item(i).text(), view.item(i).data(SPLIT), width) for i in (0, 1)]
    assert all(fm.horizontalAdvance(s) <= width for s in shown), shown
    assert "✗ ECONNREFUSED" in shown[0], shown
    assert "→ writable after" in shown[1], shown
    assert shown[0].startswith("+0.000000  co")  # the time and the call's start


def test_hex_view_text_column_fits(qtbot):
    from socket_playground.core.capture import CaptureStore

    store = CaptureStore()
    store.append(0, b"220 ready\r\n", 0)
    view = BytesView(store)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    cw = view.fontMetrics().horizontalAdvance("0")
    for width in (700, 330, 240):
        view.resize(width, 200)
        qtbot.waitUntil(lambda w=width: view.width() == w, timeout=WAIT_MS)
        end = (12 + 4 * view.row_bytes) * cw  # where the text column ends
        assert end <= view.viewport().width(), (width, view.row_bytes)


def test_a_new_pane_is_scrolled_into_view(qtbot, window, connect_pair):
    """A second client at 1280×720: the new pane is in view once it is laid
    out (the first one to overflow the column was left below its edge)."""
    window.resize(1280, 720)
    connect_pair(window)
    column = window.client_column
    window.connect_client()
    panes = [p for p in window.panes.values() if p.property("role") == "client"]
    newest = panes[-1]

    def in_view() -> bool:
        top = newest.mapTo(column.viewport(), newest.rect().topLeft()).y()
        return 0 <= top < column.viewport().height()

    qtbot.waitUntil(in_view, timeout=5000)
