"""One log per socket: the single source of every view of it.

A :class:`SocketLog` takes a socket's events in sequence order (see
:mod:`.order`) and keeps them in two parts:

- :attr:`store`, the :class:`~.capture.CaptureStore`: one chunk per
  ``recv()`` result (``b''`` included) and per ``send()`` call, with its
  sequence number, times, sizes, stream offsets and (a bounded window of)
  bytes; the chunk table, bytes view, ruler and messages read it;
- :attr:`events`: every other event (setsockopt, bind, connect, shutdown,
  failed calls, the program's notes), in sequence order.

:attr:`machine` turns the events into the state the badge shows; the counters
are the store's. :meth:`ordered` merges both parts back into one list of
typed events by ``seq``: the timeline's and "show the code"'s input.

Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .capture import CaptureStore
from .capture_segment import Segment
from .clock import START, WallClock
from .errors import TIMEOUT, WOULD_BLOCK
from .events import (
    Direction,
    Event,
    Note,
    Recv,
    RecvRun,
    Send,
    State,
    now_ns,
)
from .order import merge_by_seq
from .spool import Spool
from .state import StateMachine
from .udp_events import DATAGRAM_KINDS, RecvFrom, SendTo


@dataclass(slots=True)
class ChunkRun:
    """Consecutive chunks of one direction and one size asked (a timeline line)."""

    seq: int  # the first call's
    direction: int
    asked: int
    t_start: int
    calls: int
    nbytes: int
    blocked_ns: int


def _split_runs(seg: Segment, event_seqs: list[int]) -> Iterator[ChunkRun]:
    """A segment's chunks as runs cut where another event's number falls
    (a chunk with an event of its own, the b'' of a recv(), is that event)."""
    ends, sizes = seg.times, seg.sizes()
    seqs = seg.seqs if seg.seqs is not None else [0] * seg.n
    starts = seg.starts if seg.starts is not None else ends
    run: ChunkRun | None = None
    k = bisect.bisect_left(event_seqs, seqs[0]) if seg.n else 0
    for j in range(seg.n):
        seq = seqs[j]
        cut = False
        while k < len(event_seqs) and event_seqs[k] <= seq:
            cut = True
            k += 1
        if cut:
            if run is not None:
                yield run
                run = None
            if event_seqs[k - 1] == seq:
                continue
        blocked = ends[j] - starts[j] + (seg.waited if j == 0 else 0)
        if run is None:
            run = ChunkRun(seq, seg.direction, seg.asked or sizes[j], starts[j], 0, 0, 0)
        run.calls += 1
        run.nbytes += sizes[j]
        run.blocked_ns += blocked
    if run is not None:
        yield run


class SocketLog:
    def __init__(
        self,
        role: str,
        t0_ns: int | None = None,
        byte_cap: int = 4 * 1024 * 1024,
        spool: Spool | None = None,
    ) -> None:
        self.role = role
        self.t0_ns = now_ns() if t0_ns is None else t0_ns
        self.wall_clock: WallClock | None = START  # its stamps' real time (None: not known)
        self.spool = spool  # every byte on disk, and a SHA-256 per direction
        self.store = CaptureStore(byte_cap, spool)
        self.events: list[Event] = []
        # UDP: each chunk's datagram event, without its bytes (peer, size, cut), by chunk
        self.datagrams: list[RecvFrom | SendTo] = []
        self.machine = StateMachine(role)
        self.partial_sends = 0
        self.would_block = 0  # calls that raised BlockingIOError (non-blocking mode)
        self.timeouts = 0  # calls that timed out (timeout mode)
        self.last_seq = 0
        self.last_ns = 0  # when the latest call ended (monotonic ns; 0: none yet)
        self._first_in: int | None = None  # chunk indexes of the first and last
        self._last_in = 0  # recv() results with data (for the rate)
        self._first_in_at = (0, 0)  # the first one's (t_us, size): read once

    @property
    def state(self) -> State:
        return self.machine.state

    def add(self, events: list[Event]) -> None:
        """Apply events, in sequence order, each after the ones already added
        (what goes to disk is handed to the writer once, at the end)."""
        if self.spool is None:
            self._add(events)
            return
        with self.spool.batch():
            self._add(events)

    def _add(self, events: list[Event]) -> None:
        store, t0, machine = self.store, self.t0_ns, self.machine
        if events:
            self.last_ns = max(self.last_ns, events[-1].t_end)
        for ev in events:
            self.last_seq = ev.seqs[-1] if isinstance(ev, RecvRun) else ev.seq
            if isinstance(ev, RecvRun):  # O(1): the run is one segment
                store.add_calls(
                    Direction.IN,
                    ev.bufsize,
                    ev.seqs,
                    ev.starts,
                    ev.ends,
                    ev.datas,
                    t0,
                    ev.waited_ns,
                )
                self._last_in = len(store) - 1
                if self._first_in is None:
                    self._first_in = len(store) - len(ev)
                continue
            if isinstance(ev, RecvFrom | SendTo) and not ev.errno:
                self._add_datagram(ev)
                continue
            if isinstance(ev, Send | Recv) and not ev.errno:  # one call: one chunk
                if isinstance(ev, Send):
                    d, asked = Direction.OUT, ev.offered
                else:
                    d, asked = Direction.IN, ev.bufsize
                store.add_calls(
                    d, asked, [ev.seq], [ev.t_start], [ev.t_end], [ev.data], t0, ev.waited_ns
                )
                if isinstance(ev, Send):
                    if ev.sent < ev.offered:
                        self.partial_sends += 1
                    continue
                if ev.data:  # a chunk only: its bytes live in the store
                    self._last_in = len(store) - 1
                    if self._first_in is None:
                        self._first_in = self._last_in
                    continue
            self.events.append(ev)
            self._count_retry(ev)
            machine.feed(ev)
            if self.spool is not None:  # on disk too, for a recovery after a crash
                self.spool.note_event(ev)

    def _add_datagram(self, ev: RecvFrom | SendTo) -> None:
        """One datagram: a chunk with its bytes, and its event without them."""
        out = isinstance(ev, SendTo)
        d = Direction.OUT if out else Direction.IN
        asked = ev.offered if isinstance(ev, SendTo) else ev.bufsize
        waited = ev.waited_ns if isinstance(ev, RecvFrom) else 0
        self.store.add_calls(
            d, asked, [ev.seq], [ev.t_start], [ev.t_end], [ev.data], self.t0_ns, waited
        )
        if not out:
            self._last_in = len(self.store) - 1
            if self._first_in is None:
                self._first_in = self._last_in
        bare = replace(ev, data=b"", kept=False)
        self.datagrams.append(bare)
        self.events.append(bare)
        self.machine.feed(bare)
        if self.spool is not None:
            self.spool.note_event(bare)

    def _count_retry(self, ev: Event) -> None:
        errno = getattr(ev, "errno", "")
        if errno in WOULD_BLOCK:
            self.would_block += 1
        elif errno == TIMEOUT:
            self.timeouts += 1

    def add_saved_events(self, events: list[Event]) -> None:
        """A saved or recovered socket's non-chunk events, in sequence order
        (its chunks are added to the store by the reader of the file)."""
        self.events.extend(events)
        self.datagrams.extend(
            ev for ev in events if isinstance(ev, DATAGRAM_KINDS) and not ev.errno
        )
        self.machine.feed_all(events)
        for ev in events:
            self._count_retry(ev)
        if events:
            self.last_seq = events[-1].seq

    # -- reading ----------------------------------------------------------------------
    def chunk_event(self, i: int, with_bytes: bool = True) -> Event:
        """Chunk ``i`` of the store as a typed event (``kept`` False, and no
        data, when the store no longer holds its bytes, or without them)."""
        s = self.store
        size, start = s.size[i], s.combined[i]
        data = s.retained(start, start + size) if with_bytes else b""
        kept = len(data) == size
        if not kept:
            data = b""
        seq, t0, t1 = s.seq[i], s.t_start_ns[i], s.t_end_ns[i]
        if s.direction[i] == Direction.OUT:
            return Send(seq, t0, t1, offered=s.asked[i], sent=size, data=data, kept=kept)
        return Recv(seq, t0, t1, bufsize=s.asked[i], data=data, nbytes=size, kept=kept)

    def ordered(self, notes: bool = True, with_bytes: bool = True) -> Iterator[Event]:
        """Every event in sequence order, each chunk as a :class:`Recv` or
        :class:`Send` (the ``b''`` of a recv() once, as its event); without
        bytes (``kept`` False) when ``with_bytes`` is False, which reads none."""
        life = [ev for ev in self.events if notes or not isinstance(ev, Note)]
        seqs = self.store.seq
        merged = merge_by_seq(
            life,
            range(len(self.store)),
            seqs.__getitem__,
            lambda i: self.chunk_event(i, with_bytes),
        )
        if not self.datagrams or not with_bytes:
            return merged
        return (self._whole(ev) if isinstance(ev, DATAGRAM_KINDS) else ev for ev in merged)

    def _whole(self, ev: RecvFrom | SendTo) -> Event:
        """A datagram's event with its bytes (from its chunk) while they are kept."""
        if ev.errno:
            return ev
        seqs = self.store.seq
        i = bisect.bisect_left(seqs, ev.seq, 0, len(self.store))
        if i >= len(self.store) or seqs[i] != ev.seq:
            return ev
        size, start = self.store.size[i], self.store.combined[i]
        data = self.store.retained(start, start + size)
        return replace(ev, data=data, kept=True) if len(data) == size else ev

    def ordered_runs(self) -> Iterator[Event | ChunkRun]:
        """Every non-chunk event and the chunks as runs (consecutive calls of
        one segment between two events), in sequence order: the timeline of
        a saved socket, made without a row per call where a segment's totals
        are known."""
        life = self.events
        seqs = [ev.seq for ev in life]
        runs: list[ChunkRun] = []
        for seg in self.store._segs:
            summary = seg.summary
            if summary is not None:  # no event inside: the totals are the run
                lo, hi = bisect.bisect_left(seqs, summary[0]), bisect.bisect_right(seqs, summary[1])
                if lo == hi:
                    d, asked = seg.direction, seg.asked
                    runs.append(
                        ChunkRun(summary[0], d, asked, summary[2], seg.n, seg.nbytes, summary[3])
                    )
                    continue
            runs.extend(_split_runs(self.store._live(seg), seqs))
        return heapq.merge(life, runs, key=lambda e: e.seq)

    def sha256(self, direction: int) -> str:
        """Lowercase hex SHA-256 of the bytes of ``direction`` the spool has
        taken so far (every byte, past its cap too); "" without a spool."""
        return self.spool.sha256(direction) if self.spool is not None else ""

    def receive_rate(self) -> int:
        """Average bytes per second received, from the first to the last recv()
        result (0 until there is a span to measure)."""
        store = self.store
        first, last = self._first_in, self._last_in
        if first is None or last <= first:
            return 0
        if self._first_in_at == (0, 0):  # (its segment may later leave memory)
            self._first_in_at = (store.t_us[first], store.size[first])
        t_first, size_first = self._first_in_at
        span_us = store.t_us[last] - t_first
        moved = store.total[Direction.IN] - size_first  # after the first result
        return int(moved * 1_000_000 / span_us) if span_us > 0 and moved > 0 else 0
