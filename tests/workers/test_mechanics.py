"""Socket mechanics on real loopback sockets: options, kernel queues, the four
ways to end a connection, trickle/repeat/file sends, echo and auto-reply."""

import hashlib
import socket
import threading

import pytest

from socket_playground.core import sockopts
from socket_playground.core.events import Direction, Kind, State

from .test_session import own_pair, start_listener, wait_state


def connect_raw(qtbot, sessions, raw_listener, **kw):
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1], **kw)
    cli.start()
    peer, _ = raw_listener.accept()
    wait_state(qtbot, cli, State.CONNECTED)
    return cli, peer


def read_all(sock, n, timeout=10):
    sock.settimeout(timeout)
    buf = bytearray()
    while len(buf) < n:
        d = sock.recv(65536)
        if not d:
            break
        buf += d
    return bytes(buf)


def test_options_before_connect_are_applied_and_read_back(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener,
                            options={"SO_RCVBUF": 8192, "TCP_NODELAY": 1, "SO_KEEPALIVE": 1})
    try:
        values = cli.option_values()
        assert values["TCP_NODELAY"] == 1 and values["SO_KEEPALIVE"] == 1
        # Linux doubles the asked size for its bookkeeping
        assert values["SO_RCVBUF"] == cli.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        assert values["SO_RCVBUF"] >= 8192
        setopts = [e for e in cli.events if e.kind is Kind.SETOPT]
        assert any("SO_RCVBUF, 8192" in e.call and e.size == values["SO_RCVBUF"]
                   for e in setopts)
        # after connect too
        applied = cli.set_option("SO_SNDBUF", 16384)
        assert applied == cli.sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
        assert cli.set_option("TCP_NODELAY", 0) == 0
    finally:
        peer.close()


def test_listener_options_and_backlog(qtbot, sessions):
    lst = start_listener(qtbot, sessions, options={"SO_RCVBUF": 4096}, backlog=2)
    assert any(e.call == "listen(2)" for e in lst.events)
    assert lst.option_values()["SO_RCVBUF"] >= 4096


