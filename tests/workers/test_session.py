"""Sessions against real loopback sockets."""

import contextlib
import socket
import threading

import pytest

from socket_playground.core import events as ev
from socket_playground.core.events import State

from .conftest import wait_state


def test_listener_accepts_plain_client(qtbot, sessions, start_listener):
    lst = start_listener()
    with qtbot.waitSignal(lst.accepted, timeout=5000) as blocker:
        c = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    child = blocker.args[0]
    try:
        assert child.role == "accepted"
        assert child.peer_port == c.getsockname()[1]
        c.sendall(b"hello")
        qtbot.waitUntil(lambda: child.bytes_received == 5, timeout=5000)
        assert child.store.retained(0, 5) == b"hello"
        assert child.send(b"back")
        assert c.recv(10) == b"back"
        qtbot.waitUntil(lambda: child.bytes_sent == 4 and child.send_calls == 1)
        c.close()
        wait_state(qtbot, child, State.PEER_CLOSED)
        assert child.recv_calls >= 2  # data, then b''
    finally:
        c.close()
    kinds = [type(e) for e in lst.events]
    assert kinds[:4] == [ev.SocketCall, ev.SetOption, ev.Bind, ev.Listen]
    assert lst.events[2].address == ("127.0.0.1", lst.local_port)
    accepts = [e for e in lst.events if isinstance(e, ev.Accept)]
    assert child.events[0] is accepts[0]  # the accepted socket's first event
    seqs = [e.seq for e in lst.events]
    assert seqs == sorted(seqs)


def test_client_conversation_with_own_listener(qtbot, own_pair):
    lst, cli, srv = own_pair()
    assert cli.peer_port == lst.local_port
    assert srv.peer_port == cli.local_port
    cli.send(b"hello")
    qtbot.waitUntil(lambda: srv.bytes_received == 5)
    srv.send(b"world!")
    qtbot.waitUntil(lambda: cli.bytes_received == 6)
    first = cli.events[:3]
    assert [type(e) for e in first] == [ev.SocketCall, ev.ConnectStarted, ev.Connect]
    assert (first[2].host, first[2].port) == ("127.0.0.1", lst.local_port)
    assert first[2].peer == ("127.0.0.1", lst.local_port) and first[2].errno == ""
    cli.stop()
    assert cli.state is State.CLOSED
    wait_state(qtbot, srv, State.PEER_CLOSED)
    cli.stop()  # idempotent
    assert srv.bytes_received == 5


def test_connection_refused_is_an_error_state(qtbot, sessions):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    cli = sessions("client", host="127.0.0.1", port=port)
    cli.start()
    wait_state(qtbot, cli, State.ERROR)
    assert cli.last_error == "ECONNREFUSED"
    qtbot.waitUntil(lambda: any(isinstance(e, ev.Close) for e in cli.events))
    failed = [e for e in cli.events if isinstance(e, ev.Connect)]
    assert failed[0].errno == "ECONNREFUSED" and failed[0].failed
    assert cli.state is State.ERROR


def test_port_in_use(qtbot, sessions, start_listener):
    first = start_listener()
    second = sessions("listener", host="127.0.0.1", port=first.local_port)
    second.start()
    wait_state(qtbot, second, State.ERROR)
    assert second.last_error == "EADDRINUSE"


def test_bad_hostname_is_an_error_not_a_crash(qtbot, sessions):
    cli = sessions("client", host="no-such-host.invalid", port=80)
    cli.start()
    wait_state(qtbot, cli, State.ERROR, timeout=15000)
    assert cli.last_error.startswith("EAI_")


def test_partial_sends_against_a_non_reading_peer(qtbot, sessions, raw_listener):
    """Non-blocking mode: send() takes what fits, then raises BlockingIOError."""
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.set_io_mode(0.0)
    cli.start()
    peer, _ = raw_listener.accept()
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        big = bytes(range(256)) * 64 * 1024  # 16 MiB: far more than the buffers
        cli.send(big)
        # The peer does not read: send() takes part, then the writer waits.
        qtbot.waitUntil(lambda: cli.send_calls >= 1 and cli.would_block >= 1, timeout=5000)
        first_sizes = list(cli.store.size)
        assert all(0 < n < len(big) for n in first_sizes)
        assert cli.writer_waiting
        # The GUI thread stays free: stop while the writer is blocked.
    finally:
        cli.stop()
        peer.close()
    assert cli.bytes_sent < len(big)


def test_a_blocking_send_blocks_against_a_non_reading_peer(qtbot, sessions, raw_listener):
    """Blocking mode (the default): one send() call that does not return
    until the kernel took every byte; Stop still ends it."""
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.start()
    peer, _ = raw_listener.accept()
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        cli.send(b"y" * (16 << 20))
        qtbot.waitUntil(lambda: cli.writer_waiting, timeout=5000)
        assert [c for c, _n, _t in cli.calls_in_progress()] == ["recv", "send"] or [
            c for c, _n, _t in cli.calls_in_progress()
        ] == ["send", "recv"]
        assert cli.send_calls == 0 and cli.would_block == 0
    finally:
        cli.stop()
        peer.close()
    assert not cli.alive and cli.calls_in_progress() == []


