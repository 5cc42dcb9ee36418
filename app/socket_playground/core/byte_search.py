"""Find a byte string in a capture, a slice at a time.

The search reads the combined stream the bytes view shows through
:meth:`CaptureStore.retained` (memory, or the spool for older bytes), one
run of same-direction bytes at a time: a match may span any number of
chunks of one direction, never a change of direction. Each slice starts
``len(needle) - 1`` bytes before the previous one ended, so a match across
a slice's end is found once. Matches do not overlap (as ``bytes.count``).
:meth:`ByteSearch.step` works for at most a given time and can be called
again as the capture grows.
"""

from __future__ import annotations

import time
from array import array
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .capture import CaptureStore

__all__ = ["MATCH_MAX", "ByteSearch"]

MATCH_MAX = 1_000_000  # match offsets kept (8 MB); past it they are counted only
SLICE_MIN = 16 * 1024
SLICE_MAX = 8 * 1024 * 1024


class ByteSearch:
    """All matches of ``needle`` in ``store`` from combined offset ``origin``."""

    def __init__(
        self, store: CaptureStore, needle: bytes, origin: int = 0, keep: int = MATCH_MAX
    ) -> None:
        if not needle:
            raise ValueError("empty needle")
        self.store = store
        self.needle = bytes(needle)
        self.keep = keep
        self.matches = array("q")  # combined offsets of the first `keep` matches
        self.count = 0  # every match found so far
        self.pos = origin  # where the next slice starts
        self.scanned = origin  # bytes before it have been searched
        self.slice = 64 * 1024  # adapts to the time a slice takes

    @property
    def capped(self) -> bool:
        return self.count > len(self.matches)

    @property
    def pending(self) -> bool:
        """The capture has bytes not searched yet."""
        return self.store.combined_total > self.scanned

    def step(self, budget_s: float = 0.008) -> bool:
        """Search for about ``budget_s`` seconds (at least one slice);
        returns whether bytes are left to search."""
        t_end = time.perf_counter() + budget_s
        while self.pending:
            t0 = time.perf_counter()
            self._slice()
            dt = time.perf_counter() - t0
            if dt < budget_s / 4:
                self.slice = min(self.slice * 2, SLICE_MAX)
            elif dt > budget_s:
                self.slice = max(self.slice // 2, SLICE_MIN)
            if time.perf_counter() >= t_end:
                break
        return self.pending

    def run(self) -> None:
        """Search every byte there is now (tests, small captures)."""
        while self.step(1.0):
            pass

    def _slice(self) -> None:
        s, needle = self.store, self.needle
        n = len(needle)
        start = max(self.pos, s.base)
        end = min(s.combined_total, max(start, self.scanned) + max(self.slice, n))
        last_end = start
        for rs, re_, _d in s.runs_in(start, end):
            data = s.retained(rs, re_)
            i = data.find(needle)
            while i >= 0:
                self._found(rs + i)
                last_end = rs + i + n
                i = data.find(needle, i + n)
        self.scanned = end
        self.pos = max(end - (n - 1), last_end, start)

    def _found(self, offset: int) -> None:
        self.count += 1
        if len(self.matches) < self.keep:
            self.matches.append(offset)

    # -- moving between matches -------------------------------------------------
    def next_after(self, offset: int, wrap: bool = True) -> int | None:
        """The first match starting after ``offset`` (the first of all when
        none does and ``wrap``); None when there is none."""
        m = self.matches
        i = bisect_right(m, offset)
        if i < len(m):
            return m[i]
        return m[0] if wrap and m and not self.pending else None

    def previous_before(self, offset: int, wrap: bool = True) -> int | None:
        """The last match starting before ``offset`` (the last of all when
        none does and ``wrap``)."""
        m = self.matches
        i = bisect_left(m, offset)
        if i > 0:
            return m[i - 1]
        return m[-1] if wrap and m and not self.pending else None

    def index_of(self, offset: int) -> int:
        """The 0-based number of the match at ``offset`` (-1: not a match)."""
        i = bisect_left(self.matches, offset)
        return i if i < len(self.matches) and self.matches[i] == offset else -1
