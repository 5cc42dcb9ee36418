"""The pane's habits from the keyboard: copy (the clipboard holds the
bytes), find (the selection moves, the count), clear views (empty views,
counters unchanged)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def local_settings(tmp_path):
    """QSettings in this test's folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    yield tmp_path
    QSettings().clear()


def focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)


@pytest.fixture
def talked(qtbot, window, connect_pair, click_send):
    """A connection whose server side received three chunks: hello, HEL|LO, world."""
    cli, srv = connect_pair(window)
    for text in ("hello ", "HEL", "LO world"):
        click_send(cli, text)
        qtbot.waitUntil(lambda t=text: srv.session.store.combined_total > 0, timeout=WAIT_MS)
        n = srv.property("bytesReceived")
        qtbot.waitUntil(lambda n=n, t=text: srv.property("bytesReceived") >= n, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 17, timeout=WAIT_MS)
    srv.refresh()
    return cli, srv


def test_ctrl_c_copies_the_bytes_view_selection_as_hex_and_menu_forms(qtbot, window, talked):
    _cli, srv = talked
    view = srv.bytes_view
    view.set_selection(0, 5)
    focus(qtbot, view)
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "68 65 6c 6c 6f"
    assert "5" in window.statusBar().currentMessage()
    forms = {
        "copyTextAction": "hello",
        "copyPythonAction": "b'hello'",
        "copyCArrayAction": "unsigned char data[5] = {\n    0x68, 0x65, 0x6c, 0x6c, 0x6f,\n};",
    }
    menu = srv.habits.bytes_copy.menu()
    names = [a.objectName() for a in menu.actions()]
    assert names[:4] == ["copyHexAction", "copyTextAction", "copyPythonAction", "copyCArrayAction"]
    assert "findAction" in names and "clearViewsAction" in names
    for name, want in forms.items():
        view.findChild(QAction, name).trigger()
        assert QGuiApplication.clipboard().text() == want


def test_ctrl_c_in_the_chunk_table_copies_the_selected_rows_in_order(qtbot, window, talked):
    _cli, srv = talked
    table = srv.table
    assert srv.model.rowCount() >= 2
    # the last chunk and the first, chosen in that order: copied in chunk order
    table.selectRow(srv.model.rowCount() - 1)
    sm = table.selectionModel()
    sm.select(
        srv.model.index(0, 0),
        sm.SelectionFlag.Select | sm.SelectionFlag.Rows,
    )
    focus(qtbot, table)
    srv.view_mode.setCurrentIndex(1)  # text mode: Ctrl+C copies text
    focus(qtbot, table)
    qtbot.keySequence(table, QKeySequence.StandardKey.Copy)
    store = srv.session.store
    last = len(store) - 1
    want = bytes(store.retained(0, store.size[0])) + store.retained(
        store.combined[last], store.combined_total
    )
    assert QGuiApplication.clipboard().text() == want.decode()
    assert QGuiApplication.clipboard().text().startswith("hello")


def test_copy_of_a_large_selection_is_bounded_and_says_so(qtbot, window, connect_pair):
    from socket_playground.core.copy_formats import COPY_MAX

    cli, srv = connect_pair(window)
    cli.session.send(b"x" * (COPY_MAX + 1000))
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == COPY_MAX + 1000, timeout=WAIT_MS)
    srv.refresh()
    srv.bytes_view.set_selection(0, COPY_MAX + 1000)
    text = srv.habits.bytes_copy.copy("python")
    assert text == repr(b"x" * COPY_MAX)
    assert f"{COPY_MAX:,}" in window.statusBar().currentMessage()


