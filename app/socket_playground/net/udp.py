"""A UDP socket's loops: ``recvfrom()`` in one thread, ``sendto()`` in another.

The reader thread makes the socket, as a program would: the address (a
number, or a name looked up: :func:`.connector.resolve`), then
``socket(family, SOCK_DGRAM)``, the options, and then

- a "server": ``bind((host, port))`` (no ``listen()``, no ``accept()``: one
  socket talks to every peer);
- a "connected UDP" client: ``connect((host, port))`` (no packet is sent:
  the kernel only remembers the peer; ``send()`` goes there, datagrams from
  anyone else are dropped, and an ICMP "port unreachable" is reported to a
  later call as ECONNREFUSED);
- a plain client: nothing (its first ``sendto()`` binds it to a free port).

Then it waits until a datagram is there and calls ``recvfrom(n)``: each call
returns exactly one datagram. On Linux ``MSG_TRUNC`` makes the call return
the datagram's own size, so a datagram larger than ``n`` shows how many bytes
were lost. The writer takes :class:`Datagram` items from the send queue: one
``sendto()`` (``send()`` when connected) per item, one datagram each.
Every call is one event (:mod:`..core.udp_events`). No Qt here.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core.errors import WOULD_BLOCK
from ..core.events import Bind, Connect, SetOption, SocketCall, next_seq, now_ns
from ..core.udp_events import RecvFrom, SendTo
from . import iomode
from .connector import resolve
from .context import Context, Failure, failure
from .iomode import busy
from .options import apply_chosen
from .wait import Waiter

SLOT = "recv"  # the reader makes the socket and receives
SEND_SLOT = "send"
MSG_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)
# Linux: with MSG_TRUNC, recvfrom() returns the datagram's real size
MSG_TRUNC = getattr(socket, "MSG_TRUNC", 0) if sys.platform.startswith("linux") else 0
WAIT_CHECK_S = 0.5  # a wait looks this often whether the socket is stopping
# the options a UDP socket takes from the forms (TCP's own are left out)
UDP_OPTIONS = frozenset({"SO_RCVBUF", "SO_SNDBUF", "SO_REUSEADDR", "IPV6_V6ONLY"})


@dataclass(frozen=True)
class Datagram:
    """One datagram to send: to ``peer``, or (None) to the connected peer."""

    data: bytes
    peer: tuple[object, ...] | None = None


@dataclass
class UdpPlan:
    """What the socket does before its first recvfrom(). ``broadcast`` may be
    turned on from the GUI before the socket exists (under ``sock_lock``:
    see :func:`want_broadcast`)."""

    server: bool  # bind() to the settings' address
    connect: bool = False  # a client: connect() to it ("connected UDP")
    broadcast: bool = False  # SO_BROADCAST 1 first


def open_datagram_socket(ctx: Context) -> bool:
    """``socket(ctx.family, SOCK_DGRAM)``, recorded; False if it failed or
    the socket is stopping."""
    if ctx.stop.is_set():
        return False
    seq, t0 = ctx.begin(SLOT)
    try:
        sock = socket.socket(ctx.family, socket.SOCK_DGRAM)
    except OSError as e:
        ev = SocketCall(seq, t0, now_ns(), family=ctx.family, type=socket.SOCK_DGRAM, **failure(e))
        ctx.done(SLOT, ev)
        return False
    with ctx.sock_lock:
        if ctx.stop.is_set():
            sock.close()
            ctx.release(SLOT)
            return False
        ctx.sock = sock
    ctx.done(SLOT, SocketCall(seq, t0, now_ns(), family=ctx.family, type=socket.SOCK_DGRAM))
    return True


def set_broadcast(ctx: Context, on: bool, slot: str | None = None) -> bool:
    """``setsockopt(SOL_SOCKET, SO_BROADCAST, on)``, recorded with the value
    read back; ``slot`` None: from the GUI thread. False if it failed."""
    seq, t0 = (next_seq(), now_ns()) if slot is None else ctx.begin(slot)
    applied: int | None = None
    err = Failure(errno="", message="")
    with ctx.sock_lock:
        if ctx.sock is None or ctx.closed:
            if slot is not None:
                ctx.release(slot)
            return False
        try:
            ctx.sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, int(on))
            applied = ctx.sock.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST)
        except OSError as e:
            err = failure(e)
    ev = SetOption(
        seq,
        t0,
        now_ns(),
        level="SOL_SOCKET",
        name="SO_BROADCAST",
        value=int(on),
        applied=applied,
        **err,
    )
    if slot is None:
        ctx.push(ev)
    else:
        ctx.done(slot, ev)
    return not err["errno"]


def want_broadcast(ctx: Context, plan: UdpPlan, on: bool) -> bool:
    """SO_BROADCAST from the GUI thread: set now, or (no socket yet) by the
    set-up right after socket(). False if it failed."""
    with ctx.sock_lock:
        if ctx.sock is None and not ctx.stop.is_set():
            plan.broadcast = on  # the set-up reads it once the socket exists
            return True
    return set_broadcast(ctx, on)


def setup(ctx: Context, plan: UdpPlan) -> bool:
    """Lookup, socket(), options, then bind() or connect() (or neither), each
    recorded; sets ``ctx.connected`` (the writer may send) when it worked."""
    if not (resolve(ctx, SLOT) and open_datagram_socket(ctx) and apply_chosen(ctx, SLOT)):
        return False
    with ctx.sock_lock:
        broadcast = plan.broadcast
    if broadcast and not set_broadcast(ctx, True, SLOT):
        ctx.close_socket(SLOT)
        return False
    sock, st = ctx.sock, ctx.settings
    assert sock is not None
    if plan.server or plan.connect:
        seq, t0 = ctx.begin(SLOT)
        try:
            if plan.server:
                sock.bind(ctx.sockaddr)
                ev: Bind | Connect = Bind(
                    seq, t0, now_ns(), host=st.host, port=st.port, address=sock.getsockname()
                )
            else:
                sock.connect(ctx.sockaddr)
                local, peer = sock.getsockname(), sock.getpeername()
                ev = Connect(seq, t0, now_ns(), host=st.host, port=st.port, local=local, peer=peer)
        except OSError as e:
            if ctx.stop.is_set():
                ctx.release(SLOT)
                return False
            kind = Bind if plan.server else Connect
            ctx.done(SLOT, kind(seq, t0, now_ns(), host=st.host, port=st.port, **failure(e)))
            ctx.close_socket(SLOT)
            return False
        ctx.done(SLOT, ev)
    ctx.connected.set()
    return True


def udp_read_loop(ctx: Context, plan: UdpPlan, room: Callable[[], None]) -> None:
    """Set up, then ``recvfrom()`` one datagram at a time until stopped."""
    if not setup(ctx, plan):
        return
    sock = ctx.sock
    assert sock is not None
    iomode.apply_chosen(ctx, SLOT)  # setblocking(False) / settimeout(): a row
    waiter = Waiter(sock)
    try:
        while not ctx.stop.is_set():
            room()
            t_wait = now_ns()
            timeout = sock.gettimeout()
            if timeout is None:  # blocking: wait until a datagram is there
                with busy(ctx, SLOT, "recvfrom", ctx.bufsize):
                    while not waiter.wait(WAIT_CHECK_S):
                        if ctx.stop.is_set() or ctx.closed:
                            return
                        if sock.gettimeout() is not None:
                            break  # the mode changed: the next round calls its way
            ctx.can_read.wait()
            if ctx.stop.is_set():
                return
            mode_call = waiter if timeout is not None else None
            got = recv_one(ctx, sock, plan.connect, t_wait, mode_call)
            if got is None:
                return
            if got in WOULD_BLOCK and iomode.select_wait(ctx, waiter, SLOT) is None:
                return
    finally:
        waiter.close()


def recv_one(
    ctx: Context,
    sock: socket.socket,
    connected: bool,
    t_wait: int,
    mode_call: Waiter | None = None,
) -> str | None:
    """One ``recvfrom(n)``: one datagram (or an error row); its errno ("" for
    a datagram); None when the socket is stopping (the wake-up's empty result
    is no datagram). ``mode_call`` (the socket's waiter): the socket is
    non-blocking or has a timeout, and the call is the program's own (it
    raises BlockingIOError or times out: a row); otherwise it is made once a
    datagram is there."""
    n = ctx.bufsize
    buf = bytearray(n)
    t0 = now_ns()
    seq = 0 if mode_call else ctx.begin(SLOT)[0]
    try:
        if mode_call:  # (numbered when it returns: a timeout's wait holds back nothing)
            with busy(ctx, SLOT, "recvfrom", n):
                got = _recvfrom(ctx, sock, mode_call, buf, n)
            if got is None:
                return None
            size, addr = got
            seq, _ = ctx.begin(SLOT)
        else:
            size, addr = sock.recvfrom_into(buf, n, MSG_TRUNC | MSG_DONTWAIT)
    except BlockingIOError as e:
        if not mode_call:
            ctx.release(SLOT)  # nothing after all: wait again
            return ""
        return _failed(ctx, t0, n, connected, e)
    except OSError as e:
        if ctx.stop.is_set():
            if not mode_call:
                ctx.release(SLOT)
            return None
        if mode_call:
            return _failed(ctx, t0, n, connected, e)
        ev = RecvFrom(seq, t0, now_ns(), bufsize=n, connected=connected, **failure(e))
        ctx.done(SLOT, ev)
        return ev.errno
    t1 = now_ns()
    if addr is None or ctx.stop.is_set():  # our own shutdown(SHUT_RD) woke the call
        ctx.release(SLOT)
        return None
    data = bytes(buf[: min(size, n)])
    ev = RecvFrom(
        seq,
        t0,
        t1,
        bufsize=n,
        data=data,
        nbytes=len(data),
        size=max(size, len(data)),
        peer=tuple(addr),
        connected=connected,
        waited_ns=t0 - t_wait,
    )
    ctx.done(SLOT, ev)
    return ""


def _recvfrom(
    ctx: Context, sock: socket.socket, waiter: Waiter, buf: bytearray, n: int
) -> tuple[int, Any] | None:
    """``recvfrom_into()`` as the socket's mode has it: non-blocking, at once
    (BlockingIOError when nothing is there); with a timeout, the wait is made
    here in slices, so that stopping wakes it (after a UDP socket's
    shutdown(SHUT_RD) Python's own wait would spin on EAGAIN until the
    timeout), then TimeoutError as Python raises it. None: stopping."""
    timeout = sock.gettimeout()
    if not timeout:
        return sock.recvfrom_into(buf, n, MSG_TRUNC)
    deadline = now_ns() + int(timeout * 1e9)
    while True:
        left = (deadline - now_ns()) / 1e9
        if left <= 0:
            raise TimeoutError("timed out")
        ready = waiter.wait(min(left, WAIT_CHECK_S))
        if ctx.stop.is_set() or ctx.closed:
            return None
        if ready:
            try:
                return sock.recvfrom_into(buf, n, MSG_TRUNC | MSG_DONTWAIT)
            except BlockingIOError:
                continue  # (a datagram with a bad checksum, dropped): wait on


def _failed(ctx: Context, t0: int, n: int, connected: bool, e: OSError) -> str | None:
    """A non-blocking or timed recvfrom() that raised: a row (EAGAIN, TIMEOUT,
    or an error such as ECONNREFUSED), numbered now."""
    if ctx.stop.is_set():
        return None
    seq, _ = ctx.begin(SLOT)
    fail = iomode.call_failure(e)
    ctx.done(SLOT, RecvFrom(seq, t0, now_ns(), bufsize=n, connected=connected, **fail))
    return fail["errno"]


class UdpWriter:
    """Takes :class:`Datagram` items from the send queue: one ``sendto()``
    (``send()`` on a connected socket) each."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def run(self) -> None:
        ctx = self.ctx
        try:
            while not ctx.connected.is_set():
                if ctx.stop.wait(0.05):
                    return
            sock = ctx.sock
            assert sock is not None
            while True:
                item = ctx.sendq.get()
                if item is None or ctx.stop.is_set():
                    return
                try:
                    if isinstance(item, Datagram):
                        self.send_one(sock, item)
                finally:
                    ctx.item_done()
        finally:
            ctx.writer_done = True

    def send_one(self, sock: socket.socket, item: Datagram) -> None:
        ctx, data = self.ctx, item.data
        seq, t0 = ctx.begin(SEND_SLOT)
        peer = item.peer
        try:
            with busy(ctx, SEND_SLOT, "sendto", len(data)):
                if peer is None:
                    sent = sock.send(data)
                    peer = sock.getpeername()
                else:
                    sent = sock.sendto(data, peer)
        except OSError as e:
            ctx.add_queued(-len(data))
            if ctx.stop.is_set():
                ctx.release(SEND_SLOT)
                return
            ev = SendTo(
                seq,
                t0,
                now_ns(),
                offered=len(data),
                peer=_addr(peer if peer is not None else ctx.sockaddr),
                connected=item.peer is None,
                **failure(e),
            )
            ctx.done(SEND_SLOT, ev)
            return
        ctx.add_queued(-len(data))
        try:
            local = _addr(sock.getsockname())
        except OSError:
            local = None
        ev = SendTo(
            seq,
            t0,
            now_ns(),
            offered=len(data),
            sent=sent,
            data=data[:sent],
            peer=_addr(peer),
            connected=item.peer is None,
            local=local,
        )
        ctx.done(SEND_SLOT, ev)


def _addr(peer: object) -> tuple[object, ...] | None:
    return tuple(peer) if isinstance(peer, tuple) else None
