"""Call order from sequence numbers, and the one log per socket."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core import events as ev
from socket_playground.core.order import take_ready
from socket_playground.core.record import SocketLog


def _threads(draw_plan):
    """Events of a reader (runs) and a writer (sends) with interleaved numbers,
    and the order in which they were pushed (each thread in its own order)."""
    owners, run_sizes, push_order = draw_plan
    counter = itertools.count(1)
    seqs = {"r": [], "w": []}
    for who in owners:
        seqs[who].append(next(counter))
    reader, k = [], 0
    for size in run_sizes:
        part = seqs["r"][k : k + size]
        k += size
        if part:
            reader.append(ev.run_of(4096, part, part, part, [b"r%d" % s for s in part]))
    if seqs["r"][k:]:
        part = seqs["r"][k:]
        reader.append(ev.run_of(4096, part, part, part, [b"r%d" % s for s in part]))
    writer = [ev.Send(s, s, s, offered=2, sent=2, data=b"w%d" % s) for s in seqs["w"]]
    pushed, i, j = [], 0, 0
    for pick in push_order:
        if pick and i < len(reader):
            pushed.append(reader[i])
            i += 1
        elif j < len(writer):
            pushed.append(writer[j])
            j += 1
    pushed += reader[i:] + writer[j:]
    return pushed, sorted(seqs["r"] + seqs["w"])


plans = st.tuples(
    st.lists(st.sampled_from("rw"), max_size=60),
    st.lists(st.integers(1, 8), max_size=20),
    st.lists(st.booleans(), max_size=80),
)


def _calls(events):
    out = []
    for e in events:
        if isinstance(e, ev.RecvRun):
            out += [c.seq for c in e.calls()]
        else:
            out.append(e.seq)
    return out


@settings(max_examples=300, deadline=None)
@given(plan=plans, cut=st.integers(0, 70), in_two=st.booleans())
def test_take_ready_sorts_and_holds_back_at_the_watermark(plan, cut, in_two):
    pushed, all_seqs = _threads(plan)
    mark = cut if in_two else None
    ready, held = take_ready(pushed, mark)
    got = _calls(ready)
    assert got == sorted(got)
    if mark is not None:
        assert all(s < mark for s in got) and all(s >= mark for s in _calls(held))
    ready2, held2 = take_ready(held, None)
    assert held2 == []
    assert got + _calls(ready2) == all_seqs


@settings(max_examples=200, deadline=None)
@given(plan=plans)
def test_log_orders_every_chunk_by_seq(plan):
    pushed, all_seqs = _threads(plan)
    ready, _ = take_ready(pushed, None)
    log = SocketLog("client", t0_ns=0)
    log.add([ev.SocketCall(0, 0, 0), *ready])
    store = log.store
    assert list(store.seq) == all_seqs
    merged = list(log.ordered())
    assert [e.seq for e in merged] == [0, *all_seqs]
    for e in merged[1:]:
        want = b"%s%d" % (b"r" if isinstance(e, ev.Recv) else b"w", e.seq)
        assert e.data == want and e.kept


def test_b_empty_is_one_row_and_one_event_and_partial_sends_count():
    log = SocketLog("client", t0_ns=0)
    log.add(
        [
            ev.Connect(1, 0, 5, local=("127.0.0.1", 1), peer=("127.0.0.1", 2)),
            ev.Send(2, 10, 20, offered=10, sent=4, data=b"abcd"),
            ev.run_of(4096, [3, 4], [30, 40], [35, 45], [b"xy", b"z"], 7),
            ev.Recv(5, 50, 60, bufsize=4096),
        ]
    )
    assert len(log.store) == 4 and log.partial_sends == 1
    assert log.store.waited_ns[1] == 5 + 7 and log.store.waited_ns[0] == 10
    kinds = [type(e).__name__ for e in log.ordered()]
    assert kinds == ["Connect", "Send", "Recv", "Recv", "Recv"]
    assert log.state.value == "peer-closed"
