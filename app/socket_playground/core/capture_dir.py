"""One direction of a capture store by stream offset: the chunk that holds an
offset, found by bisection over that direction's segments and then within one
segment, so a view of a long stream never lists every chunk (the ruler, the
bytes view's "go to" of a send() or recv()).

No Qt: plain Python.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .capture import CaptureStore


class Piece(NamedTuple):
    """A chunk with bytes, on its direction's stream."""

    offset: int  # stream offset (its direction) of its first byte
    size: int
    chunk: int  # its number in the store (the chunk table's row)


def chunk_from(store: CaptureStore, direction: int, offset: int) -> Piece | None:
    """The first chunk of ``direction`` with bytes that ends after ``offset``:
    the one holding it, or the next one (None past the last)."""
    segs, offs = store._dirsegs[direction], store._diroffs[direction]
    p = max(0, bisect_right(offs, offset) - 1)
    while p < len(segs):  # bounded: each turn moves to the next segment
        seg = store._segs[segs[p]]
        if seg.nbytes and offset < seg.off0 + seg.nbytes:
            seg = store._live(seg)
            prefix = seg.prefix()
            j = max(0, bisect_right(prefix, offset - seg.off0) - 1)
            while j < seg.n and prefix[j + 1] == prefix[j]:
                j += 1  # no bytes in this call (a b'' or a send() of nothing)
            if j < seg.n:
                return Piece(seg.off0 + prefix[j], prefix[j + 1] - prefix[j], seg.first + j)
        p += 1
    return None


def covering(
    store: CaptureStore, direction: int, lo: int, hi: int, most: int
) -> tuple[list[tuple[int, int, int]], bool]:
    """The chunks of ``direction`` that hold stream offsets [lo, hi), as
    (chunk, start, end) clipped to it, at most ``most`` of them; and whether
    more were left out (a send() met by many recv() calls, or the reverse)."""
    out: list[tuple[int, int, int]] = []
    piece = chunk_from(store, direction, lo) if lo < hi else None
    while piece is not None and piece.offset < hi:  # bounded: ``most``
        if len(out) == most:
            return out, True
        out.append((piece.chunk, max(lo, piece.offset), min(hi, piece.offset + piece.size)))
        piece = chunk_from(store, direction, piece.offset + piece.size)
    return out, False


def chunk_holding(store: CaptureStore, direction: int, offset: int) -> Piece | None:
    """The chunk of ``direction`` whose bytes include stream ``offset``."""
    c = chunk_from(store, direction, offset)
    return c if c is not None and c.offset <= offset < c.offset + c.size else None


def boundaries(store: CaptureStore, direction: int) -> list[int]:
    """Every chunk boundary of one direction (start offsets, then the end):
    one pass, for small streams and tests."""
    out: list[int] = []
    for seg in store._segs:
        if seg.direction == direction and seg.nbytes:
            prefix = store._live(seg).prefix()
            out.extend(seg.off0 + prefix[j] for j in range(seg.n) if prefix[j + 1] > prefix[j])
    if out:
        out.append(store.total[direction])
    return out
