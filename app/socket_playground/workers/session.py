"""One Session per socket: it lives in the GUI thread and owns the socket's
worker threads.

- A **listener** session has one thread: ``socket()``/``bind()``/``listen()``
  then an accept loop. Each accepted socket becomes a new ``accepted`` Session.
- A **client** or **accepted** session has a reader thread (``connect()`` for
  a client, then a blocking ``recv(bufsize)`` loop) and a writer thread fed by
  a ``queue.Queue`` that calls ``send()`` in a loop and records every call's
  return value (never ``sendall()``).

Workers never touch Qt objects except one notifier whose payload-free signal
wakes the Session; the Session drains the :class:`Inbox` at most every
``DRAIN_INTERVAL_MS`` and applies the events in the order they happened, then
emits :attr:`Session.changed` once per drain.

Stopping (idempotent): set the stop event, ``shutdown()`` the socket (a blocked
``recv``/``accept``/``send`` wakes; ``close()`` alone would not), put a
sentinel on the send queue, wait for the threads, then ``close()``.
"""

from __future__ import annotations

import logging
import queue
import select
import socket
import threading
from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot

from ..core.capture import CaptureStore
from ..core.errors import errno_name
from ..core.events import SHUT_NAMES, Direction, Event, Kind, State, now_ns
from .inbox import Inbox

log = logging.getLogger(__name__)

DRAIN_INTERVAL_MS = 16
ACCEPT_POLL_S = 0.25
WRITE_POLL_S = 0.1
STOP_WAIT_MS = 3000
DEFAULT_BUFSIZE = 4096
BATCH_BYTES = 1 << 20    # a reader hands over at most this much in one event
BATCH_CHUNKS = 512
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)

# Threads that did not end in time are kept referenced here: a QThread
# destroyed while running aborts the process.
_STRAGGLERS: list[QThread] = []


class Batch(NamedTuple):
    """What one drain applied: the events, and the first new chunk index."""

    events: list[Event]
    first_chunk: int


def fmt_addr(addr) -> str:
    if isinstance(addr, tuple) and len(addr) >= 2:
        return f"{addr[0]}:{addr[1]}"
    return str(addr)


class _Notifier(QObject):
    ready = Signal()


class _LoopThread(QThread):
    def __init__(self, target, name: str) -> None:
        super().__init__()
        self._target = target
        self.setObjectName(name)

    def run(self) -> None:  # noqa: D401 - QThread entry point
        try:
            self._target()
        except BaseException:  # a loop must never let an exception escape
            log.exception("socket loop %s failed", self.objectName())


