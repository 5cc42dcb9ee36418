"""Show the code, replayed in-process: for any recorded mix of send() and
recv() calls, the generated script sends the same bytes and waits for the
same bytes, in the same order. The script runs against a fake ``socket``
module whose send() takes few bytes at a time and whose recv() returns short
pieces, so the helpers' loops run too (no real sockets; all deterministic)."""

from __future__ import annotations

import builtins
import socket
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core.codegen import generate
from socket_playground.core.events import Accept, Close

from .test_codegen import HOST, Rec, connected_client


class Wire:
    """Both directions of one fake connection, as a transcript of
    (direction, bytes), consecutive pieces of one direction merged."""

    def __init__(self, incoming: bytes, piece: int) -> None:
        self.incoming = incoming
        self.pos = 0
        self.piece = piece
        self.transcript: list[tuple[str, bytes]] = []
        self.calls = 0

    def note(self, direction: str, data: bytes) -> None:
        self.calls += 1
        assert self.calls < 100_000, "the script does not end"
        if self.transcript and self.transcript[-1][0] == direction:
            self.transcript[-1] = (direction, self.transcript[-1][1] + data)
        else:
            self.transcript.append((direction, data))


class FakeSock:
    def __init__(self, wire: Wire, *_args) -> None:
        self.wire = wire

    def send(self, data) -> int:
        n = min(len(data), self.wire.piece)
        self.wire.note("out", bytes(data[:n]))
        return n

    def recv(self, bufsize: int) -> bytes:
        w = self.wire
        n = min(bufsize, w.piece, len(w.incoming) - w.pos)
        data = w.incoming[w.pos:w.pos + n]
        w.pos += n
        if data:
            w.note("in", data)
        return data

    def accept(self) -> tuple[FakeSock, tuple[str, int]]:
        return FakeSock(self.wire), (HOST, 40000)

    def getsockname(self) -> tuple[str, int]:
        return HOST, 5000

    getpeername = getsockname

    def _nothing(self, *_args) -> None:
        return None

    connect = bind = listen = setsockopt = settimeout = shutdown = close = _nothing


def replay(code: str, wire: Wire) -> None:
    """Run ``code`` with ``import socket`` giving the fake module."""
    fake = types.SimpleNamespace(**{k: getattr(socket, k) for k in dir(socket) if k.isupper()})
    fake.socket = lambda *args: FakeSock(wire, *args)
    real_import = builtins.__import__

    def importer(name, *args, **kwargs):
        return fake if name == "socket" else real_import(name, *args, **kwargs)

    env = dict(vars(builtins), __import__=importer, print=lambda *a, **k: None)
    exec(compile(code, "<gen>", "exec"), {"__builtins__": env, "__name__": "__main__"})


SEND = st.tuples(st.just("send"), st.binary(min_size=1, max_size=300),
                 st.integers(0, 20))
RECV = st.integers(1, 64).flatmap(
    lambda b: st.tuples(st.just("recv"), st.just(b),
                        st.lists(st.binary(min_size=1, max_size=b), min_size=1, max_size=4)))


def record(rec: Rec, ops: list[tuple], eof: bool) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Put ``ops`` into ``rec``; returns (the bytes the peer sent, the
    expected transcript)."""
    incoming = bytearray()
    expected: list[tuple[str, bytes]] = []

    def note(direction: str, data: bytes) -> None:
        if expected and expected[-1][0] == direction:
            expected[-1] = (direction, expected[-1][1] + data)
        else:
            expected.append((direction, data))

    for op in ops:
        if op[0] == "send":
            _, data, extra = op
            rec.send(data, offered=len(data) + extra)
            note("out", data)
        else:
            _, bufsize, datas = op
            rec.recv(*datas, bufsize=bufsize)
            incoming += b"".join(datas)
            note("in", b"".join(datas))
    if eof:
        rec.eof()
    rec.add(Close)
    return bytes(incoming), expected


@pytest.mark.parametrize("role", ["client", "accepted"])
@settings(max_examples=150, deadline=None)
@given(ops=st.lists(st.one_of(SEND, RECV), max_size=12), eof=st.booleans(),
       piece=st.integers(1, 64))
def test_the_script_moves_the_same_bytes_in_the_same_order(role, ops, eof, piece):
    if role == "client":
        rec = connected_client(5000)
    else:
        rec = Rec("accepted")
        rec.add(Accept, peer=(HOST, 40000), local=(HOST, 5000))
    incoming, expected = record(rec, ops, eof)
    code = generate(role, rec.events(), host=HOST, port=5000)
    wire = Wire(incoming, piece)
    replay(code, wire)
    assert wire.transcript == expected
    assert wire.pos == len(incoming)     # every byte the peer sent was read
