"""UDP sockets with real datagrams on loopback: boundaries kept, a cut
datagram shows its real size, ICMP errors on connected UDP, stop."""

import socket

import pytest

from socket_playground.core.events import Bind, Connect, SocketCall, State
from socket_playground.core.udp_events import RecvFrom, SendTo
from socket_playground.workers.session import stop_sessions
from socket_playground.workers.udp_session import UdpSession

from .conftest import live_qthreads

HAS_V6 = socket.has_ipv6
try:
    socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()
except OSError:
    HAS_V6 = False


@pytest.fixture
def udp(qtbot):
    made: list[UdpSession] = []

    def make(**kw) -> UdpSession:
        s = UdpSession(**kw)
        made.append(s)
        s.start()
        return s

    yield make
    stop_sessions(made)
    for s in made:
        assert not s.alive
        for t in s._threads:
            assert t.isFinished()


def closed_udp_port(host: str = "127.0.0.1") -> int:
    """A UDP port nothing is bound to (bound, then closed)."""
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(fam, socket.SOCK_DGRAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", pytest.param("::1", marks=pytest.mark.skipif(not HAS_V6, reason="no IPv6"))],
)
def test_datagrams_keep_their_boundaries_and_a_cut_one_says_so(qtbot, udp, host):
    srv = udp(server=True, host=host, port=0)
    qtbot.waitUntil(lambda: srv.local_port > 0 and srv.state is State.BOUND, timeout=5000)
    cli = udp(server=False, host=host, port=srv.local_port)
    for word in (b"cat", b"dog", b"fox"):
        assert cli.send(word)
    qtbot.waitUntil(lambda: srv.datagrams_received == 3, timeout=5000)
    qtbot.waitUntil(lambda: cli.datagrams_sent == 3, timeout=5000)
    got = [d for d in srv.log.datagrams if isinstance(d, RecvFrom)]
    assert [d.nbytes for d in got] == [3, 3, 3]
    assert not any(d.truncated for d in got)
    assert {d.peer[1] for d in got} == {cli.local_port}
    assert srv.family == ("ipv6" if ":" in host else "ipv4")
    # the bytes come back whole from the record
    whole = [ev for ev in srv.log.ordered() if isinstance(ev, RecvFrom)]
    assert [ev.data for ev in whole] == [b"cat", b"dog", b"fox"]
    # recvfrom(2) of a 4-byte datagram: 2 bytes returned, 2 lost
    srv.set_bufsize(2)
    cli.send(b"wolf")
    qtbot.waitUntil(lambda: srv.datagrams_received == 4, timeout=5000)
    cut = srv.log.datagrams[-1]
    assert isinstance(cut, RecvFrom)
    assert (cut.bufsize, cut.nbytes, cut.size, cut.lost) == (2, 2, 4, 2)
    assert srv.truncated == 1
    assert srv.bytes_received == 11
    # the server answers the last peer it heard from
    assert srv.send(b"hello")
    qtbot.waitUntil(lambda: cli.datagrams_received == 1, timeout=5000)
    reply = cli.log.datagrams[-1]
    assert isinstance(reply, RecvFrom) and reply.nbytes == 5
    assert reply.peer is not None and reply.peer[1] == srv.local_port
    sent = [d for d in cli.log.datagrams if isinstance(d, SendTo)]
    assert [d.sent for d in sent] == [3, 3, 3, 4]
    kinds = [type(ev) for ev in srv.log.events if isinstance(ev, SocketCall | Bind)]
    assert kinds == [SocketCall, Bind]


def test_connected_udp_to_a_closed_port_is_refused_and_stays_usable(qtbot, udp):
    port = closed_udp_port()
    cli = udp(server=False, host="127.0.0.1", port=port, connect_udp=True)
    qtbot.waitUntil(lambda: cli.state is State.CONNECTED, timeout=5000)
    assert any(isinstance(ev, Connect) and not ev.errno for ev in cli.log.events)
    assert cli.send(b"anyone?")
    qtbot.waitUntil(lambda: cli.last_error == "ECONNREFUSED", timeout=5000)
    failed = [ev for ev in cli.log.events if getattr(ev, "errno", "") == "ECONNREFUSED"]
    assert failed and isinstance(failed[0], RecvFrom | SendTo)
    assert cli.state is State.CONNECTED  # an error row, not an error state
    # still usable: the next send() is made (and recorded: sent, or refused again)
    before = cli.datagrams_sent + _refused(cli)
    assert cli.send(b"again")
    qtbot.waitUntil(lambda: cli.datagrams_sent + _refused(cli) > before, timeout=5000)
    assert cli.state is State.CONNECTED


def _refused(s: UdpSession) -> int:
    return sum(1 for ev in s.log.events if getattr(ev, "errno", "") == "ECONNREFUSED")


def test_a_plain_udp_client_hears_no_icmp_error(qtbot, udp):
    """Unconnected, the kernel does not report the ICMP error to the socket."""
    cli = udp(server=False, host="127.0.0.1", port=closed_udp_port())
    assert cli.send(b"x")
    qtbot.waitUntil(lambda: cli.datagrams_sent == 1, timeout=5000)
    assert cli.last_error == ""
    assert cli.state is State.BOUND


def test_stop_leaves_no_thread(qtbot, udp):
    before = live_qthreads()
    srv = udp(server=True, host="127.0.0.1", port=0)
    cli = udp(server=False, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: srv.state is State.BOUND, timeout=5000)
    qtbot.waitUntil(lambda: all(t.isRunning() for t in cli._threads), timeout=5000)
    stop_sessions([srv, cli])
    assert srv.state is State.CLOSED
    assert live_qthreads() == before
    assert not srv.alive and not cli.alive


def test_bind_failure_is_an_error_and_ends_the_threads(qtbot, udp):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        srv = udp(server=True, host="127.0.0.1", port=port)
        qtbot.waitUntil(lambda: not srv.alive, timeout=5000)
    assert srv.state is State.ERROR
    assert srv.last_error == "EADDRINUSE"


def test_a_datagram_too_large_is_an_error_row(qtbot, udp):
    srv = udp(server=True, host="127.0.0.1", port=0)
    qtbot.waitUntil(lambda: srv.local_port > 0, timeout=5000)
    cli = udp(server=False, host="127.0.0.1", port=srv.local_port)
    assert cli.send(b"x" * 70000)
    qtbot.waitUntil(lambda: cli.last_error == "EMSGSIZE", timeout=5000)
    assert cli.send(b"ok")
    qtbot.waitUntil(lambda: srv.datagrams_received == 1, timeout=5000)
