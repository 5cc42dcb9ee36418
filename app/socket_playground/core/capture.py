"""The capture store: every chunk's metadata, and a bounded window of bytes.

Each ``recv()`` result and each ``send()`` call is one chunk: index, time,
direction, size and stream offset (per direction) are kept for every chunk
for the whole life of a connection, in compact ``array`` columns. The bytes
themselves are kept in one combined, ordered buffer (both directions, as they
happened) up to ``byte_cap``; past it the oldest bytes are dropped and views
say how many are not shown. Counters are exact Python ints (no wrap at 2**31).
"""

from __future__ import annotations

import bisect
from array import array

from .events import Direction

PREVIEW_BYTES = 24


class CaptureStore:
    def __init__(self, byte_cap: int = 16 * 1024 * 1024) -> None:
        self.byte_cap = byte_cap
        # Per-chunk columns (one entry per recv()/send() call that moved bytes).
        self.t_us = array("q")        # time since the connection's start, µs
        self.direction = array("b")   # Direction
        self.size = array("q")        # bytes moved by the call (its return value)
        self.asked = array("q")       # recv(n)/send(n): the n asked for
        self.offset = array("q")      # stream offset of the first byte, per direction
        self.combined = array("q")    # offset of the first byte in the combined stream
        self.previews: list[bytes] = []
        # Totals (Python ints: exact).
        self.total = [0, 0]           # bytes per direction
        self.calls = [0, 0]           # recv()/send() calls that moved bytes
        self.combined_total = 0
        # Retained bytes: buf[0] is combined offset ``base``.
        self.buf = bytearray()
        self.base = 0
        # Direction runs over the combined stream: run_start[i] .. next start.
        self.run_start = array("q")
        self.run_dir = array("b")

    def __len__(self) -> int:
        return len(self.size)

    def append(self, direction: int, data: bytes, t_us: int, asked: int = 0) -> int:
        """Record one chunk; returns its index."""
        n = len(data)
        idx = len(self.size)
        self.asked.append(asked or n)
        self.t_us.append(t_us)
        self.direction.append(direction)
        self.size.append(n)
        self.offset.append(self.total[direction])
        self.combined.append(self.combined_total)
        self.previews.append(bytes(data[:PREVIEW_BYTES]))
        self.total[direction] += n
        self.calls[direction] += 1
        if not self.run_dir or self.run_dir[-1] != direction:
            self.run_start.append(self.combined_total)
            self.run_dir.append(direction)
        self.combined_total += n
        self.buf += data
        if len(self.buf) > self.byte_cap:
            self._trim(len(self.buf) - self.byte_cap // 2)
        return idx

    def _trim(self, drop: int) -> None:
        del self.buf[:drop]
        self.base += drop
        # Drop runs that end before the new base (keep the one containing it).
        i = bisect.bisect_right(self.run_start, self.base) - 1
        if i > 0:
            del self.run_start[:i]
            del self.run_dir[:i]

    # -- reading -------------------------------------------------------------
    @property
    def dropped(self) -> int:
        """Bytes at the start of the combined stream no longer retained."""
        return self.base

    def retained(self, start: int, end: int) -> bytes:
        """Combined-stream bytes [start, end) clipped to what is retained."""
        start = max(start, self.base)
        end = min(end, self.combined_total)
        if end <= start:
            return b""
        return bytes(self.buf[start - self.base:end - self.base])

    def direction_at(self, pos: int) -> int:
        """Direction of the byte at combined offset ``pos``."""
        i = bisect.bisect_right(self.run_start, pos) - 1
        return self.run_dir[max(i, 0)] if self.run_dir else Direction.IN

    def runs_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(run_start, run_end, direction) pieces covering [start, end)."""
        out = []
        if not self.run_dir:
            return out
        i = max(bisect.bisect_right(self.run_start, start) - 1, 0)
        n = len(self.run_start)
        while i < n and self.run_start[i] < end:
            s = max(self.run_start[i], start)
            e = self.run_start[i + 1] if i + 1 < n else self.combined_total
            e = min(e, end)
            if e > s:
                out.append((s, e, self.run_dir[i]))
            i += 1
        return out

    def direction_bytes(self, direction: int, start: int, end: int) -> bytes:
        """Bytes [start, end) of one direction's stream, from retained data."""
        out = bytearray()
        for i in range(self.chunk_index_for(direction, start), len(self.size)):
            if self.direction[i] != direction:
                continue
            off, n = self.offset[i], self.size[i]
            if off >= end:
                break
            lo, hi = max(off, start), min(off + n, end)
            c = self.combined[i] + (lo - off)
            out += self.retained(c, c + (hi - lo))
        return bytes(out)

    def chunk_index_for(self, direction: int, stream_offset: int) -> int:
        """A chunk index at or before the first chunk covering the offset."""
        # Combined offsets are monotonic and per-direction offsets are too, so
        # a bisect on the combined column bounds the search.
        lo = bisect.bisect_right(self.combined, stream_offset) - 1
        return max(lo, 0) if stream_offset <= self.total[direction] else len(self.size)
