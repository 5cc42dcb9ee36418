"""One Session per socket: the Qt bridge between a socket's loops and the GUI.

A Session lives in the GUI thread. It starts the socket's loops
(``net/``: an accept loop for a listener; a reader and a writer for a client
or an accepted socket) in QThreads, takes their events from an
:class:`~.inbox.Inbox` when its one payload-free signal says there are some
(at most every ``DRAIN_INTERVAL_MS``), puts them in call order
(``core/order.py``), applies them to the socket's one
:class:`~..core.record.SocketLog`, and emits :attr:`Session.changed` once per
drain with the events it applied.

Stopping (idempotent, see :func:`stop_sessions`): set the stop event,
``shutdown(SHUT_RD)`` the socket (a blocked ``recv``/``accept``/``connect``
wakes; ``close()`` alone would not), put a sentinel on the send queue, wait for
the threads, then ``close()``.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Sequence
from types import EllipsisType
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core.endpoint import format_address, literal_family
from ..core.events import (
    Accept,
    Bind,
    Close,
    CloseRequested,
    Connect,
    Direction,
    Event,
    JobProgress,
    OverCap,
    Resolve,
    SocketCall,
    Unsent,
    WriterBlocked,
    next_seq,
    now_ns,
)
from ..core.record import ChunkRun, SocketLog
from ..core.spool import Spool, capture_enabled, shared_writer
from ..core.state import FINAL
from ..net import unix
from ..net.acceptor import accept_loop
from ..net.connector import FAMILY_WORDS, ends
from ..net.context import Context, Settings, wake_loops
from ..net.descriptors import budget
from ..net.reader import read_loop
from ..net.writer import Writer, queue_reply
from .drain import Drain
from .sending import Sending
from .stopping import STOP_WAIT_MS, stop_sessions
from .threads import STRAGGLERS, LoopThread
from .tuning import Tuning

log = logging.getLogger(__name__)

DEFAULT_BUFSIZE = 4096
SPOOL_CHECK_MS = 30  # how often the GUI looks whether the disk writer caught up


class Batch(NamedTuple):
    """One drain's events, in sequence order (a saved socket's: chunk runs too)."""

    events: Sequence[Event | ChunkRun]


fmt_addr = format_address  # 127.0.0.1:8000, [::1]:8000, /tmp/sp.sock


def descriptor_shortage() -> str:
    """ "" if one more socket and its threads can be afforded, else "N open,
    limit L" (see :mod:`..net.descriptors`)."""
    return budget.shortage()


