"""What the loops of one socket share, and how they record a call.

A call is recorded in three steps, so the record stays in call order:

1. :meth:`Context.begin` takes the call's sequence number and start time and
   *marks* the thread's slot with that number;
2. the call runs (it may block);
3. :meth:`Context.done` pushes the event and clears the mark.

The GUI side asks :meth:`Context.watermark` (the lowest marked number) before
it takes events, and applies only those below it: an event still to come
from another thread can then never have a lower number than one already
applied (see ``core/order.py``).
"""

from __future__ import annotations

import queue
import select
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypedDict

from ..core.errors import errno_name
from ..core.events import Close, Event, Shutdown, next_seq, now_ns

HOLD_ALL = 0  # a mark while a number is being taken: hold everything


@dataclass
class Settings:
    """What the user chose before the socket started."""

    host: str = "127.0.0.1"
    port: int = 0
    backlog: int = 5
    connect_timeout: float = 10.0
    reuse_addr: bool = True
    options: dict[str, int] = field(default_factory=dict)
    # the I/O mode (settimeout): None blocking, 0.0 non-blocking, > 0 a timeout in s
    io_timeout: float | None = None
    family: str = "auto"  # "auto" (getaddrinfo's order), "ipv4", "ipv6" or "unix"
    unlink_stale: bool = False  # a Unix listener: remove a stale socket file first
    tls: object = (
        None  # net/tls.TlsSettings: TLS on top of TCP (the handshake after connect/accept)
    )


# Bytes a socket may have in flight inside the program: received and not yet
# taken by the GUI, or (echo, auto-reply) queued to send and not yet sent.
# Above HIGH_WATER the reader stops calling recv() until LOW_WATER, so a peer
# that floods is held back by TCP's flow control, not by our memory.
HIGH_WATER = 16 * 1024 * 1024
LOW_WATER = 4 * 1024 * 1024
PARK = object()  # on the send queue: the writer may end if nothing else is queued


class Context:
    """One socket and the state its loop threads share with the bridge."""

    SLOTS = ("accept", "recv", "send", "reply")

    def __init__(
        self,
        sock: socket.socket | None,
        push: Callable[[Event], None],
        settings: Settings,
        accepted: bool = False,
    ) -> None:
        self.sock = sock
        self.push = push  # the sink: thread-safe, never blocks
        self.settings = settings
        self.stop = threading.Event()  # the user (or the program) stops this socket
        self.connected = threading.Event()
        if accepted:
            self.connected.set()
        self.tls_ready = threading.Event()  # TLS: the handshake succeeded (net/tls.py)
        self.can_read = threading.Event()  # cleared: recv()/accept() paused
        self.can_read.set()
        self.cancel_job = threading.Event()
        self.sendq: queue.Queue[object] = queue.Queue()
        self.sock_lock = threading.Lock()
        self.closed = False
        self.shut_rd_seq: int | None = None  # our own SHUT_RD: a later recv()'s b'' is ours
        self.writer_done = False  # nothing more will be sent
        # The peer closed and nothing was queued: the writer thread ended to
        # free its thread; what is queued later starts a new one (park_lock
        # makes "queue empty, so park" and "queue, and see parked" exclusive)
        self.writer_parked = False
        self.park_lock = threading.Lock()
        self.pending = 0  # items queued for the writer and not finished (under park_lock)
        self.bufsize = 4096
        # what bind()/connect() use (looked up) and the socket's family
        self.sockaddr: tuple[object, ...] = (settings.host, settings.port)
        self.family = sock.family if sock is not None else socket.AF_UNSPEC
        self.unix_bound: tuple[str, int, int] | None = None  # (path, dev, ino): net/unix.py
        # Auto-reply (accepted sockets): done in the reader thread.
        self.echo = False
        self.auto_reply = b""
        self.close_after_reply = False
        self.reply_closing = False
        self._queued = 0  # bytes handed to the writer, not yet sent
        self.sent_bytes = 0  # bytes send() took (the writer's, or a reply's: never both at once)
        self._queued_lock = threading.Condition(threading.Lock())
        self._marks: dict[str, int | None] = dict.fromkeys(self.SLOTS)
        # calls blocked right now, by slot: (call, t_start, size) (the GUI shows them)
        self.busy: dict[str, tuple[str, int, int]] = {}
        self.handoff: dict[int, socket.socket] = {}  # accepted sockets by Accept.seq
        self.on_eof: Callable[[], None] | None = None  # (net/relay.py) instead of PARK

    def park_writer(self) -> None:
        """Reader side, at the peer's EOF: the writer may end once it has
        sent what is queued (a relay leg instead passes the EOF on: ``on_eof``)."""
        if self.on_eof is not None:
            self.on_eof()
        else:
            self.sendq.put(PARK)

    def queue_item(self, item: object) -> bool:
        """Queue an item for the writer; True when the writer had parked and
        a new writer thread must be started for it."""
        with self.park_lock:
            self.pending += 1
            self.sendq.put(item)
            wake, self.writer_parked = self.writer_parked, False
        return wake

    def item_done(self) -> None:
        """Writer side: an item taken from the queue is finished."""
        with self.park_lock:
            self.pending -= 1

    # -- call order --------------------------------------------------------------------
    def begin(self, slot: str) -> tuple[int, int]:
        """(seq, t_start) for a call this thread starts now; marks the slot."""
        marks = self._marks
        marks[slot] = HOLD_ALL
        seq = next_seq()
        marks[slot] = seq
        return seq, now_ns()

    def done(self, slot: str, ev: Event) -> None:
        self.push(ev)
        self._marks[slot] = None

    def release(self, slot: str) -> None:
        """The call's number will not be used (nothing to record)."""
        self._marks[slot] = None

    def watermark(self) -> int | None:
        """The lowest number a thread has taken and not pushed; None if none."""
        marked = [m for m in list(self._marks.values()) if m is not None]
        return min(marked) if marked else None

    # -- bytes waiting to be sent --------------------------------------------------------
    @property
    def queued(self) -> int:
        return self._queued

    def add_queued(self, n: int) -> None:
        with self._queued_lock:
            self._queued += n
            if n < 0 and self._queued <= LOW_WATER:
                self._queued_lock.notify_all()

    def take_queued(self) -> int:
        with self._queued_lock:
            n, self._queued = self._queued, 0
            self._queued_lock.notify_all()
        return n

    def wait_send_room(self) -> None:
        """Reader side, before it queues a reply: if more than HIGH_WATER
        bytes wait to be sent, block until LOW_WATER (or stop): no recv() is
        made meanwhile, so a peer that sends and never reads fills its own
        send buffer."""
        with self._queued_lock:
            if self._queued <= HIGH_WATER:
                return
            while self._queued > LOW_WATER and not self.stop.is_set():
                self._queued_lock.wait(0.05)

    # -- closing ----------------------------------------------------------------------------
    def close_socket(self, slot: str | None = None, abort: bool = False) -> bool:
        """close() once; recorded (from ``slot``'s thread, or the GUI thread)."""
        with self.sock_lock:
            if self.sock is None or self.closed:
                return False
            self.closed = True
            if slot is None:
                seq, t0 = next_seq(), now_ns()
            else:
                seq, t0 = self.begin(slot)
            err = Failure(errno="", message="")
            try:
                self.sock.close()
            except OSError as e:  # the descriptor is released all the same
                err = failure(e)
        ev = Close(seq, t0, now_ns(), abort=abort and not err["errno"], **err)
        if slot is None:
            self.push(ev)
        else:
            self.done(slot, ev)
        return True


