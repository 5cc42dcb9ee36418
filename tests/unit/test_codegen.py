"""Show the code: scripts generated from typed events compile, say what the
program did, and leave out what the program did for itself (no Qt).

The events are built with the dataclasses and go through a SocketLog, as in
the program; ``generate`` gets its ``ordered()``. :class:`Rec` and the other
helpers here are shared with the other ``test_codegen_*`` files.
"""

from __future__ import annotations

import re
import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core.codegen import (
    LITERAL_MAX,
    ROLES,
    bytes_literal,
    generate,
    suggested_filename,
)
from socket_playground.core.events import (
    Accept,
    Bind,
    Close,
    CloseRequested,
    Connect,
    ConnectStarted,
    Event,
    FileError,
    JobProgress,
    Listen,
    LoopFailed,
    Recv,
    RecvRun,
    Resolve,
    Send,
    SetOption,
    Shutdown,
    SocketCall,
    Unsent,
    WriterBlocked,
    run_of,
)
from socket_playground.core.record import SocketLog

HOST = "127.0.0.1"
T0 = 5_000_000_000
MS = 1_000_000
ODD = b"\x00\xff'\"\\"
ALL_BYTES = bytes(range(256))


class Rec:
    """One socket's record, built the way the program builds it: each call
    takes the next sequence number when it starts, calls are 1 ms apart, and
    the events go into a :class:`SocketLog` in sequence order."""

    def __init__(self, role: str = "client", byte_cap: int = 4 * 1024 * 1024, seq: int = 0) -> None:
        self.log = SocketLog(role, t0_ns=T0, byte_cap=byte_cap)
        self.seq = seq
        self.t = T0

    def stamp(self) -> tuple[int, int, int]:
        """(seq, t_start, t_end) of the next call."""
        self.seq += 1
        self.t += MS
        return self.seq, self.t, self.t + MS // 2

    def add(self, cls: type[Event], **fields) -> Event:
        ev = cls(*self.stamp(), **fields)
        self.log.add([ev])
        return ev

    def send(self, data: bytes, offered: int | None = None) -> Event:
        return self.add(
            Send, offered=len(data) if offered is None else offered, sent=len(data), data=data
        )

    def recv(self, *datas: bytes, bufsize: int = 4096) -> RecvRun:
        """One reader run: consecutive recv(bufsize) calls, each with bytes."""
        stamps = [self.stamp() for _ in datas]
        run = run_of(
            bufsize,
            [s[0] for s in stamps],
            [s[1] for s in stamps],
            [s[2] for s in stamps],
            list(datas),
        )
        self.log.add([run])
        return run

    def eof(self, bufsize: int = 4096, own: bool = False) -> Event:
        return self.add(Recv, bufsize=bufsize, own_shutdown=own)

    def events(self) -> list[Event]:
        return list(self.log.ordered())


def connected_client(port: int, rec: Rec | None = None) -> Rec:
    rec = rec or Rec()
    rec.add(SocketCall)
    rec.add(SetOption, level="IPPROTO_TCP", name="TCP_NODELAY", value=1, applied=1)
    rec.add(ConnectStarted, host=HOST, port=port)
    rec.add(Connect, host=HOST, port=port, local=(HOST, 40000), peer=(HOST, port))
    return rec


def client_log(port: int, sends: list[bytes], reply: bytes) -> Rec:
    """A client: connect, send, receive ``reply`` in two recv() calls, send
    FIN, read the peer's FIN, and the program's own stop (wake, close)."""
    rec = connected_client(port)
    for d in sends:
        rec.send(d)
    rec.recv(reply[:3], reply[3:])
    rec.add(Shutdown, how=socket.SHUT_WR)
    rec.eof()
    rec.add(Shutdown, how=socket.SHUT_RD, wake=True)
    rec.add(Close)
    return rec


