"""The capture store: every chunk's metadata, and a bounded window of bytes.

Each ``recv()`` result and each ``send()`` call is one chunk. For every chunk
the store answers its time, direction, size (the call's return value), the
size asked for, and its stream offset (per direction, and in the combined
both-directions stream), for the whole life of a connection.

A flood hands the store batches of hundreds of chunks many times a second,
so taking a batch costs O(1): the batch is kept as one *segment* (its times
and bytes objects, as the reader returned them). Per-chunk columns (sizes,
offsets) are computed per segment when something first asks for them, which
views do only for the rows they show. The bytes are kept while the retained
total stays under ``byte_cap``; past it the oldest segments keep only a short
preview of each chunk, and views say how many bytes are not shown. Counters
are exact Python ints (no wrap at 2**31).
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .capture_saved import SavedChunks
from .capture_segment import PREVIEW_BYTES, Column, Segment, start_ns, waited_ns
from .chunk_index import Block, IndexEntry

if TYPE_CHECKING:
    from .spool import Spool

__all__ = ["PREVIEW_BYTES", "CaptureStore"]

HYDRATED_MAX = 64  # segments whose columns were read back and are held


class CaptureStore(SavedChunks):
    """``byte_cap``: bytes held in memory. With a :class:`~.spool.Spool`,
    every byte also goes to disk, bytes leave memory only once they are
    there, and views read older bytes back from disk: all of the stream is
    retained (up to the spool's cap per direction)."""

    def __init__(self, byte_cap: int = 4 * 1024 * 1024, spool: Spool | None = None) -> None:
        self.byte_cap = byte_cap
        self.spool = spool
        self._segs: list[Segment] = []
        self._starts: list[int] = []  # first chunk index of each segment
        self._comb_starts: list[int] = []  # combined offset of each segment
        self._dirsegs: tuple[list[int], list[int]] = ([], [])  # segments of each direction
        self._diroffs: tuple[list[int], list[int]] = ([], [])  # and their stream offsets
        self._count = 0
        self.total = [0, 0]  # bytes per direction
        self.calls = [0, 0]  # recv()/send() calls per direction
        self.combined_total = 0
        self._first_kept_seg = 0
        self._kept = 0  # bytes retained
        self._evict_from = 0  # segments before it have no columns in memory
        self._hydrated: deque[Segment] = deque()  # read back, newest last
        self.t_us = Column(self, lambda s, j: (s.times[j] - s.t_base) // s.t_div)
        self.direction = Column(self, lambda s, j: s.direction)
        self.size = Column(self, lambda s, j: s.sizes()[j])
        self.asked = Column(self, lambda s, j: s.asked or s.sizes()[j])
        self.offset = Column(self, lambda s, j: s.off0 + s.prefix()[j])
        self.combined = Column(self, lambda s, j: s.comb0 + s.prefix()[j])
        self.seq = Column(self, lambda s, j: s.seqs[j] if s.seqs is not None else 0)
        self.t_start_ns = Column(self, start_ns)
        self.t_end_ns = Column(self, lambda s, j: s.times[j] if s.t_div == 1000 else 0)
        self.waited_ns = Column(self, waited_ns)

    def __len__(self) -> int:
        return self._count

    # -- taking chunks -------------------------------------------------------------
    def append(self, direction: int, data: bytes, t_us: int, asked: int = 0) -> int:
        """Record one chunk (``data`` is kept by reference); returns its index."""
        self.extend(direction, [t_us], [data], asked or len(data))
        return self._count - 1

    def extend(self, direction: int, t_us: list[int], datas: list[bytes], asked: int) -> None:
        """Record many chunks of one direction at once (times in µs)."""
        self._add(direction, t_us, 0, 1, datas, asked)

    def add_calls(
        self,
        direction: int,
        asked: int,
        seqs: list[int],
        starts: list[int],
        ends: list[int],
        datas: list[bytes],
        t0_ns: int,
        waited_ns: int = 0,
    ) -> None:
        """Record consecutive calls of one direction and one size asked, each
        with its sequence number and its start and end (``monotonic_ns``)."""
        self._add(direction, ends, t0_ns, 1000, datas, asked, seqs, starts, waited_ns)

    def _add(
        self,
        direction: int,
        times: list[int],
        t_base: int,
        t_div: int,
        datas: list[bytes],
        asked: int,
        seqs: list[int] | None = None,
        starts: list[int] | None = None,
        waited: int = 0,
    ) -> None:
        if not datas:
            return
        seg = Segment(
            self._count,
            direction,
            asked,
            times,
            t_base,
            t_div,
            datas,
            self.total[direction],
            self.combined_total,
            seqs,
            starts,
            waited,
        )
        if self.spool is not None:
            seg.entry = IndexEntry()
            block = Block(
                direction,
                asked,
                waited,
                seg.off0,
                seg.comb0,
                seg.first,
                t_base,
                t_div,
                seqs,
                starts,
                times,
                seg.entry,
            )
            self.spool.append(direction, datas, block)
        self._append(seg)
        self._kept += seg.nbytes
        if self._kept > self.byte_cap:
            self._trim(self.byte_cap // 2)

    def chunk_rows(
        self, a: int = 0, b: int | None = None
    ) -> Iterator[tuple[int, int, int, int, int, int, int, int]]:
        """Chunks [a, b) (all by default) as (seq, direction, t_start_ns,
        t_end_ns, asked, size, stream offset, waited_ns): the columns in one
        pass, a segment at a time (a saved session's rows, the conversation
        view's stretch; much faster than the columns one by one)."""
        b = self._count if b is None else min(b, self._count)
        if a >= b:
            return
        k = bisect.bisect_right(self._starts, a) - 1
        for seg in map(self._live, self._segs[k:]):
            if seg.first >= b:
                return
            sizes, prefix, times, d = seg.sizes(), seg.prefix(), seg.times, seg.direction
            seqs = seg.seqs if seg.seqs is not None else [0] * seg.n
            ns = seg.t_div == 1000
            starts = seg.starts if seg.starts is not None else times
            for j in range(max(0, a - seg.first), min(seg.n, b - seg.first)):
                t0, t1 = (starts[j], times[j]) if ns else (0, 0)
                waited = (t1 - t0) + (seg.waited if j == 0 and ns else 0)
                asked = seg.asked or sizes[j]
                yield seqs[j], d, t0, t1, asked, sizes[j], seg.off0 + prefix[j], waited

    def settle(self) -> None:
        """Let bytes that reached the disk since the last trim leave memory,
        and the columns of segments whose index block is on disk."""
        if self._kept > self.byte_cap:
            self._trim(self.byte_cap // 2)
        self._evict_settled()

    def _evict_settled(self) -> None:
        segs, k = self._segs, self._evict_from
        while k < self._first_kept_seg:
            seg = segs[k]
            if not seg.evicted:
                if not seg.evictable:
                    break  # its block is not on disk yet
                seg.evict()
            k += 1
        self._evict_from = k

    def _live(self, seg: Segment) -> Segment:
        """The segment with its columns (read back from the index if needed)."""
        if seg.evicted:
            sp: Any = self.spool
            if seg.lazy:  # a saved session's rows
                seg.hydrate(sp.load_rows(seg))
            else:
                assert seg.entry is not None and seg.entry.pos is not None
                seg.hydrate(sp.read_block(seg.entry.pos).columns())
            hydrated = self._hydrated
            hydrated.append(seg)
            if len(hydrated) > HYDRATED_MAX:
                old = hydrated.popleft()
                if old.evictable:
                    old.evict()
        return seg

    def _trim(self, keep: int) -> None:
        """Drop the oldest segments' bytes (keeping previews) until at most
        ``keep`` bytes are kept; the newest segment always stays whole."""
        segs, k = self._segs, self._first_kept_seg
        while self._kept > keep and k < len(segs) - 1:
            seg = segs[k]
            if not self._may_drop(seg):
                break  # not on disk yet: kept until the writer has it
            seg.drop_bytes(previews=seg.entry is None or seg.entry.pos is None)
            self._kept -= seg.nbytes
            k += 1
        if self._kept > keep and k == len(segs) - 1 and segs[k].n > 1 and self._may_drop(segs[k]):
            # one huge batch: split it, keeping its newest chunks whole
            seg = segs[k]
            prefix = seg.prefix()
            m = bisect.bisect_left(prefix, seg.nbytes - keep)
            m = min(max(m, 1), seg.n - 1)
            tail = seg.split(m)
            seg.drop_bytes()
            self._place(tail)
            self._kept = tail.nbytes
            k += 1
        self._first_kept_seg = k
        self._evict_settled()

    def _append(self, seg: Segment) -> None:
        """The new segment, and the counters it moves."""
        self._place(seg)
        self._count += seg.n
        self.total[seg.direction] += seg.nbytes
        self.calls[seg.direction] += seg.n
        self.combined_total += seg.nbytes

    def _place(self, seg: Segment) -> None:
        """Index a segment by chunk number, combined offset and its own
        direction's offset (see capture_dir)."""
        self._dirsegs[seg.direction].append(len(self._segs))
        self._diroffs[seg.direction].append(seg.off0)
        self._segs.append(seg)
        self._starts.append(seg.first)
        self._comb_starts.append(seg.comb0)

    def _may_drop(self, seg: Segment) -> bool:
        """Whether a segment's bytes may leave memory: always without a spool;
        with one, once they are on disk (or past its cap: never kept)."""
        sp = self.spool
        if sp is None:
            return True
        end = seg.off0 + seg.nbytes
        limit = sp.kept_limit(seg.direction)
        return sp.readable(seg.direction) >= end or (limit is not None and end > limit)

    @property
    def complete(self) -> bool:
        """Every byte so far is retained (in memory or on disk)."""
        sp = self.spool
        return sp is not None and sp.kept_limit(0) is None and sp.kept_limit(1) is None

    def _bytes_of(self, seg: Segment, j: int, lo: int, hi: int) -> bytes:
        """Bytes [lo, hi) of chunk j of seg (offsets within the chunk)."""
        if seg.kept:
            return seg.datas[j][lo:hi]
        assert self.spool is not None
        return self.spool.read(seg.direction, seg.off0 + seg.prefix()[j] + lo, hi - lo)

    # -- reading --------------------------------------------------------------------
    def _segment_of(self, i: int) -> Segment:
        return self._live(self._segs[bisect.bisect_right(self._starts, i) - 1])

    @property
    def first_kept(self) -> int:
        """Index of the first chunk whose bytes are still kept."""
        if self.complete:
            return 0
        k = self._first_kept_seg
        return self._segs[k].first if k < len(self._segs) else self._count

    @property
    def base(self) -> int:
        """Combined offset of the first retained byte."""
        if self.complete:
            return 0
        k = self._first_kept_seg
        return self._segs[k].comb0 if k < len(self._segs) else self.combined_total

    @property
    def dropped(self) -> int:
        """Bytes at the start of the combined stream no longer retained."""
        return self.base

    def preview(self, i: int) -> bytes:
        seg = self._segment_of(i)
        j = i - seg.first
        if (seg.stored or seg.datas is None) and self.spool is not None:  # read when shown
            return self.spool.read(
                seg.direction, seg.off0 + seg.prefix()[j], min(PREVIEW_BYTES, seg.sizes()[j])
            )
        return seg.datas[j][:PREVIEW_BYTES]

    def _seg_at(self, pos: int) -> int:
        """Index of the last segment starting at or before combined offset pos."""
        return bisect.bisect_right(self._comb_starts, pos) - 1

    def chunk_at(self, pos: int) -> int:
        """Index of the chunk holding combined offset ``pos`` (the last one that
        starts at or before it)."""
        k = self._seg_at(pos)
        if k < 0:
            return -1
        seg = self._live(self._segs[k])
        j = bisect.bisect_right(seg.prefix(), pos - seg.comb0) - 1
        return seg.first + min(max(j, 0), seg.n - 1)

    def runs_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, direction) pieces of retained bytes covering [start, end),
        one per run of same-direction chunks."""
        out: list[tuple[int, int, int]] = []
        start = max(start, self.base)
        if end <= start:
            return out
        k = max(self._seg_at(start), 0 if self.complete else self._first_kept_seg)
        segs = self._segs
        while k < len(segs) and segs[k].comb0 < end:
            seg = segs[k]
            s, e, d = max(seg.comb0, start), min(seg.comb0 + seg.nbytes, end), seg.direction
            if e > s:
                if out and out[-1][2] == d and out[-1][1] == s:
                    out[-1] = (out[-1][0], e, d)
                else:
                    out.append((s, e, d))
            k += 1
        return out

    def direction_at(self, pos: int) -> int:
        """Direction of the byte at combined offset ``pos``."""
        k = self._seg_at(pos)
        while k > 0 and self._segs[k].nbytes == 0:
            k -= 1
        return self._segs[k].direction if k >= 0 and self._segs else 0

    def retained(self, start: int, end: int) -> bytes:
        """Combined-stream bytes [start, end) clipped to what is retained."""
        start = max(start, self.base)
        end = min(end, self.combined_total)
        if end <= start:
            return b""
        parts = []
        k = max(self._seg_at(start), 0 if self.complete else self._first_kept_seg)
        segs = self._segs
        while k < len(segs) and segs[k].comb0 < end:
            seg = segs[k]
            lo, hi = max(start, seg.comb0), min(end, seg.comb0 + seg.nbytes)
            if hi > lo:
                seg = self._live(seg)
                prefix = seg.prefix()
                j = bisect.bisect_right(prefix, lo - seg.comb0) - 1
                while j < seg.n and seg.comb0 + prefix[j] < hi:
                    c = seg.comb0 + prefix[j]
                    size = prefix[j + 1] - prefix[j]
                    parts.append(self._bytes_of(seg, j, max(0, lo - c), min(hi - c, size)))
                    j += 1
            k += 1
        return b"".join(parts)
