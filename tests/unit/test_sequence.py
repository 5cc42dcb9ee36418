"""The conversation view's pure part: boxes, data arrows matched by stream
offset, FIN and RST arrows, and windows of a long capture."""

import itertools
import socket

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.record import SocketLog
from socket_playground.core.sequence import (
    LEFT,
    RIGHT,
    ArrowKind,
    Conversation,
    Kind,
    TimeIndex,
)

US = 1000


def logs():
    return SocketLog("accepted", t0_ns=0), SocketLog("client", t0_ns=0)


def data_arrows(scene):
    return sorted(
        (a.side, a.send_chunk, a.recv_chunk, a.start, a.end)
        for a in scene.arrows
        if a.kind is ArrowKind.DATA
    )


def request_reply():
    """The client sends a request, the server's recv() gets it and it replies;
    the client closes and the server reads the FIN. Times in µs."""
    srv, cli = logs()
    cli.add([ev.Connect(1, 0, 50 * US, host="127.0.0.1", port=1)])
    srv.add([ev.Accept(2, 10 * US, 50 * US)])
    cli.add([ev.Send(3, 100 * US, 110 * US, offered=8, sent=8, data=b"GET /x\r\n")])
    srv.add([ev.run_of(4096, [4], [105 * US], [106 * US], [b"GET /x\r\n"], 55 * US)])
    srv.add([ev.Send(5, 120 * US, 125 * US, offered=3, sent=3, data=b"ok\n")])
    cli.add([ev.Recv(6, 126 * US, 127 * US, data=b"ok\n", nbytes=3)])
    cli.add([ev.Close(7, 200 * US, 201 * US)])
    srv.add([ev.Recv(8, 203 * US, 205 * US, data=b"", nbytes=0)])
    return srv, cli


def test_request_and_reply_are_two_arrows_with_their_bytes():
    srv, cli = request_reply()
    conv = Conversation(srv, cli)
    lo, hi = conv.span()
    assert (lo, hi) == (0, 205 * US)
    scene = conv.scene(lo, hi)
    # request: client (right) send row 0 → server (left) recv row 0, bytes [0, 8)
    # reply: server send row 1 → client recv row 1, bytes [0, 3)
    assert data_arrows(scene) == [(LEFT, 1, 1, 0, 3), (RIGHT, 0, 0, 0, 8)]
    request = next(a for a in scene.arrows if a.side == RIGHT and a.kind is ArrowKind.DATA)
    assert (request.t_from, request.t_to, request.nbytes) == (100 * US, 106 * US, 8)
    fin = [a for a in scene.arrows if a.kind is ArrowKind.FIN]
    assert [(a.side, a.t_from, a.t_to) for a in fin] == [(RIGHT, 200 * US, 205 * US)]
    kinds = sorted((b.side, b.kind.value, b.chunk) for b in scene.boxes)
    assert kinds == [
        (LEFT, "accept", -1),
        (LEFT, "eof", 2),
        (LEFT, "recv", 0),
        (LEFT, "send", 1),
        (RIGHT, "close", -1),
        (RIGHT, "connect", -1),
        (RIGHT, "recv", 1),
        (RIGHT, "send", 0),
    ]
    recv = next(b for b in scene.boxes if b.kind is Kind.RECV and b.side == LEFT)
    assert recv.t_from == 50 * US  # it waited 55 µs for the data, then the call
    assert (recv.t_start, recv.t_end, recv.nbytes) == (105 * US, 106 * US, 8)


def test_a_window_shows_what_overlaps_it_and_arrows_leaving_it():
    srv, cli = request_reply()
    scene = Conversation(srv, cli).scene(100 * US, 104 * US)
    # the client's send, and the server's recv() waiting for it (from 50 µs on);
    # the arrow reaches that recv's return below the window
    assert sorted((b.side, b.kind.value) for b in scene.boxes) == [(LEFT, "recv"), (RIGHT, "send")]
    assert data_arrows(scene) == [(RIGHT, 0, 0, 0, 8)]
    later = Conversation(srv, cli).scene(130 * US, 199 * US)
    assert later.boxes == [] and later.arrows == []


