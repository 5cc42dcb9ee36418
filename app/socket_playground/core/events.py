"""The record of a socket: one typed, immutable event per call or happening.

Every event is data: a frozen dataclass whose fields are the call's arguments and its result
(bytes asked for, offered, returned, errno name), never a formatted string. The UI makes the
words (translated) and the code generator makes code, both from the same fields.

Order: every event carries ``seq``, from one process-wide counter (:func:`next_seq`) taken *when
its call starts* (a ``recv()`` or ``select()`` that waits for the peer: when the wait ends), and
``t_start``/``t_end`` (``time.monotonic_ns()``). Sorting by ``seq`` gives the order of the
calls, across threads and sockets (both ends of a loopback connection share them).

A failed call is the call's own event with ``errno`` set and ``message`` the exception's
text; :class:`LoopFailed` (a worker loop raised) is the one error that is not a socket call.

``recv()`` results come in :class:`RecvRun` events: consecutive ``recv()``
calls of one thread with the same ``bufsize``, each keeping its own seq, times
and bytes (:meth:`RecvRun.calls` gives them as :class:`Recv` events). No Qt.
"""

from __future__ import annotations

import enum
import itertools
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

now_ns = time.monotonic_ns  # the clock every event is stamped with

_SEQ = itertools.count(1)
next_seq = _SEQ.__next__
"""The next sequence number (atomic under the GIL: one counter per process)."""

# (host, port[, flowinfo, scope_id]) as the socket module returns it; a Unix
# socket's as text: "/tmp/sp.sock", "@name" (abstract), "" (unnamed)
Address = tuple[Any, ...] | str


class Direction(enum.IntEnum):
    IN = 0  # received
    OUT = 1  # sent


class State(enum.StrEnum):
    """What the state badge and the ``state`` pane property show."""

    CREATED = "created"
    BOUND = "bound"  # a UDP socket with an address (bind(), or its first sendto())
    LISTENING = "listening"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    HALF_CLOSED = "half-closed"  # we shut down our sending side
    PEER_CLOSED = "peer-closed"  # recv() returned b''
    CLOSED = "closed"
    ABORTED = "aborted"  # reset: we aborted (RST) or the peer reset us
    ERROR = "error"


SHUT_NAMES = {socket.SHUT_RD: "SHUT_RD", socket.SHUT_WR: "SHUT_WR", socket.SHUT_RDWR: "SHUT_RDWR"}


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    t_start: int
    t_end: int

    @property
    def duration_ns(self) -> int:
        """How long the call took (blocked), in nanoseconds."""
        return self.t_end - self.t_start


# -- socket calls -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Call(Event):
    """A socket API call. ``errno`` is "" if it returned, else the errno name."""

    errno: str = field(default="", kw_only=True)
    message: str = field(default="", kw_only=True)

    @property
    def failed(self) -> bool:
        return bool(self.errno)


@dataclass(frozen=True, slots=True)
class SocketCall(Call):
    """``socket(family, type)``."""

    family: int = socket.AF_INET
    type: int = socket.SOCK_STREAM


@dataclass(frozen=True, slots=True)
class SetOption(Call):
    """``setsockopt(level, name, value)``; ``applied`` is what getsockopt read
    back (None if not read). ``SO_LINGER`` means ``struct.pack('ii', 1, value)``
    (linger on, ``value`` seconds; 0: close() sends RST)."""

    level: str = "SOL_SOCKET"
    name: str = ""
    value: int = 0
    applied: int | None = None


@dataclass(frozen=True, slots=True)
class Resolve(Call):
    """``getaddrinfo(host, port)`` → ``address`` (connect/bind of a name)."""

    host: str = ""
    port: int = 0
    address: str = ""
    lacks: str = ""  # "ipv4"/"ipv6": the family asked has no address for a name that exists


@dataclass(frozen=True, slots=True)
class Bind(Call):
    """``bind((host, port))``; ``address`` is getsockname() after it."""

    host: str = ""
    port: int = 0
    address: Address | None = None


