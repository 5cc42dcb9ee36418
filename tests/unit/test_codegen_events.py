"""Show the code from a SocketLog: the order is the calls' (by ``seq``, never
by time), chunks come back once each with exact sizes, bytes the log no
longer holds become marked placeholders, and a call that failed in the
program is made in try/except (no Qt)."""

from __future__ import annotations

import socket

import pytest

from socket_playground.core.codegen import generate
from socket_playground.core.events import (
    Accept,
    Bind,
    Close,
    Connect,
    Listen,
    Recv,
    Resolve,
    Send,
    SetOption,
    Shutdown,
    SocketCall,
    run_of,
)
from socket_playground.core.order import take_ready
from socket_playground.core.record import SocketLog

from .test_codegen import HOST, MS, T0, Rec, connected_client, listener_log, said


def positions(code: str, *needles: str) -> list[int]:
    found = [code.find(n) for n in needles]
    assert -1 not in found, (needles, found)
    return found


def test_a_send_before_a_recv_by_seq_comes_first_though_it_started_later():
    log = SocketLog("client", t0_ns=T0)
    log.add([SocketCall(1, T0, T0), Connect(2, T0 + MS, T0 + 2 * MS, host=HOST, port=5000)])
    # the writer took seq 10 for its send() but read the clock after the
    # reader, which took seq 11 for a recv() that also returned first
    send = Send(10, T0 + 9 * MS, T0 + 10 * MS, offered=4, sent=4, data=b"ping")
    run = run_of(
        4096, [11, 12], [T0 + 5 * MS, T0 + 6 * MS], [T0 + 7 * MS, T0 + 8 * MS], [b"po", b"ng"]
    )
    ready, held = take_ready([run, send], None)  # the order they reached the GUI
    assert held == []
    log.add(ready)
    events = list(log.ordered())
    assert [type(ev) for ev in events[2:]] == [Send, Recv, Recv]
    code = generate("client", events, host=HOST, port=5000, style="calls")
    sent, received = positions(code, "s.sendall(b'ping')", "while len(received) < 4:")
    assert sent < received
    # the times say the opposite order: the script does not follow them
    assert "[+0.009 s] send(4 bytes) -> 4" in code
    assert "[+0.005 s] recv(4096) -> 2 bytes" in code


def test_a_recv_run_split_by_a_send_is_two_waits():
    rec = connected_client(5000)
    base = rec.seq
    t = rec.t
    run = run_of(
        1024,
        [base + 1, base + 3],
        [t + MS, t + 3 * MS],
        [t + MS, t + 3 * MS],
        [b"first", b"second"],
    )
    send = Send(base + 2, t + 2 * MS, t + 2 * MS, offered=5, sent=5, data=b"reply")
    ready, _ = take_ready([run, send], None)
    rec.log.add(ready)
    code = generate("client", rec.events(), host=HOST, port=5000)
    a, b, c = positions(
        code, "while len(received) < 5:", "s.sendall(b'reply')", "while len(received) < 6:"
    )
    assert "s.recv(5 - len(received))" in code  # never past this step's bytes
    assert "s.recv(1024)" in code  # the last: as the program asked
    assert a < b < c


def test_consecutive_recvs_of_one_bufsize_are_one_wait():
    rec = connected_client(5000)
    rec.recv(b"ab", b"cd", bufsize=2)
    rec.recv(b"e", bufsize=2)  # a new run, the same bufsize
    rec.recv(b"fgh", bufsize=8)  # another bufsize: another wait
    rec.eof(bufsize=8)
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert code.count("received = bytearray()") == 2  # one receive loop per recv() size
    assert "while len(received) < 5:" in code
    assert "s.recv(min(2, 5 - len(received)))" in code
    assert code.count("while True:") == 1 and "s.recv(8)" in code  # until the peer's b''
    assert "3 recv(2) calls (2, 2, 1)" in said(code)
    assert "it received b'abcde'" in said(code)
    assert "returned b''" not in said(code)  # the b'' ends the loop, no step of its own


def test_times_are_relative_to_the_first_events_start():
    rec = connected_client(5000)
    rec.send(b"x")
    code = generate("client", rec.events(), host=HOST, port=5000, style="calls")
    assert "[+0.001 s] setsockopt(IPPROTO_TCP, TCP_NODELAY, 1)" in code
    assert "[+0.004 s] send(1 bytes) -> 1" in code
    board = generate("client", rec.events(), host=HOST, port=5000)
    assert "[+" not in board  # a teacher's code has no times


# -- bytes the log no longer holds --------------------------------------------------------
def capped_log() -> tuple[Rec, list[bytes]]:
    rec = connected_client(5000, Rec(byte_cap=64))
    datas = [bytes([i + 1]) * 20 for i in range(10)]
    for i, d in enumerate(datas):
        if i % 2:
            rec.send(d)
        else:
            rec.recv(d)
    rec.add(Close)
    return rec, datas


