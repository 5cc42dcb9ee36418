"""A listening socket's loop: options, bind(), listen(), then accept().

Each accepted socket is handed over apart from the record: it waits in
``ctx.handoff`` under its :class:`~..core.events.Accept` event's ``seq``
until the bridge adopts it.

A connection is accepted only if the process has the file descriptors it
will need (:mod:`.descriptors`); if not, or if ``accept()`` itself fails with
EMFILE, the connections wait in the kernel's backlog and the loop tries again
after a back-off (0.1 s, doubling up to 1.6 s), recording a
:class:`~..core.events.NoDescriptors` note when the shortage begins and ends.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

from ..core.events import Accept, Address, Bind, Event, Listen, NoDescriptors, SetOption, now_ns
from ..core.state import TRANSIENT_ACCEPT_ERRNOS
from .connector import UNIX_WORD, prepare, target
from .context import Context, failure
from .descriptors import PER_CONNECTION, budget, limit, open_count
from .unix import address as unix_address
from .unix import note_bound, remove_stale
from .wait import Waiter

SLOT = "accept"
POLL_S = 0.25  # how often a paused or idle accept loop checks for stop
BACKOFF_S = 0.1  # the first wait after a transient accept() failure
BACKOFF_MAX_S = 1.6
OUT_OF_FDS = frozenset({"EMFILE", "ENFILE"})


def accept_loop(ctx: Context) -> None:
    if not prepare(ctx, SLOT):
        return
    sock, stop, st = ctx.sock, ctx.stop, ctx.settings
    assert sock is not None
    if st.reuse_addr and not _step(
        ctx,
        lambda: sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1),
        lambda seq, t0, **kw: SetOption(
            seq, t0, now_ns(), level="SOL_SOCKET", name="SO_REUSEADDR", value=1, **kw
        ),
    ):
        return
    unix = ctx.family in UNIX_WORD
    if unix and st.unlink_stale and not remove_stale(ctx, SLOT, st.host):
        ctx.close_socket(SLOT)
        return
    if not _step(
        ctx,
        lambda: sock.bind(target(ctx)),
        lambda seq, t0, **kw: Bind(
            seq,
            t0,
            now_ns(),
            host=st.host,
            port=st.port,
            address=None if kw else _name(sock, unix),
            **kw,
        ),
    ):
        return
    if unix:
        note_bound(ctx, st.host)
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
    short = _Shortage(ctx)
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
            # too few descriptors for one more (and those accepted, not yet
            # taken by the GUI): leave it in the backlog
            promised = PER_CONNECTION * len(ctx.handoff)
            if budget.shortage(pending=promised):
                short.begin(promised)
                stop.wait(short.backoff())
                continue
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
                if err["errno"] in OUT_OF_FDS:
                    err["message"] = f"{open_count()} open, limit {limit()}"
                    budget.forget()
                ctx.done(SLOT, Accept(seq, t_wait, now_ns(), **err))
                if err["errno"] in TRANSIENT_ACCEPT_ERRNOS:
                    # as servers do: back off, then accept again
                    stop.wait(short.backoff())
                    continue
                ctx.close_socket(SLOT)
                return
            try:
                local = _name(conn, unix)
            except OSError:
                local = None
            if unix:  # a client that did not bind() has no name: ""
                addr = unix_address(addr)
            ctx.handoff[seq] = conn
            ctx.done(SLOT, Accept(seq, t_wait, now_ns(), peer=addr, local=local))
            short.end()
    finally:
        waiter.close()


def _name(sock: socket.socket, unix: bool) -> Address:
    """getsockname(); a Unix socket's as text (a path, @name)."""
    name = sock.getsockname()
    return unix_address(name) if unix else name


class _Shortage:
    """A listener's run of too few descriptors: one note when it begins, one
    when it ends, and a back-off that doubles while it lasts."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.waiting = False
        self.wait_s = BACKOFF_S

    def begin(self, promised: int) -> None:
        """``promised``: descriptors the connections accepted and not yet
        taken by the GUI will open (counted as open in the note)."""
        if not self.waiting:
            self.waiting = True
            self._note(True, promised)

    def end(self) -> None:
        self.wait_s = BACKOFF_S
        if self.waiting:
            self.waiting = False
            self._note(False)

    def backoff(self) -> float:
        wait, self.wait_s = self.wait_s, min(self.wait_s * 2, BACKOFF_MAX_S)
        return wait

    def _note(self, waiting: bool, promised: int = 0) -> None:
        seq, t0 = self.ctx.begin(SLOT)
        n = open_count() + promised
        ev = NoDescriptors(seq, t0, now_ns(), open=n, limit=limit(), waiting=waiting)
        self.ctx.done(SLOT, ev)


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
