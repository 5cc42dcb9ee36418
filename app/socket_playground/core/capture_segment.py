"""The capture store's building blocks: a segment (consecutive chunks of one
direction, handed over together) and a list-like column over every chunk."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .chunk_index import PREVIEW_BYTES, IndexEntry

if TYPE_CHECKING:
    from .capture import CaptureStore
    from .chunk_index import Columns

__all__ = ["PREVIEW_BYTES", "Column", "Segment"]


class Segment:
    """Consecutive chunks of one direction, handed over together."""

    # fmt: off
    __slots__ = ("_prefix", "_sizes", "asked", "comb0", "datas", "direction", "entry",
                 "evicted", "first", "kept", "lazy", "n", "nbytes", "off0", "seqs", "skip",
                 "starts", "stored", "summary", "t_base", "t_div", "times", "waited")
    # fmt: on

    def __init__(
        self,
        first: int,
        direction: int,
        asked: int,
        times: Sequence[int],
        t_base: int,
        t_div: int,
        datas: list[bytes],
        off0: int,
        comb0: int,
        seqs: Sequence[int] | None = None,
        starts: Sequence[int] | None = None,
        waited: int = 0,
    ) -> None:
        self.first = first  # chunk index of the first chunk
        self.n = len(datas)
        self.direction = direction
        self.asked = asked
        self.times: Sequence[int] = times  # when each call returned (ns, or µs in tests)
        # t_us = (times[j] - t_base) // t_div
        self.seqs: Sequence[int] | None = seqs  # each call's sequence number (None: 0)
        self.starts: Sequence[int] | None = starts  # when each call started (None: = times)
        self.waited = waited  # wait for readiness before chunk 0 (ns)
        self.t_base, self.t_div = t_base, t_div
        self.datas = datas  # bytes objects; previews once dropped
        self.nbytes = sum(map(len, datas))
        self.off0 = off0  # stream offset (this direction) of chunk 0
        self.comb0 = comb0  # combined-stream offset of chunk 0
        self._sizes: array[int] | None = None
        self._prefix: array[int] | None = None
        self.kept = True  # datas are the whole chunks
        self.stored = False  # True: no bytes in memory, previews read from disk
        # the segment's block in the chunk index on disk (None: not indexed),
        # and where in that block its chunk 0 is (a split segment's tail)
        self.entry: IndexEntry | None = None
        self.skip = 0
        self.evicted = False  # columns forgotten: read back from the index
        self.lazy = False  # a saved segment: columns read from the session file
        # (first seq, last seq, first start, time blocked): known without the columns
        self.summary: tuple[int, int, int, int] | None = None

    @property
    def evictable(self) -> bool:
        """Its bytes left memory and its block is on disk."""
        e = self.entry
        on_disk = self.lazy or (e is not None and e.pos is not None)
        return not self.kept and on_disk and not self.evicted

    def evict(self) -> None:
        """Forget the per-chunk columns (the block on disk has them)."""
        self.times = self.seqs = self.starts = self.datas = None  # type: ignore[assignment]
        self._sizes = self._prefix = None
        self.evicted = True

    def hydrate(self, block: Columns) -> None:
        """The columns again, from its block of the chunk index or its rows of
        a session file (``skip``: where chunk 0 is in them)."""
        a, b = self.skip, self.skip + self.n
        self.seqs, self.starts, self.times = block.seqs[a:b], block.starts[a:b], block.ends[a:b]
        self._sizes = block.sizes[a:b]
        self.datas = block.previews[a:b] if block.previews is not None else None  # type: ignore[assignment]
        self.evicted = False

    def sizes(self) -> array[int]:
        if self._sizes is None:
            self._sizes = array("q", map(len, self.datas))
        return self._sizes

    def prefix(self) -> array[int]:
        """prefix[j]: bytes before chunk j within the segment (len n + 1)."""
        if self._prefix is None:
            self._prefix = array("q", accumulate(self.sizes(), initial=0))
        return self._prefix

    def set_stored(self, sizes: list[int]) -> None:
        """The chunks' bytes are on disk only (a saved session)."""
        self._sizes = array("q", sizes)
        self.nbytes = sum(sizes)
        self.kept = False
        self.stored = True

    def split(self, m: int) -> Segment:
        """Keep chunks [0, m) here; return chunks [m, n) as a new segment."""
        prefix = self.prefix()
        tail = Segment(
            self.first + m,
            self.direction,
            self.asked,
            self.times[m:],
            self.t_base,
            self.t_div,
            self.datas[m:],
            self.off0 + prefix[m],
            self.comb0 + prefix[m],
            None if self.seqs is None else self.seqs[m:],
            None if self.starts is None else self.starts[m:],
        )
        tail.entry, tail.skip = self.entry, self.skip + m  # the same block, further on
        self.times, self.datas, self.n = self.times[:m], self.datas[:m], m
        if self.seqs is not None:
            self.seqs = self.seqs[:m]
        if self.starts is not None:
            self.starts = self.starts[:m]
        self.nbytes = prefix[m]
        self._sizes = self.sizes()[:m]
        self._prefix = None
        return tail

    def drop_bytes(self, previews: bool = True) -> None:
        """The bytes leave memory; their first bytes stay (``previews``) unless
        the segment's index block, which has what is needed, is on disk:
        then the columns go too."""
        self.sizes()
        self.kept = False
        if previews:
            self.datas = [d[:PREVIEW_BYTES] for d in self.datas]
        else:
            self.evict()


class Column:
    """A read-only, list-like view of one per-chunk value."""

    __slots__ = ("_get", "_store")

    def __init__(self, store: CaptureStore, get: Callable[[Segment, int], Any]) -> None:
        self._store = store
        self._get = get

    def __len__(self) -> int:
        return self._store._count

    def __getitem__(self, i: Any) -> Any:
        n = self._store._count
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(n))]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        seg = self._store._segment_of(i)
        return self._get(seg, i - seg.first)

    def __iter__(self) -> Iterator[Any]:
        for seg in map(self._store._live, self._store._segs):
            for j in range(seg.n):
                yield self._get(seg, j)


def start_ns(s: Segment, j: int) -> int:
    if s.t_div != 1000:
        return 0
    return s.starts[j] if s.starts is not None else s.times[j]


def waited_ns(s: Segment, j: int) -> int:
    """How long the call blocked: from its start (for a recv(), from when the
    thread began to wait for data) until it returned."""
    if s.t_div != 1000:
        return 0
    took = s.times[j] - (s.starts[j] if s.starts is not None else s.times[j])
    return took + (s.waited if j == 0 else 0)
