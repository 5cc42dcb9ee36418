"""The three I/O modes with real sockets: blocking, a timeout, non-blocking.

What the HOWTO says and the record must show: a blocking send() returns the
full count; a non-blocking recv() with nothing waiting raises BlockingIOError
(a row) and the thread then waits in select() (a row); a timeout is a row and
the socket goes on; a non-blocking connect() is EINPROGRESS, select(), then
getsockopt(SO_ERROR); Stop ends every mode.
"""

import socket

import pytest

from socket_playground.core import events as ev
from socket_playground.core.errors import TIMEOUT
from socket_playground.core.events import State

from .conftest import wait_state


def _events(s, kind):
    return [e for e in s.log.events if isinstance(e, kind)]


def _client(sessions, raw_listener, timeout):
    cli = sessions("client", host="127.0.0.1", port=raw_listener.getsockname()[1])
    cli.set_io_mode(timeout)
    cli.start()
    peer, _ = raw_listener.accept()
    return cli, peer


def test_blocking_send_returns_the_full_count(qtbot, sessions, raw_listener):
    """64 blocking send(65536) to a peer that reads: 64 full counts."""
    cli, peer = _client(sessions, raw_listener, None)
    got = bytearray()
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        for _ in range(64):
            cli.send(bytes(65536))
        peer.settimeout(5)
        for _ in range(10_000):  # bounded: 4 MiB in at least 1-byte steps
            if len(got) >= 64 * 65536:
                break
            got += peer.recv(1 << 20)
        qtbot.waitUntil(lambda: cli.send_calls == 64, timeout=5000)
        assert list(cli.store.size) == [65536] * 64
        assert cli.partial_sends == 0 and cli.would_block == 0
        assert not _events(cli, ev.SetBlocking)  # the default: nothing to call
    finally:
        peer.close()


def test_nonblocking_recv_raises_then_select_waits(qtbot, sessions, raw_listener):
    cli, peer = _client(sessions, raw_listener, 0.0)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        # nothing sent yet: recv() raised BlockingIOError, the thread is in select()
        qtbot.waitUntil(lambda: cli.would_block >= 1, timeout=5000)
        qtbot.waitUntil(lambda: ("select", 0) in [(c, n) for c, n, _t in cli.calls_in_progress()])
        assert cli.state is State.CONNECTED
        peer.sendall(b"hello")
        qtbot.waitUntil(lambda: cli.bytes_received == 5, timeout=5000)
        reads = lambda: [e for e in _events(cli, ev.Select) if not e.write]  # noqa: E731
        qtbot.waitUntil(lambda: len(reads()) >= 1, timeout=5000)
        (mode,) = _events(cli, ev.SetBlocking)
        assert mode.timeout == 0.0 and not mode.errno
        sel = reads()[0]
        assert sel.ready and not sel.write and sel.t_end >= sel.t_start
        eagain = [e for e in _events(cli, ev.Recv) if e.errno == "EAGAIN"]
        assert eagain and eagain[0].seq < sel.seq  # the exception, then the wait
        # after the data, recv() again until it raises: another row
        qtbot.waitUntil(lambda: cli.would_block >= 2, timeout=5000)
        assert cli.state is State.CONNECTED
    finally:
        peer.close()
    wait_state(qtbot, cli, State.PEER_CLOSED)


def test_timeouts_are_rows_and_the_socket_goes_on(qtbot, sessions, raw_listener):
    cli, peer = _client(sessions, raw_listener, 0.05)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        qtbot.waitUntil(lambda: cli.timeouts >= 2, timeout=5000)
        timed = [e for e in _events(cli, ev.Recv) if e.errno == TIMEOUT]
        assert all(e.t_end - e.t_start >= 40_000_000 for e in timed)  # ~the 50 ms asked
        assert cli.state is State.CONNECTED
        peer.sendall(b"late")
        qtbot.waitUntil(lambda: cli.bytes_received == 4, timeout=5000)
        (mode,) = _events(cli, ev.SetBlocking)
        assert mode.timeout == 0.05
    finally:
        peer.close()


def test_a_send_timeout_is_a_row(qtbot, sessions, raw_listener):
    cli, peer = _client(sessions, raw_listener, 0.05)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        cli.send(b"z" * (32 << 20))  # the peer never reads
        qtbot.waitUntil(
            lambda: any(e.errno == TIMEOUT for e in _events(cli, ev.Send)), timeout=10000
        )
        assert cli.state is State.CONNECTED
    finally:
        cli.stop()
        peer.close()