def listener_log(*, reuse: bool = True, rcvbuf: int | None = None) -> Rec:
    rec = Rec("listener")
    rec.add(SocketCall)
    if rcvbuf is not None:
        rec.add(SetOption, name="SO_RCVBUF", value=rcvbuf, applied=rcvbuf * 2)
    if reuse:
        rec.add(SetOption, name="SO_REUSEADDR", value=1, applied=1)
    rec.add(Bind, host=HOST, port=0, address=(HOST, 5000))
    rec.add(Listen, backlog=5)
    return rec


def said(code: str) -> str:
    """The script's comments as one line of text (wrapping undone)."""
    return " ".join(
        line.strip()[1:].strip() for line in code.splitlines() if line.strip().startswith("# ")
    )


# -- every role compiles --------------------------------------------------------------
def odd_log(role: str) -> Rec:
    """Every kind of event, odd bytes and odd texts; the first send's bytes
    are no longer kept (the log's byte cap)."""
    rec = Rec(role, byte_cap=1024)
    rec.add(SocketCall)
    rec.add(SetOption, name="SO_RCVBUF", value=8192, applied=16384)
    rec.add(SetOption, name="SO_REUSEADDR", value=1, applied=1)
    rec.add(SetOption, level="SOL_SOCKET", name="SO WEIRD\n'\"", value=3)
    rec.add(
        Resolve,
        host="h\u00e9st\n'\"",
        port=80,
        errno="EAI_NONAME",
        message="Name or service\nnot known",
    )
    rec.add(Bind, host=HOST, port=0, address=(HOST, 5000))
    rec.add(Listen, backlog=5)
    rec.add(Accept, peer=("127.0.0.1\n'\"\\", 40000), local=(HOST, 5000))
    rec.add(Accept, errno="EBADF", message="Bad file descriptor")
    rec.add(ConnectStarted, host=HOST, port=5000)
    rec.add(Connect, host=HOST, port=5000, timeout=2.5)
    rec.send(ALL_BYTES * 3)  # dropped once the others come
    rec.send(ALL_BYTES[:LITERAL_MAX])
    rec.send(ODD)
    rec.send("h\u00e9llo \u2603\n".encode())
    rec.send(b"\xc3\x28\xa0\xa1 not utf-8 \xfe\xff")
    rec.send(b"'" * 100 + b'"' * 100)
    rec.send(b"x" * 9, offered=100)
    rec.add(Send, offered=10, errno="EPIPE", message="[Errno 32]\nBroken pipe")
    rec.recv(ALL_BYTES, ODD)
    rec.recv(b"abc", bufsize=3)
    rec.add(Recv, bufsize=4096, errno="ECONNRESET", message="reset")
    rec.add(Unsent, nbytes=5)
    rec.add(Shutdown, how=socket.SHUT_RD)
    rec.eof(own=True)
    rec.eof()
    rec.add(Shutdown, how=socket.SHUT_WR, errno="ENOTCONN", message="not connected")
    rec.add(SetOption, name="SO_LINGER", value=0)
    rec.add(LoopFailed, thread="reader", message="boom")
    rec.add(Close, abort=True)
    return rec


@pytest.mark.parametrize("role", ROLES)
def test_every_role_compiles_with_odd_bytes(role):
    code = generate(
        role,
        odd_log(role).events(),
        host=HOST,
        port=5000,
        listener_events=odd_log("listener").log.events,
    )
    compile(code, "<gen>", "exec")
    assert "from PySide6" not in code and "import PySide6" not in code
    assert "import struct" in code
    assert "struct.pack('ii', 1, 0)" in code
    assert "NOT the original" in code and "WARNING" in code
    assert "\x00" not in code  # a source file cannot hold NUL
    assert "SO WEIRD" in code and "(not translated)" in said(code)
    assert "socket.SO WEIRD" not in code


@pytest.mark.parametrize("role", ROLES)
def test_every_role_compiles_with_no_events(role):
    code = generate(role, [], host="::1", port=0)
    compile(code, "<gen>", "exec")
    assert "close()" in code


def test_unknown_role_is_rejected():
    with pytest.raises(ValueError, match="server"):
        generate("server", [], host=HOST, port=1)
    with pytest.raises(ValueError, match="server"):
        suggested_filename("server", 1)


