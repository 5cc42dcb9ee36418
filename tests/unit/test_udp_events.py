"""UDP's events as data: the state machine's udp role, the session file's
codec, the record (a datagram is a chunk and an event), the transcript's
header and the generated script."""

from __future__ import annotations

import socket

from socket_playground.core.codegen_udp import generate_udp
from socket_playground.core.events import Bind, Close, Connect, SetOption, SocketCall, State
from socket_playground.core.export import datagram_head
from socket_playground.core.record import SocketLog
from socket_playground.core.sessionfile_codec import decode, encode
from socket_playground.core.state import StateMachine
from socket_playground.core.udp_events import RecvFrom, SendTo

PEER = ("127.0.0.1", 40000)


def rf(seq, data=b"cat", size=None, bufsize=65535, **kw) -> RecvFrom:
    n = len(data)
    return RecvFrom(
        seq, seq * 10, seq * 10 + 5, bufsize=bufsize, data=data, nbytes=n,
        size=n if size is None else size, peer=PEER, **kw,
    )  # fmt: skip


def st(seq, data=b"hi", **kw) -> SendTo:
    return SendTo(
        seq, seq * 10, seq * 10 + 5, offered=len(data), sent=len(data), data=data, peer=PEER, **kw
    )


def test_truncation_is_the_datagram_size_beyond_what_was_returned():
    cut = rf(1, b"wo", size=4, bufsize=2)
    assert cut.truncated and cut.lost == 2
    whole = rf(2, b"cat")
    assert not whole.truncated and whole.lost == 0
    assert not rf(3, b"").truncated  # an empty datagram is a datagram


def test_udp_state_machine_bound_connected_and_icmp_errors_change_no_state():
    m = StateMachine("udp")
    assert m.feed(SocketCall(1, 0, 0, type=socket.SOCK_DGRAM)) is State.CREATED
    assert m.feed(Bind(2, 0, 0, host="127.0.0.1", port=0, address=PEER)) is State.BOUND
    assert m.feed(rf(3)) is State.BOUND
    refused = RecvFrom(4, 0, 0, errno="ECONNREFUSED", message="Connection refused")
    assert m.feed(refused) is State.BOUND
    assert m.errno == "ECONNREFUSED"  # shown, and the socket stays usable
    assert m.feed(rf(5, b"")) is State.BOUND  # no b'' end of stream in UDP
    assert m.feed(Close(6, 0, 0)) is State.CLOSED
    c = StateMachine("udp")
    c.feed(SocketCall(1, 0, 0, type=socket.SOCK_DGRAM))
    assert c.feed(st(2)) is State.BOUND  # the first sendto() binds
    c2 = StateMachine("udp")
    assert c2.feed(Connect(1, 0, 0, host="127.0.0.1", port=5)) is State.CONNECTED
    assert c2.feed(SendTo(2, 0, 0, errno="ECONNREFUSED")) is State.CONNECTED
    assert c2.feed(Bind(3, 0, 0, errno="EADDRINUSE")) is State.ERROR


def test_codec_round_trip_of_datagram_events():
    for ev in (
        rf(1, b"wo", size=4, bufsize=2, connected=True, waited_ns=7),
        st(2, b"\x00\xff", local=("0.0.0.0", 5555)),
        SendTo(3, 1, 2, offered=70000, peer=("::1", 5, 0, 0), errno="EMSGSIZE", message="x"),
    ):
        kind, fields = encode(ev)
        assert decode(kind, ev.seq, ev.t_start, ev.t_end, fields) == ev


def test_record_keeps_each_datagram_as_a_chunk_and_an_event_without_bytes():
    log = SocketLog("udp")
    log.add([SocketCall(1, 0, 0, type=socket.SOCK_DGRAM), rf(2, b"cat"), rf(3, b"wo", size=4)])
    log.add([st(4, b"hi")])
    assert len(log.store) == 3 and log.store.calls == [2, 1]
    assert [d.data for d in log.datagrams] == [b"", b"", b""]  # bytes are the chunks'
    assert [d.size for d in log.datagrams[:2]] == [3, 4]
    whole = [ev for ev in log.ordered() if isinstance(ev, RecvFrom | SendTo)]
    assert [ev.data for ev in whole] == [b"cat", b"wo", b"hi"]
    assert all(ev.kept for ev in whole)
    assert [type(ev) for ev in log.ordered(with_bytes=False)][1:] == [RecvFrom, RecvFrom, SendTo]


def test_transcript_header_names_the_peer_and_the_loss():
    assert datagram_head(rf(1, b"cat"), 0, 3) == "<<< recvfrom 3 bytes from 127.0.0.1:40000"
    cut = datagram_head(rf(2, b"wo", size=4, bufsize=2), 0, 2)
    assert cut.endswith(": the datagram had 4 bytes, 2 lost")
    assert datagram_head(st(3, connected=True), 1, 2) == ">>> send 2 bytes to 127.0.0.1:40000"


def test_generated_script_repeats_the_sizes_and_wraps_failed_calls():
    events = [
        SocketCall(1, 0, 0, type=socket.SOCK_DGRAM),
        SetOption(2, 0, 0, name="SO_BROADCAST", value=1, applied=1),
        SetOption(3, 0, 0, level="SOL_SOCKET); import os; (", name="X", value=1),  # hostile
        Bind(4, 0, 0, host="127.0.0.1", port=0, address=("127.0.0.1", 5000)),
        rf(5, b"wo", size=4, bufsize=2),
        st(6, b"hi"),
        SendTo(7, 0, 0, offered=3, peer=PEER, errno="EACCES", message="Permission denied"),
    ]
    script = generate_udp(events, host="127.0.0.1", port=0)
    compile(script, "udp.py", "exec")
    assert "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)" in script
    assert "import os" not in script
    assert "data, peer = s.recvfrom(2)" in script and "2 are lost" in script
    assert "s.sendto(b'hi', peer)" in script
    assert "try:" in script and "EACCES" in script
    assert script.rstrip().endswith("UDP socket did.")