def test_dropped_bytes_become_marked_placeholders_with_exact_sizes():
    rec, datas = capped_log()
    assert rec.log.store.dropped > 0
    chunks = [ev for ev in rec.events() if isinstance(ev, Send | Recv)]
    assert [ev.sent if isinstance(ev, Send) else ev.nbytes for ev in chunks] == [20] * 10
    gone = [ev for ev in chunks if not ev.kept]
    assert gone and chunks[: len(gone)] == gone  # the oldest go first
    assert all(ev.data == b"" for ev in gone)
    assert all(ev.data == datas[i] for i, ev in enumerate(chunks) if ev.kept)
    code = generate("client", rec.events(), host=HOST, port=5000)
    compile(code, "<gen>", "exec")
    gone_sent = sum(ev.sent for ev in gone if isinstance(ev, Send))
    assert gone_sent > 0
    assert code.count("# NOT THE ORIGINAL BYTES") == gone_sent // 20
    assert code.count("s.sendall(b'\\x00' * 20)") == gone_sent // 20
    assert f"WARNING: {gone_sent} of the bytes this script sends are NOT the original" in said(code)
    assert code.count("while len(received) < 20:") == 5  # receiving needs no bytes
    assert "(the program no longer holds all of these bytes)" in said(code)
    for i, ev in enumerate(chunks):
        if ev.kept and isinstance(ev, Send):
            assert f"s.sendall({datas[i]!r})" in code


def test_everything_kept_makes_no_warning():
    rec = connected_client(5000)
    rec.send(b"abc")
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "WARNING" not in code and "NOT the original" not in code


# -- failed calls -------------------------------------------------------------------------
FAILED = [
    (
        "client",
        SetOption,
        {"name": "SO_RCVBUF", "value": 1, "errno": "EINVAL"},
        "s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1)",
        "setsockopt",
    ),
    (
        "client",
        Connect,
        {"host": HOST, "port": 5000, "errno": "ECONNREFUSED"},
        "s.connect(('127.0.0.1', 5000))",
        "connect",
    ),
    (
        "client",
        Resolve,
        {"host": "nowhere.invalid", "port": 5000, "errno": "EAI_NONAME"},
        "print('getaddrinfo ->', socket.getaddrinfo('nowhere.invalid', 5000, "
        "type=socket.SOCK_STREAM)[0][4])",
        "getaddrinfo",
    ),
    (
        "listener",
        Bind,
        {"host": HOST, "port": 5000, "errno": "EADDRINUSE"},
        "srv.bind(('127.0.0.1', 5000))",
        "bind",
    ),
    ("listener", Listen, {"backlog": 7, "errno": "EINVAL"}, "srv.listen(7)", "listen"),
    (
        "client",
        Send,
        {"offered": 10, "errno": "EPIPE"},
        "s.send(b'\\x00' * 10)",
        "send",
    ),
    ("client", Send, {"offered": 3, "data": b"abc", "errno": "EPIPE"}, "s.send(b'abc')", "send"),
    ("accepted", Recv, {"bufsize": 512, "errno": "ECONNRESET"}, "data = conn.recv(512)", "recv"),
    (
        "client",
        Shutdown,
        {"how": socket.SHUT_WR, "errno": "ENOTCONN"},
        "s.shutdown(socket.SHUT_WR)",
        "shutdown",
    ),
    ("client", Close, {"errno": "EBADF"}, "s.close()", "close"),
]


@pytest.mark.parametrize(
    ("role", "cls", "fields", "line", "name"),
    FAILED,
    ids=[f"{c.__name__}-{f['errno']}" for _, c, f, _, _ in FAILED],
)
def test_a_failed_call_is_its_own_code_in_try_except(role, cls, fields, line, name):
    rec = Rec(role)
    rec.add(cls, message="it failed", **fields)
    code = generate(role, rec.events(), host=HOST, port=5000)
    compile(code, "<gen>", "exec")
    assert f"try:\n    {line}\n" in code
    assert f"except OSError as e:\n    print('{name}() failed:', e)" in code
    assert code.count("try:") == 1
    assert f"the program's {name}() failed here with {fields['errno']} (it failed)" in said(code)


def test_a_failed_accept_is_not_repeated():
    rec = listener_log()
    rec.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    rec.add(Accept, errno="EBADF", message="closed")
    rec.add(Close)
    code = generate("listener", rec.events(), host=HOST, port=0)
    compile(code, "<gen>", "exec")
    assert "for _ in range(1):" in code
    assert "try:" not in code
    assert "here the program's accept() failed with EBADF (closed)" in said(code)
    assert "(it would wait for a client that may never come)" in said(code)


def test_a_wake_shutdown_that_failed_is_still_left_out():
    rec = connected_client(5000)
    rec.add(Shutdown, how=socket.SHUT_RD, wake=True, errno="ENOTCONN")
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "SHUT_RD" not in code and "try:" not in code