def test_suggested_filename():
    assert suggested_filename("client", 3) == "client_3.py"
    assert suggested_filename("accepted", 12) == "accepted_12.py"
    assert suggested_filename("listener", 1) == "listener_1.py"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3 * LITERAL_MAX))
def test_bytes_literal_evaluates_to_the_same_bytes(data):
    lines = bytes_literal(data, indent="    ")
    src = "\n".join(lines)
    assert eval(compile(src, "<lit>", "eval")) == data
    assert all(len(line) <= 80 for line in lines)
    if len(data) > LITERAL_MAX:
        assert lines[0] == "bytes.fromhex("


def test_short_data_is_pythons_own_repr():
    assert bytes_literal(ODD) == [repr(ODD)]


# -- what the script says ----------------------------------------------------------------
def test_a_failed_connect_is_made_in_try_except():
    rec = Rec()
    rec.add(SocketCall)
    rec.add(ConnectStarted, host=HOST, port=9)
    rec.add(
        Connect, host=HOST, port=9, errno="ECONNREFUSED", message="[Errno 111] Connection refused"
    )
    rec.add(Close)
    code = generate("client", rec.events(), host=HOST, port=9)
    compile(code, "<gen>", "exec")
    assert "try:\n    s.connect(('127.0.0.1', 9))\n" in code
    assert "except OSError as e:\n    print('connect() failed:', e)" in code
    assert "ECONNREFUSED (Connection refused)" not in code  # the message as given
    assert "ECONNREFUSED ([Errno 111] Connection refused)" in said(code)
    assert code.count("s.connect(") == 1 and code.count("try:") == 1
    assert "Some calls failed in the program" in code


def test_the_programs_own_stop_is_not_in_the_script():
    rec = client_log(5000, [b"a"], b"hello")
    rec.eof(own=True)  # a reader woken by the wake shutdown
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "SHUT_RD" not in code
    assert "s.shutdown(socket.SHUT_WR)" in code
    # the reply, then the peer's b'' once: neither the wake nor its b''
    assert code.count("s.recv(4096)") == 2
    assert said(code).count("returned b''") == 1
    assert "import struct" not in code


def test_the_scripts_own_shut_rd_reads_its_b_empty():
    rec = connected_client(5000)
    rec.add(Shutdown, how=socket.SHUT_RD)
    rec.eof(bufsize=512, own=True)
    code = generate("client", rec.events(), host=HOST, port=5000)
    body = code[code.index("s.shutdown(socket.SHUT_RD)") :]
    assert "data = s.recv(512)" in body
    assert "the peer closed its sending side" not in said(code)


def test_options_come_from_their_fields():
    rec = connected_client(5000)
    rec.add(SetOption, name="SO_SNDBUF", value=4096, applied=8192)
    rec.add(SetOption, name="SO_LINGER", value=5)
    code = generate("client", rec.events(), host=HOST, port=5000)
    assert "s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)" in code
    assert "s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)" in code
    assert "the OS applied 8192 (getsockopt(SO_SNDBUF))" in said(code)
    assert "s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 5))" in code
    assert "import struct" in code


def test_abort_sets_linger_zero_once():
    with_option = connected_client(5000)
    with_option.add(SetOption, name="SO_LINGER", value=0)
    with_option.add(Close, abort=True)
    without = connected_client(5000)
    without.add(Close, abort=True)
    for rec in (with_option, without):
        code = generate("client", rec.events(), host=HOST, port=5000)
        assert code.count("struct.pack('ii', 1, 0)") == 1
        assert code.index("struct.pack('ii', 1, 0)") < code.index("s.close()")
        assert "RST" in code