class Session(QObject):
    """A socket, its worker threads and everything recorded about it."""

    changed = Signal(object)    # Batch, once per drain
    accepted = Signal(object)   # a new accepted Session (listener only)

    _ids = 0

    def __init__(self, role: str, *, host: str = "127.0.0.1", port: int = 0,
                 backlog: int = 5, sock: socket.socket | None = None,
                 peer: tuple | None = None, connect_timeout: float = 10.0,
                 parent_session: Session | None = None,
                 reuse_addr: bool = True) -> None:
        super().__init__()
        if role not in ("listener", "client", "accepted"):
            raise ValueError(role)
        Session._ids += 1
        self.id = Session._ids
        self.role = role
        self.host, self.port, self.backlog = host, port, backlog
        self.connect_timeout = connect_timeout
        self.reuse_addr = reuse_addr
        self.parent_session = parent_session
        self.children: list[Session] = []
        self.bufsize = DEFAULT_BUFSIZE
        self.state = State.CREATED
        self.last_error = ""
        self.last_error_detail = ""
        self.local_addr: tuple | None = None
        self.peer_addr: tuple | None = peer
        self.queued = 0              # bytes handed to the writer, not yet sent
        self.store = CaptureStore()
        self.events: list[Event] = []  # lifecycle events (not recv/send)
        self.t0_ns = now_ns()

        self._stop = threading.Event()
        self._connected = threading.Event()
        self._sendq: queue.Queue = queue.Queue()
        self._sock_lock = threading.Lock()
        self._closed = False
        self._stopping = False
        self._finished = False
        self._threads: list[_LoopThread] = []

        self._notifier = _Notifier()
        self._notifier.ready.connect(self._on_ready)
        self._inbox = Inbox(self._notifier.ready.emit)
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.timeout.connect(self.drain)
        self._since_drain = QElapsedTimer()
        self._since_drain.start()

        if sock is None:
            try:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            except OSError as e:
                self._push_error("socket(AF_INET, SOCK_STREAM)", e)
                sock = None
            else:
                self._push(Kind.SOCKET, "socket(AF_INET, SOCK_STREAM)")
        else:
            self._push(Kind.ACCEPT, "accept()", detail=fmt_addr(peer))
        self.sock = sock

    # -- public API (GUI thread) ---------------------------------------------
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

    @property
    def local_port(self) -> int:
        return self.local_addr[1] if self.local_addr else 0

    @property
    def peer_port(self) -> int:
        return self.peer_addr[1] if self.peer_addr and self.role != "listener" else 0

    def start(self) -> None:
        if self.sock is None or self._threads:
            self.drain()
            return
        if self.role == "listener":
            self._spawn(self._accept_loop, "accept")
        else:
            if self.role == "accepted":
                self._note_addresses()
                self._connected.set()
            self._spawn(self._read_loop, "recv")
            self._spawn(self._write_loop, "send")

    def send(self, data: bytes) -> bool:
        """Queue bytes for the writer thread. False if the socket cannot send."""
        if self.role == "listener" or self._stopping or self.sock is None or not data:
            return False
        self.queued += len(data)
        self._sendq.put(bytes(data))
        return True

    def stop(self) -> None:
        """Stop the workers and close the socket. Safe to call twice."""
        stop_sessions([self])

    def request_stop(self) -> None:
        """Phase one of stopping: never blocks."""
        if self._stopping:
            return
        self._stopping = True
        self._stop.set()
        self._inbox.wake()
        with self._sock_lock:
            if self.sock is not None and not self._closed:
                try:
                    self.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # not connected (listener, failed connect): fine
                else:
                    if self.role != "listener":
                        self._push(Kind.SHUTDOWN, "shutdown(SHUT_RDWR)")
        self._sendq.put(None)

    def finish_stop(self, deadline_ms: int = STOP_WAIT_MS) -> None:
        """Phase two: wait for the threads, close the socket, drain the rest."""
        if self._finished:
            return
        for t in self._threads:
            t.quit()
            if not t.wait(deadline_ms):
                log.error("thread %s did not stop in time", t.objectName())
                _STRAGGLERS.append(t)
        self._close_socket()
        self._finished = True
        self.drain()

    # -- draining (GUI thread) ------------------------------------------------
    @Slot()
    def _on_ready(self) -> None:
        if self._inbox.unread > self._inbox.high_water:
            wait = 0  # the reader is held back until we drain
        else:
            wait = max(0, DRAIN_INTERVAL_MS - int(self._since_drain.elapsed()))
        if self._drain_timer.isActive() and self._drain_timer.remainingTime() <= wait:
            return
        self._drain_timer.start(wait)

    @Slot()
    def drain(self) -> None:
        self._since_drain.restart()
        events = self._inbox.take()
        if not events:
            return
        first = len(self.store)
        self._apply(events)
        self.changed.emit(Batch(events, first))

    def _apply(self, events: Iterable[Event]) -> None:
        store = self.store
        t0 = self.t0_ns
        for ev in events:
            k = ev.kind
            if k is Kind.RECV:   # a batch of recv() results
                times, datas = ev.obj
                store.extend(Direction.IN, [(t - t0) // 1000 for t in times], datas,
                             ev.asked)
                continue
            if k is Kind.SEND:
                store.append(Direction.OUT, ev.data, (ev.t_ns - t0) // 1000, ev.asked)
                self.queued -= ev.size
                continue
            self.events.append(ev)
            if k is Kind.EOF:
                store.append(Direction.IN, b"", (ev.t_ns - t0) // 1000, ev.asked)
                self._set_state(State.PEER_CLOSED)
            elif k is Kind.LISTEN:
                self._set_state(State.LISTENING)
            elif k is Kind.BIND:
                self.local_addr = ev.obj
            elif k is Kind.CONNECTING:
                self._set_state(State.CONNECTING)
            elif k is Kind.CONNECT:
                self.local_addr, self.peer_addr = ev.obj
                self._set_state(State.CONNECTED)
            elif k is Kind.ACCEPT:
                if self.role == "listener":
                    self._adopt(ev.obj)
                else:
                    self._set_state(State.CONNECTED)
            elif k is Kind.SHUTDOWN:
                if ev.size in (socket.SHUT_WR, socket.SHUT_RDWR) and not self._stopping:
                    self._set_state(State.HALF_CLOSED)
            elif k is Kind.CLOSE:
                self._set_state(State.CLOSED)
                self.queued = 0
            elif k is Kind.ERROR:
                self.last_error = ev.errno
                self.last_error_detail = ev.detail
                self._set_state(State.ERROR)

    def _set_state(self, state: State) -> None:
        # An error stays visible after the socket is closed.
        if self.state is State.ERROR and state is State.CLOSED:
            return
        self.state = state

    def _adopt(self, accepted) -> None:
        conn, addr = accepted
        if self._stopping:
            conn.close()
            return
        child = Session("accepted", sock=conn, peer=addr, parent_session=self)
        child.bufsize = self.bufsize
        self.children.append(child)
        child.start()
        self.accepted.emit(child)

    # -- worker side ------------------------------------------------------------
    def _spawn(self, target, name: str) -> None:
        t = _LoopThread(target, f"{self.role}-{self.id}-{name}")
        self._threads.append(t)
        t.start()

    def _push(self, kind: Kind, call: str, size: int = 0, data: bytes = b"",
              detail: str = "", obj=None) -> None:
        self._inbox.push(Event(kind, now_ns(), call, size, data, "", detail, obj))

    def _push_error(self, call: str, exc: BaseException) -> None:
        self._inbox.push(Event(Kind.ERROR, now_ns(), call, 0, b"", errno_name(exc),
                               str(exc)))

    def _note_addresses(self) -> None:
        try:
            self.local_addr = self.sock.getsockname()
            self.peer_addr = self.sock.getpeername()
        except OSError:
            pass

    def _close_socket(self, record: bool = True) -> None:
        with self._sock_lock:
            if self.sock is None or self._closed:
                return
            self._closed = True
            self.sock.close()
        if record:
            self._push(Kind.CLOSE, "close()")

    def _accept_loop(self) -> None:
        sock, stop = self.sock, self._stop
        steps = []
        if self.reuse_addr:
            steps.append(("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)", Kind.SETOPT,
                          lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)))
        steps.append((f"bind(({self.host!r}, {self.port}))", Kind.BIND,
                      lambda: sock.bind((self.host, self.port))))
        steps.append((f"listen({self.backlog})", Kind.LISTEN,
                      lambda: sock.listen(self.backlog)))
        for call, kind, fn in steps:
            if stop.is_set():
                return
            try:
                fn()
            except OSError as e:
                if not stop.is_set():
                    self._push_error(call, e)
                    self._close_socket()
                return
            obj = sock.getsockname() if kind is Kind.BIND else None
            self._push(kind, call, detail=fmt_addr(obj) if obj else "", obj=obj)
        while not stop.is_set():
            try:
                readable, _, _ = select.select([sock], [], [], ACCEPT_POLL_S)
                if stop.is_set():
                    return
                if not readable:
                    continue
                conn, addr = sock.accept()
            except (OSError, ValueError) as e:
                if not stop.is_set():
                    self._push_error("accept()", e)
                    self._close_socket()
                return
            self._push(Kind.ACCEPT, "accept()", detail=fmt_addr(addr), obj=(conn, addr))

    def _read_loop(self) -> None:
        """Blocking recv(bufsize) in a loop.

        After a blocking recv() returns data, the loop keeps calling
        recv(bufsize, MSG_DONTWAIT) while data is already waiting, and hands
        the results to the GUI as one batch (every call keeps its own size and
        time). A flood thus costs one event per batch, not per chunk.
        """
        sock, stop, inbox = self.sock, self._stop, self._inbox
        if self.role == "client" and not self._connect():
            return
        recv = sock.recv
        clock = now_ns
        while not stop.is_set():
            inbox.wait_for_room(stop)
            if stop.is_set():
                return
            n = self.bufsize
            times: list[int] = []
            datas: list[bytes] = []
            nbytes = 0
            end: Event | None = None
            flags = 0
            try:
                while True:
                    data = recv(n, flags)
                    if not data:
                        if not stop.is_set():
                            end = Event(Kind.EOF, clock(), f"recv({n})", 0, b"", "", "",
                                        None, n)
                        break
                    times.append(clock())
                    datas.append(data)
                    nbytes += len(data)
                    if nbytes >= BATCH_BYTES or len(datas) >= BATCH_CHUNKS:
                        break
                    flags = MSG_DONTWAIT
            except BlockingIOError:
                pass  # nothing more waiting: hand over what we have
            except OSError as e:
                if not stop.is_set():
                    end = Event(Kind.ERROR, clock(), f"recv({n})", 0, b"", errno_name(e),
                                str(e))
            if datas:
                inbox.push(Event(Kind.RECV, times[-1], "recv", nbytes, b"", "", "",
                                 (times, datas), n))
            if end is not None:
                inbox.push(end)
            if end is not None or stop.is_set():
                return

    def _connect(self) -> bool:
        sock, stop = self.sock, self._stop
        call = f"connect(({self.host!r}, {self.port}))"
        self._push(Kind.CONNECTING, call)
        try:
            sock.settimeout(self.connect_timeout)
            sock.connect((self.host, self.port))
            sock.settimeout(None)
            addrs = (sock.getsockname(), sock.getpeername())
        except OSError as e:
            if not stop.is_set():
                self._push_error(call, e)
                self._close_socket()
            return False
        self._push(Kind.CONNECT, call, detail=f"{fmt_addr(addrs[0])} → {fmt_addr(addrs[1])}",
                   obj=addrs)
        self._connected.set()
        return True

    def _write_loop(self) -> None:
        stop, q = self._stop, self._sendq
        while not self._connected.is_set():
            if stop.wait(0.05):
                return
        while True:
            item = q.get()
            if item is None or stop.is_set():
                return
            if isinstance(item, bytes):
                if not self._send_visible(item):
                    return
            elif item[0] == "shutdown":
                how = item[1]
                call = f"shutdown({SHUT_NAMES[how]})"
                try:
                    self.sock.shutdown(how)
                except OSError as e:
                    if not stop.is_set():
                        self._push_error(call, e)
                    return
                self._push(Kind.SHUTDOWN, call, size=how)

    def _send_visible(self, data: bytes) -> bool:
        """send() in a loop, one recorded event per call (never sendall())."""
        sock, stop = self.sock, self._stop
        view = memoryview(data)
        while view:
            if stop.is_set():
                return False
            try:
                n = sock.send(view, MSG_DONTWAIT)
            except BlockingIOError:
                # The kernel's send buffer is full: the peer is not reading.
                try:
                    select.select([], [sock], [], WRITE_POLL_S)
                except (OSError, ValueError):
                    return False
                continue
            except OSError as e:
                if not stop.is_set():
                    self._push_error(f"send({len(view)})", e)
                return False
            self._inbox.push(Event(Kind.SEND, now_ns(), "send", n, bytes(view[:n]), "", "",
                                   None, len(view)))
            view = view[n:]
        return True


def stop_sessions(sessions: Iterable[Session], deadline_ms: int = STOP_WAIT_MS) -> None:
    """Stop many sessions fast: wake every socket first, then wait for each.

    A listener's accepted connections are sessions of their own and are not
    stopped with it (closing a server socket leaves its connections open).
    """
    todo = list(sessions)
    for s in todo:
        s.request_stop()
    for s in todo:
        s.finish_stop(deadline_ms)