def test_stream_offsets_not_calls_decide_the_arrows():
    """Two send() calls read by one recv(), one send() read by three."""
    srv, cli = logs()
    cli.add([ev.Send(1, 10, 11, offered=3, sent=3, data=b"abc")])
    cli.add([ev.Send(2, 12, 13, offered=2, sent=2, data=b"de")])
    srv.add([ev.Recv(3, 14, 15, data=b"abcde", nbytes=5)])
    cli.add([ev.Send(4, 20, 21, offered=9, sent=9, data=b"123456789")])
    srv.add([ev.run_of(4, [5, 6, 7], [22, 23, 24], [22, 23, 24], [b"1234", b"5678", b"9"])])
    scene = Conversation(srv, cli).scene(0, 100)
    assert data_arrows(scene) == [
        (RIGHT, 0, 0, 0, 3),
        (RIGHT, 1, 0, 3, 5),
        (RIGHT, 2, 1, 5, 9),
        (RIGHT, 2, 2, 9, 13),
        (RIGHT, 2, 3, 13, 14),
    ]


def test_bytes_not_read_yet_have_no_arrow():
    srv, cli = logs()
    cli.add([ev.Send(1, 10, 11, offered=6, sent=6, data=b"abcdef")])
    srv.add([ev.Recv(2, 12, 13, bufsize=4, data=b"abcd", nbytes=4)])
    scene = Conversation(srv, cli).scene(0, 100)
    assert data_arrows(scene) == [(RIGHT, 0, 0, 0, 4)]


def test_reset_arrow_and_fin_not_seen_yet():
    srv, cli = logs()
    srv.add([ev.Shutdown(1, 10, 11, how=socket.SHUT_WR)])  # FIN; the client never reads it
    cli.add([ev.Close(2, 20, 21, abort=True)])
    srv.add([ev.Recv(3, 25, 30, errno="ECONNRESET", message="reset")])
    scene = Conversation(srv, cli).scene(0, 100)
    ends = sorted((a.kind.value, a.side, a.t_from, a.t_to) for a in scene.arrows)
    assert ends == [("fin", LEFT, 10, None), ("rst", RIGHT, 20, 30)]
    failed = [b for b in scene.boxes if b.kind is Kind.FAILED]
    assert [(b.side, b.errno) for b in failed] == [(LEFT, "ECONNRESET")]
    assert [b.kind for b in scene.boxes if b.side == RIGHT] == [Kind.ABORT]


def test_own_shutdown_eof_and_wake_are_no_fin():
    srv, cli = logs()
    cli.add([ev.Shutdown(1, 10, 11, how=socket.SHUT_RD, wake=True)])
    srv.add([ev.Recv(2, 12, 13, data=b"", nbytes=0, own_shutdown=True)])
    scene = Conversation(srv, cli).scene(0, 100)
    assert [a for a in scene.arrows if a.kind is not ArrowKind.DATA] == []


def flood(n_runs, per_run, t_step=1000):
    """A long capture: the client sends n_runs × per_run one-byte calls, the
    server reads them in runs of per_run recv() calls."""
    srv, cli = logs()
    seq = itertools.count(1)
    t = 0
    for _ in range(n_runs):
        sends = []
        for _ in range(per_run):
            sends.append(ev.Send(next(seq), t, t + 10, offered=1, sent=1, data=b"x"))
            t += t_step
        cli.add(sends)
        seqs = [next(seq) for _ in range(per_run)]
        starts = [s.t_start + 20 for s in sends]
        srv.add([ev.run_of(4096, seqs, starts, [x + 5 for x in starts], [b"x"] * per_run)])
    return srv, cli


