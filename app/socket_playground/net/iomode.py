"""The socket's I/O mode, as the HOWTO's "Non-blocking Sockets" section has it:

- *blocking* (``settimeout(None)``, the default): a call waits until it can
  finish; ``send()`` returns when the kernel has taken the bytes;
- *timeout* (``settimeout(s)``): a call waits at most ``s`` seconds, then
  raises ``TimeoutError`` (recorded as a call with errno ``TIMEOUT``);
- *non-blocking* (``setblocking(False)``, ``settimeout(0.0)``): a call that
  cannot finish at once raises ``BlockingIOError`` (EAGAIN, EINPROGRESS);
  the loop then waits in ``select()``, and both are recorded.

The mode is applied to the socket (and recorded) by :func:`apply`; the loops
read it from the socket each round (``gettimeout()``), so a change takes
effect at the next call. While a call blocks, ``ctx.busy`` says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..core.errors import TIMEOUT
from ..core.events import Select, SetBlocking, next_seq, now_ns
from .context import Context, Failure, failure
from .wait import Waiter

POLL_S = 0.1  # a select() wakes this often to see whether the socket stops


def mode_of(timeout: float | None) -> str:
    """ "blocking", "timeout" or "nonblocking"."""
    if timeout is None:
        return "blocking"
    return "nonblocking" if timeout == 0 else "timeout"


def apply(ctx: Context, timeout: float | None, slot: str | None = None) -> bool:
    """``settimeout(timeout)`` on the socket, recorded (from ``slot``'s thread,
    or the GUI thread); False if the socket is gone."""
    ctx.settings.io_timeout = timeout
    with ctx.sock_lock:
        sock = ctx.sock
        if sock is None or ctx.closed:
            return False
        seq, t0 = (next_seq(), now_ns()) if slot is None else ctx.begin(slot)
        try:
            sock.settimeout(timeout)
        except OSError as e:
            ev = SetBlocking(seq, t0, now_ns(), timeout=timeout, **failure(e))
        else:
            ev = SetBlocking(seq, t0, now_ns(), timeout=timeout)
    if slot is None:
        ctx.push(ev)
    else:
        ctx.done(slot, ev)
    return not ev.errno


def apply_chosen(ctx: Context, slot: str) -> None:
    """At the start of a socket's loops: the mode the user chose, if not the
    default (a socket starts blocking: nothing to record then)."""
    sock, timeout = ctx.sock, ctx.settings.io_timeout
    if timeout is not None and sock is not None and sock.gettimeout() != timeout:
        apply(ctx, timeout, slot)


@contextmanager
def busy(ctx: Context, slot: str, call: str, size: int = 0) -> Iterator[None]:
    """Say that ``slot``'s thread is in ``call`` now (shown as a call in progress)."""
    ctx.busy[slot] = (call, now_ns(), size)
    try:
        yield
    finally:
        ctx.busy.pop(slot, None)


def select_wait(
    ctx: Context, waiter: Waiter, slot: str, write: bool = False, timeout: float | None = None
) -> bool | None:
    """``select()`` until the socket is ready (True) or ``timeout`` passed
    (False), recorded with how long it waited; None if the socket stopped
    meanwhile (nothing recorded)."""
    t0 = now_ns()
    deadline = None if timeout is None else t0 + int(timeout * 1e9)
    ready = True
    sock = ctx.sock
    with busy(ctx, slot, "select"):
        while not waiter.wait(POLL_S):
            if ctx.stop.is_set() or ctx.closed or sock is None:
                return None
            if deadline is not None and now_ns() >= deadline:
                ready = False
                break
            if deadline is None and sock.gettimeout() != 0.0:
                return True  # no longer non-blocking: the loop calls the blocking way
    if ctx.stop.is_set():
        return None
    seq, _ = ctx.begin(slot)
    ctx.done(slot, Select(seq, t0, now_ns(), write=write, timeout=timeout, ready=ready))
    return ready


def timed_out(exc: OSError) -> bool:
    """A socket timeout (``settimeout``), not the kernel's ETIMEDOUT."""
    return isinstance(exc, TimeoutError) and exc.errno is None


def call_failure(exc: OSError) -> Failure:
    """The errno/message fields of a failed call, TIMEOUT for a socket timeout."""
    if timed_out(exc):
        return Failure(errno=TIMEOUT, message=str(exc) or "timed out")
    return failure(exc)
