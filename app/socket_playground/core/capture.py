"""The capture store: every chunk's metadata, and a bounded window of bytes.

Each ``recv()`` result and each ``send()`` call is one chunk: time,
direction, size (the call's return value), the size asked for, and its stream
offset (per direction and in the combined, both-directions stream) are kept
for every chunk for the whole life of a connection, in compact ``array``
columns. The bytes objects the calls returned are kept as they are (no copy)
while the retained total stays under ``byte_cap``; past it the oldest chunks
keep only a short preview and views say how many bytes are not shown.
Counters are exact Python ints (no wrap at 2**31).
"""

from __future__ import annotations

import bisect
from array import array
from itertools import accumulate

PREVIEW_BYTES = 24


class CaptureStore:
    def __init__(self, byte_cap: int = 4 * 1024 * 1024) -> None:
        self.byte_cap = byte_cap
        self.t_us = array("q")        # time since the connection's start, µs
        self.direction = array("b")   # Direction: 0 received, 1 sent
        self.size = array("q")        # bytes moved by the call (its return value)
        self.asked = array("q")       # recv(n)/send(n): the n asked for
        self.offset = array("q")      # stream offset of the first byte, per direction
        self.combined = array("q")    # offset of the first byte in the combined stream
        self._data: list[bytes] = []  # the chunk's bytes; a preview once dropped
        self.total = [0, 0]           # bytes per direction
        self.calls = [0, 0]           # recv()/send() calls per direction
        self.combined_total = 0
        self.first_kept = 0           # chunks before this keep only a preview
        self.base = 0                 # combined offset of the first retained byte
        self._kept = 0                # bytes retained

    def __len__(self) -> int:
        return len(self.size)

    def append(self, direction: int, data: bytes, t_us: int, asked: int = 0) -> int:
        """Record one chunk (``data`` is kept by reference); returns its index."""
        self.extend(direction, [t_us], [data], asked or len(data))
        return len(self.size) - 1

    def extend(self, direction: int, t_us: list[int], datas: list[bytes],
               asked: int) -> None:
        """Record many chunks of one direction at once (a reader's batch)."""
        k = len(datas)
        if not k:
            return
        sizes = list(map(len, datas))
        total = sum(sizes)
        self.t_us.extend(t_us)
        self.direction.extend([direction] * k)
        self.size.extend(sizes)
        self.asked.extend([asked] * k)
        self.offset.extend(accumulate(sizes[:-1], initial=self.total[direction]))
        self.combined.extend(accumulate(sizes[:-1], initial=self.combined_total))
        self._data.extend(datas)
        self.total[direction] += total
        self.calls[direction] += k
        self.combined_total += total
        self._kept += total
        if self._kept > self.byte_cap:
            self._trim(self.byte_cap // 2)

    def _trim(self, keep: int) -> None:
        """Drop the oldest kept chunks' bytes (keeping a preview) until at most
        ``keep`` bytes are kept. Done in bulk: this runs during floods."""
        i, n = self.first_kept, len(self.size)
        drop = self._kept - keep
        if drop <= 0 or i >= n:
            return
        cum = list(accumulate(self.size[i:n]))
        j = i + min(bisect.bisect_left(cum, drop) + 1, n - i)
        data = self._data
        data[i:j] = [d[:PREVIEW_BYTES] for d in data[i:j]]
        self._kept -= cum[j - i - 1]
        self.first_kept = j
        self.base = self.combined[j] if j < n else self.combined_total

    # -- reading -------------------------------------------------------------
    @property
    def dropped(self) -> int:
        """Bytes at the start of the combined stream no longer retained."""
        return self.base

    def preview(self, i: int) -> bytes:
        return self._data[i][:PREVIEW_BYTES]

    def chunk_at(self, pos: int) -> int:
        """Index of the chunk holding combined offset ``pos`` (skips empty ones)."""
        return bisect.bisect_right(self.combined, pos) - 1

    def runs_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, direction) pieces of retained bytes covering [start, end),
        one per run of same-direction chunks."""
        out: list[tuple[int, int, int]] = []
        start = max(start, self.base)
        if end <= start:
            return out
        i = max(self.chunk_at(start), self.first_kept)
        n = len(self.size)
        comb, size, dirs = self.combined, self.size, self.direction
        while i < n and comb[i] < end:
            s, e, d = max(comb[i], start), min(comb[i] + size[i], end), dirs[i]
            if e > s:
                if out and out[-1][2] == d and out[-1][1] == s:
                    out[-1] = (out[-1][0], e, d)
                else:
                    out.append((s, e, d))
            i += 1
        return out

    def direction_at(self, pos: int) -> int:
        """Direction of the byte at combined offset ``pos``."""
        i = self.chunk_at(pos)
        while i > 0 and self.size[i] == 0:
            i -= 1
        return self.direction[i] if i >= 0 and len(self.direction) else 0

    def retained(self, start: int, end: int) -> bytes:
        """Combined-stream bytes [start, end) clipped to what is retained."""
        start = max(start, self.base)
        end = min(end, self.combined_total)
        if end <= start:
            return b""
        i = max(self.chunk_at(start), self.first_kept)
        parts = []
        comb, data = self.combined, self._data
        n = len(data)
        while i < n and comb[i] < end:
            c = comb[i]
            parts.append(data[i][max(0, start - c):end - c])
            i += 1
        return b"".join(parts)
