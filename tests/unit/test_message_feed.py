"""Decoding a capture store's received stream across bytes no longer kept:
fixed length resyncs on message boundaries by stream offset, delimiter and
length prefix say they cannot instead of inventing messages, and a length
over the limit is skipped when the framing still knows where it ends."""

from __future__ import annotations

import itertools
import struct

from hypothesis import example, given
from hypothesis import strategies as st

from socket_playground.core.capture import CaptureStore
from socket_playground.core.framing import DecodeError, Decoder, Framing, encode
from socket_playground.core.message_feed import MessageFeed

from .conftest import budget


def digits(n: int, start: int = 0) -> bytes:
    """Bytes whose value says their offset: b"0123456789" from a multiple of 10."""
    return bytes(48 + (i % 10) for i in range(start, start + n))


def run(framing: Framing, chunks: list[bytes], feed_after: set[int], cap: int) -> MessageFeed:
    """Chunks received one by one into a store that keeps ``cap`` bytes;
    the feed looks after the chunks in ``feed_after`` (and at the end)."""
    store = CaptureStore(byte_cap=cap)
    feed = MessageFeed(store, framing, preview=64)
    for k, data in enumerate(chunks):
        store.append(0, data, k)
        if k % 3 == 1:
            store.append(1, b"sent", k)  # sent bytes in between change nothing
        if k in feed_after:
            feed.feed()
    feed.feed()
    return feed


