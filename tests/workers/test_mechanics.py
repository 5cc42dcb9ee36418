"""Socket mechanics on real loopback sockets: options, kernel queues, the four
ways to end a connection, trickle/repeat/file sends, echo and auto-reply."""

import hashlib
import socket
import threading

import pytest

from socket_playground.core import events as ev
from socket_playground.core.events import Direction, State
from socket_playground.net import options as sockopts

from .conftest import wait_state


def read_all(sock, n, timeout=10):
    sock.settimeout(timeout)
    buf = bytearray()
    while len(buf) < n:
        d = sock.recv(65536)
        if not d:
            break
        buf += d
    return bytes(buf)


def test_options_before_connect_are_applied_and_read_back(qtbot, sessions, connect_raw):
    cli, peer = connect_raw(options={"SO_RCVBUF": 8192, "TCP_NODELAY": 1, "SO_KEEPALIVE": 1})
    try:
        values = cli.option_values()
        assert values["TCP_NODELAY"] == 1 and values["SO_KEEPALIVE"] == 1
        # Linux doubles the asked size for its bookkeeping
        assert values["SO_RCVBUF"] == cli.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        assert values["SO_RCVBUF"] >= 8192
        setopts = [e for e in cli.events if isinstance(e, ev.SetOption)]
        assert any(
            e.name == "SO_RCVBUF" and e.value == 8192 and e.applied == values["SO_RCVBUF"]
            for e in setopts
        )
        # after connect too
        applied = cli.set_option("SO_SNDBUF", 16384)
        assert applied == cli.sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
        assert cli.set_option("TCP_NODELAY", 0) == 0
    finally:
        peer.close()


def test_listener_options_and_backlog(qtbot, sessions, start_listener):
    lst = start_listener(options={"SO_RCVBUF": 4096}, backlog=2)
    assert any(isinstance(e, ev.Listen) and e.backlog == 2 for e in lst.events)
    assert lst.option_values()["SO_RCVBUF"] >= 4096


