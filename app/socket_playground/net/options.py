"""Socket options and kernel queue sizes, read from the real socket.

Everything here is a thin, named wrapper over ``setsockopt``/``getsockopt`` and
``ioctl`` so the program can show the value the OS *applied* next to the one
asked for (Linux doubles ``SO_RCVBUF``/``SO_SNDBUF`` to leave room for its
bookkeeping), and the bytes waiting in the kernel's receive and send queues.
"""

from __future__ import annotations

import contextlib
import socket
import struct
from typing import NamedTuple

from ..core.events import SetOption, next_seq, now_ns
from .context import Context, Failure, failure

try:  # POSIX only
    import fcntl
    import termios
except ImportError:  # pragma: no cover - Windows
    fcntl = termios = None  # type: ignore[assignment]


class Option(NamedTuple):
    level: int
    optname: int
    level_name: str
    boolean: bool


OPTIONS: dict[str, Option] = {
    "SO_RCVBUF": Option(socket.SOL_SOCKET, socket.SO_RCVBUF, "SOL_SOCKET", False),
    "SO_SNDBUF": Option(socket.SOL_SOCKET, socket.SO_SNDBUF, "SOL_SOCKET", False),
    "TCP_NODELAY": Option(socket.IPPROTO_TCP, socket.TCP_NODELAY, "IPPROTO_TCP", True),
    "SO_REUSEADDR": Option(socket.SOL_SOCKET, socket.SO_REUSEADDR, "SOL_SOCKET", True),
    "SO_KEEPALIVE": Option(socket.SOL_SOCKET, socket.SO_KEEPALIVE, "SOL_SOCKET", True),
}
# An IPv6 socket: only IPv6 (1), or IPv4 too as ::ffff:a.b.c.d (0, dual stack)
if hasattr(socket, "IPV6_V6ONLY") and socket.has_ipv6:
    OPTIONS["IPV6_V6ONLY"] = Option(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, "IPPROTO_IPV6", True)
IPV6_ONLY_OPTIONS = frozenset({"IPV6_V6ONLY"})  # left out on an IPv4 socket
# When keepalive probes start (idle seconds), how far apart, and how many go
# unanswered before the kernel gives up (ETIMEDOUT): Linux's names.
for _name in ("TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT"):
    if hasattr(socket, _name):
        OPTIONS[_name] = Option(socket.IPPROTO_TCP, getattr(socket, _name), "IPPROTO_TCP", False)


# meaningless on a Unix socket: TCP's own, keepalive (no peer to probe) and
# SO_REUSEADDR (a path has no TIME_WAIT; a socket file left is stale instead)
TCP_ONLY_OPTIONS = frozenset(
    {n for n, o in OPTIONS.items() if o.level == socket.IPPROTO_TCP}
    | {"SO_KEEPALIVE", "SO_REUSEADDR"}
)


def get_option(sock: socket.socket, name: str) -> int:
    opt = OPTIONS[name]
    value = sock.getsockopt(opt.level, opt.optname)
    return int(bool(value)) if opt.boolean else value


def set_option(sock: socket.socket, name: str, value: int) -> int:
    """setsockopt, then read the value back: what the OS actually applied."""
    opt = OPTIONS[name]
    sock.setsockopt(opt.level, opt.optname, int(value))
    return get_option(sock, name)


def set_linger_abort(sock: socket.socket) -> None:
    """SO_LINGER on with 0 s: close() then sends RST instead of FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


_FIONREAD = getattr(termios, "FIONREAD", None) if termios else None
# Linux: SIOCOUTQ == TIOCOUTQ, the bytes in the send queue not yet acknowledged.
_OUTQ = getattr(termios, "TIOCOUTQ", None) if termios else None


def _ioctl_int(sock: socket.socket, request: int | None) -> int | None:
    if request is None or fcntl is None:
        return None
    fd = sock.fileno()
    if fd < 0:
        return None
    try:
        buf = fcntl.ioctl(fd, request, b"\0\0\0\0")
    except OSError:
        return None
    return struct.unpack("i", buf)[0]


def recv_queue(sock: socket.socket) -> int | None:
    """Bytes received by the kernel, not yet taken by recv() (FIONREAD/SIOCINQ)."""
    return _ioctl_int(sock, _FIONREAD)


def send_queue(sock: socket.socket) -> int | None:
    """Bytes given to send() that the peer has not acknowledged yet (SIOCOUTQ)."""
    return _ioctl_int(sock, _OUTQ)


def queues_supported() -> bool:
    return fcntl is not None and _FIONREAD is not None and _OUTQ is not None


def set_recorded(ctx: Context, slot: str | None, name: str, value: int) -> int | None:
    """setsockopt with its event (applied value read back); None if it failed.
    ``slot`` None: called from the GUI thread (never blocks)."""
    opt = OPTIONS[name]
    seq, t0 = (next_seq(), now_ns()) if slot is None else ctx.begin(slot)
    applied: int | None = None
    err = Failure(errno="", message="")
    with ctx.sock_lock:
        if ctx.sock is None or ctx.closed:
            if slot is not None:
                ctx.release(slot)
            return None
        try:
            applied = set_option(ctx.sock, name, value)
        except OSError as e:
            err = failure(e)
    ev = SetOption(
        seq, t0, now_ns(), level=opt.level_name, name=name, value=int(value), applied=applied, **err
    )
    if slot is None:
        ctx.push(ev)
    else:
        ctx.done(slot, ev)
    return applied


def apply_chosen(ctx: Context, slot: str) -> bool:
    """The options chosen before bind()/connect(), each recorded. False (the
    socket then closed) if one failed. IPv6 options are left out on an IPv4
    socket (the form offers them before the family is known), TCP's on a
    Unix socket (which has no TCP: its kernel refuses them)."""
    for name, value in ctx.settings.options.items():
        if name in IPV6_ONLY_OPTIONS and ctx.family != socket.AF_INET6:
            continue
        if name in TCP_ONLY_OPTIONS and ctx.family == getattr(socket, "AF_UNIX", None):
            continue
        if set_recorded(ctx, slot, name, value) is None:
            ctx.close_socket(slot)
            return False
    return True


def linger_abort_recorded(ctx: Context) -> bool:
    """SO_LINGER on, 0 s (GUI thread, before close): the peer gets RST.
    False when setsockopt failed (close() then sends FIN)."""
    seq, t0 = next_seq(), now_ns()
    err = Failure(errno="", message="")
    try:
        set_linger_abort(ctx.sock) if ctx.sock is not None else None
    except OSError as e:
        err = failure(e)
    ctx.push(SetOption(seq, t0, now_ns(), level="SOL_SOCKET", name="SO_LINGER", value=0, **err))
    return not err["errno"]


def current_values(ctx: Context) -> dict[str, int]:
    """The values the OS reports now (getsockopt), for every known option."""
    out: dict[str, int] = {}
    with ctx.sock_lock:
        if ctx.sock is None or ctx.closed:
            return out
        for name in OPTIONS:
            with contextlib.suppress(OSError):
                out[name] = get_option(ctx.sock, name)
    return out


def kernel_queues(ctx: Context) -> tuple[int | None, int | None]:
    """(receive queue, send queue) in bytes, from the kernel; None if unknown."""
    with ctx.sock_lock:
        if ctx.sock is None or ctx.closed:
            return None, None
        return recv_queue(ctx.sock), send_queue(ctx.sock)