def test_a_window_of_a_long_capture_lists_only_its_calls():
    srv, cli = flood(200, 500)  # 100,000 calls each side
    conv = Conversation(srv, cli)
    lo = 50_000 * 1000
    scene = conv.scene(lo, lo + 9_999)  # ten calls each side
    sends = sorted(b.chunk for b in scene.boxes if b.kind is Kind.SEND)
    recvs = sorted(b.chunk for b in scene.boxes if b.kind is Kind.RECV)
    assert sends == list(range(50_000, 50_010))
    assert recvs == list(range(50_000, 50_010))
    assert len(data_arrows(scene)) == 10
    assert all(a.nbytes == 1 for a in scene.arrows)


def test_zoomed_out_on_a_flood_gives_bands_that_count_every_call():
    srv, cli = flood(20, 500)
    conv = Conversation(srv, cli)
    lo, hi = conv.span()
    scene = conv.scene(lo, hi, limit=1000)
    assert scene.dense and scene.boxes == [] and scene.arrows == []
    for side in (LEFT, RIGHT):
        bands = [b for b in scene.bands if b.side == side]
        assert 1 < len(bands) <= 81
        assert sum(b.calls for b in bands) == 10_000
        assert sum(b.nbytes for b in bands) == 10_000


@settings(max_examples=150, deadline=None)
@given(
    sends=st.lists(st.integers(0, 9), min_size=1, max_size=25),
    recvs=st.lists(st.integers(1, 9), min_size=1, max_size=25),
    window=st.tuples(st.integers(0, 400), st.integers(0, 400)),
)
def test_arrows_cover_each_byte_once_and_windows_match_a_full_scan(sends, recvs, window):
    srv, cli = logs()
    seq = itertools.count(1)
    sent = b"".join(bytes([65 + i % 26]) * n for i, n in enumerate(sends))
    t = 0
    for i, n in enumerate(sends):  # one call every 10 ns, sends first
        data = bytes([65 + i % 26]) * n
        cli.add([ev.Send(next(seq), t, t + 3, offered=n, sent=n, data=data)])
        t += 10
    pos = 0
    for n in recvs:
        piece = sent[pos : pos + n]
        if not piece:
            break
        srv.add([ev.Recv(next(seq), t, t + 4, data=piece, nbytes=len(piece))])
        pos += len(piece)
        t += 10
    conv = Conversation(srv, cli)
    whole = conv.scene(*conv.span())
    got = sorted((a.start, a.end) for a in whole.arrows)
    covered = [i for s, e in got for i in range(s, e)]
    assert covered == list(range(pos))  # each received byte on exactly one arrow
    lo, hi = min(window), max(window)
    part = conv.scene(lo, hi)
    expect = sorted((b.side, b.chunk) for b in whole.boxes if b.t_from <= hi and b.t_end >= lo)
    assert sorted((b.side, b.chunk) for b in part.boxes) == expect
    for side, log in ((LEFT, srv), (RIGHT, cli)):
        a, b = TimeIndex(log.store).chunk_range(lo, hi)
        assert all(a <= c < b for s, c in expect if s == side)


def test_would_block_timeouts_and_waits_are_boxes_of_their_own():
    """Non-blocking and timeout modes: an EAGAIN or TIMEOUT did nothing (not
    a failure), a select() waited; neither is an arrow."""
    srv, cli = logs()
    srv.add([ev.Recv(1, 10, 11, errno="EAGAIN", message="would block")])
    srv.add([ev.Select(2, 12, 40, write=False)])
    cli.add([ev.Send(3, 20, 21, offered=2, sent=2, data=b"hi")])
    srv.add([ev.Recv(4, 41, 42, data=b"hi", nbytes=2)])
    cli.add([ev.Recv(5, 50, 60, errno="TIMEOUT", message="timed out")])
    scene = Conversation(srv, cli).scene(0, 100)
    got = sorted((b.side, b.kind.value, b.errno, b.out) for b in scene.boxes)
    assert got == [
        (LEFT, "recv", "", False),
        (LEFT, "select", "", False),
        (LEFT, "would-block", "EAGAIN", False),
        (RIGHT, "send", "", False),
        (RIGHT, "would-block", "TIMEOUT", False),
    ]
    assert data_arrows(scene) == [(RIGHT, 0, 0, 0, 2)]
    assert all(a.kind is ArrowKind.DATA for a in scene.arrows)
