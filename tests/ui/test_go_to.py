"""Go to an offset or a chunk number in the bytes view; bad entries are a
message in place and the box keeps them."""

from PySide6.QtWidgets import QLabel, QLineEdit


def test_go_to_offset_and_chunk(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    click_send(cli, "hello")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 5, timeout=5000)
    click_send(srv, "world!")
    qtbot.waitUntil(lambda: srv.property("bytesSent") == 6, timeout=5000)
    tab = srv.tab("bytes")
    box = child(srv, QLineEdit, "goToEdit")
    box.setText("#1")  # the send() of b"world!": combined bytes 5 … 11
    assert tab.go() and tab.view.selection() == (5, 11)
    box.setText("0x2")
    assert tab.go() and tab.view.selection() == (2, 3)
    for bad in ("#9", "99", "zz"):
        box.setText(bad)
        assert not tab.go()
        err = child(srv, QLabel, "goToError")
        assert not err.isHidden() and err.text()
        assert box.text() == bad  # nothing lost