@dataclass(frozen=True, slots=True)
class Listen(Call):
    backlog: int = 0


@dataclass(frozen=True, slots=True)
class Accept(Call):
    """``accept()`` → a new socket connected to ``peer``. On a listener's
    record; ``local`` is the new socket's own address. The new socket itself
    is handed over apart from the record (keyed by this event's ``seq``)."""

    peer: Address | None = None
    local: Address | None = None


@dataclass(frozen=True, slots=True)
class Connect(Call):
    """``connect((host, port))``; ``local``/``peer`` once connected."""

    host: str = ""
    port: int = 0
    timeout: float | None = None
    local: Address | None = None
    peer: Address | None = None
    completed: bool = False  # a non-blocking connect()'s result: getsockopt(SO_ERROR) ...
    gave_up: bool = False  # ... or, select() having timed out, none (the program gave up)


@dataclass(frozen=True, slots=True)
class Recv(Call):
    """One ``recv(bufsize)`` → ``data`` (``b''``: end of stream).

    ``own_shutdown``: the ``b''`` came after this socket's own
    ``shutdown(SHUT_RD)``, not from the peer. ``waited_ns``: how long the
    thread waited for the socket to become readable before this call.
    ``kept``: False when the record no longer holds the bytes (``data`` is
    then empty and ``nbytes`` still exact)."""

    bufsize: int = 4096
    data: bytes = b""
    nbytes: int = 0
    flags: int = 0
    waited_ns: int = 0
    own_shutdown: bool = False
    kept: bool = True

    @property
    def eof(self) -> bool:
        return self.nbytes == 0 and not self.errno


@dataclass(frozen=True, slots=True)
class RecvRun(Event):
    """Consecutive successful ``recv(bufsize)`` calls of one reader, each with
    data. Column lists, one entry per call; ``seq``/``t_start`` are the first
    call's, ``t_end`` the last call's. ``waited_ns``: the wait for readability
    before the first call."""

    bufsize: int = 4096
    seqs: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    datas: list[bytes] = field(default_factory=list)
    waited_ns: int = 0

    @property
    def nbytes(self) -> int:
        return sum(map(len, self.datas))

    def __len__(self) -> int:
        return len(self.seqs)

    def calls(self) -> Iterator[Recv]:
        columns = zip(self.seqs, self.starts, self.ends, self.datas, strict=True)
        for j, (s, a, b, d) in enumerate(columns):
            yield Recv(
                s,
                a,
                b,
                bufsize=self.bufsize,
                data=d,
                nbytes=len(d),
                waited_ns=self.waited_ns if j == 0 else 0,
            )

    def split(self, j: int) -> tuple[RecvRun, RecvRun]:
        """The calls before index ``j``, and from ``j`` on."""
        return (
            run_of(
                self.bufsize,
                self.seqs[:j],
                self.starts[:j],
                self.ends[:j],
                self.datas[:j],
                self.waited_ns,
            ),
            run_of(self.bufsize, self.seqs[j:], self.starts[j:], self.ends[j:], self.datas[j:], 0),
        )


def run_of(
    bufsize: int,
    seqs: list[int],
    starts: list[int],
    ends: list[int],
    datas: list[bytes],
    waited_ns: int = 0,
) -> RecvRun:
    return RecvRun(
        seqs[0],
        starts[0],
        ends[-1],
        bufsize=bufsize,
        seqs=seqs,
        starts=starts,
        ends=ends,
        datas=datas,
        waited_ns=waited_ns,
    )


@dataclass(frozen=True, slots=True)
class Send(Call):
    """One ``send(data[:offered], flags)`` → ``sent`` (the return value).
    ``data`` is the bytes the kernel took (``sent`` of them); ``kept`` as for
    :class:`Recv`. ``waited_ns``: how long the writer waited for room in the
    kernel's send buffer before this call (its earlier attempts would have
    blocked)."""

    offered: int = 0
    sent: int = 0
    data: bytes = b""
    flags: int = 0
    waited_ns: int = 0
    kept: bool = True


