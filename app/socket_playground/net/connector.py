"""Name resolution and connect() for a client, in its reader thread."""

from __future__ import annotations

import socket
import threading
from typing import Any

from ..core.events import Connect, ConnectStarted, Resolve, now_ns
from .context import Context, failure
from .options import apply_chosen

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
    """Options, lookup, then a blocking connect() with the user's timeout."""
    sock, stop, st = ctx.sock, ctx.stop, ctx.settings
    assert sock is not None
    if not apply_chosen(ctx, SLOT) or not resolve(ctx, SLOT):
        return False
    seq, t0 = ctx.begin(SLOT)
    ctx.done(SLOT, ConnectStarted(seq, t0, t0, host=st.host, port=st.port))
    seq, t0 = ctx.begin(SLOT)

    def made(**result: Any) -> Connect:
        return Connect(
            seq, t0, now_ns(), host=st.host, port=st.port, timeout=st.connect_timeout, **result
        )

    try:
        sock.settimeout(st.connect_timeout)
        sock.connect((ctx.address, st.port))
        sock.settimeout(None)
        local, peer = sock.getsockname(), sock.getpeername()
    except OSError as e:
        if stop.is_set():
            ctx.release(SLOT)
        else:
            ctx.done(SLOT, made(**failure(e)))
            ctx.close_socket(SLOT)
        return False
    ctx.done(SLOT, made(local=local, peer=peer))
    ctx.connected.set()
    return True