def test_paused_reading_fills_kernel_queues(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        cli.pause_reading(True)
        assert cli.reading_paused
        peer.sendall(b"x" * 5000)
        qtbot.waitUntil(lambda: (cli.kernel_queues()[0] or 0) == 5000, timeout=5000)
        assert cli.bytes_received == 0          # no recv() while paused
        cli.pause_reading(False)
        qtbot.waitUntil(lambda: cli.bytes_received == 5000, timeout=5000)
        assert cli.kernel_queues()[0] == 0
    finally:
        peer.close()


def test_send_queue_gauge_when_peer_does_not_read(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener, options={"SO_SNDBUF": 4096})
    try:
        cli.send(b"y" * (4 << 20))
        qtbot.waitUntil(lambda: cli.writer_waiting, timeout=5000)
        rx, tx = cli.kernel_queues()
        assert tx and tx > 0
        assert cli.queued > 0
    finally:
        cli.stop()
        peer.close()


def test_shut_wr_half_close_peer_sees_eof_and_can_reply(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        cli.send(b"last words")
        assert cli.shutdown(socket.SHUT_WR)
        assert read_all(peer, 100) == b"last words"   # then b'' (EOF)
        wait_state(qtbot, cli, State.HALF_CLOSED)
        peer.sendall(b"reply after EOF")
        qtbot.waitUntil(lambda: cli.bytes_received == 15, timeout=5000)
        assert cli.state is State.HALF_CLOSED
    finally:
        peer.close()


def test_shut_rd_is_not_a_peer_close(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        assert cli.shutdown(socket.SHUT_RD)
        qtbot.waitUntil(lambda: any(e.kind is Kind.EOF for e in cli.events), timeout=5000)
        assert cli.state is State.CONNECTED
        cli.send(b"still sending")
        peer.settimeout(5)
        assert peer.recv(100) == b"still sending"
    finally:
        peer.close()


def test_close_gives_peer_eof(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        cli.stop()
        peer.settimeout(5)
        assert peer.recv(100) == b""
    finally:
        peer.close()


def test_abort_gives_peer_reset(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        cli.abort()
        assert any("SO_LINGER" in e.call for e in cli.events)
        peer.settimeout(5)
        with pytest.raises(ConnectionResetError):
            peer.recv(100)
    finally:
        peer.close()


def test_window_pair_abort_shows_econnreset_on_other_pane(qtbot, sessions):
    _lst, cli, srv = own_pair(qtbot, sessions)
    cli.abort()
    wait_state(qtbot, srv, State.ERROR)
    assert srv.last_error == "ECONNRESET"


def test_trickle_makes_exactly_the_requested_send_sizes(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        data = bytes(range(50))
        assert cli.send_trickle(data, 7, 1)
        assert read_all(peer, 50) == data
        qtbot.waitUntil(lambda: cli.send_calls == 8, timeout=5000)
        sizes = [cli.store.size[i] for i in range(len(cli.store))
                 if cli.store.direction[i] == Direction.OUT]
        assert sizes == [7] * 7 + [1]
        assert cli.queued == 0
    finally:
        peer.close()


def test_repeat_count_and_cancel(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        assert cli.send_repeat(b"ping\n", 3, 0)
        assert read_all(peer, 15) == b"ping\n" * 3
        qtbot.waitUntil(lambda: cli.send_calls == 3, timeout=5000)
        assert cli.send_repeat(b"tick", 0, 5)     # until cancelled
        qtbot.waitUntil(lambda: cli.send_calls >= 6, timeout=5000)
        cli.cancel_job()
        qtbot.waitUntil(lambda: cli.job and cli.job[1] == (cli.bytes_sent - 15), timeout=5000)
        calls = cli.send_calls
        cli.send(b"after")
        qtbot.waitUntil(lambda: cli.send_calls == calls + 1, timeout=5000)
    finally:
        peer.close()


def test_file_send_matches_sha256(qtbot, sessions, raw_listener, tmp_path):
    path = tmp_path / "blob.bin"
    blob = hashlib.sha256(b"seed").digest() * 40000   # 1.28 MB
    path.write_bytes(blob)
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    got = {}

    def reader():
        got["data"] = read_all(peer, len(blob))

    t = threading.Thread(target=reader)
    t.start()
    try:
        assert cli.send_file(str(path))
        t.join(15)
        assert hashlib.sha256(got["data"]).hexdigest() == hashlib.sha256(blob).hexdigest()
        qtbot.waitUntil(lambda: cli.bytes_sent == len(blob), timeout=5000)
        assert cli.job == ("file", len(blob), len(blob))
    finally:
        t.join(15)
        peer.close()


def test_missing_file_is_an_error_event_not_a_crash(qtbot, sessions, raw_listener, tmp_path):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        assert not cli.send_file(str(tmp_path / "nope.bin"))    # refused up front
        path = tmp_path / "gone.bin"
        path.write_bytes(b"x")
        assert cli.send_file(str(path))
        path.unlink()   # gone before the writer opens it? either way no socket error
        qtbot.waitUntil(lambda: cli.job is not None or any(
            e.kind is Kind.NOTE for e in cli.events), timeout=5000)
        assert cli.state is State.CONNECTED and cli.last_error == ""
        cli.send(b"ok")
        peer.settimeout(5)
        assert peer.recv(10) == b"ok"
    finally:
        peer.close()


def test_echo_returns_exactly_what_was_sent(qtbot, sessions):
    lst = start_listener(qtbot, sessions)
    lst.echo = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    # the accepted socket's session (and its worker threads) is made when the
    # GUI thread takes the accept() event: wait for it before blocking in recv
    qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
    try:
        payload = bytes(range(256)) * 400
        c.sendall(payload)
        assert read_all(c, len(payload)) == payload
        qtbot.waitUntil(lambda: lst.children and lst.children[0].bytes_sent == len(payload),
                        timeout=5000)
        child = lst.children[0]
        times = list(child.store.t_us)
        assert times == sorted(times)           # recv() and echo send() rows in time order
        child.echo = False                      # off at once
        c.sendall(b"no echo")
        qtbot.waitUntil(lambda: child.bytes_received == len(payload) + 7, timeout=5000)
        c.settimeout(0.3)
        with pytest.raises(TimeoutError):
            c.recv(10)
    finally:
        c.close()


def test_auto_reply_then_close(qtbot, sessions):
    lst = start_listener(qtbot, sessions)
    lst.auto_reply = b"HTTP/1.0 200 OK\r\n\r\nhi\n"
    lst.close_after_reply = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
    try:
        c.sendall(b"GET / HTTP/1.0\r\n\r\n")
        # the close is done by the GUI thread (it joins the threads first): let it run
        qtbot.waitUntil(lambda: lst.children and lst.children[0].state is State.CLOSED,
                        timeout=5000)
        assert read_all(c, 1000) == b"HTTP/1.0 200 OK\r\n\r\nhi\n"   # then EOF
        child = lst.children[0]
        qtbot.waitUntil(lambda: not child.alive, timeout=5000)
    finally:
        c.close()


def test_bufsize_changes_while_connected(qtbot, sessions, raw_listener):
    cli, peer = connect_raw(qtbot, sessions, raw_listener)
    try:
        assert cli.set_bufsize(0) == 1 and cli.set_bufsize(10 << 20) == 1 << 20
        cli.set_bufsize(3)
        peer.sendall(b"abcdefgh")
        qtbot.waitUntil(lambda: cli.bytes_received == 8, timeout=5000)
        sizes = [cli.store.size[i] for i in range(len(cli.store))]
        assert sizes == [3, 3, 2]
        assert all(cli.store.asked[i] == 3 for i in range(len(cli.store)))
    finally:
        peer.close()


def test_queue_probes_answer_or_say_unavailable():
    a, b = socket.socketpair()
    try:
        b.sendall(b"12345")
        rq = sockopts.recv_queue(a)
        assert rq in (None, 5)
        assert sockopts.queues_supported() == (rq is not None)
    finally:
        a.close()
        b.close()


def test_paused_accepting_leaves_connections_in_the_backlog(qtbot, sessions):
    lst = start_listener(qtbot, sessions, backlog=2)
    lst.pause_accepting(True)
    clients = []
    try:
        for _ in range(2):
            clients.append(socket.create_connection(("127.0.0.1", lst.local_port), timeout=5))
        # the kernel completed the handshakes (connect() returned) but nobody
        # calls accept(): no accepted sessions while paused
        with qtbot.assertNotEmitted(lst.accepted, wait=300):
            pass
        assert lst.children == []
        lst.pause_accepting(False)
        qtbot.waitUntil(lambda: len(lst.children) == 2, timeout=5000)
    finally:
        for c in clients:
            c.close()


def test_host_name_is_looked_up_in_the_timeline(qtbot, sessions, raw_listener):
    cli = sessions("client", host="localhost", port=raw_listener.getsockname()[1])
    cli.start()
    peer, _ = raw_listener.accept()
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        resolves = [e for e in cli.events if e.kind is Kind.RESOLVE]
        assert resolves and resolves[0].call.startswith("getaddrinfo('localhost'")
        assert resolves[0].detail.startswith("127.")
    finally:
        peer.close()


def test_close_after_reply_is_done_by_the_gui_after_joining(qtbot, sessions):
    lst = start_listener(qtbot, sessions)
    lst.auto_reply = b"bye"
    lst.close_after_reply = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    try:
        qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
        child = lst.children[0]
        c.sendall(b"x")
        qtbot.waitUntil(lambda: not child.alive, timeout=5000)
        assert all(t.isFinished() for t in child._threads)
        assert [e.call for e in child.events if e.kind is Kind.CLOSE] == ["close()"]
    finally:
        c.close()
