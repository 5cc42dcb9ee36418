"""events_with_data: lifecycle events merged with the capture store's chunks."""

from __future__ import annotations

from socket_playground.core.capture import CaptureStore
from socket_playground.core.codegen import NOT_RETAINED, events_with_data, generate
from socket_playground.core.events import Direction, Event, Kind

T0 = 7_000_000_000


def at(us: int, ns: int = 0) -> int:
    return T0 + us * 1000 + ns


def kinds(evs):
    return [ev.kind for ev in evs]


def test_merge_orders_lifecycle_and_chunks_by_time():
    store = CaptureStore()
    store.append(Direction.OUT, b"abc", 5, 3)
    store.extend(Direction.IN, [6, 7], [b"x", b"yz"], 4096)
    store.append(Direction.OUT, b"de", 9, 10)
    store.append(Direction.IN, b"", 12, 4096)   # the EOF's b''
    life = [Event(Kind.SOCKET, at(1), "socket(AF_INET, SOCK_STREAM)"),
            Event(Kind.CONNECTING, at(2), "connect(('127.0.0.1', 5000))"),
            Event(Kind.CONNECT, at(3), "connect(('127.0.0.1', 5000))"),
            Event(Kind.SHUTDOWN, at(10), "shutdown(SHUT_WR)", size=1),
            Event(Kind.EOF, at(12), "recv(4096)", asked=4096),
            Event(Kind.CLOSE, at(13), "close()")]
    out = events_with_data(life, store, T0)
    assert kinds(out) == [Kind.SOCKET, Kind.CONNECTING, Kind.CONNECT, Kind.SEND, Kind.RECV,
                          Kind.RECV, Kind.SEND, Kind.SHUTDOWN, Kind.EOF, Kind.CLOSE]
    send1, r1, r2, send2 = out[3:7]
    assert (send1.data, send1.size, send1.asked, send1.t_ns) == (b"abc", 3, 3, at(5))
    assert (send2.data, send2.size, send2.asked) == (b"de", 2, 10)
    assert r1.obj == ([at(6)], [b"x"]) and r1.size == 1 and r1.asked == 4096
    assert r2.obj == ([at(7)], [b"yz"]) and r2.size == 2
    assert all(ev.detail != NOT_RETAINED for ev in out)
    # the lifecycle events are the very same objects
    assert [ev for ev in out if ev.kind not in (Kind.SEND, Kind.RECV)] == life


def test_ties_in_one_microsecond_open_before_and_end_after_a_chunk():
    store = CaptureStore()
    store.append(Direction.OUT, b"hi", 5, 2)
    # sub-microsecond lifecycle times: the rebuilt chunk's t_ns (floored to
    # the microsecond) is earlier than the connect's, yet it came after it
    life = [Event(Kind.CONNECT, at(5, 600), "connect(('127.0.0.1', 1))"),
            Event(Kind.SHUTDOWN, at(5, 100), "shutdown(SHUT_WR)", size=1),
            Event(Kind.CLOSE, at(5, 900), "close()")]
    out = events_with_data(life, store, T0)
    assert kinds(out) == [Kind.CONNECT, Kind.SEND, Kind.SHUTDOWN, Kind.CLOSE]


def test_each_input_keeps_its_own_order():
    store = CaptureStore()
    store.append(Direction.OUT, b"s", 10, 1)
    # a reader's batch is recorded after a send although its recv() calls
    # returned earlier
    store.extend(Direction.IN, [8, 9], [b"a", b"b"], 4096)
    out = events_with_data([], store, T0)
    assert kinds(out) == [Kind.SEND, Kind.RECV, Kind.RECV]
    assert [ev.obj[1][0] for ev in out[1:]] == [b"a", b"b"]


def test_no_chunks_gives_the_lifecycle_events():
    life = [Event(Kind.SOCKET, at(1), "socket(AF_INET, SOCK_STREAM)"),
            Event(Kind.CLOSE, at(2), "close()")]
    assert events_with_data(life, CaptureStore(), T0) == life
    assert events_with_data([], CaptureStore(), T0) == []


def test_dropped_bytes_are_marked_not_retained_with_exact_sizes():
    store = CaptureStore(byte_cap=64)
    datas = [bytes([i]) * 20 for i in range(10)]
    for i, d in enumerate(datas):
        store.append(Direction.OUT if i % 2 else Direction.IN, d, i, 20)
    assert store.dropped > 0
    out = events_with_data([], store, T0)
    assert [ev.size for ev in out] == [20] * 10
    kept = [ev for ev in out if ev.detail != NOT_RETAINED]
    gone = [ev for ev in out if ev.detail == NOT_RETAINED]
    assert gone and kept
    assert out[:len(gone)] == gone   # the oldest go first
    for ev in gone:
        assert ev.data == b""
        if ev.kind is Kind.RECV:
            assert ev.obj[1] == [b""]
    for i, ev in enumerate(out):
        if ev.detail != NOT_RETAINED:
            got = ev.data if ev.kind is Kind.SEND else ev.obj[1][0]
            assert got == datas[i]
    code = generate("client", out, host="127.0.0.1", port=5000)
    compile(code, "<gen>", "exec")
    assert "NOT the original" in code


def test_the_merged_list_generates_the_bytes_that_were_sent():
    store = CaptureStore()
    sent = [b"\x00\xff'\"\\", bytes(range(256)), b"tail"]
    t = 1
    for d in sent:
        store.append(Direction.OUT, d, t, len(d))
        store.append(Direction.IN, d[:2], t + 1, 4096)
        t += 2
    life = [Event(Kind.SOCKET, at(0), "socket(AF_INET, SOCK_STREAM)"),
            Event(Kind.CLOSE, at(100), "close()")]
    out = events_with_data(life, store, T0)
    assert b"".join(ev.data for ev in out if ev.kind is Kind.SEND) == b"".join(sent)
    code = generate("client", out, host="127.0.0.1", port=5000)
    compile(code, "<gen>", "exec")
    assert code.count("send_all(s, ") == 3
    assert code.count("recv_exactly(s, 2, 4096)") == 3
