"""The capture store keeps every chunk's metadata and a bounded byte window."""

from hypothesis import given, settings
from hypothesis import strategies as st

from socket_playground.core.capture import PREVIEW_BYTES, CaptureStore

chunks = st.lists(st.tuples(st.integers(0, 1), st.binary(min_size=0, max_size=300)), max_size=60)


def fill(store, items, batched):
    t = 0
    i = 0
    while i < len(items):
        d, data = items[i]
        if batched and i + 1 < len(items) and items[i + 1][0] == d:
            group = [items[i][1], items[i + 1][1]]
            store.extend(d, [t, t + 1], group, 4096)
            i += 2
            t += 2
        else:
            store.append(d, data, t, 4096)
            i += 1
            t += 1


@settings(max_examples=200, deadline=None)
@given(items=chunks, cap=st.integers(64, 2000), batched=st.booleans())
def test_metadata_is_exact_and_window_is_a_suffix(items, cap, batched):
    s = CaptureStore(byte_cap=cap)
    fill(s, items, batched)
    stream = b"".join(data for _d, data in items)
    assert len(s) == len(items)
    assert s.combined_total == len(stream)
    for d in (0, 1):
        mine = [data for dd, data in items if dd == d]
        assert s.total[d] == sum(map(len, mine))
        assert s.calls[d] == len(mine)
    # per-direction offsets and sizes match the calls in order
    seen = [0, 0]
    for i, (d, data) in enumerate(items):
        assert s.direction[i] == d and s.size[i] == len(data)
        assert s.offset[i] == seen[d]
        assert s.preview(i) == data[:PREVIEW_BYTES]
        seen[d] += len(data)
    # retained bytes are the tail of the combined stream, bounded by the cap
    kept = s.retained(0, s.combined_total)
    assert kept == stream[s.base :]
    assert len(kept) <= max(cap, max((len(x) for _d, x in items), default=0))
    # runs cover the retained bytes with the right direction, no gaps
    pos = s.base
    for start, end, d in s.runs_in(0, s.combined_total):
        assert start == pos and end > start
        assert s.direction_at(start) == d
        pos = end
    assert pos == s.combined_total or s.base == s.combined_total


def test_counters_are_python_ints_past_2_31():
    s = CaptureStore(byte_cap=1024)
    big = b"x" * 1000
    for _ in range(5):
        s.append(0, big, 0)
    s.total[0] += 2**40
    assert s.total[0] == 5000 + 2**40


@settings(max_examples=100, deadline=None)
@given(items=chunks, cap=st.integers(64, 2000), batched=st.booleans())
def test_chunk_rows_equal_the_columns(items, cap, batched):
    s = CaptureStore(byte_cap=cap)
    fill(s, items, batched)
    s.add_calls(1, 99, [7, 8], [100, 200], [150, 260], [b"ab", b"c"], 10, 5)
    cols = zip(
        s.seq,
        s.direction,
        s.t_start_ns,
        s.t_end_ns,
        s.asked,
        s.size,
        s.offset,
        s.waited_ns,
        strict=True,
    )
    assert list(s.chunk_rows()) == list(cols)
