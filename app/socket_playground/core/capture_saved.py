"""A capture store's chunks from a saved session: with their columns
(:meth:`SavedChunks.add_stored`), or only their totals, the columns read from
the file when a view asks (:meth:`SavedChunks.add_lazy`)."""

from __future__ import annotations

from .capture_segment import Segment


class SavedChunks:
    """Mixed into CaptureStore."""

    _count: int
    _segs: list[Segment]
    _first_kept_seg: int
    _evict_from: int
    total: list[int]
    combined_total: int

    def _append(self, seg: Segment) -> None:
        raise NotImplementedError

    def add_stored(
        self,
        direction: int,
        asked: int,
        seqs: list[int],
        starts: list[int],
        ends: list[int],
        sizes: list[int],
        t0_ns: int,
        waited_ns: int = 0,
    ) -> None:
        """Record calls whose bytes are only in the spool (a saved session):
        nothing is read until a view asks."""
        if not sizes:
            return
        seg = Segment(
            self._count,
            direction,
            asked,
            ends,
            t0_ns,
            1000,
            [b""] * len(sizes),
            self.total[direction],
            self.combined_total,
            seqs,
            starts,
            waited_ns,
        )
        seg.set_stored(sizes)
        self._append_saved(seg)

    def add_lazy(
        self,
        direction: int,
        asked: int,
        n: int,
        nbytes: int,
        t0_ns: int,
        waited_ns: int,
        summary: tuple[int, int, int, int],
    ) -> None:
        """Record ``n`` saved calls of which only the totals are read now: the
        columns come from the spool's ``load_rows(segment)`` when a view asks
        (a saved session opens without reading every row)."""
        seg = Segment(self._count, direction, asked, [], t0_ns, 1000, [], 0, 0, None, None)
        seg.off0, seg.comb0 = self.total[direction], self.combined_total
        seg.n, seg.nbytes, seg.waited, seg.summary = n, nbytes, waited_ns, summary
        seg.kept, seg.stored, seg.lazy = False, True, True
        seg.evict()
        self._append_saved(seg)

    def _append_saved(self, seg: Segment) -> None:
        """A segment of which no byte is in memory: past the kept ones."""
        self._append(seg)
        if self._first_kept_seg == len(self._segs) - 1:
            self._first_kept_seg += 1
            self._evict_from = self._first_kept_seg  # nothing to forget either
