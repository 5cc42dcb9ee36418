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
import os
import queue
import select
import socket
import threading
from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot

from ..core import sockopts
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
MAX_BUFSIZE = 1 << 20
FILE_BLOCK = 64 * 1024
BATCH_BYTES = 1 << 20    # a reader hands over at most this much in one event
BATCH_CHUNKS = 512
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)

def _keep_freed_memory() -> None:
    """glibc returns freed heap memory to the OS past 128 KiB at the top of the
    heap. A flood frees and allocates megabytes of recv() results every few
    milliseconds, so that churn costs a page fault per fresh page (measured:
    ~20% of the receive path). Keep freed memory for reuse instead."""
    try:
        import ctypes
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-1, 256 * 1024 * 1024)   # M_TRIM_THRESHOLD
        libc.mallopt(-2, 16 * 1024 * 1024)    # M_TOP_PAD
    except (OSError, AttributeError):
        pass  # not glibc: nothing to tune


_keep_freed_memory()

# Threads that did not end in time are kept referenced here: a QThread
# destroyed while running aborts the process.
_STRAGGLERS: list[QThread] = []


class Poller:
    """Wait until a socket is readable (or writable), reusing one poll object;
    select() where poll() is missing. poll() has no FD_SETSIZE limit."""

    def __init__(self, sock: socket.socket, write: bool = False) -> None:
        self.sock, self.write = sock, write
        self.p = None
        if hasattr(select, "poll"):
            self.p = select.poll()
            self.p.register(sock, select.POLLOUT if write else select.POLLIN)

    def poll(self, timeout: float | None = None) -> bool:
        """False on timeout or when the socket is closed."""
        try:
            if self.p is not None:
                return bool(self.p.poll(None if timeout is None else int(timeout * 1000)))
            r, w, _ = select.select([] if self.write else [self.sock],
                                    [self.sock] if self.write else [], [], timeout)
            return bool(r or w)
        except (OSError, ValueError):
            return False


def wait_io(sock: socket.socket, write: bool = False, timeout: float | None = None) -> bool:
    """One wait for readability (or writability), with a timeout."""
    return Poller(sock, write).poll(timeout)


