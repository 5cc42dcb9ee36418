"""The chunk index on disk: a store forgets the columns of segments whose
block is written and reads them back exactly; a file cut short reads as a
prefix of whole blocks."""

import os
import stat

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core import capture
from socket_playground.core.capture import PREVIEW_BYTES, CaptureStore
from socket_playground.core.chunk_index import scan
from socket_playground.core.spool import Spool, SpoolWriter

T0 = 1_000_000_000

runs = st.lists(
    st.tuples(
        st.integers(0, 1),  # direction
        st.lists(st.binary(min_size=0, max_size=300), min_size=1, max_size=8),
        st.integers(0, 5000),  # waited before the run
    ),
    min_size=1,
    max_size=40,
)


def fill(store, items):
    """Add the runs as calls with sequence numbers and times; returns the
    expected rows (seq, direction, start, end, asked, size, offset, waited)."""
    seq, t, offs, rows, datas = 1, T0, [0, 0], [], []
    for d, run, waited in items:
        seqs = list(range(seq, seq + len(run)))
        starts = [t + 10 * j for j in range(len(run))]
        ends = [s + 3 for s in starts]
        store.add_calls(d, 4096, seqs, starts, ends, run, T0, waited)
        for j, data in enumerate(run):
            w = 3 + (waited if j == 0 else 0)
            rows.append((seqs[j], d, starts[j], ends[j], 4096, len(data), offs[d], w))
            offs[d] += len(data)
            datas.append(data)
        seq += len(run) + 1
        t += 10 * len(run) + 7
    return rows, datas


@settings(max_examples=60, deadline=None)
@given(items=runs, cap=st.sampled_from([None, 0, 100, 1000]))
def test_columns_read_back_from_the_index_equal_what_was_taken(tmp_path_factory, items, cap):
    tmp = tmp_path_factory.mktemp("index")
    w = SpoolWriter()
    sp = Spool("s", cap=cap, directory=tmp, writer=w)
    old = capture.HYDRATED_MAX
    capture.HYDRATED_MAX = 2  # read back often, forget often
    try:
        store = CaptureStore(byte_cap=64, spool=sp)
        rows, datas = fill(store, items)
        w.flush()
        store.settle()
        segs = store._segs
        assert all(s.evicted for s in segs[: store._first_kept_seg])
        assert list(store.chunk_rows()) == rows
        for i in reversed(range(len(rows))):  # one at a time, out of order
            seq, d, t0, t1, asked, size, off, waited = rows[i]
            assert (store.seq[i], store.direction[i], store.size[i]) == (seq, d, size)
            assert (store.t_start_ns[i], store.t_end_ns[i], store.waited_ns[i]) == (t0, t1, waited)
            assert store.offset[i] == off and store.asked[i] == asked
            assert store.preview(i) == datas[i][:PREVIEW_BYTES]  # past the cap too
        comb = b"".join(datas)
        kept = store.retained(0, len(comb))
        if cap is None:
            assert kept == comb
        for i, data in enumerate(datas):  # chunk_at agrees with the offsets
            if data:
                assert store.chunk_at(store.combined[i]) == i
        assert len(store._hydrated) <= 2 + 1
    finally:
        capture.HYDRATED_MAX = old
        sp.close()
        w.stop()


def test_index_file_is_private_removed_on_close_and_a_cut_file_reads_as_a_prefix(tmp_path):
    w = SpoolWriter()
    sp = Spool("s", directory=tmp_path, writer=w)
    try:
        store = CaptureStore(byte_cap=16, spool=sp)
        fill(store, [(0, [b"a" * 10, b"b" * 20], 0), (1, [b"c"], 5), (0, [b"d"] * 3, 0)])
        w.flush()
        assert stat.S_IMODE(os.stat(sp.index_path).st_mode) == 0o600
        raw = sp.index_path.read_bytes()
        blocks = list(scan(raw))
        assert [b.n for b in blocks] == [2, 1, 3]
        assert [list(b.sizes) for b in blocks] == [[10, 20], [1], [1, 1, 1]]
        assert blocks[1].direction == 1 and blocks[1].waited == 5
        for cut in range(len(raw)):  # a crash at any byte: whole blocks only
            got = list(scan(raw[:cut]))
            assert [b.n for b in got] == [b.n for b in blocks[: len(got)]]
            assert sum(b.length for b in got) <= cut
        assert list(scan(b"garbage" * 20)) == []
    finally:
        sp.close(remove=True)
        w.stop()
    assert not sp.index_path.exists()


@settings(max_examples=60, deadline=None)
@given(items=runs, probes=st.lists(st.integers(0, 3000), max_size=30))
def test_lookup_by_stream_offset_agrees_with_every_chunk(tmp_path_factory, items, probes):
    from socket_playground.core.capture_dir import boundaries, chunk_from, chunk_holding

    w = SpoolWriter()
    sp = Spool("s", directory=tmp_path_factory.mktemp("dir"), writer=w)
    try:
        store = CaptureStore(byte_cap=64, spool=sp)
        rows, _ = fill(store, items)
        w.flush()
        store.settle()  # most segments read back from the index when looked up
        for d in (0, 1):
            mine = [(r[6], r[5], i) for i, r in enumerate(rows) if r[1] == d and r[5]]
            edges = [off for off, _s, _i in mine] + ([store.total[d]] if mine else [])
            assert boundaries(store, d) == edges
            for x in probes:
                after = [c for c in mine if c[0] + c[1] > x]
                assert chunk_from(store, d, x) == (after[0] if after else None)
                holding = [c for c in mine if c[0] <= x < c[0] + c[1]]
                assert chunk_holding(store, d, x) == (holding[0] if holding else None)
    finally:
        sp.close()
        w.stop()