class Session(Sending, Tuning, QObject):
    """A socket, its loop threads and its record."""

    changed = Signal(object)  # Batch, once per drain
    accepted = Signal(object)  # a new accepted Session (listener only)

    _ids = 0
    t0_clock: int | None = None  # when the run's first socket was made (monotonic ns)

    def __init__(
        self,
        role: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        backlog: int = 5,
        sock: socket.socket | None = None,
        peer: tuple | str | None = None,
        connect_timeout: float = 10.0,
        parent_session: Session | None = None,
        reuse_addr: bool = True,
        options: dict[str, int] | None = None,
        accept_event: Accept | None = None,
        capture_cap: int | EllipsisType | None = ...,  # ...: the chosen default
        family: str = "auto",  # "ipv4", "ipv6", "unix", or "auto": getaddrinfo's order decides
        unlink_stale: bool = False,  # "unix" listener: remove a stale socket file first
    ) -> None:
        super().__init__()
        if role not in ("listener", "client", "accepted", "udp"):  # (udp: UdpSession)
            raise ValueError(role)
        Session._ids += 1
        self.id = Session._ids
        self.role = role
        self.host, self.port, self.backlog = host, port, backlog
        self.settings = Settings(
            host, port, backlog, connect_timeout, reuse_addr, dict(options or {}), family=family
        )
        self.settings.unlink_stale = unlink_stale
        # "ipv4"/"ipv6" once known: from the socket, the address's spelling, the
        # choice, or (a name, "auto") "" until getaddrinfo answered
        known = family if family != "auto" else literal_family(host)
        self.family = FAMILY_WORDS.get(sock.family, "") if sock is not None else (known or "")
        self.parent_session = parent_session
        # (shadows QObject.children(): the accepted sessions, which are no QObject children)
        self.children: list[Session] = []  # type: ignore[assignment]
        self.local_addr: tuple | str | None = None  # a Unix socket's: text (net/unix.py)
        self.peer_addr: tuple | str | None = unix.address(peer) if self.family == "unix" else peer
        self.job: JobProgress | None = None  # the latest long send job, from events
        self.writer_note = False  # send() found the kernel's buffer full (a note said)
        self.spool = Spool(f"socket-{self.id}", capture_cap) if capture_enabled() else None
        if Session.t0_clock is None:  # one clock for every socket of this run: both
            Session.t0_clock = now_ns()  # ends of a connection agree on their times
        self.log = SocketLog(role, spool=self.spool, t0_ns=Session.t0_clock)
        self.t0_ns = self.log.t0_ns
        if self.spool is not None:  # what a recovery after a crash needs to know
            parent_id = parent_session.id if parent_session is not None else None
            meta = {"id": self.id, "role": role, "host": host, "port": port, "family": family}
            meta |= {"parent_id": parent_id, "t0_ns": self.t0_ns, "cap": self.spool.cap}
            self.spool.write_meta(meta)
        self._stopping = False
        self._finished = False
        self._threads: list[LoopThread] = []

        self._drain = Drain(lambda: self.ctx.watermark(), self._apply, self)
        # The disk writer is a plain thread (no Qt): the GUI looks, while it is
        # behind, whether it caught up (the hashes and what is kept changed).
        self._spool_timer = QTimer(self)
        self._spool_timer.setSingleShot(True)
        self._spool_timer.setInterval(SPOOL_CHECK_MS)
        self._spool_timer.timeout.connect(self._on_spooled)
        self._inbox = self._drain.inbox

        # A listener or a client makes its socket in its loop thread, after the
        # lookup that decides its family (net/connector.py).
        if sock is not None:  # accepted: connected from the start; accept() is its first event
            t = now_ns()
            self._inbox.push(accept_event or Accept(next_seq(), t, t, peer=peer))
        self.ctx = Context(sock, self._inbox.push, self.settings, accepted=role == "accepted")
        self.ctx.bufsize = DEFAULT_BUFSIZE

    # -- what the views read (GUI thread) ------------------------------------------------
    sock = property(lambda self: self.ctx.sock)
    store = property(lambda self: self.log.store)
    events = property(lambda self: self.log.events)
    state = property(lambda self: self.log.state)
    last_error = property(lambda self: self.log.machine.errno)
    last_error_detail = property(lambda self: self.log.machine.message)
    partial_sends = property(lambda self: self.log.partial_sends)
    queued = property(lambda self: max(0, self.ctx.queued))
    bufsize = property(lambda self: self.ctx.bufsize)
    options = property(lambda self: self.settings.options)  # chosen before bind/connect
    connect_timeout = property(lambda self: self.settings.connect_timeout)
    reuse_addr = property(lambda self: self.settings.reuse_addr)

    @property
    def alive(self) -> bool:
        return not self._finished

    @property
    def bytes_received(self) -> int:
        return self.store.total[Direction.IN]

    @property
    def bytes_sent(self) -> int:
        return self.store.total[Direction.OUT]

    @property
    def recv_calls(self) -> int:
        return self.store.calls[Direction.IN]

    @property
    def send_calls(self) -> int:
        return self.store.calls[Direction.OUT]

    def receive_rate(self) -> int:
        return self.log.receive_rate()

    @property
    def local_port(self) -> int:
        return self.local_addr[1] if isinstance(self.local_addr, tuple) else 0

    @property
    def peer_port(self) -> int:
        peer = self.peer_addr
        return peer[1] if isinstance(peer, tuple) and self.role != "listener" else 0

    # -- starting and sending --------------------------------------------------------------
    def start(self) -> None:
        if self._threads:
            self.drain()
            return
        room = self._room
        if self.role == "listener":
            self._spawn(lambda: accept_loop(self.ctx), "accept")
        else:
            if self.role == "accepted":
                self._note_addresses()
            self._spawn(
                lambda: read_loop(self.ctx, room, lambda d: queue_reply(self.ctx, d)), "recv"
            )
            self._spawn(Writer(self.ctx, room).run, "send")

    @property
    def can_send(self) -> bool:
        c = self.ctx
        return (
            self.role != "listener"
            and not self._stopping
            and c.sock is not None
            and not c.closed
            and not c.writer_done
            and self.state not in FINAL  # a reset or an error: nothing can be sent
        )

    def abort(self) -> None:
        """Close with SO_LINGER on, 0 s: the peer gets RST (ECONNRESET), not FIN."""
        stop_sessions([self], abort=True)

    # -- stopping ----------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the loops and close the socket. Safe to call twice."""
        stop_sessions([self])

    def request_stop(self, abort: bool = False) -> None:
        """Phase one of stopping: never blocks.

        ``shutdown(SHUT_RD)`` wakes a thread blocked in recv(), accept() or
        connect() (``close()`` from another thread would not) and sends nothing
        to the peer, so the close() that follows decides what the peer sees:
        FIN, or RST with ``abort`` (SO_LINGER 0) or with unread data.
        """
        if self._stopping:
            return
        self._stopping = True
        self._abort = wake_loops(self.ctx, abort, record_wake=self.role != "listener")
        self._inbox.wake()

    _abort = False

    def finish_stop(self, deadline_ms: int = STOP_WAIT_MS) -> None:
        """Phase two: wait for the threads, close the socket, drain the rest."""
        if self._finished:
            return
        for t in self._threads:
            t.quit()
            if not t.wait(deadline_ms):
                log.error("thread %s did not stop in time", t.objectName())
                STRAGGLERS.append(t)
        self.ctx.close_socket(None, abort=self._abort)
        unix.unlink_bound(self.ctx)  # a Unix listener's socket file, as servers do
        for conn in self.ctx.handoff.values():  # accepted but never adopted
            conn.close()
        self.ctx.handoff.clear()
        self._finished = True
        self._drain.ordered_only = False  # no loop is left to push a lower number
        self.drain()
        if self.spool is not None:  # the last bytes on disk and hashed
            self._spool_timer.stop()
            self.spool.flush()
            self.store.settle()
        self.changed.emit(Batch([]))  # alive changed: views update

    # -- draining (GUI thread) -------------------------------------------------------------
    @Slot()
    def drain(self) -> None:
        self._drain.drain()

    @Slot()
    def _on_spooled(self) -> None:
        if self.spool is None or self._finished:
            return
        if not self.spool.caught_up():
            self._spool_timer.start()  # look again soon
            return
        self.store.settle()  # what is on disk now may leave memory
        self.changed.emit(Batch([]))

    def dispose(self) -> None:
        """Stop, and remove what was captured on disk (the pane is gone)."""
        self.stop()
        if self.spool is not None:
            self.spool.close(remove=True)

    def _apply(self, ready: list[Event]) -> None:
        self.log.add(ready)
        extra = self._react(ready)
        self.changed.emit(Batch(ready + extra if extra else ready))
        if self.spool is not None and not self._spool_timer.isActive():
            self._spool_timer.start()  # the writer has new bytes: follow it

    def _react(self, events: list[Event]) -> list[Event]:
        """What the bridge does about events once they are in the record;
        returns notes it adds."""
        extra: list[Event] = []
        for ev in events:
            if isinstance(ev, JobProgress):
                self.job = ev
            elif isinstance(ev, WriterBlocked):
                self.writer_note = ev.waiting
            elif isinstance(ev, Accept) and not ev.errno:
                if self.role == "listener":
                    self._adopt(ev)
                else:
                    self.local_addr = ev.local or self.local_addr
            elif isinstance(ev, Connect) and not ev.errno:
                self.local_addr, self.peer_addr = ev.local, ev.peer
            elif isinstance(ev, Bind) and ev.address is not None:
                self.local_addr = ev.address
            elif isinstance(ev, SocketCall) and not ev.errno:
                self.family = FAMILY_WORDS.get(ev.family, self.family)
            elif isinstance(ev, SocketCall | Resolve) and ev.errno and not self._stopping:
                QTimer.singleShot(0, self.stop)  # the loop ended: join its thread
            elif isinstance(ev, Close):
                self.writer_note = False  # no writer is left to wait
                unsent = self.ctx.take_queued()
                if unsent:  # through the inbox: it takes its place in call order
                    t = now_ns()
                    self._inbox.push(Unsent(next_seq(), t, t, nbytes=unsent))
                if not self._stopping:
                    # a loop closed the socket (failed bind/connect): join its
                    # threads once they have returned
                    QTimer.singleShot(0, self.stop)
            elif isinstance(ev, CloseRequested) and not self._stopping:
                QTimer.singleShot(0, self.stop)
        return extra

    def _adopt(self, ev: Accept) -> None:
        conn = self.ctx.handoff.pop(ev.seq, None)
        if conn is None:
            return
        if self._stopping:
            conn.close()
            return
        if self._over_cap(conn, ev):
            return
        child = Session("accepted", sock=conn, peer=ev.peer, parent_session=self, accept_event=ev)
        child.inherit(self)
        self.children.append(child)
        child.start()
        self.accepted.emit(child)

    def _over_cap(self, conn: socket.socket, ev: Accept) -> bool:
        """Past the listener's connection cap: closed at once, and said so."""
        cap = self.max_connections
        if len(self.children) < cap or sum(not c.ctx.closed for c in self.children) < cap:
            return False  # (counted only past the cap: accepting stays O(1) below it)
        conn.close()
        t = now_ns()
        self._inbox.push(OverCap(next_seq(), t, t, peer=ev.peer, cap=cap))
        return True

    def _wake_writer(self) -> None:
        """A new writer thread: the last one ended after the peer closed."""
        if self._stopping:
            return
        for t in self._threads:  # the parked one is ending: let it clear its mark first
            if t.objectName().endswith("-send"):
                t.wait(STOP_WAIT_MS)
        self._spawn(Writer(self.ctx, self._room).run, "send")

    # -- loop side -----------------------------------------------------------------------------
    def _room(self) -> None:
        """Hold the loop while the GUI, or the disk writer, is far behind."""
        self._inbox.wait_for_room(self.ctx.stop)
        shared_writer().wait_for_room(self.ctx.stop)

    def _note_addresses(self) -> None:
        sock = self.ctx.sock
        try:
            if sock is not None:
                self.local_addr, self.peer_addr = ends(sock)
        except OSError:
            pass

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = LoopThread(target, f"{self.role}-{self.id}-{name}", self.ctx, name)
        self._threads.append(t)
        t.start()
