"""UDP in the I/O modes: a non-blocking recvfrom() that finds nothing is an
EAGAIN row and a select(); with a timeout, a TIMEOUT row; the mode changed
while the socket runs; stopping does not wait for a timeout; the script."""

from __future__ import annotations

import socket

import pytest

from socket_playground.core.codegen_udp import generate_udp
from socket_playground.core.events import Select, SetBlocking, State
from socket_playground.core.udp_events import RecvFrom
from socket_playground.workers.session import stop_sessions
from socket_playground.workers.udp_session import UdpSession


@pytest.fixture
def udp(qtbot):
    made: list[UdpSession] = []

    def make(timeout, **kw) -> UdpSession:
        s = UdpSession(**kw)
        made.append(s)
        s.set_io_mode(timeout)
        s.start()
        return s

    yield make
    stop_sessions(made)
    for s in made:
        assert not s.alive
        assert all(t.isFinished() for t in s._threads)


def rows(s: UdpSession, errno: str) -> list[RecvFrom]:
    return [e for e in s.log.events if isinstance(e, RecvFrom) and e.errno == errno]


def send_to(port: int, *datagrams: bytes) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        for d in datagrams:
            c.sendto(d, ("127.0.0.1", port))


def test_nonblocking_recvfrom_raises_then_select(qtbot, udp):
    srv = udp(0, server=True, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: bool(rows(srv, "EAGAIN")), timeout=5000)  # nothing sent yet
    assert any(isinstance(e, SetBlocking) and e.timeout == 0 for e in srv.log.events)
    send_to(srv.local_port, b"one", b"two")
    qtbot.waitUntil(lambda: srv.datagrams_received == 2, timeout=5000)
    got = [e.data for e in srv.log.ordered() if isinstance(e, RecvFrom) and not e.errno]
    assert got == [b"one", b"two"]
    assert any(isinstance(e, Select) and e.ready for e in srv.log.events)
    assert len(rows(srv, "EAGAIN")) <= 3  # one per wait, not a busy loop
    assert srv.state is State.BOUND and not srv.last_error
    code = generate_udp(list(srv.log.ordered()), host="127.0.0.1", port=0)
    compile(code, "udp.py", "exec")
    assert code.count("found no datagram here (EAGAIN") == 1


def test_timeout_rows_then_a_datagram(qtbot, udp):
    srv = udp(0.05, server=True, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: len(rows(srv, "TIMEOUT")) >= 2, timeout=5000)
    send_to(srv.local_port, b"late")
    qtbot.waitUntil(lambda: srv.datagrams_received == 1, timeout=5000)
    assert srv.state is State.BOUND and not srv.last_error


def test_mode_changed_while_running(qtbot, udp):
    srv = udp(None, server=True, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: srv.local_port > 0 and srv.state is State.BOUND, timeout=5000)
    assert srv.set_io_mode(0)
    qtbot.waitUntil(lambda: bool(rows(srv, "EAGAIN")), timeout=5000)
    send_to(srv.local_port, b"x")
    qtbot.waitUntil(lambda: srv.datagrams_received == 1, timeout=5000)


def test_stop_does_not_wait_for_a_long_timeout(qtbot, udp):
    srv = udp(60.0, server=True, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: srv.local_port > 0 and srv.state is State.BOUND, timeout=5000)
    qtbot.waitUntil(lambda: srv.ctx.busy.get("recv") is not None, timeout=5000)  # in recvfrom()
    srv.stop()
    qtbot.waitUntil(lambda: not srv.alive, timeout=5000)  # not 60 s
