"""Name resolution and connect() for a client, in its reader thread."""

from __future__ import annotations

import errno
import os
import socket
import threading
from typing import Any

from ..core.events import Connect, ConnectStarted, Resolve, now_ns
from .context import Context, failure
from .iomode import apply, busy, select_wait
from .options import apply_chosen
from .wait import Waiter

SLOT = "recv"  # a client connects in its reader thread


def resolve(ctx: Context, slot: str) -> bool:
    """Look a host name up (getaddrinfo) in a daemon helper thread, so that
    stopping never waits for DNS (getaddrinfo cannot be interrupted). A
    numeric address needs no lookup. False (socket closed) on failure."""
    host, port = ctx.settings.host, ctx.settings.port
    try:
        socket.inet_pton(socket.AF_INET, host)
    except OSError:
        pass
    else:
        ctx.address = host
        return True
    result: dict[str, object] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            result["addr"] = socket.getaddrinfo(host, port, socket.AF_INET, socket.SOCK_STREAM)[0][
                4
            ][0]
        except Exception as e:
            result["error"] = e
        done.set()

    seq, t0 = ctx.begin(slot)
    threading.Thread(target=lookup, name="getaddrinfo", daemon=True).start()
    while not done.wait(0.1):
        if ctx.stop.is_set():
            ctx.release(slot)
            return False
    err = result.get("error")
    if isinstance(err, Exception):
        if ctx.stop.is_set():
            ctx.release(slot)
            return False
        ctx.done(slot, Resolve(seq, t0, now_ns(), host=host, port=port, **failure(err)))
        ctx.close_socket(slot)
        return False
    ctx.address = str(result["addr"])
    ctx.done(slot, Resolve(seq, t0, now_ns(), host=host, port=port, address=ctx.address))
    return True


def connect(ctx: Context) -> bool:
    """Options, lookup, then connect(): blocking with the user's timeout, or
    non-blocking (:func:`_connect_nonblocking`) in that I/O mode."""
    sock, stop, st = ctx.sock, ctx.stop, ctx.settings
    assert sock is not None
    if not apply_chosen(ctx, SLOT) or not resolve(ctx, SLOT):
        return False
    # non-blocking: setblocking(False) comes first, so the record (the
    # timeline) lists it before the connect() it changes
    if st.io_timeout == 0 and not apply(ctx, 0.0, SLOT):
        return False
    seq, t0 = ctx.begin(SLOT)
    ctx.done(SLOT, ConnectStarted(seq, t0, t0, host=st.host, port=st.port))
    if st.io_timeout == 0:
        return _connect_nonblocking(ctx)
    seq, t0 = ctx.begin(SLOT)
    try:
        sock.settimeout(st.connect_timeout)
        with busy(ctx, SLOT, "connect"):
            sock.connect((ctx.address, st.port))
        sock.settimeout(None)
        local, peer = sock.getsockname(), sock.getpeername()
    except OSError as e:
        if stop.is_set():
            ctx.release(SLOT)
        else:
            ctx.done(SLOT, _made(ctx, seq, t0, **failure(e)))
            ctx.close_socket(SLOT)
        return False
    ctx.done(SLOT, _made(ctx, seq, t0, local=local, peer=peer))
    ctx.connected.set()
    return True


def _made(ctx: Context, seq: int, t0: int, **result: Any) -> Connect:
    st = ctx.settings
    return Connect(
        seq, t0, now_ns(), host=st.host, port=st.port, timeout=st.connect_timeout, **result
    )


def _connect_nonblocking(ctx: Context) -> bool:
    """(After ``setblocking(False)``) ``connect()`` raises BlockingIOError
    (EINPROGRESS, a row); ``select()`` until writable (at most the connect
    timeout); then ``getsockopt(SO_ERROR)`` says how it ended."""
    sock, st = ctx.sock, ctx.settings
    assert sock is not None
    seq, t0 = ctx.begin(SLOT)
    code = sock.connect_ex((ctx.address, st.port))
    if code in (errno.EINPROGRESS, errno.EWOULDBLOCK):
        ctx.done(SLOT, _made(ctx, seq, t0, **failure(BlockingIOError(code, os.strerror(code)))))
        waiter = Waiter(sock, write=True)
        try:
            ready = select_wait(ctx, waiter, SLOT, write=True, timeout=st.connect_timeout)
        finally:
            waiter.close()
        if ready is None:
            return False
        seq, t0 = ctx.begin(SLOT)
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) if ready else errno.ETIMEDOUT
        done = {"completed": True}
    else:
        done = {}
    if code:
        ctx.done(SLOT, _made(ctx, seq, t0, **done, **failure(OSError(code, os.strerror(code)))))
        ctx.close_socket(SLOT)
        return False
    local, peer = sock.getsockname(), sock.getpeername()
    ctx.done(SLOT, _made(ctx, seq, t0, local=local, peer=peer, **done))
    ctx.connected.set()
    return True
