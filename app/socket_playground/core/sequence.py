"""Both ends of a connection on one clock: what the conversation view draws.

Two sockets of one run (the client and the socket its server accepted) share
the clock and the call counter, so their calls can stand on two lifelines
with time running down. More lanes are possible (a relay: client, relay-in,
relay-out, target): ``peers`` says which lanes are the two ends of one
connection, and a :class:`~.sequence_relay.Relay` adds its forwarding.
For a window of time, :meth:`Conversation.scene` gives:

- a :class:`Box` per call of either side that overlaps it (from the wait
  before the call to its return, so its length is how long it blocked), with
  the chunk row it came from;
- an :class:`Arrow` per piece of bytes in flight: from a ``send()`` of one
  side to each ``recv()`` of the other whose *stream offsets* overlap the
  ones it sent (matched by offset, never by guessing from times), with the
  byte range; FIN (``shutdown(SHUT_WR)``/``close()`` → the ``b''`` the peer
  read) and RST (``close()`` with abort → the ``ECONNRESET``/``EPIPE`` the
  peer met) arrows, whose far end is None while nothing there shows it;
- where one side made more than ``limit`` calls in the window, a
  :class:`Band` per slice of time instead (calls and bytes), and no data
  arrows: zoomed out on a flood, nothing per call is listed.

The window is found by bisection over the chunk stores (by call start time:
one counter, so nearly sorted; a few calls either side are looked at for
long blocks), and the other end's matching chunks by stream offset
(:mod:`.capture_dir`): a scene costs what it shows, not the capture's length.

No Qt: plain Python.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .capture import CaptureStore
from .capture_dir import covering
from .errors import TIMEOUT, WOULD_BLOCK
from .events import Accept, Call, Close, Connect, Direction, Event, Recv, Select, Send, Shutdown
from .record import SocketLog
from .sequence_ends import Ends

if TYPE_CHECKING:
    from .sequence_relay import Relay

MAX_CALLS = 600  # calls of one side in a window before it is shown as bands
ARROWS_PER_CALL = 64  # recv() calls drawn from one send() (and back) at most
LOOK = 8  # calls looked at beyond a bisection's point, for long blocks
BANDS = 80  # slices of a window shown as bands
FIRSTS_MAX = 1 << 16  # segments' first start times kept by a TimeIndex

LEFT, RIGHT = 0, 1


class Kind(enum.StrEnum):
    CONNECT = "connect"
    ACCEPT = "accept"
    SEND = "send"
    RECV = "recv"
    EOF = "eof"  # recv() → b''
    SHUTDOWN = "shutdown"
    CLOSE = "close"
    ABORT = "abort"  # close() with SO_LINGER 0: RST
    FAILED = "failed"  # a send() or recv() that raised (errno)
    WOULD_BLOCK = "would-block"  # … EAGAIN (non-blocking) or TIMEOUT: it did nothing
    SELECT = "select"  # a readiness wait (non-blocking and timeout modes)


class ArrowKind(enum.StrEnum):
    DATA = "data"
    FIN = "fin"
    RST = "rst"
    FORWARD = "forward"  # a relay: a recv() on one leg → the send() calls on the other


@dataclass(frozen=True, slots=True)
class Box:
    """One call on one side's lifeline (times: ``monotonic_ns``)."""

    side: int  # LEFT or RIGHT
    kind: Kind
    t_from: int  # blocked from: the wait before the call, then the call
    t_start: int  # the call itself began
    t_end: int  # it returned
    seq: int
    chunk: int = -1  # its row in the side's chunk table (-1: not a chunk)
    nbytes: int = 0
    offset: int = 0  # stream offset (its direction) of its first byte
    errno: str = ""
    how: int = 0  # shutdown(how)
    out: bool = False  # a send() (FAILED, WOULD_BLOCK), a wait for writable (SELECT)


@dataclass(frozen=True, slots=True)
class Arrow:
    """Bytes (or a FIN, or a RST) from one side to the other. A FORWARD
    arrow goes the other way round: from the ``recv()`` (row ``recv_chunk``)
    on lane ``side`` that got the bytes to a ``send()`` (``send_chunk``) on
    lane ``to`` that passed them on; ``start``/``end`` are then offsets of
    the received stream (the same offsets of the sent one)."""

    kind: ArrowKind
    side: int  # the side that sent
    t_from: int  # the send() (shutdown(), close()) began
    t_to: int | None  # the recv() that got it returned (None: not seen there)
    send_chunk: int = -1  # the send()'s row on the sending side
    recv_chunk: int = -1  # the recv()'s row on the other side
    start: int = 0  # the bytes: [start, end) of the sending side's stream
    end: int = 0
    to: int = -1  # the lane it goes to (-1: the other of two)

    @property
    def nbytes(self) -> int:
        return self.end - self.start

    @property
    def dest(self) -> int:
        return self.to if self.to >= 0 else 1 - self.side


@dataclass(frozen=True, slots=True)
class Band:
    """Many calls of one side in a slice of time, counted, not listed."""

    side: int
    t_from: int
    t_to: int
    calls: int
    nbytes: int  # both directions


