"""Many live connections stop quickly and leave no thread behind."""

from socket_playground.core.events import State
from socket_playground.workers.session import Session, stop_sessions

from .conftest import live_qthreads


def test_fifty_connections_stop_fast(qtbot):
    base = live_qthreads()
    # backlog 5 with 50 simultaneous connects overflows the accept queue; the
    # dropped SYNs are retried after 1 s, 3 s, ... (a lesson of its own).
    lst = Session("listener", host="127.0.0.1", port=0, backlog=128)
    children = []
    lst.accepted.connect(children.append)
    lst.start()
    qtbot.waitUntil(lambda: lst.state is State.LISTENING, timeout=5000)
    clients = [Session("client", host="127.0.0.1", port=lst.local_port) for _ in range(50)]
    try:
        for c in clients:
            c.start()
        qtbot.waitUntil(
            lambda: len(children) == 50 and all(c.state is State.CONNECTED for c in clients),
            timeout=10000,
        )
        assert live_qthreads() - base == 1 + 50 * 2 * 2
    finally:
        stop_sessions([lst, *clients, *children])
    assert live_qthreads() == base
    assert all(c.state is State.CLOSED for c in clients + children)
