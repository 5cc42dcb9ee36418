"""A blocking send() that waits for its peer holds back, in the record, what
the reader receives meanwhile (calls stay in order: a reply's recv() never
before its request's send()). The pane says how much waits, and the reader
stops at high water, as a program whose buffer is full: TCP's flow control
then holds the peer, and the program's memory stays bounded."""

from __future__ import annotations

import socket
import threading

from socket_playground.core.events import State
from socket_playground.net.context import HIGH_WATER
from socket_playground.net.reader import RUN_BYTES

from .conftest import wait_state

FLOOD = 48 << 20  # past high water plus both kernels' buffers
PAYLOAD = 1 << 20


def flooding_peer(
    ls: socket.socket, result: dict, flood: threading.Event, gate: threading.Event
) -> None:
    """Accepts; once ``flood`` is set, sends FLOOD bytes without reading
    until its send() stalls; then, once ``gate`` is set, reads PAYLOAD bytes;
    the thread always ends."""
    try:
        conn, _ = ls.accept()
        result["conn"] = conn  # closed by the test
        if not flood.wait(60):
            return
        conn.settimeout(3)
        block = b"\xcd" * 65536
        sent = 0
        try:
            while sent < FLOOD:
                sent += conn.send(block)
        except TimeoutError:
            pass  # held back: the program's reader stopped reading
        result["sent"] = sent
        if not gate.wait(60):
            return
        conn.settimeout(30)
        got = 0
        while got < PAYLOAD:
            data = conn.recv(1 << 20)
            if not data:
                break
            got += len(data)
        result["read"] = got
    except OSError as e:
        result["error"] = e


def test_a_blocked_send_holds_back_within_bounds_and_then_shows_all(qtbot, sessions):
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)  # (before listen: the window)
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    ls.settimeout(10)
    result: dict = {}
    flood, gate = threading.Event(), threading.Event()
    peer = threading.Thread(target=flooding_peer, args=(ls, result, flood, gate), daemon=True)
    peer.start()
    try:
        c = sessions(
            "client", host="127.0.0.1", port=ls.getsockname()[1], options={"SO_SNDBUF": 16384}
        )
        c.start()
        wait_state(qtbot, c, State.CONNECTED)
        c.send(b"\x01" * PAYLOAD)  # the peer reads nothing yet: this send() blocks
        qtbot.waitUntil(
            lambda: any(call == "send" for call, _n, _t in c.calls_in_progress()), timeout=10000
        )
        flood.set()  # (only now: before, the reader would show the flood as it came)
        qtbot.waitUntil(lambda: "sent" in result or "error" in result, timeout=60_000)
        assert "error" not in result
        assert result["sent"] < FLOOD  # the peer was held back by TCP ...
        held = c.held_back()
        assert 0 < held <= HIGH_WATER + 2 * RUN_BYTES  # ... and the program's memory bounded
        assert c.bytes_received + held <= result["sent"]
        assert any(call == "send" for call, _n, _t in c.calls_in_progress())  # (still)
        gate.set()  # the peer reads: the send() returns, and what waited is shown
        qtbot.waitUntil(lambda: result.get("read") == PAYLOAD, timeout=60_000)
        qtbot.waitUntil(lambda: c.bytes_received == result["sent"], timeout=60_000)
        assert c.held_back() == 0 and c.bytes_sent == PAYLOAD
        assert c.state is State.CONNECTED
    finally:
        flood.set()
        gate.set()
        peer.join(30)
        if "conn" in result:
            result["conn"].close()
        ls.close()
