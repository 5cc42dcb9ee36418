"""Name resolution, the socket itself, and connect() for a client, in its
reader thread (a listener's accept loop uses the first two too).

The family is known only once the address is: a number's spelling fixes it
(``127.0.0.1``, ``::1``); a name is looked up (getaddrinfo, restricted to
the family chosen, or in its own order for "auto") and its first answer
decides. Then ``socket(family, SOCK_STREAM)`` is made, here, in the loop's
thread, as a program would after getaddrinfo.
"""

from __future__ import annotations

import errno
import os
import socket
import threading
from typing import Any

from ..core.endpoint import literal_family, unix_sockaddr, unix_text
from ..core.events import Connect, ConnectStarted, Resolve, SocketCall, now_ns
from .context import Context, failure
from .iomode import apply, busy, select_wait
from .options import apply_chosen
from .wait import Waiter

SLOT = "recv"  # a client connects in its reader thread


FAMILIES = {"auto": socket.AF_UNSPEC, "ipv4": socket.AF_INET, "ipv6": socket.AF_INET6}
FAMILY_WORDS: dict[int, str] = {int(socket.AF_INET): "ipv4", int(socket.AF_INET6): "ipv6"}
if hasattr(socket, "AF_UNIX"):  # a path or @name: no lookup (net/unix.py)
    FAMILIES["unix"] = socket.AF_UNIX
    UNIX_WORD = {int(socket.AF_UNIX): "unix"}
    FAMILY_WORDS.update(UNIX_WORD)
else:  # pragma: no cover - Windows without AF_UNIX
    UNIX_WORD = {}


def lookup(host: str, port: int, family: str = "auto") -> list[tuple[int, tuple[Any, ...]]]:
    """getaddrinfo's answers for a TCP socket, in its order: (family,
    sockaddr); may block (DNS): call it off the GUI thread."""
    infos = socket.getaddrinfo(host, port, FAMILIES.get(family, 0), socket.SOCK_STREAM)
    return [(int(fam), tuple(addr)) for fam, _, _, _, addr in infos if fam in FAMILY_WORDS]


# getaddrinfo's answers when a name has no address of the family asked (glibc
# says EAI_NONAME for "localhost" in IPv6 when /etc/hosts has only 127.0.0.1)
NO_ADDRESS = frozenset(
    getattr(socket, n) for n in ("EAI_NONAME", "EAI_ADDRFAMILY", "EAI_NODATA") if hasattr(socket, n)
)


def exists_elsewhere(host: str, err: Exception) -> bool:
    """After a lookup in one family failed with "no such name": whether the
    name has addresses in any family (then the family, not the name, is
    what is missing). Blocks like the lookup (call it in the same thread)."""
    if not isinstance(err, socket.gaierror) or err.errno not in NO_ADDRESS:
        return False
    try:
        return bool(socket.getaddrinfo(host, None, socket.AF_UNSPEC, socket.SOCK_STREAM))
    except (OSError, UnicodeError):
        return False


def scope_exists(scope: str) -> bool:
    """Whether ``scope`` (after ``%`` in an IPv6 address) names a network
    interface of this machine, or is one's number."""
    try:
        if scope.isdigit():
            return int(scope) in {i for i, _ in socket.if_nameindex()}
        socket.if_nametoindex(scope)
    except (OSError, ValueError):
        return False
    return True