def test_paused_reading_fills_kernel_queues(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        cli.pause_reading(True)
        assert cli.reading_paused
        peer.sendall(b"x" * 5000)
        qtbot.waitUntil(lambda: (cli.kernel_queues()[0] or 0) == 5000, timeout=5000)
        assert cli.bytes_received == 0  # no recv() while paused
        cli.pause_reading(False)
        qtbot.waitUntil(lambda: cli.bytes_received == 5000, timeout=5000)
        assert cli.kernel_queues()[0] == 0
    finally:
        peer.close()


def test_send_queue_gauge_when_peer_does_not_read(qtbot, sessions, connect_raw):
    cli, peer = connect_raw(options={"SO_SNDBUF": 4096})
    try:
        cli.send(b"y" * (4 << 20))
        qtbot.waitUntil(lambda: cli.writer_waiting, timeout=5000)
        _rx, tx = cli.kernel_queues()
        assert tx and tx > 0
        assert cli.queued > 0
    finally:
        cli.stop()
        peer.close()


def test_shut_wr_half_close_peer_sees_eof_and_can_reply(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        cli.send(b"last words")
        assert cli.shutdown(socket.SHUT_WR)
        assert read_all(peer, 100) == b"last words"  # then b'' (EOF)
        wait_state(qtbot, cli, State.HALF_CLOSED)
        peer.sendall(b"reply after EOF")
        qtbot.waitUntil(lambda: cli.bytes_received == 15, timeout=5000)
        assert cli.state is State.HALF_CLOSED
    finally:
        peer.close()


def test_shut_rd_is_not_a_peer_close(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        assert cli.shutdown(socket.SHUT_RD)
        qtbot.waitUntil(
            lambda: any(isinstance(e, ev.Recv) and e.eof and e.own_shutdown for e in cli.events),
            timeout=5000,
        )
        assert cli.state is State.CONNECTED
        cli.send(b"still sending")
        peer.settimeout(5)
        assert peer.recv(100) == b"still sending"
    finally:
        peer.close()


def test_close_gives_peer_eof(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        cli.stop()
        peer.settimeout(5)
        assert peer.recv(100) == b""
    finally:
        peer.close()


def test_abort_gives_peer_reset(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        cli.abort()
        assert any(
            isinstance(e, ev.SetOption) and e.name == "SO_LINGER" and e.value == 0
            for e in cli.events
        )
        assert cli.state is State.ABORTED
        peer.settimeout(5)
        with pytest.raises(ConnectionResetError):
            peer.recv(100)
    finally:
        peer.close()


def test_window_pair_abort_shows_econnreset_on_other_pane(qtbot, sessions, own_pair):
    _lst, cli, srv = own_pair()
    cli.abort()
    assert cli.state is State.ABORTED
    wait_state(qtbot, srv, State.ABORTED)
    assert srv.last_error == "ECONNRESET"


def test_trickle_makes_exactly_the_requested_send_sizes(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        data = bytes(range(50))
        assert cli.send_trickle(data, 7, 1)
        assert read_all(peer, 50) == data
        qtbot.waitUntil(lambda: cli.send_calls == 8, timeout=5000)
        sizes = [
            cli.store.size[i]
            for i in range(len(cli.store))
            if cli.store.direction[i] == Direction.OUT
        ]
        assert sizes == [7] * 7 + [1]
        assert cli.queued == 0
    finally:
        peer.close()


def test_repeat_count_and_cancel(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
    try:
        assert cli.send_repeat(b"ping\n", 3, 0)
        assert read_all(peer, 15) == b"ping\n" * 3
        qtbot.waitUntil(lambda: cli.send_calls == 3, timeout=5000)
        assert cli.send_repeat(b"tick", 0, 5)  # until cancelled
        qtbot.waitUntil(lambda: cli.send_calls >= 6, timeout=5000)
        cli.cancel_job()
        qtbot.waitUntil(
            lambda: cli.job and cli.job.done and cli.job.sent == (cli.bytes_sent - 15), timeout=5000
        )
        calls = cli.send_calls
        cli.send(b"after")
        qtbot.waitUntil(lambda: cli.send_calls == calls + 1, timeout=5000)
    finally:
        peer.close()


def test_file_send_matches_sha256(qtbot, sessions, connect_raw, tmp_path):
    path = tmp_path / "blob.bin"
    blob = hashlib.sha256(b"seed").digest() * 40000  # 1.28 MB
    path.write_bytes(blob)
    cli, peer = connect_raw()
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
        qtbot.waitUntil(lambda: cli.job is not None and cli.job.done, timeout=5000)
        assert (cli.job.job, cli.job.sent, cli.job.total) == ("file", len(blob), len(blob))
    finally:
        t.join(15)
        peer.close()


def test_missing_file_is_an_error_event_not_a_crash(qtbot, sessions, connect_raw, tmp_path):
    cli, peer = connect_raw()
    try:
        assert not cli.send_file(str(tmp_path / "nope.bin"))  # refused up front
        path = tmp_path / "gone.bin"
        path.write_bytes(b"x")
        # Hold the writer in send(): the peer does not read 8 MiB yet. The file
        # job waits behind it, and the file is gone before the writer opens it.
        big = b"z" * (8 << 20)
        assert cli.send(big)
        qtbot.waitUntil(lambda: cli.writer_waiting, timeout=5000)
        assert cli.send_file(str(path))
        path.unlink()
        assert read_all(peer, len(big)) == big  # now the writer goes on
        qtbot.waitUntil(lambda: any(isinstance(e, ev.FileError) for e in cli.events), timeout=5000)
        err = next(e for e in cli.events if isinstance(e, ev.FileError))
        assert err.errno == "ENOENT" and err.path == str(path) and err.sent == 0
        assert cli.state is State.CONNECTED and cli.last_error == ""
        cli.send(b"ok")
        assert read_all(peer, 2) == b"ok"
    finally:
        peer.close()


def test_echo_returns_exactly_what_was_sent(qtbot, sessions, start_listener):
    lst = start_listener()
    lst.echo = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    # the accepted socket's session (and its worker threads) is made when the
    # GUI thread takes the accept() event: wait for it before blocking in recv
    qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
    try:
        payload = bytes(range(256)) * 400
        c.sendall(payload)
        assert read_all(c, len(payload)) == payload
        qtbot.waitUntil(
            lambda: lst.children and lst.children[0].bytes_sent == len(payload), timeout=5000
        )
        child = lst.children[0]
        seqs = list(child.store.seq)
        assert seqs == sorted(seqs)  # recv() and echo send() rows in call order
        first_send = next(
            i for i in range(len(child.store)) if child.store.direction[i] == Direction.OUT
        )
        assert child.store.direction[first_send - 1] == Direction.IN  # echo follows a recv
        child.echo = False  # off at once
        c.sendall(b"no echo")
        qtbot.waitUntil(lambda: child.bytes_received == len(payload) + 7, timeout=5000)
        c.settimeout(0.3)
        with pytest.raises(TimeoutError):
            c.recv(10)
    finally:
        c.close()


def test_auto_reply_then_close(qtbot, sessions, start_listener):
    lst = start_listener()
    lst.auto_reply = b"HTTP/1.0 200 OK\r\n\r\nhi\n"
    lst.close_after_reply = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
    try:
        c.sendall(b"GET / HTTP/1.0\r\n\r\n")
        # the close is done by the GUI thread (it joins the threads first): let it run
        qtbot.waitUntil(
            lambda: lst.children and lst.children[0].state is State.CLOSED, timeout=5000
        )
        assert read_all(c, 1000) == b"HTTP/1.0 200 OK\r\n\r\nhi\n"  # then EOF
        child = lst.children[0]
        qtbot.waitUntil(lambda: not child.alive, timeout=5000)
    finally:
        c.close()


def test_bufsize_changes_while_connected(qtbot, sessions, connect_raw):
    cli, peer = connect_raw()
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


def test_paused_accepting_leaves_connections_in_the_backlog(qtbot, sessions, start_listener):
    lst = start_listener(backlog=2)
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
        resolves = [e for e in cli.events if isinstance(e, ev.Resolve)]
        assert resolves and resolves[0].host == "localhost"
        assert resolves[0].address.startswith("127.")
    finally:
        peer.close()


def test_close_after_reply_is_done_by_the_gui_after_joining(qtbot, sessions, start_listener):
    lst = start_listener()
    lst.auto_reply = b"bye"
    lst.close_after_reply = True
    c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    try:
        qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
        child = lst.children[0]
        c.sendall(b"x")
        qtbot.waitUntil(lambda: not child.alive, timeout=5000)
        assert all(t.isFinished() for t in child._threads)
        assert len([e for e in child.events if isinstance(e, ev.Close)]) == 1
        assert any(isinstance(e, ev.CloseRequested) for e in child.events)
    finally:
        c.close()