def test_partial_sends_all_arrive_when_peer_reads(qtbot, sessions, raw_listener):
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.start()
    peer, _ = raw_listener.accept()
    big = bytes(range(256)) * 16 * 1024  # 4 MiB
    got = bytearray()

    def reader():
        peer.settimeout(10)
        while len(got) < len(big):
            d = peer.recv(1 << 16)
            if not d:
                break
            got.extend(d)

    t = threading.Thread(target=reader)
    t.start()
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        cli.send(big)
        qtbot.waitUntil(lambda: cli.bytes_sent == len(big), timeout=10000)
        t.join(10)
        assert bytes(got) == big
        assert sum(cli.store.size) == len(big)
        assert cli.queued == 0
    finally:
        peer.close()
        t.join(10)


def test_reset_by_peer(qtbot, sessions, raw_listener):
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.start()
    peer, _ = raw_listener.accept()
    wait_state(qtbot, cli, State.CONNECTED)
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    peer.close()  # RST
    # a reset is a state of its own, and stays: never "peer-closed" afterwards
    wait_state(qtbot, cli, State.ABORTED)
    assert cli.last_error == "ECONNRESET"
    cli.stop()
    assert cli.state is State.ABORTED


@pytest.mark.parametrize("where", ["recv", "accept", "send"])
def test_stop_while_blocked(qtbot, sessions, raw_listener, start_listener, where):
    if where == "accept":
        s = start_listener()
    else:
        s = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
        s.start()
        peer, _ = raw_listener.accept()
        wait_state(qtbot, s, State.CONNECTED)
        if where == "send":
            s.send(b"x" * (32 << 20))
            qtbot.waitUntil(lambda: s.writer_waiting)
    s.stop()
    assert not s.alive
    assert all(t.isFinished() for t in s._threads)
    assert s.state in (State.CLOSED,)
    if where != "accept":
        peer.close()


def test_stop_while_connecting(qtbot, sessions):
    """connect() to a listener whose accept queue is full hangs; stop wakes it."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(0)
    port = ls.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):  # fill the accept queue (backlog 0 still takes ~1)
            f = socket.socket()
            f.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                f.connect(("127.0.0.1", port))
            fillers.append(f)
        cli = sessions("client", host="127.0.0.1", port=port, connect_timeout=30)
        cli.start()
        wait_state(qtbot, cli, State.CONNECTING)
        cli.stop()
        assert all(t.isFinished() for t in cli._threads)
    finally:
        for f in fillers:
            f.close()
        ls.close()


def test_many_signals_do_not_crash(qtbot, sessions):
    """Tens of thousands of emits: PySide6 6.12.0 on 3.11 aborted after ~600."""
    from PySide6.QtCore import QObject, Signal

    class E(QObject):
        sig = Signal(bool)

    e = E()
    count = [0]
    e.sig.connect(lambda b: count.__setitem__(0, count[0] + 1))
    for i in range(30000):
        e.sig.emit(i % 2 == 0)
    assert count[0] == 30000


def test_events_in_order_and_counts_exact(qtbot, sessions, raw_listener):
    """Many small sends from a peer: the GUI sees them batched but exact."""
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    drains = []
    cli.changed.connect(lambda b: drains.append(len(b.events)))
    cli.start()
    peer, _ = raw_listener.accept()
    wait_state(qtbot, cli, State.CONNECTED)
    total = 0
    for i in range(2000):
        msg = b"m%05d;" % i
        peer.sendall(msg)
        total += len(msg)
    peer.close()
    wait_state(qtbot, cli, State.PEER_CLOSED)
    assert cli.bytes_received == total
    data = cli.store.retained(0, total)
    assert data == b"".join(b"m%05d;" % i for i in range(2000))
    assert cli.recv_calls == len(cli.store)  # every chunk, plus the b'' row
    assert len(drains) < cli.recv_calls  # batched, not one signal per recv()


def test_a_loop_that_raises_is_an_event_and_an_error_not_a_hang(qtbot, own_pair):
    """A bug in a loop (here: an auto-reply that is no bytes) ends that loop
    with a LoopFailed event in its place in the record; the socket shows
    error, and stopping leaves no thread behind."""
    _lst, cli, srv = own_pair()
    srv.ctx.auto_reply = 12345  # not bytes: queue_reply raises TypeError in the reader
    cli.send(b"hi")
    qtbot.waitUntil(lambda: srv.state is State.ERROR, timeout=5000)
    failed = [e for e in srv.events if isinstance(e, ev.LoopFailed)]
    assert len(failed) == 1 and "TypeError" in failed[0].message
    assert failed[0].thread.endswith("-recv")
    seqs = [e.seq for e in srv.log.ordered()]
    assert seqs == sorted(seqs)
    srv.stop()
    assert all(t.isFinished() for t in srv._threads)


def test_both_ends_of_a_connection_share_one_clock(qtbot, own_pair):
    """Every socket of a run counts time from the same origin, so a send() and
    the recv() that got its bytes can be compared across panes."""
    lst, cli, srv = own_pair()
    assert lst.t0_ns == cli.t0_ns == srv.t0_ns
    assert cli.send(b"ping")
    qtbot.waitUntil(lambda: srv.bytes_received == 4, timeout=5000)
    qtbot.waitUntil(lambda: cli.bytes_sent == 4, timeout=5000)
    send_row = next(i for i in range(len(cli.store)) if cli.store.direction[i] == 1)
    recv_row = next(i for i in range(len(srv.store)) if srv.store.direction[i] == 0)
    # as each pane shows them (seconds on its clock): the send() began before
    # the recv() that got its bytes returned
    sent_at = cli.store.t_start_ns[send_row] - cli.t0_ns
    got_at = srv.store.t_end_ns[recv_row] - srv.t0_ns
    assert 0 <= sent_at <= got_at
