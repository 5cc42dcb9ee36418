"""A connection whose peer has closed, with nothing queued, frees its threads
at once; sending later starts a writer again, and the bytes arrive."""

import socket

from socket_playground.core import events as ev
from socket_playground.core.events import State

from .conftest import wait_state


def test_threads_freed_after_the_peers_fin_and_back_on_send(qtbot, connect_raw):
    cli, peer = connect_raw()
    try:
        assert cli.send(b"before")
        assert peer.recv(100) == b"before"
        peer.shutdown(socket.SHUT_WR)  # FIN: the peer sends no more, still reads
        wait_state(qtbot, cli, State.PEER_CLOSED)
        qtbot.waitUntil(lambda: all(t.isFinished() for t in cli._threads), timeout=5000)
        assert cli.ctx.writer_parked and cli.can_send  # half-open: we may still send
        assert cli.send(b"after the fin")
        peer.settimeout(5)
        got = b""
        while len(got) < 13:  # bounded by the timeout
            got += peer.recv(100)
        assert got == b"after the fin"
        qtbot.waitUntil(lambda: cli.bytes_sent == 19, timeout=5000)
        assert sum(not t.isFinished() for t in cli._threads) == 1  # the new writer
        calls = [e for e in cli.log.ordered(with_bytes=False) if isinstance(e, ev.Send | ev.Recv)]
        assert [type(e) for e in calls] == [ev.Send, ev.Recv, ev.Send]  # b'' between
        seqs = [e.seq for e in calls]
        assert seqs == sorted(seqs)
    finally:
        peer.close()
    cli.stop()
    assert all(t.isFinished() for t in cli._threads) and cli.state is State.CLOSED
