"""A relay (like ``socat -v``): a listener whose every accepted connection
(the leg ``relay-in``) gets a connection of its own to a target (the leg
``relay-out``); each leg's reader forwards what it receives to the other
(``net/relay.py``), so both legs are ordinary sockets with every call
recorded.

:class:`RelayPair` (GUI thread) follows the two legs' events: both ends of
stream passed on (each leg shut its writing side) → both legs closed; a reset
or a failed send on one leg → the other aborted (RST); the target refused or
not found → the accepted leg aborted (RST: its client fails rather than
reading an empty reply), with the reason kept (``failure``); the user
closing one leg closes the other the same way.
"""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import TIMEOUT, WOULD_BLOCK
from ..core.events import (
    Accept,
    Close,
    Connect,
    Direction,
    Recv,
    Resolve,
    Send,
    Shutdown,
    SocketCall,
    next_seq,
    now_ns,
)
from ..core.relay_events import (
    RELAY_IN,
    RELAY_OUT,
    RelayLegStarted,
    RelayTyped,
    TypedRanges,
)
from ..net.reader import read_loop
from ..net.relay import RelayWriter, Typed, forward, link
from ..net.writer import ShutdownJob
from .session import Batch, Session, fmt_addr
from .stopping import stop_sessions


class RelayLeg(Session):
    """One leg: an accepted socket (``relay-in``) or a client (``relay-out``)
    whose reader forwards to the other leg instead of echoing."""

    def __init__(self, leg: str, role: str, **kwargs: Any) -> None:
        super().__init__(role, **kwargs)
        self.relay_leg = leg
        self.other_leg: RelayLeg | None = None
        self.pair: RelayPair | None = None
        # where bytes the user gave this leg went in its sent stream (its
        # notes, read as they come): every other byte it sent was forwarded
        self.typed = TypedRanges()
        self.changed.connect(self._read_typed)

    def _queue(self, item: object, nbytes: int = 0) -> bool:
        if isinstance(item, ShutdownJob):
            return super()._queue(item, nbytes)
        sent = self.store.total[Direction.OUT]  # (the GUI thread's: it cannot change here)
        queued = super()._queue(Typed(item), nbytes)
        if queued:  # they go out there or later (kept in a saved file)
            t = now_ns()
            self.ctx.push(RelayTyped(next_seq(), t, t, sent=sent))
        return queued

    def _read_typed(self, batch: Batch) -> None:
        for ev in batch.events:
            self.typed.add(ev)

    def start(self) -> None:
        if self._threads:
            self.drain()
            return
        other = self.other_leg
        assert other is not None
        if self.role == "accepted":
            self._note_addresses()
        reply = forward(other.ctx)
        self._spawn(lambda: read_loop(self.ctx, self._room, reply), "recv")
        self._spawn(RelayWriter(self.ctx, self._room).run, "send")


class RelayPair(QObject):
    """The two legs of one relayed connection."""

    changed = Signal()  # the failure or the end changed

    def __init__(self, inside: RelayLeg, outside: RelayLeg, parent: QObject | None = None):
        super().__init__(parent)
        self.inside, self.outside = inside, outside
        inside.other_leg, outside.other_leg = outside, inside
        inside.pair = outside.pair = self
        link(inside.ctx, outside.ctx)
        self.target = (outside.host, outside.port)
        for leg, other in ((inside, outside), (outside, inside)):  # (kept in a saved file)
            t = now_ns()
            note = RelayLegStarted(
                next_seq(), t, t, leg=leg.relay_leg, other=other.id, target=self.target_text
            )
            leg.ctx.push(note)
        self.failure: tuple[str, str] | None = None  # (errno, message): the target not reached
        self.ended = False
        self._eof = {inside.id: False, outside.id: False}
        self._shut = {inside.id: False, outside.id: False}
        inside.changed.connect(lambda batch: self._on_batch(inside, batch))
        outside.changed.connect(lambda batch: self._on_batch(outside, batch))

    @property
    def target_text(self) -> str:
        host, port = self.target
        return fmt_addr((host, port))

    def _on_batch(self, leg: RelayLeg, batch: Batch) -> None:
        other = self.outside if leg is self.inside else self.inside
        for ev in batch.events:
            if self.ended:
                return
            if leg is self.outside and isinstance(ev, Resolve | SocketCall | Connect):
                if ev.errno:  # the target cannot be reached: the accepted leg is reset
                    self.failure = (ev.errno, ev.message)  # (its client then fails, as it
                    self._end(other, abort=True)  # would connecting there: not an empty reply)
            elif isinstance(ev, Recv) and not ev.own_shutdown:
                if ev.eof:
                    self._eof[leg.id] = True
                elif ev.errno and ev.errno not in WOULD_BLOCK and ev.errno != TIMEOUT:
                    self._end(other, abort=True, also=leg)  # a reset passes through
            elif isinstance(ev, Send) and ev.errno and ev.errno not in WOULD_BLOCK:
                if ev.errno != TIMEOUT:
                    self._end(other, abort=True, also=leg)
            elif isinstance(ev, Shutdown) and not ev.wake and ev.how == socket.SHUT_WR:
                self._shut[leg.id] = True  # (failed too: that peer is gone, nothing to pass)
            elif isinstance(ev, Close):  # closed (by the user, or after a failure)
                self._end(other, abort=ev.abort)
        if all(self._eof.values()) and all(self._shut.values()):
            self._end(self.inside, abort=False, also=self.outside)  # both directions done

    def _end(self, leg: Session, abort: bool, also: Session | None = None) -> None:
        if self.ended:
            return
        self.ended = True
        self.changed.emit()
        legs = [leg]
        QTimer.singleShot(0, lambda: stop_sessions(legs, abort=abort))
        if also is not None:
            QTimer.singleShot(0, also.stop)


class RelayListener(Session):
    """The relay's listening socket: each connection it accepts becomes a
    ``relay-in`` leg, with a ``relay-out`` leg connecting to the target."""

    relayed = Signal(object)  # a new RelayPair

    def __init__(self, target_host: str, target_port: int, **kwargs: Any) -> None:
        super().__init__("listener", **kwargs)
        self.target_host, self.target_port = target_host, target_port
        self.pairs: list[RelayPair] = []

    @property
    def target_text(self) -> str:
        return fmt_addr((self.target_host, self.target_port))

    def _adopt(self, ev: Accept) -> None:
        conn = self.ctx.handoff.pop(ev.seq, None)
        if conn is None:
            return
        if self._stopping:
            conn.close()
            return
        if self._over_cap(conn, ev):
            return
        inside = RelayLeg(
            RELAY_IN, "accepted", sock=conn, peer=ev.peer, parent_session=self, accept_event=ev
        )
        inside.inherit(self)
        outside = RelayLeg(RELAY_OUT, "client", host=self.target_host, port=self.target_port)
        outside.set_bufsize(self.ctx.bufsize)
        pair = RelayPair(inside, outside, self)
        self.children.append(inside)
        self.pairs.append(pair)
        inside.start()
        outside.start()
        self.accepted.emit(inside)
        self.relayed.emit(pair)
