"""The chunk index on disk: every chunk's numbers, so memory need not hold them.

Each batch of chunks the capture store takes (a segment: consecutive calls of
one direction) is appended to the socket's index file by the disk writer, as
one block: a fixed header, then four little-endian int64 columns (sequence
number, start and end time, size) and, for chunks whose bytes are past the
capture cap, their first bytes (previews). Once a block is on disk the store
may forget the segment's columns and read them back when a view asks.

Blocks are only appended; a block cut short by a crash is recognised by its
length and ignored when the file is read again (:func:`scan`).

No Qt, no sockets.
"""

from __future__ import annotations

import os
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

PREVIEW_BYTES = 24  # first bytes of a chunk kept when the chunk itself is not
MAGIC = b"SPB1"
# magic, direction, has previews, n, asked, waited, off0, comb0, first, t_base, t_div
HEADER = struct.Struct("<4sBBxxIqqqqqqq")
COLUMNS = 4  # seqs, starts, ends, sizes
MAX_BLOCK_CHUNKS = 1 << 24  # a sane bound when reading a file back


def _column(values: Iterable[int] | None, n: int) -> array[int]:
    a = array("q", values if values is not None else [0] * n)
    if sys.byteorder != "little":
        a.byteswap()
    return a


class IndexEntry:
    """Where a segment's block is in the index file (None until written)."""

    __slots__ = ("pos",)

    def __init__(self) -> None:
        self.pos: int | None = None


@dataclass(slots=True)
class Header:
    """A segment's numbers that hold for all its chunks (a block's header)."""

    direction: int
    asked: int
    waited: int  # the wait for readiness before chunk 0 (ns)
    off0: int  # stream offset (its direction) of chunk 0
    comb0: int  # combined-stream offset of chunk 0
    first: int  # chunk index of chunk 0
    t_base: int
    t_div: int


@dataclass(slots=True)
class Block(Header):
    """One segment's numbers, as handed to the writer (lists are not changed
    after they are handed over: the store replaces them, never edits them)."""

    seqs: list[int] | None
    starts: list[int] | None
    ends: list[int]
    entry: IndexEntry

    def pack(self, datas: list[bytes], previews: bool) -> bytes:
        n = len(datas)
        head = HEADER.pack(
            MAGIC,
            self.direction,
            int(previews),
            n,
            self.asked,
            self.waited,
            self.off0,
            self.comb0,
            self.first,
            self.t_base,
            self.t_div,
        )
        cols = [
            _column(self.seqs, n),
            _column(self.starts if self.starts is not None else self.ends, n),
            _column(self.ends, n),
            _column(map(len, datas), n),
        ]
        parts = [head] + [c.tobytes() for c in cols]
        if previews:
            parts.append(b"".join(d[:PREVIEW_BYTES].ljust(PREVIEW_BYTES, b"\0") for d in datas))
        return b"".join(parts)


class Columns(NamedTuple):
    """A segment's per-chunk numbers (and its previews, if kept): what a
    capture store needs to bring a forgotten segment back."""

    seqs: array[int]
    starts: array[int]
    ends: array[int]
    sizes: array[int]
    previews: list[bytes] | None


@dataclass(slots=True)
class Loaded(Header):
    """A block read back: the header's numbers and the columns."""

    n: int
    seqs: array[int]
    starts: array[int]
    ends: array[int]
    sizes: array[int]
    previews: list[bytes] | None
    length: int  # bytes of the block in the file

    def columns(self) -> Columns:
        return Columns(self.seqs, self.starts, self.ends, self.sizes, self.previews)


def block_length(n: int, previews: bool) -> int:
    return HEADER.size + COLUMNS * 8 * n + (PREVIEW_BYTES * n if previews else 0)


def parse(buf: bytes | memoryview, at: int = 0) -> Loaded | None:
    """The block at ``at`` in ``buf``; None when it is cut short or not a block."""
    if len(buf) - at < HEADER.size:
        return None
    magic, d, has_prev, n, asked, waited, off0, comb0, first, t_base, t_div = HEADER.unpack_from(
        buf, at
    )
    if magic != MAGIC or d not in (0, 1) or n > MAX_BLOCK_CHUNKS or t_div <= 0:
        return None
    length = block_length(n, bool(has_prev))
    if len(buf) - at < length:
        return None
    cols: list[array[int]] = []
    p = at + HEADER.size
    for _ in range(COLUMNS):
        a = array("q")
        a.frombytes(buf[p : p + 8 * n])
        if sys.byteorder != "little":
            a.byteswap()
        cols.append(a)
        p += 8 * n
    previews = None
    if has_prev:
        raw = bytes(buf[p : p + PREVIEW_BYTES * n])
        previews = [
            raw[j * PREVIEW_BYTES : j * PREVIEW_BYTES + min(PREVIEW_BYTES, cols[3][j])]
            for j in range(n)
        ]
    seqs, starts, ends, sizes = cols
    header = (d, asked, waited, off0, comb0, first, t_base, t_div)
    return Loaded(*header, n, seqs, starts, ends, sizes, previews, length)


def read_block(fd: int, pos: int) -> Loaded:
    """The block at ``pos`` of an open index file (written by this run)."""
    head = os.pread(fd, HEADER.size, pos)
    n, has_prev = HEADER.unpack_from(head)[3], HEADER.unpack_from(head)[2]
    buf = os.pread(fd, block_length(n, bool(has_prev)), pos)
    loaded = parse(buf)
    if loaded is None:
        raise OSError(f"chunk index: no whole block at {pos}")
    return loaded


def scan(buf: bytes | memoryview) -> Iterator[Loaded]:
    """Every whole block of an index file, in order; stops at the first block
    cut short or damaged (what a crash left: a prefix)."""
    at = 0
    while True:
        block = parse(buf, at)
        if block is None:
            return
        yield block
        at += block.length
