"""The capture store's building blocks: a segment (consecutive chunks of one
direction, handed over together) and a list-like column over every chunk."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .capture import CaptureStore

PREVIEW_BYTES = 24


class Segment:
    """Consecutive chunks of one direction, handed over together."""

    # fmt: off
    __slots__ = ("_prefix", "_sizes", "asked", "comb0", "datas", "direction", "first", "kept",
                 "n", "nbytes", "off0", "seqs", "starts", "stored", "t_base", "t_div", "times",
                 "waited")
    # fmt: on

    def __init__(
        self,
        first: int,
        direction: int,
        asked: int,
        times: list[int],
        t_base: int,
        t_div: int,
        datas: list[bytes],
        off0: int,
        comb0: int,
        seqs: list[int] | None = None,
        starts: list[int] | None = None,
        waited: int = 0,
    ) -> None:
        self.first = first  # chunk index of the first chunk
        self.n = len(datas)
        self.direction = direction
        self.asked = asked
        self.times = times  # when each call returned (ns, or µs in tests)
        # t_us = (times[j] - t_base) // t_div
        self.seqs = seqs  # each call's sequence number (None: 0)
        self.starts = starts  # when each call started (None: = times)
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

    def drop_bytes(self) -> None:
        self.sizes()
        self.datas = [d[:PREVIEW_BYTES] for d in self.datas]
        self.kept = False


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
        for seg in self._store._segs:
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