def test_notes_make_no_code():
    plain, noted = connected_client(5000), connected_client(5000)
    for rec, notes in ((plain, False), (noted, True)):
        rec.send(b"abc")
        if notes:
            for cls, fields in (
                (WriterBlocked, {}),
                (JobProgress, {"job": "repeat"}),
                (FileError, {"path": "/x", "errno": "ENOENT"}),
                (Unsent, {"nbytes": 3}),
                (CloseRequested, {}),
                (LoopFailed, {"thread": "writer", "message": "x"}),
            ):
                rec.add(cls, **fields)
        rec.recv(b"xyz")
        rec.add(Close)
    untimed = [
        re.sub(r"\[\+\d+\.\d{3} s\] ", "", generate("client", rec.events(), host=HOST, port=5000))
        for rec in (plain, noted)
    ]
    assert untimed[0] == untimed[1]
    assert "while len(received) < 3:" in untimed[0]


def test_a_listener_accepts_as_many_connections_in_a_loop():
    rec = listener_log()
    for port in (40000, 40001):
        rec.add(Accept, peer=(HOST, port), local=(HOST, 5000))
    rec.add(Close)
    code = generate("listener", rec.events(), host=HOST, port=0)
    compile(code, "<gen>", "exec")
    assert "for _ in range(2):" in code
    assert "(from 127.0.0.1:40000, 127.0.0.1:40001)" in said(code)
    assert "srv.bind(('127.0.0.1', 0))" in code and "srv.listen(5)" in code
    assert "conns = []" in code and "for c in conns:" in code


def test_an_accepted_socket_repeats_the_listeners_options_before_listen():
    listener = listener_log(rcvbuf=65536)
    listener.add(SetOption, name="SO_KEEPALIVE", value=1)  # after listen(): not inherited
    listener.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    acc = Rec("accepted", seq=listener.seq)
    acc.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    acc.recv(b"hi")
    code = generate(
        "accepted", acc.events(), host=HOST, port=5000, listener_events=listener.log.events
    )
    compile(code, "<gen>", "exec")
    assert "srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)" in code
    assert "the OS applied 131072" in said(code)
    assert code.count("socket.SO_REUSEADDR, 1)") == 1
    assert "SO_KEEPALIVE" not in code
    assert "(in the program the client was 127.0.0.1:40000)" in said(code)
    assert "while len(received) < 2:" in code


def test_an_accepted_socket_without_the_listener_options_sets_reuseaddr():
    acc = Rec("accepted")
    acc.add(Close)
    code = generate("accepted", acc.events(), host=HOST, port=0)
    assert code.count("socket.SO_REUSEADDR, 1)") == 1
    assert "conn.close()" in code


def test_the_socket_family_comes_from_the_socket_call():
    rec = Rec()
    rec.add(SocketCall, family=socket.AF_INET6)
    code = generate("client", rec.events(), host="::1", port=5000)
    assert "s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)" in code
    assert "IPv6 (AF_INET6)" in code
    acc = generate("accepted", [], host="::1", port=0, listener_events=rec.log.events)
    assert "srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)" in acc


def test_a_resolved_name_is_looked_up_the_same_way():
    rec = Rec()
    rec.add(SocketCall)
    rec.add(Resolve, host="localhost", port=5000, address="127.0.0.1")
    rec.add(Connect, host="localhost", port=5000)
    code = generate("client", rec.events(), host="localhost", port=5000)
    assert "socket.getaddrinfo('localhost', 5000, type=socket.SOCK_STREAM)" in code
    assert "-> 127.0.0.1" in code
    assert code.index("getaddrinfo('localhost'") < code.index("s.connect(('localhost', 5000))")


def test_a_listener_that_asked_for_port_0_says_which_port_it_binds():
    """Given the port the OS chose, the script binds it, and its comment says
    so (not "port 0 lets the OS choose"); given 0, the script asks for 0."""
    code = generate("listener", listener_log().events(), host=HOST, port=5000)
    assert f"srv.bind(('{HOST}', 5000))" in code
    assert "the OS chose 5000: this script binds 5000" in said(code)
    code = generate("listener", listener_log().events(), host=HOST, port=0)
    assert "port 0 lets the OS choose a free port" in said(code)
    zh = generate("listener", listener_log().events(), host=HOST, port=5000, lang="zh")
    assert "操作系统选了 5000" in said(zh)