def test_fixed_length_resyncs_at_the_next_boundary_by_stream_offset():
    stream = digits(300)
    chunks = [stream[i : i + 37] for i in range(0, 300, 37)]  # boundaries at odd offsets
    feed = run(Framing("fixed", size=10), chunks, {0}, cap=60)
    assert feed.lost and feed.gap is not None and feed.unsynced == 0
    start, end, resumed = feed.gap
    assert resumed == -(-end // 10) * 10 and start < end <= resumed
    assert feed.rows  # decoding went on
    for index, s, e, _c0, _c1, preview in feed.rows:
        assert (s, e) == (10 * index, 10 * index + 10)  # true offsets and numbers
        assert preview == b"0123456789"  # aligned: not shifted by where the gap ended
    assert feed.message_count == 30 and feed.waiting_bytes == 0
    before = [r for r in feed.rows if r[1] < start]
    after = [r for r in feed.rows if r[1] >= resumed]
    assert len(before) + len(after) == len(feed.rows)  # nothing from the gap


def test_delimiter_cannot_resync_and_invents_nothing():
    stream = b"".join(b"line %d\n" % i for i in range(40))
    chunks = [stream[i : i + 23] for i in range(0, len(stream), 23)]
    feed = run(Framing("delimiter"), chunks, {1}, cap=60)
    assert feed.unsynced > 0 and feed.stopped
    gap = feed.gap
    assert gap is not None and gap.resumed is None and feed.unsynced == gap.end - gap.start
    truth = Decoder(Framing("delimiter")).feed(stream)
    assert all(r[:3] == (m.index, m.start, m.end) for r, m in zip(feed.rows, truth, strict=False))
    assert all(r[2] <= gap.start for r in feed.rows)  # no message after the gap
    # waiting: every byte since the last whole message, still counted
    assert feed.waiting_bytes == len(stream) - feed.waiting_start > feed.unsynced


def test_length_prefix_cannot_resync():
    f = Framing("length", prefix="!H")
    stream = b"".join(encode(f, b"m%03d" % i) for i in range(50))
    chunks = [stream[i : i + 13] for i in range(0, len(stream), 13)]
    feed = run(f, chunks, {0}, cap=40)
    assert feed.unsynced and feed.error is None
    assert feed.waiting_bytes == len(stream) - feed.waiting_start


def test_no_gap_when_fed_in_time():
    stream = digits(500)
    chunks = [stream[i : i + 7] for i in range(0, 500, 7)]
    feed = run(Framing("fixed", size=10), chunks, set(range(len(chunks))), cap=40)
    assert feed.gap is None and feed.lost == 0 and len(feed.rows) == 50


def test_a_length_over_the_limit_is_skipped_and_decoding_goes_on():
    f = Framing("length", prefix="!B", max_length=4)
    stream = encode(f, b"ok") + encode(f, b"too long") + encode(f, b"fine") + b"\x09ab"
    chunks = [stream[i : i + 3] for i in range(0, len(stream), 3)]
    feed = run(f, chunks, set(range(len(chunks))), cap=1 << 20)
    # the last one is unfinished: listed as skipped at once, the rest of it awaited
    assert [(r[0], r[5]) for r in feed.rows] == [(0, b"ok"), (1, None), (2, b"fine"), (3, None)]
    assert feed.rows[1][1:3] == (4, 12)  # the skipped payload's true offsets
    assert feed.skipped == [
        DecodeError(3, "length-too-large", 8),
        DecodeError(17, "length-too-large", 9),
    ]
    assert feed.error is None and not feed.stopped
    assert feed.message_count == 4 and feed.waiting_bytes == 0


def test_a_length_smaller_than_its_prefix_stops_but_waiting_bytes_keep_counting():
    f = Framing("length", prefix="!H", prefix_counts_itself=True)
    store = CaptureStore()
    feed = MessageFeed(store, f)
    store.append(0, encode(f, b"hi") + b"\x00\x01", 0)
    feed.feed()
    assert feed.error == DecodeError(4, "length-smaller-than-prefix", 1)
    assert feed.waiting_bytes == 2
    store.append(0, encode(f, b"more"), 1)
    feed.feed()
    assert feed.waiting_bytes == 2 + 6 and feed.message_count == 1  # counted, not decoded


# -- any chunking, any schedule, any window ---------------------------------------------
@st.composite
def cases(draw):
    kind = draw(st.sampled_from(["fixed", "delimiter", "length"]))
    if kind == "fixed":
        framing = Framing("fixed", size=draw(st.integers(1, 12)))
        stream = digits(draw(st.integers(0, 400)))
    elif kind == "delimiter":
        framing = Framing("delimiter", delimiter=draw(st.sampled_from([b"\n", b"\r\n", b"aa"])))
        stream = draw(st.lists(st.sampled_from([b"a", b"b", b"\r", b"\n", b"xyz"]), max_size=120))
        stream = b"".join(stream)
    else:
        framing = Framing(
            "length",
            prefix=draw(st.sampled_from(["!B", "<H"])),
            max_length=draw(st.integers(0, 20)),
        )
        sizes = draw(st.lists(st.integers(0, 30), max_size=30))
        stream = b"".join(struct.pack(framing.prefix, n) + digits(n) for n in sizes)
    cuts = sorted(draw(st.lists(st.integers(1, max(1, len(stream))), max_size=30)))
    edges = [0, *cuts, len(stream)]
    chunks = [stream[a:b] for a, b in itertools.pairwise(edges) if b > a]
    feed_after = set(draw(st.lists(st.integers(0, len(chunks)), max_size=10)))
    cap = draw(st.integers(8, 300))
    return framing, stream, chunks, feed_after, cap


def skipping_reference(framing: Framing, stream: bytes) -> list[tuple[int, int, int, bytes | None]]:
    """Every message of the whole stream (index, start, end, payload; None:
    skipped as over the limit), straight from the definition."""
    out: list[tuple[int, int, int, bytes | None]] = []
    if framing.kind != "length":
        return [(m.index, m.start, m.end, m.data) for m in Decoder(framing).feed(stream)]
    pos, psize = 0, framing.prefix_size
    while pos + psize <= len(stream):
        (n,) = struct.unpack_from(framing.prefix, stream, pos)
        if pos + psize + n > len(stream) and n <= framing.max_length:
            break
        out.append((len(out), pos + psize, pos + psize + n, None if n > framing.max_length else
                    stream[pos + psize : pos + psize + n]))  # fmt: skip
        pos += psize + n
    return out


@budget(400)
@given(cases())
@example((Framing("fixed", size=10), digits(100), [digits(100)], set(), 8))
def test_rows_are_true_messages_whatever_was_lost(case):
    framing, stream, chunks, feed_after, cap = case
    feed = run(framing, chunks, feed_after, cap)
    truth = {r[0]: r for r in skipping_reference(framing, stream)}
    indices = [r[0] for r in feed.rows]
    assert indices == sorted(set(indices))  # in order, none twice
    for index, start, end, _c0, _c1, preview in feed.rows:
        assert truth[index][:3] == (index, start, end)  # a true message: none invented
        want = truth[index][3]
        assert preview == (None if want is None else want[:64])
    if feed.gap is None:  # nothing lost: every message there is
        assert indices == sorted(truth)
    else:
        assert feed.lost > 0
        if framing.kind == "fixed":
            assert feed.unsynced == 0 and not feed.stopped
            resumed = feed.gap.resumed or 0
            assert {i for i in truth if i * framing.size >= resumed} <= set(indices)
        else:
            assert feed.unsynced and all(r[2] <= feed.gap.start for r in feed.rows)
    assert feed.fed_in == len(stream)
    assert 0 <= feed.waiting_bytes <= len(stream)
    assert feed.waiting_bytes == max(0, len(stream) - feed.waiting_start)