def resolve(ctx: Context, slot: str) -> bool:
    """The address to bind()/connect(), and its family. A number needs no
    lookup; a name (or an IPv6 address with a ``%scope``) is looked up
    (getaddrinfo) in a daemon helper thread, so that stopping never waits
    for DNS (getaddrinfo cannot be interrupted). False on failure."""
    host, port = ctx.settings.host, ctx.settings.port
    if ctx.settings.family == "unix":
        ctx.family, ctx.sockaddr = FAMILIES["unix"], (unix_sockaddr(host),)
        return True
    fam = literal_family(host)
    if fam is not None and "%" not in host:
        ctx.family = FAMILIES[fam]
        ctx.sockaddr = (host, port)
        return True
    result: dict[str, object] = {}
    done = threading.Event()

    chosen = ctx.settings.family if ctx.settings.family in ("ipv4", "ipv6") else ""

    def run_lookup() -> None:
        try:
            answers = lookup(host, port, ctx.settings.family)
            if not answers:
                raise OSError(socket.EAI_FAMILY, "no address of this family")
            result["answer"] = answers[0]
        except Exception as e:
            result["error"] = e
            result["other"] = bool(chosen) and exists_elsewhere(host, e)
        done.set()

    seq, t0 = ctx.begin(slot)
    threading.Thread(target=run_lookup, name="getaddrinfo", daemon=True).start()
    while not done.wait(0.1):
        if ctx.stop.is_set():
            ctx.release(slot)
            return False
    err = result.get("error")
    if isinstance(err, Exception):
        if ctx.stop.is_set():
            ctx.release(slot)
            return False
        lacks = chosen if result.get("other") else ""
        ev = Resolve(seq, t0, now_ns(), host=host, port=port, lacks=lacks, **failure(err))
        ctx.done(slot, ev)
        return False
    answer = result["answer"]
    assert isinstance(answer, tuple)
    family, addr = answer
    ctx.family, ctx.sockaddr = family, (*addr[:1], port, *addr[2:])
    address = str(addr[0])
    if len(addr) > 3 and addr[3] and "%" not in address:  # the scope, by its name
        try:
            address += "%" + socket.if_indextoname(addr[3])
        except OSError:
            address += f"%{addr[3]}"
    ctx.done(slot, Resolve(seq, t0, now_ns(), host=host, port=port, address=address))
    return True


def open_socket(ctx: Context, slot: str) -> bool:
    """``socket(ctx.family, SOCK_STREAM)``, recorded; False if it failed or
    the socket is stopping (a stop found no socket to wake: none is made)."""
    if ctx.stop.is_set():
        return False
    seq, t0 = ctx.begin(slot)
    try:
        sock = socket.socket(ctx.family, socket.SOCK_STREAM)
    except OSError as e:
        ctx.done(slot, SocketCall(seq, t0, now_ns(), family=ctx.family, **failure(e)))
        return False
    with ctx.sock_lock:
        if ctx.stop.is_set():
            sock.close()
            ctx.release(slot)
            return False
        ctx.sock = sock
    ctx.done(slot, SocketCall(seq, t0, now_ns(), family=ctx.family))
    return True


def target(ctx: Context) -> Any:
    """What bind()/connect() take: the address tuple, or a Unix path."""
    return ctx.sockaddr[0] if ctx.family in UNIX_WORD else ctx.sockaddr


def ends(sock: socket.socket) -> tuple[Any, Any]:
    """(getsockname(), getpeername()); a Unix socket's as text (@name, "")."""
    local, peer = sock.getsockname(), sock.getpeername()
    if sock.family in UNIX_WORD:
        return unix_text(local), unix_text(peer)
    return local, peer


def prepare(ctx: Context, slot: str) -> bool:
    """Look up, make the socket, set the options chosen (each recorded)."""
    return resolve(ctx, slot) and open_socket(ctx, slot) and apply_chosen(ctx, slot)


def connect(ctx: Context) -> bool:
    """Options, lookup, then connect(): blocking with the user's timeout, or
    non-blocking (:func:`_connect_nonblocking`) in that I/O mode."""
    if not prepare(ctx, SLOT):
        return False
    sock, stop, st = ctx.sock, ctx.stop, ctx.settings
    assert sock is not None
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
            sock.connect(target(ctx))
        sock.settimeout(None)
        local, peer = ends(sock)
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
    code = sock.connect_ex(target(ctx))
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
        done = {"completed": True, "gave_up": not ready}
    else:
        done = {}
    if code:
        ctx.done(SLOT, _made(ctx, seq, t0, **done, **failure(OSError(code, os.strerror(code)))))
        ctx.close_socket(SLOT)
        return False
    local, peer = ends(sock)
    ctx.done(SLOT, _made(ctx, seq, t0, local=local, peer=peer, **done))
    ctx.connected.set()
    return True