@dataclass(frozen=True, slots=True)
class Shutdown(Call):
    """``shutdown(how)``. ``wake``: the program's own ``SHUT_RD`` that wakes
    the socket's threads when it stops (not a call the user asked for)."""

    how: int = socket.SHUT_WR
    wake: bool = False


@dataclass(frozen=True, slots=True)
class SetBlocking(Call):
    """The I/O mode: ``settimeout(timeout)``; None is blocking (the default),
    0.0 is ``setblocking(False)`` (a call that cannot finish at once raises
    BlockingIOError, EAGAIN), more is a timeout in seconds (TIMEOUT rows)."""

    timeout: float | None = None


@dataclass(frozen=True, slots=True)
class Select(Call):
    """A readiness wait, ``select([sock], [], [], timeout)`` (``write``: the
    socket in the write list): ``ready`` False when it timed out."""

    write: bool = False
    timeout: float | None = None
    ready: bool = True


@dataclass(frozen=True, slots=True)
class Close(Call):
    """``close()``. ``abort``: SO_LINGER 0 was set, so the peer gets RST."""

    abort: bool = False


@dataclass(frozen=True, slots=True)
class Unlink(Call):
    """``os.unlink(path)``: a Unix listener's socket file removed, after its
    close() or (``stale``) before bind(), when no listener held it."""

    path: str = ""
    stale: bool = False


# -- the program's own facts (no socket call) ---------------------------------------
@dataclass(frozen=True, slots=True)
class Note(Event):
    """Something the program did or found, not a socket call."""


@dataclass(frozen=True, slots=True)
class ConnectStarted(Note):
    """``connect()`` began (the state is "connecting" until :class:`Connect`)."""

    host: str = ""
    port: int = 0


@dataclass(frozen=True, slots=True)
class WriterBlocked(Note):
    """``send()`` would block (``waiting``: the kernel's send buffer is full and
    the writer waits for room) or can go on again (``waiting`` False)."""

    waiting: bool = True


@dataclass(frozen=True, slots=True)
class JobProgress(Note):
    """A long send job: ``job`` is "trickle", "repeat" or "file"; ``total`` 0
    means endless; ``done`` set when it ended."""

    job: str = ""
    sent: int = 0
    total: int = 0
    done: bool = False
    path: str = ""


@dataclass(frozen=True, slots=True)
class FileError(Note):
    """A file to send could not be read after ``sent`` bytes (the socket is fine)."""

    path: str = ""
    sent: int = 0
    errno: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class Unsent(Note):
    """``nbytes`` queued bytes were never sent: the socket closed or send() failed."""

    nbytes: int = 0


@dataclass(frozen=True, slots=True)
class CloseRequested(Note):
    """The auto-reply asked to close this socket after its reply."""


@dataclass(frozen=True, slots=True)
class LoopFailed(Note):
    """A worker loop raised (a bug); ``thread`` names the loop."""

    thread: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class NoDescriptors(Note):
    """Too few file descriptors for one more connection (``waiting``: they
    wait in the backlog, tried again later), or enough again (False)."""

    open: int = 0
    limit: int = 0
    waiting: bool = True


@dataclass(frozen=True, slots=True)
class OverCap(Note):
    """Accepted past the listener's ``cap`` of open connections: closed at once."""

    peer: Address | None = None
    cap: int = 0


CHUNK_KINDS = (RecvRun, Send)  # events that move bytes: the capture's chunks


def is_chunk(ev: Event) -> bool:
    """A RecvRun, a successful send(), a recv()'s ``b''``: the capture's chunks."""
    if isinstance(ev, RecvRun):
        return True
    if isinstance(ev, Send):
        return not ev.errno
    return isinstance(ev, Recv) and not ev.errno