class Failure(TypedDict):
    errno: str
    message: str


def failure(exc: BaseException) -> Failure:
    """The ``errno``/``message`` fields of a failed call's event."""
    return {"errno": errno_name(exc), "message": str(exc)}


def writable(sock: socket.socket) -> bool:
    """Whether the send buffer has room now (poll(), no wait)."""
    p = select.poll()
    try:
        p.register(sock, select.POLLOUT)
        return bool(p.poll(0))
    except (OSError, ValueError):
        return False


def wake_loops(ctx: Context, abort: bool, record_wake: bool) -> bool:
    """Phase one of stopping (never blocks): set the stop flag, release paused
    reads and jobs, and ``shutdown(SHUT_RD)`` the socket, which wakes a thread
    blocked in recv(), accept() or connect() (``close()`` from another thread
    would not) and sends nothing to the peer; the close() that follows decides
    what the peer sees: FIN, or RST with ``abort`` (SO_LINGER 0) or with
    unread data. A sentinel on the send queue ends the writer. Returns whether
    the close will abort (SO_LINGER 0 was set)."""
    from .options import linger_abort_recorded

    ctx.stop.set()
    ctx.can_read.set()
    ctx.cancel_job.set()
    aborting = False
    with ctx.sock_lock:
        if ctx.sock is not None and not ctx.closed:
            if abort:
                aborting = linger_abort_recorded(ctx)
            # a blocking send() wakes only when the sending side shuts too; it
            # blocks only while the send buffer is full (not writable): a send()
            # that is returning must not turn an abort's RST into a FIN first
            sending = ctx.busy.get("send", ("",))[0] == "send"
            how = socket.SHUT_RDWR if sending and not writable(ctx.sock) else socket.SHUT_RD
            seq, t0 = next_seq(), now_ns()
            try:
                ctx.sock.shutdown(how)
            except OSError:
                pass  # not connected (failed connect): nothing to wake
            else:
                if record_wake and ctx.connected.is_set():
                    ctx.push(Shutdown(seq, t0, now_ns(), how=how, wake=True))
    ctx.sendq.put(None)
    return aborting
