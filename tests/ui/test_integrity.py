"""The integrity line: SHA-256 of each direction's whole stream as pane
properties, shown and copied; a note when the capture stopped keeping bytes."""

import hashlib

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QToolButton

EMPTY = hashlib.sha256(b"").hexdigest()


def test_sha256_properties_follow_both_directions(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    assert cli.property("sha256Received") == EMPTY == cli.property("sha256Sent")
    click_send(cli, "hello\\n")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 6, timeout=5000)
    click_send(srv, "world!")
    want_up, want_down = (
        hashlib.sha256(b"hello\n").hexdigest(),
        hashlib.sha256(b"world!").hexdigest(),
    )
    # exact once the disk writer has caught up
    qtbot.waitUntil(
        lambda: (
            cli.property("sha256Sent") == want_up == srv.property("sha256Received")
            and srv.property("sha256Sent") == want_down == cli.property("sha256Received")
        ),
        timeout=5000,
    )
    label = child(cli, QLabel, "sha256Label")
    assert want_up[:16] in label.text() and want_up in label.toolTip()
    child(cli, QToolButton, "copySha256Button").click()
    copied = QGuiApplication.clipboard().text()
    assert f"received: {want_down}" in copied and f"sent: {want_up}" in copied


def test_a_note_says_from_where_bytes_are_not_kept(qtbot, window, connect_pair, click_send, child):
    cli, srv = connect_pair(window)
    srv.session.spool.cap = 4  # a tiny cap: the rest is counted and hashed only
    click_send(cli, "0123456789")
    qtbot.waitUntil(
        lambda: srv.property("sha256Received") == hashlib.sha256(b"0123456789").hexdigest(),
        timeout=5000,
    )
    note = child(srv, QLabel, "captureNote")
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert "4" in note.text()
    srv.session.spool.flush()  # the hash is taken before the write: wait for it
    assert srv.session.spool.read(0, 0, 100) == b"0123"


def test_the_cap_chosen_in_the_file_menu_applies_to_new_sockets_and_is_remembered(
    qtbot, window, connect_pair, click_send, child
):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from socket_playground.ui.main_window import MainWindow

    menu = window.findChild(QMenu, "captureCapMenu")
    assert menu is not None and menu.title()
    one_gib = window.findChild(QAction, "captureCap_1GiB")
    assert one_gib.isChecked()  # the default
    try:
        window.findChild(QAction, "captureCap_unlimited").trigger()
        cli, srv = connect_pair(window)
        assert cli.session.spool.cap is None and srv.session.spool.cap is None
        window.findChild(QAction, "captureCap_64MiB").trigger()
        other = MainWindow()  # a new window shows the choice remembered
        qtbot.addWidget(other)
        assert other.findChild(QAction, "captureCap_64MiB").isChecked()
        click_send(cli, "after")  # sockets already made keep their cap
        qtbot.waitUntil(lambda: srv.session.bytes_received == 5, timeout=5000)
        assert srv.session.spool.cap is None
    finally:
        one_gib.trigger()
    assert window.findChild(QAction, "captureCap_1GiB").isChecked()
