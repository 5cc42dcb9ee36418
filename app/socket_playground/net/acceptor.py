"""A listening socket's loop: options, bind(), listen(), then accept().

Each accepted socket is handed over apart from the record: it waits in
``ctx.handoff`` under its :class:`~..core.events.Accept` event's ``seq``
until the bridge adopts it.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

from ..core.events import Accept, Bind, Event, Listen, SetOption, now_ns
from ..core.state import TRANSIENT_ACCEPT_ERRNOS
from .connector import resolve
from .context import Context, failure
from .options import apply_chosen
from .wait import Waiter

SLOT = "accept"
POLL_S = 0.25  # how often a paused or idle accept loop checks for stop
BACKOFF_S = 0.1  # the wait after a transient accept() failure


def accept_loop(ctx: Context) -> None:
    sock, stop, st = ctx.sock, ctx.stop, ctx.settings
    assert sock is not None
    if not apply_chosen(ctx, SLOT) or not resolve(ctx, SLOT):
        return
    if st.reuse_addr and not _step(
        ctx,
        lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1),
        lambda seq, t0, **kw: SetOption(
            seq, t0, now_ns(), level="SOL_SOCKET", name="SO_REUSEADDR", value=1, **kw
        ),
    ):
        return
    if not _step(
        ctx,
        lambda: sock.bind((ctx.address, st.port)),
        lambda seq, t0, **kw: Bind(
            seq,
            t0,
            now_ns(),
            host=st.host,
            port=st.port,
            address=None if kw else sock.getsockname(),
            **kw,
        ),
    ):
        return
    if not _step(
        ctx,
        lambda: sock.listen(st.backlog),
        lambda seq, t0, **kw: Listen(seq, t0, now_ns(), backlog=st.backlog, **kw),
    ):
        return
    # Non-blocking: a connection that vanished between poll and accept() must
    # not leave accept() blocked (holding this loop's sequence mark).
    sock.setblocking(False)
    waiter = Waiter(sock)
    can_accept = ctx.can_read  # on a listener: "accepting" not paused
    try:
        while not stop.is_set():
            t_wait = now_ns()  # an accept() "waits" from here
            while not waiter.wait(POLL_S):
                if stop.is_set():
                    return
            # paused: connections wait in the kernel's accept queue (the
            # backlog); once it is full, new SYNs are dropped and retried
            while not can_accept.wait(POLL_S):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            seq, _t0 = ctx.begin(SLOT)
            try:
                conn, addr = sock.accept()
                conn.setblocking(True)  # the reader and writer make blocking calls
            except BlockingIOError:
                ctx.release(SLOT)  # the connection went away (or was taken): wait again
                continue
            except (OSError, ValueError) as e:
                if stop.is_set():
                    ctx.release(SLOT)
                    return
                err = failure(e)
                ctx.done(SLOT, Accept(seq, t_wait, now_ns(), **err))
                if err["errno"] in TRANSIENT_ACCEPT_ERRNOS:
                    stop.wait(BACKOFF_S)  # as servers do: back off, then accept again
                    continue
                ctx.close_socket(SLOT)
                return
            try:
                local = conn.getsockname()
            except OSError:
                local = None
            ctx.handoff[seq] = conn
            ctx.done(SLOT, Accept(seq, t_wait, now_ns(), peer=addr, local=local))
    finally:
        waiter.close()


def _step(ctx: Context, call: Callable[[], object], make: Callable[..., Event]) -> bool:
    """One setup call with its event; False (socket closed) if it failed."""
    if ctx.stop.is_set():
        return False
    seq, t0 = ctx.begin(SLOT)
    try:
        call()
    except OSError as e:
        if ctx.stop.is_set():
            ctx.release(SLOT)
        else:
            ctx.done(SLOT, make(seq, t0, **failure(e)))
            ctx.close_socket(SLOT)
        return False
    ctx.done(SLOT, make(seq, t0))
    return True
