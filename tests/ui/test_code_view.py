"""Show the code: the generated script, run against a real peer, sends the
same bytes as the session it came from."""

import socket
import subprocess
import sys
import threading


def test_client_script_replays_the_same_bytes(qtbot, window, tmp_path, connect_pair, click_send):
    cli, srv = connect_pair(window)
    click_send(cli, r"GET / HTTP/1.0\r\n\r\n")
    cli.send_mode.setCurrentIndex(1)
    click_send(cli, "00 ff 27 22 5c")
    qtbot.waitUntil(lambda: srv.property("bytesReceived") == 23, timeout=5000)
    click_send(srv, "ok")
    qtbot.waitUntil(lambda: cli.property("bytesReceived") == 2, timeout=5000)
    sent_by_session = srv.session.store.retained(0, 23)  # what the client sent
    dialog = cli.show_code()
    code = dialog.text.toPlainText()
    assert "import socket" in code and "connect" in code
    # run the script against a fresh plain-Python peer on the same port number
    port = cli.session.port
    window.close()  # frees the port the script connects to
    peer = socket.socket()
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    peer.bind(("127.0.0.1", port))
    peer.listen(1)
    peer.settimeout(20)
    got = bytearray()

    def serve():
        conn, _ = peer.accept()
        conn.settimeout(20)
        while len(got) < len(sent_by_session):
            d = conn.recv(4096)
            if not d:
                break
            got.extend(d)
        conn.sendall(b"ok")
        conn.settimeout(5)
        try:
            while conn.recv(4096):
                pass
        except OSError:
            pass
        conn.close()

    t = threading.Thread(target=serve)
    t.start()
    path = tmp_path / "client.py"
    assert dialog.save(str(path))
    try:
        r = subprocess.run([sys.executable, str(path)], timeout=30, capture_output=True)
    finally:
        t.join(30)
        peer.close()
    assert r.returncode == 0, r.stderr.decode()
    assert bytes(got) == sent_by_session


def test_listener_code_compiles(qtbot, window, start_server):
    lst = start_server(window)
    dialog = lst.show_code()
    compile(dialog.text.toPlainText(), "<listener>", "exec")


def test_code_style_and_the_ui_language(qtbot, window, connect_pair, click_send):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QComboBox

    cli, _srv = connect_pair(window)
    click_send(cli, "hello")
    qtbot.waitUntil(lambda: cli.property("bytesSent") == 5, timeout=5000)
    dialog = cli.show_code()
    combo = dialog.findChild(QComboBox, "codeStyle")
    assert combo is not None and combo.currentData() == "board"
    board = dialog.text.toPlainText()
    assert board.startswith("import socket\n") and "s.sendall(b'hello')" in board
    assert "[+" not in board  # as a teacher would write it: no times
    combo.setCurrentIndex(combo.findData("calls"))
    calls = dialog.text.toPlainText()
    assert "send(5 bytes) -> 5" in calls and "[+" in calls
    old = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        dialog.refresh()
        zh = dialog.text.toPlainText()
    finally:
        QLocale.setDefault(old)
    assert "客户端套接字" in zh and "s.sendall(b'hello')" in zh
    dialog.refresh()
    assert dialog.text.toPlainText() == calls
