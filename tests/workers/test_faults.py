"""Faults and floods on real loopback sockets: what the program holds stays
bounded, and it stops cleanly from where it waits."""

from __future__ import annotations

import socket
import threading

from socket_playground.net.context import HIGH_WATER
from socket_playground.net.reader import RUN_BYTES

FLOOD = 96 * 1024 * 1024  # well past HIGH_WATER plus both kernels' buffers


def _flood_without_reading(port: int, result: dict) -> None:
    """A peer that sends and never reads, until send() makes no progress for 3 s."""
    c = socket.create_connection(("127.0.0.1", port), timeout=10)
    c.settimeout(3)
    block = b"\xab" * 65536
    sent = 0
    try:
        while sent < FLOOD:
            sent += c.send(block)
    except TimeoutError:
        pass  # held back: nobody reads what we get back, so nobody reads us
    finally:
        result["sent"] = sent
        result["sock"] = c  # kept open: closed by the test


def test_echo_to_a_peer_that_never_reads_is_held_back_by_tcp(qtbot, start_listener):
    lst = start_listener()
    lst.echo = True
    result: dict = {}
    peer = threading.Thread(target=_flood_without_reading, args=(lst.local_port, result))
    peer.start()
    try:
        qtbot.waitUntil(lambda: not peer.is_alive(), timeout=60_000)
        child = lst.children[0]
        assert result["sent"] < FLOOD  # the peer was held back ...
        # ... and what waits in the program to be sent stays bounded
        assert child.ctx.queued <= HIGH_WATER + RUN_BYTES
        assert child.bytes_received < result["sent"]
    finally:
        peer.join(timeout=30)
        if "sock" in result:
            result["sock"].close()
    # the reader, waiting for send room, stops with the socket (the fixture
    # checks that every thread ended)
