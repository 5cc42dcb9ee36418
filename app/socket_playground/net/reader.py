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
from collections.abc import Callable

from ..core.events import Recv, next_seq, now_ns, run_of
from .connector import connect
from .context import Context, failure
from .wait import Waiter

SLOT = "recv"
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)
RUN_BYTES = 1 << 20  # a run holds at most this much
RUN_CALLS = 512


def read_loop(
    ctx: Context, room: Callable[[], None], reply: Callable[[list[bytes]], None] | None = None
) -> None:
    """``room()`` blocks while the GUI is behind by more than high water;
    ``reply(datas)`` (optional) answers received data at once (echo)."""
    sock = ctx.sock
    assert sock is not None
    if not ctx.connected.is_set() and not connect(ctx):
        return
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
    recv = sock.recv
    clock = now_ns
    marks = ctx._marks
    while not stop.is_set():
        room()
        t_wait = clock()
        # Wait until data (or EOF, or our own shutdown) is there, then call
        # recv() only if reading is not paused: a paused socket's bytes stay
        # in the kernel's receive queue, where the gauges show them.
        if not waiter.wait() or stop.is_set():
            return
        can_read.wait()
        if stop.is_set():
            return
        n = ctx.bufsize
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
                flags = MSG_DONTWAIT
                seq = next_seq()  # the slot's mark stays at the run's first
                t0 = clock()
        except BlockingIOError:
            pass  # nothing more waiting: hand over what we have
        except OSError as e:
            if not stop.is_set():
                end = Recv(seq, t0, clock(), bufsize=n, flags=flags, **failure(e))
        if datas:
            ctx.push(run_of(n, seqs, starts, ends, datas, starts[0] - t_wait))
        if end is not None:
            ctx.push(end)
        # the mark goes before a reply: a reply may wait for send room, and
        # the record must not wait with it (the reply's send() takes its own number)
        marks[SLOT] = None
        if datas and reply is not None:
            reply(datas)
        if end is not None and not end.errno:  # the peer's FIN: the writer need not wait
            ctx.park_writer()  # (after the reply: it is queued first)
        if end is not None or stop.is_set():
            return