@dataclass(slots=True)
class Scene:
    t_lo: int
    t_hi: int
    boxes: list[Box] = field(default_factory=list)
    arrows: list[Arrow] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    dense: bool = False  # a side is shown as bands: zoom in for calls and arrows
    cut: bool = False  # more recv() calls per send() than drawn
    unlinked: bool = False  # a relay leg sent typed bytes: later forwarding not linked


# -- the chunk store by time ---------------------------------------------------------
class TimeIndex:
    """A store's chunks by call start time: a bisection over the segments by
    their first call's start (each probe's answer kept: an evicted segment is
    read back once for it), then within one segment. A lookup reads at most
    ~log2(segments) segments' columns back from disk, fewer when it probes
    where an earlier one did."""

    def __init__(self, store: CaptureStore) -> None:
        self.store = store
        self._firsts: dict[int, int] = {}  # segment → its first call's start (ns)

    def _first_start(self, k: int) -> int:
        start = self._firsts.get(k)
        if start is None:
            seg = self.store._segs[k]
            if seg.summary is not None:  # a saved segment: known without its rows
                start = seg.summary[2]
            else:
                seg = self.store._live(seg)
                start = seg.starts[0] if seg.starts is not None else seg.times[0]
            if len(self._firsts) >= FIRSTS_MAX:
                self._firsts.clear()
            self._firsts[k] = start
        return start

    def first_at(self, t: int) -> int:
        """Index of the first chunk whose call started at or after ``t`` (the
        starts are in call order, so nearly sorted)."""
        store = self.store
        nseg = len(store._segs)
        k = bisect_left(range(nseg), t, key=self._first_start)
        if k == 0:
            return 0
        seg = store._live(store._segs[k - 1])
        starts = seg.starts if seg.starts is not None else seg.times
        j = bisect_left(starts, t)
        if j < seg.n:
            return seg.first + j
        return store._segs[k].first if k < nseg else len(store)

    def chunk_range(self, t_lo: int, t_hi: int) -> tuple[int, int]:
        """[a, b): the chunks whose blocked time may overlap [t_lo, t_hi]."""
        store = self.store
        n = len(store)
        a, b = self.first_at(t_lo), self.first_at(t_hi + 1)
        ends, waited = store.t_end_ns, store.waited_ns
        lo = a
        for i in range(a - 1, max(-1, a - 1 - LOOK), -1):  # started before, still blocked
            if ends[i] >= t_lo:
                lo = i
        hi = b
        for i in range(b, min(n, b + LOOK)):  # started after, but waited from before
            if ends[i] - waited[i] <= t_hi:
                hi = i + 1
        return lo, max(lo, hi)


def _offset_of(store: CaptureStore, i: int) -> int:
    """Combined offset at chunk ``i`` (the total past the last)."""
    return store.combined[i] if i < len(store) else store.combined_total


# -- the other events -----------------------------------------------------------------
def event_box(side: int, ev: Event) -> Box | None:
    """The box of a non-chunk event, or None for those not drawn (notes,
    options, a recv()'s b'', which is a chunk)."""
    if not isinstance(ev, Call):
        return None
    kind: Kind | None = None
    t_from, how, out = ev.t_start, 0, isinstance(ev, Send)
    if isinstance(ev, Recv | Send):
        if not ev.errno:
            return None  # a chunk: its box comes from the store
        nothing = ev.errno in WOULD_BLOCK or ev.errno == TIMEOUT
        kind = Kind.WOULD_BLOCK if nothing else Kind.FAILED
        t_from = ev.t_start - ev.waited_ns
    elif isinstance(ev, Select):
        kind, out = Kind.SELECT, ev.write
    elif isinstance(ev, Connect):
        kind = Kind.CONNECT
    elif isinstance(ev, Accept):
        kind = Kind.ACCEPT
    elif isinstance(ev, Shutdown):
        kind, how = Kind.SHUTDOWN, ev.how
    elif isinstance(ev, Close):
        kind = Kind.ABORT if ev.abort else Kind.CLOSE
    if kind is None:
        return None
    return Box(side, kind, t_from, ev.t_start, ev.t_end, ev.seq, errno=ev.errno, how=how, out=out)


def _event_start(ev: Event) -> int:
    return ev.t_start