class Batch(NamedTuple):
    """What one drain applied: the events, in order."""

    events: list[Event]


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
                 reuse_addr: bool = True,
                 options: dict[str, int] | None = None) -> None:
        super().__init__()
        if role not in ("listener", "client", "accepted"):
            raise ValueError(role)
        Session._ids += 1
        self.id = Session._ids
        self.role = role
        self.host, self.port, self.backlog = host, port, backlog
        self.connect_timeout = connect_timeout
        self.reuse_addr = reuse_addr
        self.options = dict(options or {})   # applied before bind()/connect()
        self.parent_session = parent_session
        self.children: list[Session] = []
        self.bufsize = DEFAULT_BUFSIZE
        self.state = State.CREATED
        self.last_error = ""
        self.last_error_detail = ""
        self.local_addr: tuple | None = None
        self.peer_addr: tuple | None = peer
        self.queued = 0              # bytes handed to the writer, not yet sent
        self.partial_sends = 0       # send() calls that returned less than offered
        self._first_in: int | None = None   # chunk indexes of the first and last
        self._last_in = 0                   # recv() results with data (for the rate)
        # Auto-reply (server side): runs in the reader thread, never via the GUI.
        self.echo = False
        self.auto_reply = b""
        self.close_after_reply = False
        # A long send job (file, repeat): kind, bytes done, bytes in all (0: endless).
        self.job: tuple[str, int, int] | None = None
        self.writer_waiting = False  # send() found the kernel's send buffer full
        self.shut_rd = False
        self._reply_closing = False
        self._address = host   # what bind()/connect() use: host, or its looked-up address
        self.store = CaptureStore()
        self.events: list[Event] = []  # lifecycle events (not recv/send)
        self.t0_ns = now_ns()

        self._stop = threading.Event()
        self._connected = threading.Event()
        self._sendq: queue.Queue = queue.Queue()
        self._can_read = threading.Event()
        self._can_read.set()
        self._cancel_job = threading.Event()
        self._queued_lock = threading.Lock()
        self._sock_lock = threading.Lock()
        self._writer_done = False   # the writer loop ended: nothing more can be sent
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
        else:  # accepted: connected from the start
            self.state = State.CONNECTED
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

    def receive_rate(self) -> int:
        """Average bytes per second received, from the first to the last recv()
        result (0 until there is a span to measure)."""
        store = self.store
        first, last = self._first_in, self._last_in
        if first is None or last <= first:
            return 0
        span_us = store.t_us[last] - store.t_us[first]
        moved = store.total[Direction.IN] - store.size[first]   # after the first result
        return int(moved * 1_000_000 / span_us) if span_us > 0 and moved > 0 else 0

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
        if not self.can_send or not data:
            return False
        self._add_queued(len(data))
        self._sendq.put(bytes(data))
        return True

    @property
    def can_send(self) -> bool:
        return (self.role != "listener" and not self._stopping and self.sock is not None
                and not self._closed and not self._writer_done)

    def send_trickle(self, data: bytes, piece: int, delay_ms: int) -> bool:
        """Pieces of ``piece`` bytes, one send() each, ``delay_ms`` apart."""
        if not self.can_send or not data or piece < 1:
            return False
        self._add_queued(len(data))
        self._sendq.put(("trickle", bytes(data), int(piece), max(0, delay_ms) / 1000))
        return True

    def send_repeat(self, data: bytes, count: int, interval_ms: int) -> bool:
        """``count`` times (0: until cancelled), ``interval_ms`` apart."""
        if not self.can_send or not data or count < 0:
            return False
        self._sendq.put(("repeat", bytes(data), int(count), max(0, interval_ms) / 1000))
        return True

    def send_file(self, path: str) -> bool:
        """Stream a file through send() in blocks; it never loads whole.
        Only regular files: a FIFO or device could block open() forever."""
        if not self.can_send or not os.path.isfile(path):
            return False
        self._sendq.put(("file", str(path)))
        return True

    def cancel_job(self) -> None:
        """Stop a trickle, repeat or file send after the current send() call."""
        self._cancel_job.set()

    def shutdown(self, how: int) -> bool:
        """shutdown(SHUT_WR) or shutdown(SHUT_RD), after the bytes already queued."""
        if not self.can_send or how not in (socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR):
            return False
        self._sendq.put(("shutdown", how))
        return True

    def abort(self) -> None:
        """Close with SO_LINGER on, 0 s: the peer gets RST (ECONNRESET), not FIN."""
        stop_sessions([self], abort=True)

    def set_bufsize(self, n: int) -> int:
        """recv(n) size for the next calls (1 … 1 MiB); takes effect at once."""
        self.bufsize = max(1, min(MAX_BUFSIZE, int(n)))
        return self.bufsize

    def pause_accepting(self, paused: bool) -> None:
        """Listener: stop calling accept(), or start again."""
        self.pause_reading(paused)

    @property
    def reading_paused(self) -> bool:
        return not self._can_read.is_set()

    def pause_reading(self, paused: bool) -> None:
        """Stop calling recv() (the kernel's queues fill, then the peer's send()
        blocks), or start again."""
        if paused:
            self._can_read.clear()
        else:
            self._can_read.set()

    def set_option(self, name: str, value: int) -> int | None:
        """setsockopt now (GUI thread: it never blocks); the applied value, or
        None when the call failed (the error is an event)."""
        call = sockopts.option_call(name, value)
        with self._sock_lock:
            if self.sock is None or self._closed:
                return None
            try:
                applied = sockopts.set_option(self.sock, name, value)
            except OSError as e:
                self._push_error(call, e)
                return None
        self.options[name] = int(value)
        self._push(Kind.SETOPT, call, size=applied, detail=f"getsockopt → {applied}")
        return applied

    def option_values(self) -> dict[str, int]:
        """The values the OS reports now (getsockopt), for every known option."""
        out: dict[str, int] = {}
        with self._sock_lock:
            if self.sock is None or self._closed:
                return out
            for name in sockopts.OPTIONS:
                try:
                    out[name] = sockopts.get_option(self.sock, name)
                except OSError:
                    pass
        return out

    def kernel_queues(self) -> tuple[int | None, int | None]:
        """(receive queue, send queue) in bytes, from the kernel; None if unknown."""
        with self._sock_lock:
            if self.sock is None or self._closed:
                return None, None
            return sockopts.recv_queue(self.sock), sockopts.send_queue(self.sock)

    def stop(self) -> None:
        """Stop the workers and close the socket. Safe to call twice."""
        stop_sessions([self])

    def request_stop(self, abort: bool = False) -> None:
        """Phase one of stopping: never blocks.

        ``shutdown(SHUT_RD)`` wakes a reader blocked in recv(), accept() or
        connect() (``close()`` from another thread would not) and sends nothing
        to the peer, so the close() that follows decides what the peer sees:
        FIN, or RST with ``abort`` (SO_LINGER 0) or with unread data.
        """
        if self._stopping:
            return
        self._stopping = True
        self._stop.set()
        self._can_read.set()
        self._cancel_job.set()
        self._inbox.wake()
        with self._sock_lock:
            if self.sock is not None and not self._closed:
                if abort:
                    try:
                        self._push(Kind.SETOPT, sockopts.set_linger_abort(self.sock))
                    except OSError as e:
                        self._push_error("setsockopt(SOL_SOCKET, SO_LINGER)", e)
                try:
                    self.sock.shutdown(socket.SHUT_RD)
                except OSError:
                    pass  # not connected (failed connect): nothing to wake
                else:
                    if self.role != "listener" and self._connected.is_set():
                        self._push(Kind.SHUTDOWN, "shutdown(SHUT_RD)", size=socket.SHUT_RD,
                                   obj="wake")
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
        self.changed.emit(Batch([]))   # alive changed: views update

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
        notes = self._apply(events)
        self.changed.emit(Batch(events + notes if notes else events))

    def _apply(self, events: list[Event]) -> list[Event]:
        """Apply events in order; returns notes the program adds (not calls)."""
        store = self.store
        t0 = self.t0_ns
        extra: list[Event] = []
        if any(ev.kind is Kind.SEND for ev in events) and any(
                ev.kind is Kind.RECV for ev in events):
            events = self._time_ordered(events)
        for ev in events:
            k = ev.kind
            if k is Kind.RECV:   # a batch of recv() results: O(1) for the store
                times, datas = ev.obj
                store.extend_ns(Direction.IN, times, t0, datas, ev.asked)
                self._last_in = len(store) - 1
                if self._first_in is None:
                    self._first_in = len(store) - len(datas)
                continue
            if k is Kind.SEND:
                store.append(Direction.OUT, ev.data, (ev.t_ns - t0) // 1000, ev.asked)
                if ev.size < ev.asked:
                    self.partial_sends += 1
                continue
            self.events.append(ev)
            if k is Kind.EOF:
                store.append(Direction.IN, b"", (ev.t_ns - t0) // 1000, ev.asked)
                if ev.obj != "shut_rd":   # b'' after our own SHUT_RD is no peer close
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
                if ev.size in (socket.SHUT_WR, socket.SHUT_RDWR) and ev.obj != "wake":
                    self._set_state(State.HALF_CLOSED)
            elif k is Kind.CLOSE:
                self._set_state(State.CLOSED)
                if self.queued > 0:
                    note = Event(Kind.NOTE, ev.t_ns, obj=("unsent", self.queued))
                    self.events.append(note)
                    extra.append(note)
                self.queued = 0
                if not self._stopping:
                    # a worker closed the socket (failed bind/connect, close after
                    # reply): join its threads once they have returned
                    QTimer.singleShot(0, self.stop)
            elif k is Kind.NOTE and ev.obj and ev.obj[0] == "close-request":
                if not self._stopping:
                    QTimer.singleShot(0, self.stop)
            elif k is Kind.ERROR:
                self.last_error = ev.errno
                self.last_error_detail = ev.detail
                self._set_state(State.ERROR)
        return extra

    @staticmethod
    def _time_ordered(events: list[Event]) -> list[Event]:
        """The reader hands over recv() results in batches, so a send() made
        meanwhile by the writer can be queued before recv() results that came
        earlier. Split the batches and order the data events by time (other
        events keep their place among them)."""
        out: list[Event] = []
        pending: list[Event] = []

        def flush() -> None:
            pending.sort(key=lambda e: e.t_ns)
            out.extend(pending)
            pending.clear()

        for ev in events:
            if ev.kind is Kind.RECV:
                times, datas = ev.obj
                for t, d in zip(times, datas):
                    pending.append(Event(Kind.RECV, t, "recv", len(d), b"", "", "",
                                         ([t], [d]), ev.asked))
            elif ev.kind is Kind.SEND:
                pending.append(ev)
            else:
                flush()
                out.append(ev)
        flush()
        return out

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
        child.echo, child.auto_reply = self.echo, self.auto_reply
        child.close_after_reply = self.close_after_reply
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

    def _add_queued(self, n: int) -> None:
        with self._queued_lock:
            self.queued += n

    def _apply_options(self, sock: socket.socket) -> bool:
        """Options chosen before bind()/connect(), each recorded with its
        applied value. False (after an error event) if one failed."""
        for name, value in self.options.items():
            call = sockopts.option_call(name, value)
            try:
                applied = sockopts.set_option(sock, name, value)
            except OSError as e:
                self._push_error(call, e)
                self._close_socket()
                return False
            self._push(Kind.SETOPT, call, size=applied, detail=f"getsockopt → {applied}")
        return True

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
                      lambda: sock.bind((self._address, self.port))))
        steps.append((f"listen({self.backlog})", Kind.LISTEN,
                      lambda: sock.listen(self.backlog)))
        if not self._apply_options(sock) or not self._resolve():
            return
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
        can_accept = self._can_read   # on a listener: "accepting" not paused
        while not stop.is_set():
            try:
                if not wait_io(sock, timeout=ACCEPT_POLL_S):
                    continue
                # paused: connections wait in the kernel's accept queue (the
                # backlog); once it is full, new SYNs are dropped and retried
                while not can_accept.wait(ACCEPT_POLL_S):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
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
        can_read = self._can_read
        poller = Poller(sock)
        while not stop.is_set():
            inbox.wait_for_room(stop)
            # Wait until data (or EOF, or our own shutdown) is there, then call
            # recv() only if reading is not paused: a paused socket's bytes stay
            # in the kernel's receive queue, where the gauges show them.
            if not poller.poll() or stop.is_set():
                return
            can_read.wait()
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
                                        "shut_rd" if self.shut_rd else None, n)
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
                if self.echo or self.auto_reply:
                    self._auto_reply(datas)
            if end is not None:
                inbox.push(end)
            if end is not None or stop.is_set():
                return

    def _resolve(self) -> bool:
        """Look a host name up (getaddrinfo) in a helper thread, so that stop()
        never waits for DNS: getaddrinfo cannot be interrupted, and a daemon
        thread left waiting for it ends with the program. A numeric address
        needs no lookup."""
        host = self.host
        try:
            socket.inet_pton(socket.AF_INET, host)
        except OSError:
            pass
        else:
            self._address = host
            return True
        result: dict = {}
        done = threading.Event()

        def lookup() -> None:
            try:
                result["addr"] = socket.getaddrinfo(host, self.port, socket.AF_INET,
                                                    socket.SOCK_STREAM)[0][4][0]
            except OSError as e:
                result["error"] = e
            done.set()

        threading.Thread(target=lookup, name=f"getaddrinfo-{self.id}", daemon=True).start()
        while not done.wait(0.1):
            if self._stop.is_set():
                return False
        call = f"getaddrinfo({host!r}, {self.port})"
        if "error" in result:
            if not self._stop.is_set():
                self._push_error(call, result["error"])
                self._close_socket()
            return False
        self._address = result["addr"]
        self._push(Kind.RESOLVE, call, detail=self._address)
        return True

    def _auto_reply(self, datas: list[bytes]) -> None:
        """Echo / fixed reply, queued straight to this socket's writer."""
        for data in datas:
            if self._stop.is_set() or self._reply_closing:
                return
            reply = data if self.echo else self.auto_reply
            if not reply:
                return
            self._add_queued(len(reply))
            self._sendq.put(reply)
            if self.close_after_reply:
                self._reply_closing = True
                self._sendq.put(("close",))

    def _connect(self) -> bool:
        sock, stop = self.sock, self._stop
        if not self._apply_options(sock) or not self._resolve():
            return False
        call = f"connect(({self.host!r}, {self.port}))"
        self._push(Kind.CONNECTING, call)
        try:
            sock.settimeout(self.connect_timeout)
            sock.connect((self._address, self.port))
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
        try:
            self._write_items()
        finally:
            self._writer_done = True   # whatever ended the loop, nothing more is sent

    def _write_items(self) -> None:
        stop, q = self._stop, self._sendq
        while not self._connected.is_set():
            if stop.wait(0.05):
                return
        while True:
            item = q.get()
            if item is None or stop.is_set():
                return
            if isinstance(item, bytes):
                ok = self._send_visible(item)
            else:
                ok = getattr(self, "_job_" + item[0])(*item[1:])
            if not ok:
                if not stop.is_set():
                    # a send() failed: what is still queued will never be sent
                    with self._queued_lock:
                        unsent, self.queued = self.queued, 0
                    if unsent:
                        self._inbox.push(Event(Kind.NOTE, now_ns(), obj=("unsent", unsent)))
                return

    def _job_shutdown(self, how: int) -> bool:
        call = f"shutdown({SHUT_NAMES[how]})"
        if how in (socket.SHUT_RD, socket.SHUT_RDWR):
            self.shut_rd = True   # the reader's next b'' is ours, not the peer's
        try:
            self.sock.shutdown(how)
        except OSError as e:
            if not self._stop.is_set():
                self._push_error(call, e)
            return False
        self._push(Kind.SHUTDOWN, call, size=how)
        return True

    def _job_close(self) -> bool:
        """Close after an auto-reply: ask the GUI thread to stop this session,
        which wakes the reader, joins both threads, then calls close(). Only
        the GUI thread closes a socket whose threads are still running."""
        self._inbox.push(Event(Kind.NOTE, now_ns(), obj=("close-request", 0)))
        return True

    def _job_trickle(self, data: bytes, piece: int, delay: float) -> bool:
        self._cancel_job.clear()
        for i in range(0, len(data), piece):
            if i and delay and self._stop.wait(delay):
                return False
            if self._cancel_job.is_set():
                self._add_queued(-(len(data) - i))
                return True
            if not self._send_visible(data[i:i + piece]):
                return False
        return True

    def _job_repeat(self, data: bytes, count: int, interval: float) -> bool:
        self._cancel_job.clear()
        done = 0
        total = count * len(data)
        while count == 0 or done < total:
            self.job = ("repeat", done, total)
            if done and interval and self._stop.wait(interval):
                return False
            if self._cancel_job.is_set():
                break
            self._add_queued(len(data))
            if not self._send_visible(data):
                return False
            done += len(data)
        self.job = ("repeat", done, max(done, 1))   # ended: the bar shows it full
        return True

    def _job_file(self, path: str) -> bool:
        self._cancel_job.clear()
        try:
            f = open(path, "rb")
            total = os.fstat(f.fileno()).st_size
        except OSError as e:
            # the socket is fine: a note, not a socket error; the writer goes on
            self._inbox.push(Event(Kind.NOTE, now_ns(), errno=errno_name(e),
                                   detail=str(path), obj=("file-error", 0)))
            return True
        done = 0
        with f:
            self.job = ("file", 0, total)
            while not self._cancel_job.is_set():
                try:
                    block = f.read(FILE_BLOCK)
                except OSError as e:
                    self._inbox.push(Event(Kind.NOTE, now_ns(), errno=errno_name(e),
                                           detail=str(path), obj=("file-error", done)))
                    break
                if not block:
                    break
                self._add_queued(len(block))
                if not self._send_visible(block):
                    return False
                done += len(block)
                self.job = ("file", done, total)
        self.job = ("file", done, max(total, done, 1) if done else 1)
        return True

    def _send_visible(self, data: bytes) -> bool:
        """send() in a loop, one recorded event per call (never sendall())."""
        sock, stop = self.sock, self._stop
        view = memoryview(data)
        inbox = self._inbox
        while view:
            inbox.wait_for_room(stop)   # the GUI holds every sent chunk: keep it bounded
            if stop.is_set():
                return False
            try:
                n = sock.send(view, MSG_DONTWAIT)
            except BlockingIOError:
                # The kernel's send buffer is full: the peer is not reading.
                self.writer_waiting = True
                wait_io(sock, write=True, timeout=WRITE_POLL_S)
                continue
            except OSError as e:
                if not stop.is_set():
                    self._push_error(f"send({len(view)})", e)
                return False
            self.writer_waiting = False
            self._add_queued(-n)
            self._inbox.push(Event(Kind.SEND, now_ns(), "send", n, bytes(view[:n]), "", "",
                                   None, len(view)))
            view = view[n:]
        return True


def stop_sessions(sessions: Iterable[Session], deadline_ms: int = STOP_WAIT_MS,
                  abort: bool = False) -> None:
    """Stop many sessions fast: wake every socket first, then wait for each.

    A listener's accepted connections are sessions of their own and are not
    stopped with it (closing a server socket leaves its connections open).
    """
    todo = list(sessions)
    for s in todo:
        s.request_stop(abort)
    clock = QElapsedTimer()
    clock.start()
    for s in todo:   # one deadline for all, not one per session
        s.finish_stop(max(50, deadline_ms - int(clock.elapsed())))