def test_find_from_the_keyboard_selects_matches_across_chunks(qtbot, window, talked):
    _cli, srv = talked
    focus(qtbot, srv.table)
    qtbot.keySequence(srv.table, QKeySequence("Ctrl+F"))
    bar = srv.findChild(QWidget, "findBar")
    edit = srv.findChild(QLineEdit, "findEdit")
    assert bar.isVisible() and edit.hasFocus()
    qtbot.keyClicks(edit, "hello")  # text mode is exact: "HELLO" does not match
    count = srv.findChild(QLabel, "findCount")
    qtbot.waitUntil(lambda: count.text() == "1 matches", timeout=WAIT_MS)
    srv.findChild(QComboBox, "findModeCombo").setCurrentIndex(1)  # hex
    edit.clear()
    qtbot.keyClicks(edit, "48 45 4c 4c 4f")  # HELLO: sent as "HEL" then "LO world"
    qtbot.waitUntil(lambda: count.property("matchCount") == 1, timeout=WAIT_MS)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert srv.bytes_view.selection() == (6, 11)
    assert count.text() == "1 of 1"
    srv.findChild(QComboBox, "findModeCombo").setCurrentIndex(2)  # escapes
    edit.setText("l\\x6c")  # "ll": hello, (not HELLO)
    qtbot.waitUntil(lambda: count.property("matchCount") == 1, timeout=WAIT_MS)
    edit.setText("o")
    qtbot.waitUntil(lambda: count.property("matchCount") == 2, timeout=WAIT_MS)  # hellO, wOrld
    qtbot.keyClick(edit, Qt.Key.Key_F3)  # after the selection (HELLO at 6)
    assert srv.bytes_view.selection() == (13, 14)
    qtbot.keyClick(edit, Qt.Key.Key_F3)  # wraps
    assert srv.bytes_view.selection() == (4, 5)
    assert count.text() == "1 of 2"
    qtbot.keyClick(edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # wraps back
    assert srv.bytes_view.selection() == (13, 14)
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert srv.bytes_view.selection() == (4, 5)
    edit.setText("\\q")
    assert "\\q" in count.text()  # the escape error, not a crash
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_clear_views_empties_the_views_and_keeps_the_record(qtbot, window, talked, click_send):
    cli, srv = talked
    srv.show_tab("timeline")
    before = {p: srv.property(p) for p in ("bytesReceived", "recvCalls", "sha256Received")}
    focus(qtbot, srv.table)
    qtbot.keySequence(srv.table, QKeySequence("Ctrl+L"))
    action = srv.findChild(QAction, "clearViewsAction")
    assert "capture" in action.toolTip()
    assert srv.model.rowCount() == 0
    assert srv.timeline.count() == 0
    assert srv.bytes_view.base == srv.session.store.combined_total == 17
    assert {p: srv.property(p) for p in before} == before
    assert "cleared" in window.statusBar().currentMessage()
    click_send(cli, "again")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 22, timeout=WAIT_MS)
    srv.refresh()
    assert srv.model.rowCount() == 1
    assert srv.model.data(srv.model.index(0, 0)) == len(srv.session.store) - 1  # its real number
    srv.bytes_view.set_selection(0, 100)
    assert srv.bytes_view.selection() == (17, 22)  # the cleared bytes are not shown
    srv.select_chunk(len(srv.session.store) - 1)
    assert srv.table.selectionModel().isRowSelected(0)


def test_keyboard_starts_a_server_connects_and_closes(qtbot, window, panes):
    """Ctrl+Shift+L starts a server, Ctrl+Shift+C connects to it, Ctrl+W in a
    pane closes that pane's socket (and no other)."""
    w = window
    w.activateWindow()
    w.setFocus()
    qtbot.keyClick(
        w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: [p.property("state") for p in panes(w, "listener")] == ["listening"])
    qtbot.keyClick(
        w, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: [p.property("state") for p in panes(w, "client")] == ["connected"])
    qtbot.waitUntil(lambda: len(panes(w, "accepted")) == 1)
    cli, conn = panes(w, "client")[0], panes(w, "accepted")[0]
    cli.send_box.edit.setFocus()
    qtbot.waitUntil(cli.send_box.edit.hasFocus)
    qtbot.keyClick(cli.send_box.edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not cli.session.alive)
    qtbot.waitUntil(lambda: conn.property("state") == "peer-closed")
    assert conn.session.alive  # only the pane with the focus