class Conversation:
    """Sockets on lanes, left to right: by default the two ends of one
    connection (``left`` and ``right`` logs). ``peers``: the pairs of lanes
    that are the two ends of one connection (data, FIN and RST arrows between
    them); ``relay``: a relay's two legs among the lanes (FORWARD arrows)."""

    def __init__(
        self,
        *logs: SocketLog,
        peers: Sequence[tuple[int, int]] | None = None,
        relay: Relay | None = None,
    ) -> None:
        self.logs = logs
        self.ends = tuple(Ends(log) for log in logs)
        self.index = tuple(TimeIndex(log.store) for log in logs)
        self.peers = list(peers) if peers is not None else [(LEFT, RIGHT)]
        self.partner = dict(self.peers) | {b: a for a, b in self.peers}
        self.relay = relay

    def span(self) -> tuple[int, int]:
        """(first, last) time of either side (0, 0 before anything)."""
        firsts, lasts = [], [0]
        for log in self.logs:
            store, events = log.store, log.events
            if events:
                firsts.append(events[0].t_start)
                lasts.append(events[-1].t_end)
            if len(store):
                firsts.append(store.t_start_ns[0])
                lasts.append(store.t_end_ns[len(store) - 1])
            lasts.append(log.last_ns)
        return (min(firsts), max(lasts)) if firsts else (0, 0)

    def scene(self, t_lo: int, t_hi: int, limit: int = MAX_CALLS) -> Scene:
        """What overlaps [t_lo, t_hi] (see the module's text)."""
        sc = Scene(t_lo, t_hi)
        for side, log in enumerate(self.logs):
            self._chunks(sc, side, log.store, limit)
            self._events(sc, side, log.events, limit)
        sc.boxes.sort(key=lambda b: b.t_from)  # drawn top down
        if not sc.dense:
            self._data_arrows(sc)
            if self.relay is not None:
                self.relay.arrows(sc, [log.store for log in self.logs])
        self._end_arrows(sc)
        return sc

    def _chunks(self, sc: Scene, side: int, store: CaptureStore, limit: int) -> None:
        a, b = self.index[side].chunk_range(sc.t_lo, sc.t_hi)
        if b - a > limit:
            sc.dense = True
            sc.bands.extend(self._bands(side, sc.t_lo, sc.t_hi))
            return
        for i, (seq, d, t0, t1, _asked, size, off, blocked) in enumerate(store.chunk_rows(a, b), a):
            t_from = t1 - blocked
            if t_from > sc.t_hi or t1 < sc.t_lo:
                continue
            kind = Kind.SEND if d == Direction.OUT else Kind.RECV if size else Kind.EOF
            sc.boxes.append(Box(side, kind, t_from, t0, t1, seq, i, size, off))

    def _bands(self, side: int, t_lo: int, t_hi: int) -> Iterator[Band]:
        index = self.index[side]
        store = index.store
        step = max(1, (t_hi - t_lo) // BANDS)
        idx = index.first_at(t_lo)
        t = t_lo
        while t <= t_hi:  # bounded: BANDS + 1 turns
            nxt = index.first_at(t + step)
            if nxt > idx:
                nbytes = _offset_of(store, nxt) - _offset_of(store, idx)
                yield Band(side, t, t + step, nxt - idx, nbytes)
            idx, t = nxt, t + step

    def _events(self, sc: Scene, side: int, events: list[Event], limit: int) -> None:
        a = bisect_left(events, sc.t_lo, key=_event_start)
        b = bisect_right(events, sc.t_hi, key=_event_start)
        if b - a > limit:  # (notes, failed calls by the thousand): too many to draw
            sc.dense = True
            b = a + limit
        for ev in events[max(0, a - LOOK) : b]:
            box = event_box(side, ev)
            if box is not None and box.t_from <= sc.t_hi and box.t_end >= sc.t_lo:
                sc.boxes.append(box)

    def _data_arrows(self, sc: Scene) -> None:
        """Each send() in view to the recv() calls that got its bytes, and each
        recv() in view from the send() calls whose bytes it got."""
        seen: dict[tuple[int, int, int], Arrow] = {}
        for box in sc.boxes:
            partner = self.partner.get(box.side)
            if box.chunk < 0 or not box.nbytes or partner is None:
                continue
            sending = box.kind is Kind.SEND
            sender = box.side if sending else partner
            other = self.logs[partner].store
            want = Direction.IN if sending else Direction.OUT
            pieces, cut = covering(
                other, want, box.offset, box.offset + box.nbytes, ARROWS_PER_CALL
            )
            sc.cut = sc.cut or cut
            for chunk, s, e in pieces:
                if sending:
                    send_chunk, recv_chunk = box.chunk, chunk
                    t_from, t_to = box.t_start, other.t_end_ns[chunk]
                else:
                    send_chunk, recv_chunk = chunk, box.chunk
                    t_from, t_to = other.t_start_ns[chunk], box.t_end
                key = (sender, send_chunk, recv_chunk)
                if key not in seen:
                    to = partner if sending else box.side
                    arrow = Arrow(
                        ArrowKind.DATA, sender, t_from, t_to, send_chunk, recv_chunk, s, e, to
                    )
                    seen[key] = arrow
        sc.arrows.extend(seen.values())

    def _end_arrows(self, sc: Scene) -> None:
        for e in self.ends:
            e.update()
        for side, peer in self.partner.items():
            mine, theirs = self.ends[side], self.ends[peer]
            pairs = (
                (ArrowKind.FIN, mine.fin_sent, theirs.eof),
                (ArrowKind.RST, mine.abort, theirs.reset_met),
            )
            for kind, sent, got in pairs:
                if sent is None:
                    continue
                t_to = got.t_end if got is not None else None
                last = t_to if t_to is not None else sent.t_start
                if sent.t_start <= sc.t_hi and last >= sc.t_lo:
                    sc.arrows.append(Arrow(kind, side, sent.t_start, t_to, to=peer))
