"""A connected socket's reader: recv() in a loop.

The loop waits until the socket is readable (data, the peer's FIN, or our own
shutdown), then calls ``recv(bufsize)`` — unless reading is paused, when the
bytes stay in the kernel's receive queue. After a ``recv()`` returned data it
keeps calling ``recv(bufsize, MSG_DONTWAIT)`` while more is waiting and hands
the results over as one :class:`~..core.events.RecvRun` (every call keeps its
own seq, times and bytes): a flood costs one event per run, not per call.

The sequence number of a ``recv()`` is taken when the call is made, after the
wait: the ``recv()`` of a reply is then always after the ``send()`` of the
request that caused it.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable

from ..core.errors import SSL_WANT_WRITE, TIMEOUT, WOULD_BLOCK
from ..core.events import Recv, next_seq, now_ns, run_of
from . import iomode
from .connector import connect
from .context import Context, failure
from .tls import handshake
from .wait import Waiter

SLOT = "recv"
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)
RUN_BYTES = 1 << 20  # a run holds at most this much
RUN_CALLS = 512
MODE_CHECK_S = 0.5  # a blocking wait looks this often whether the I/O mode changed


def read_loop(
    ctx: Context, room: Callable[[], None], reply: Callable[[list[bytes]], None] | None = None
) -> None:
    """``room()`` blocks while the GUI is behind by more than high water;
    ``reply(datas)`` (optional) answers received data at once (echo)."""
    if not ctx.connected.is_set() and not connect(ctx):
        return
    if ctx.settings.tls and not handshake(ctx):
        return
    sock = ctx.sock
    assert sock is not None
    waiter = Waiter(sock)
    try:
        _loop(ctx, sock, waiter, room, reply)
    finally:
        waiter.close()


def _loop(
    ctx: Context,
    sock: socket.socket,
    waiter: Waiter,
    room: Callable[[], None],
    reply: Callable[[list[bytes]], None] | None,
) -> None:
    stop, can_read = ctx.stop, ctx.can_read
    clock = now_ns
    marks = ctx._marks
    iomode.apply_chosen(ctx, SLOT)
    while not stop.is_set():
        room()
        t_wait = clock()
        timeout = sock.gettimeout()
        # TLS: one recv() at a time, numbered when it returns (as with a
        # timeout): SSL_read may wait inside for a whole record, and it may
        # hold decrypted bytes that poll() cannot see
        tls = isinstance(sock, ssl.SSLSocket)
        if timeout is None and not tls:
            # Blocking: wait until data (or EOF, or our own shutdown) is
            # there, then call recv() only if reading is not paused: a paused
            # socket's bytes stay in the kernel's receive queue, where the
            # gauges show them.
            changed = False
            with iomode.busy(ctx, SLOT, "recv", ctx.bufsize):
                while not waiter.wait(MODE_CHECK_S):
                    if stop.is_set() or ctx.closed:
                        return
                    changed = sock.gettimeout() is not None
                    if changed:
                        break  # the mode changed: the next round waits its way
            if changed or stop.is_set():
                continue
        can_read.wait()
        if stop.is_set():
            return
        if timeout or (tls and timeout is None):
            got = _timed(ctx, sock, t_wait)
        else:  # (non-blocking TLS: recv() until SSLWantReadError, then select())
            got = _run(ctx, sock, t_wait, timeout == 0)
        if got is None:
            return
        datas, end = got
        # the mark goes before a reply: a reply may wait for send room, and
        # the record must not wait with it (the reply's send() takes its own number)
        marks[SLOT] = None
        if datas and reply is not None:
            reply(datas)
        if end is not None and not end.errno:  # the peer's FIN: the writer need not wait
            ctx.park_writer()  # (after the reply: it is queued first)
        if end is not None and end.errno in WOULD_BLOCK:
            if iomode.select_wait(ctx, waiter, SLOT, write=end.errno == SSL_WANT_WRITE) is None:
                return
        elif (end is not None and end.errno != TIMEOUT) or stop.is_set():
            return


Got = tuple[list[bytes], Recv | None]


def _run(ctx: Context, sock: socket.socket, t_wait: int, nonblocking: bool) -> Got | None:
    """recv() calls while data is waiting, handed over as one RecvRun (then the
    end of stream or an error, if one came); the slot stays marked. On a
    non-blocking socket the first call may find nothing, and the call that
    finds nothing is recorded (EAGAIN)."""
    stop, clock = ctx.stop, now_ns
    n = ctx.bufsize
    recv = sock.recv
    seqs: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    datas: list[bytes] = []
    nbytes = 0
    end: Recv | None = None
    flags = 0
    seq, t0 = ctx.begin(SLOT)
    try:
        while True:
            data = recv(n, flags)
            if not data:
                if not stop.is_set():
                    end = Recv(
                        seq,
                        t0,
                        clock(),
                        bufsize=n,
                        flags=flags,
                        own_shutdown=ctx.shut_rd_seq is not None and ctx.shut_rd_seq < seq,
                        waited_ns=0 if seqs else t0 - t_wait,
                    )
                break
            seqs.append(seq)
            starts.append(t0)
            ends.append(clock())
            datas.append(data)
            nbytes += len(data)
            if nbytes >= RUN_BYTES or len(datas) >= RUN_CALLS:
                break
            flags = 0 if nonblocking else MSG_DONTWAIT
            seq = next_seq()  # the slot's mark stays at the run's first
            t0 = clock()
    except BlockingIOError as e:
        # nothing more waiting: hand over what we have; a non-blocking
        # socket's program sees the exception, so it is a row
        if nonblocking and not stop.is_set():
            end = Recv(seq, t0, clock(), bufsize=n, flags=flags, **failure(e))
    except OSError as e:
        if not stop.is_set():
            end = Recv(seq, t0, clock(), bufsize=n, flags=flags, **failure(e))
    if datas:
        ctx.push(run_of(n, seqs, starts, ends, datas, starts[0] - t_wait))
    if end is not None:
        ctx.push(end)
    if not datas and end is None:
        ctx.release(SLOT)
        return None  # stopped
    return datas, end


def _timed(ctx: Context, sock: socket.socket, t_wait: int) -> Got | None:
    """One recv() on a socket with a timeout: it waits at most that long (the
    seq is taken when it returns: the wait must not hold the record back)."""
    n = ctx.bufsize
    t0 = now_ns()
    try:
        with iomode.busy(ctx, SLOT, "recv", n):
            data = sock.recv(n)
    except OSError as e:
        if ctx.stop.is_set():
            return None
        seq, _ = ctx.begin(SLOT)
        end = Recv(seq, t0, now_ns(), bufsize=n, **iomode.call_failure(e))
        ctx.push(end)
        return [], end
    t1 = now_ns()
    if ctx.stop.is_set():
        return None
    seq, _ = ctx.begin(SLOT)
    if not data:
        end = Recv(
            seq,
            t0,
            t1,
            bufsize=n,
            own_shutdown=ctx.shut_rd_seq is not None and ctx.shut_rd_seq < seq,
        )
        ctx.push(end)
        return [], end
    ctx.push(run_of(n, [seq], [t0], [t1], [data], t0 - t_wait))
    return [data], None
