"""A saved socket as a live one's record: the SocketLog every view reads,
rebuilt from a session file (``core/sessionfile.py``) without reading its
bytes. The bytes stay in the file and are read when a view shows them,
through :class:`StoredBytes`, which stands where a live socket's spool does.
"""

from __future__ import annotations

import socket
from array import array
from collections.abc import Iterator

from .capture_segment import Segment
from .chunk_index import Columns
from .clock import WallClock
from .endpoint import address_family, literal_family
from .events import Address, Direction, Event, SocketCall
from .record import SocketLog
from .sessionfile import SessionFile
from .sessionfile_rows import SocketInfo, fail

_COLUMNS = ("seq", "t_start", "t_end", "size")


class StoredBytes:
    """Read-only bytes of one saved socket (the spool's reading side)."""

    def __init__(self, sf: SessionFile, info: SocketInfo) -> None:
        self.sf, self.info = sf, info
        self.cap = info.cap
        self.error = ""

    def append(self, direction: int, datas: list[bytes]) -> None:
        raise ValueError("a saved session is read-only")

    def read(self, direction: int, offset: int, n: int) -> bytes:
        n = max(0, min(n, self.readable(direction) - offset))
        return self.sf.read(self.info.id, direction, offset, n) if n else b""

    def readable(self, direction: int) -> int:
        return self.info.kept(direction)

    def kept_limit(self, direction: int) -> int | None:
        kept = self.info.kept(direction)
        return None if kept >= self.info.total(direction) else kept

    def sha256(self, direction: int) -> str:
        return self.info.sha256_out if direction else self.info.sha256_in

    def load_rows(self, seg: Segment) -> Columns:
        """A saved segment's columns, read from the file (checked row by row)."""
        rows = self.sf.chunks(self.info.id, seg.first, seg.first + seg.n)
        if len(rows) != seg.n:
            raise fail("corrupt", f"{self.sf.path}: chunk rows are missing")
        seqs, starts, ends, sizes = (
            array("q", (getattr(c, name) for c in rows)) for name in _COLUMNS
        )
        return Columns(seqs, starts, ends, sizes, None)

    def caught_up(self) -> bool:
        return True

    def flush(self) -> None:
        pass


PIECE = 4096  # chunks of a saved segment: what one view's read brings back


def load_log(sf: SessionFile, socket_id: int) -> SocketLog:
    """The saved socket's SocketLog: its events, its state, and its chunks as
    segments (a run of one direction and one size asked, at most PIECE
    chunks) of which only the totals are read now; the rows themselves are
    read when a view shows them."""
    info = sf.socket(socket_id)
    spool = StoredBytes(sf, info)
    log = SocketLog(info.role, t0_ns=info.t0_ns, spool=spool)  # type: ignore[arg-type]
    log.wall_clock = WallClock.from_meta(sf.meta)  # None in a file of an older version
    events: list[Event] = sf.events(socket_id)
    log.add_saved_events(events)
    try:
        _add_chunks(log, sf.chunk_scan(socket_id), info)
    except (TypeError, ValueError, OverflowError) as e:  # a value of a foreign type
        raise fail("corrupt", f"{sf.path}: a damaged chunk row ({e})") from None
    return log


def _add_chunks(log: SocketLog, rows: Iterator[tuple[int, ...]], info: SocketInfo) -> None:
    store, t0 = log.store, info.t0_ns
    piece: list[int] = []  # direction, asked, n, nbytes, extra wait, seq0, seq1, t0, blocked
    totals = [0, 0]

    def flush() -> None:
        if piece:
            d, asked, n, nbytes, extra, seq0, seq1, t_first, blocked = piece
            store.add_lazy(d, asked, n, nbytes, t0, extra, (seq0, seq1, t_first, blocked))
            piece.clear()

    for index, (d, asked, size, waited, took, seq, t_start) in enumerate(rows):
        extra = waited - took  # the wait before the call: only a run's first has one
        if not piece or d != piece[0] or asked != piece[1] or extra > 0 or piece[2] >= PIECE:
            flush()
            piece.extend((d, asked, 0, 0, extra, seq, seq, t_start, 0))
        piece[2] += 1
        piece[3] += size
        piece[6] = seq
        piece[8] += waited
        totals[d] += size
        if d == Direction.OUT and size < asked:
            log.partial_sends += 1
        if d == Direction.IN and size:
            if log._first_in is None:
                log._first_in = index
            log._last_in = index
    flush()
    if totals[0] > info.total(0) or totals[1] > info.total(1):
        raise ValueError("chunks past the stream's end")
    if len(store):
        log.last_seq = max(log.last_seq, store._segs[-1].summary[1])  # type: ignore[index]


def family_of(events: list[Event], local: Address | None, peer: Address | None, host: str) -> str:
    """A saved socket's family ("ipv4"/"ipv6"/"unix"): its socket() call's,
    else its addresses' (an accepted socket has no socket() call), else its
    host's spelling; "" when none says (a name never looked up)."""
    for ev in events:
        if isinstance(ev, SocketCall) and not ev.errno:
            if ev.family == getattr(socket, "AF_UNIX", None):
                return "unix"
            return "ipv6" if ev.family == socket.AF_INET6 else "ipv4"
    for addr in (local, peer):
        if addr:
            return address_family(addr)
    if host.startswith(("/", "@")):
        return "unix"
    return literal_family(host) or ""
