"""The received stream of a capture store, decoded into messages, across gaps.

A :class:`MessageFeed` feeds a :class:`~.framing.Decoder` every received
chunk of a :class:`~.capture.CaptureStore` in order, a bounded number at a
time, and appends one row per message. It also says what a decoder alone
cannot know:

* **gaps**: when decoding fell behind and bytes were no longer kept (past
  the capture's cap), those bytes are gone. Fixed-length framing resyncs at
  the next message boundary by stream offset (the next multiple of ``size``
  from offset 0), so message numbers and offsets stay true. Delimiter and
  length-prefix framing cannot know where the next message starts: decoding
  stops with :attr:`unsynced` bytes lost, instead of inventing messages.
* **an announced length over the limit**: the frame's extent is still known,
  so that message is listed as skipped (no bytes) and decoding goes on after
  it. A length smaller than its own prefix leaves no boundary: decoding stops.

Stream offsets are received-stream offsets (the first byte ever received is
0). No Qt: plain Python.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Callable
from typing import Any, NamedTuple

from .events import Direction
from .framing import LENGTH_TOO_LARGE, DecodeError, Decoder, Framing

__all__ = ["Gap", "MessageFeed", "Row"]

#: (message number, payload start, payload end, first chunk, last chunk,
#: preview; None for a message skipped because its length is over the limit)
Row = tuple[int, int, int, int, int, bytes | None]

SLICE_CHUNKS = 256  # chunks between two looks at the clock


class Gap(NamedTuple):
    """Received bytes [start, end) that were no longer kept when decoding
    reached them. ``resumed``: the offset decoding went on at (the next
    message boundary), or None when the framing cannot resync."""

    start: int
    end: int
    resumed: int | None


class MessageFeed:
    """``store``: a CaptureStore (duck-typed); ``framing``: a validated
    Framing (``"none"``: nothing is decoded); ``preview``: bytes kept per row;
    ``leftover_max``: bytes waiting for one message end before decoding stops."""

    def __init__(
        self, store: Any, framing: Framing, preview: int = 32, leftover_max: int = 16 << 20
    ) -> None:
        self.store = store
        self.framing = framing
        self.preview = preview
        self.leftover_max = leftover_max
        self.decoder: Decoder | None = None if framing.kind == "none" else Decoder(framing)
        self.rows: list[Row] = []
        self.base = 0  # stream offset of the decoder's offset 0
        self.index_base = 0  # message number of the decoder's first message
        self.fed_chunks = 0  # store chunks looked at
        self.fed_in = 0  # received bytes looked at (kept or not)
        self.gap: Gap | None = None  # the last gap that mattered
        self.lost = 0  # bytes of such gaps, in all
        self.unsynced = 0  # bytes of the gap decoding could not resync after
        self.skipped: list[DecodeError] = []  # too-long messages (stream offsets)
        self.too_long = False  # no message end within leftover_max bytes
        self.chunk_offsets = array("q")  # stream offset of each chunk fed
        self.chunk_index = array("q")  # and its row in the chunk table

    # -- what the view shows --------------------------------------------------------
    @property
    def error(self) -> DecodeError | None:
        """The decode error that stopped decoding (stream offsets), or None."""
        dec = self.decoder
        if dec is None or dec.error is None:
            return None
        e = dec.error
        return DecodeError(e.offset + self.base, e.code, e.value)

    @property
    def stopped(self) -> bool:
        """No more messages can come out of this stream."""
        return self.decoder is not None and bool(
            self.unsynced or self.too_long or self.decoder.error is not None
        )

    @property
    def message_count(self) -> int:
        """Messages in the stream so far (fixed framing after a gap: by
        offset, lost ones included; a skipped message counts)."""
        dec = self.decoder
        return self.index_base + dec.message_count if dec is not None else 0

    @property
    def waiting_start(self) -> int:
        """Stream offset of the first received byte in no complete message."""
        dec = self.decoder
        return self.base + dec.leftover_start if dec is not None else self.fed_in

    @property
    def waiting_bytes(self) -> int:
        """Received bytes (looked at so far) after the last complete message:
        it keeps growing after decoding stopped."""
        return max(0, self.fed_in - self.waiting_start) if self.decoder is not None else 0

    # -- feeding --------------------------------------------------------------------
    def feed(self, out_of_time: Callable[[], bool] = lambda: False) -> bool:
        """Decode the chunks the store gained, asking ``out_of_time()`` every
        SLICE_CHUNKS chunks; True when all are done, False if some are left
        for the next call."""
        store = self.store
        n = len(store)
        if self.decoder is None:
            self.fed_chunks = n
            return True
        first = store.first_kept
        if self.fed_chunks < first:
            self._gap(first)
        begun = self.fed_chunks
        for i in range(begun, n):
            if i % SLICE_CHUNKS == 0 and i > begun and out_of_time():
                self.fed_chunks = i
                return False
            if store.direction[i] != Direction.IN:
                continue
            size = store.size[i]
            if size:
                self._chunk(i, store.offset[i], size)
        self.fed_chunks = n
        return True

    def _chunk(self, i: int, off: int, size: int) -> None:
        self.fed_in = off + size
        if self.stopped:
            return  # waiting_bytes still counts the bytes
        data: bytes | None = None
        while not self.stopped:  # bounded: each turn resumes past a skipped frame, or ends
            dec = self.decoder
            assert dec is not None
            start = self.base + dec.offset  # the next byte the decoder needs
            if off + size <= start:
                return
            if data is None:
                comb = self.store.combined[i]
                data = self.store.retained(comb, comb + size)
                self.chunk_offsets.append(off)
                self.chunk_index.append(i)
            for m in dec.feed(data[max(0, start - off) :] if start > off else data):
                self._row(m.index, m.start, m.end, m.frame_start, m.frame_end, m.data)
            if dec.error is not None and dec.error.code == LENGTH_TOO_LARGE:
                self._skip(dec)
            elif dec.leftover_length > self.leftover_max:
                self.too_long = True

    def _row(self, index: int, start: int, end: int, f0: int, f1: int, data: bytes | None) -> None:
        b = self.base
        preview = None if data is None else data[: self.preview]
        row = (index + self.index_base, start + b, end + b, self._chunk_of(f0 + b))
        self.rows.append((*row, self._chunk_of(f1 + b - 1), preview))

    def _skip(self, dec: Decoder) -> None:
        """A frame announces more than the limit: it is still a frame of known
        length. List it (without bytes) and go on after it."""
        e = dec.error
        assert e is not None
        psize = self.framing.prefix_size
        payload = e.value - psize if self.framing.prefix_counts_itself else e.value
        end = e.offset + psize + payload
        self.skipped.append(DecodeError(e.offset + self.base, e.code, e.value))
        self._row(dec.message_count, e.offset + psize, end, e.offset, end, None)
        self.index_base += dec.message_count + 1
        self.base += end
        self.decoder = Decoder(self.framing)

    def _gap(self, first: int) -> None:
        """Chunks [fed_chunks, first) are gone: their received bytes were not
        kept. Resync (fixed length) or stop, if the decoder needed them."""
        store, inbound = self.store, Direction.IN
        gap_to = next(
            (store.offset[i] for i in range(first, len(store)) if store.direction[i] == inbound),
            store.total[inbound],
        )
        gap_from = self.fed_in
        self.fed_chunks = first
        if gap_to <= gap_from:
            return  # only sent bytes went
        self.fed_in = gap_to
        dec = self.decoder
        assert dec is not None
        need = self.base + dec.offset  # the first byte decoding needed
        if self.stopped or gap_to <= need:
            return  # decoding had stopped, or was skipping these bytes anyway
        gap_from = max(gap_from, need)
        self.lost += gap_to - gap_from
        if self.framing.kind == "fixed":
            size = self.framing.size
            resume = -(-gap_to // size) * size  # the next message boundary
            self.gap = Gap(gap_from, gap_to, resume)
            self.base, self.index_base = resume, resume // size
            self.decoder = Decoder(self.framing)
        else:
            self.gap = Gap(gap_from, gap_to, None)
            self.unsynced = gap_to - gap_from

    def _chunk_of(self, offset: int) -> int:
        i = bisect_right(self.chunk_offsets, offset) - 1
        return self.chunk_index[max(i, 0)] if len(self.chunk_index) else 0