def test_nonblocking_connect_is_einprogress_select_so_error(qtbot, sessions, raw_listener):
    cli, peer = _client(sessions, raw_listener, 0.0)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        connects = _events(cli, ev.Connect)
        assert connects[-1].completed and connects[-1].peer is not None
        if len(connects) == 2:  # loopback may connect at once
            assert connects[0].errno == "EINPROGRESS"
            sel = next(e for e in _events(cli, ev.Select) if e.write)
            assert connects[0].seq < sel.seq < connects[1].seq
    finally:
        peer.close()


def test_nonblocking_connect_refused(qtbot, sessions):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nobody listens there
    cli = sessions("client", host="127.0.0.1", port=port)
    cli.set_io_mode(0.0)
    cli.start()
    wait_state(qtbot, cli, State.ERROR)
    assert cli.last_error == "ECONNREFUSED"


def test_switching_mode_while_connected(qtbot, sessions, raw_listener):
    cli, peer = _client(sessions, raw_listener, None)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        assert cli.set_io_mode(0.0)
        qtbot.waitUntil(lambda: len(_events(cli, ev.SetBlocking)) == 1, timeout=5000)
        peer.sendall(b"a")  # wakes the blocked wait; the next round is non-blocking
        qtbot.waitUntil(lambda: cli.would_block >= 1, timeout=5000)
        assert cli.io_mode == "nonblocking"
        with pytest.raises(ValueError):
            cli.set_io_mode(-1)
    finally:
        peer.close()


@pytest.mark.parametrize("timeout", [None, 0.0, 0.05])
def test_stop_ends_every_mode(qtbot, sessions, raw_listener, timeout):
    cli, peer = _client(sessions, raw_listener, timeout)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        cli.send(b"q" * (32 << 20))
        qtbot.waitUntil(lambda: cli.writer_waiting, timeout=10000)
        cli.stop()
        assert not cli.alive
        assert cli.calls_in_progress() == []
    finally:
        peer.close()


def test_accepted_sockets_inherit_the_listeners_mode(qtbot, sessions):
    lst = sessions("listener", host="127.0.0.1", port=0)
    lst.set_io_mode(0.0)
    lst.start()
    wait_state(qtbot, lst, State.LISTENING)
    peer = socket.create_connection(("127.0.0.1", lst.local_port), timeout=5)
    try:
        qtbot.waitUntil(lambda: len(lst.children) == 1, timeout=5000)
        child = lst.children[0]
        qtbot.waitUntil(lambda: child.would_block >= 1, timeout=5000)
        assert child.io_mode == "nonblocking"
    finally:
        peer.close()


@pytest.mark.parametrize("style", ["board", "calls"])
def test_the_code_of_a_nonblocking_client(qtbot, sessions, raw_listener, style):
    from socket_playground.core.codegen import generate

    cli, peer = _client(sessions, raw_listener, 0.0)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        peer.sendall(b"hi")
        qtbot.waitUntil(lambda: cli.bytes_received == 2, timeout=5000)
        qtbot.waitUntil(lambda: any(not e.write for e in _events(cli, ev.Select)), timeout=5000)
    finally:
        peer.close()
    port = raw_listener.getsockname()[1]
    script = generate("client", list(cli.log.ordered()), host="127.0.0.1", port=port, style=style)
    compile(script, "<generated>", "exec")
    if style == "calls":  # every call: the mode and the waits too
        assert "s.setblocking(False)" in script and "select.select([s], [], [])" in script
        assert "import select" in script
    else:  # a teacher's script blocks: no setblocking(False), no select()
        assert "setblocking(False)" not in script and "select.select" not in script


def test_the_code_of_timeouts_is_one_retry_loop(qtbot, sessions, raw_listener):
    from socket_playground.core.codegen import generate

    cli, peer = _client(sessions, raw_listener, 0.05)
    try:
        wait_state(qtbot, cli, State.CONNECTED)
        qtbot.waitUntil(lambda: cli.timeouts >= 3, timeout=5000)
        peer.sendall(b"late")
        qtbot.waitUntil(lambda: cli.bytes_received == 4, timeout=5000)
    finally:
        peer.close()
    port = raw_listener.getsockname()[1]
    events = list(cli.log.ordered())
    script = generate("client", events, host="127.0.0.1", port=port)
    compile(script, "<generated>", "exec")
    first = next(e for e in events if isinstance(e, ev.Recv) and e.errno == TIMEOUT)
    run = 0
    for e in events[events.index(first) :]:
        if not (isinstance(e, ev.Recv) and e.errno == TIMEOUT):
            break
        run += 1
    assert f"for attempt in range({run}):" in script
    assert script.count("except TimeoutError:") == 1
    assert "s.settimeout(0.05)" in script
