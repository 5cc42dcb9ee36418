"""How a socket is tuned while it runs: recv() size, pausing, socket options
and auto-reply (the loops read these settings from the shared context)."""

from __future__ import annotations

from ..core.events import now_ns
from ..core.record import SocketLog
from ..net import iomode, options, unix
from ..net.context import Context, Settings
from ..net.tcpinfo import TcpInfo, table_state, tcp_info
from .drain import Drain

MAX_BUFSIZE = 1 << 20
BLOCKED_NS = 50_000_000  # a send() in the call this long is "blocked" (not copying)
OPTION_NAMES = frozenset(options.OPTIONS)  # the socket options this platform has here
# A fixed auto-reply answers every recv() result, even one of 1 byte: its size
# is the amplification any peer gets, so it is bounded.
MAX_AUTO_REPLY = 4096
# A listener's open accepted connections at most; more are accepted and closed
# at once (with an OverCap note), so a peer cannot take every descriptor.
MAX_CONNECTIONS = 1024


def _reply(ctx: Context, v: bytes) -> None:
    data = bytes(v)
    if len(data) > MAX_AUTO_REPLY:
        raise ValueError(f"auto-reply of {len(data)} bytes: at most {MAX_AUTO_REPLY}")
    ctx.auto_reply = data


class Tuning:
    """Mixed into Session: needs ``ctx`` and ``settings``."""

    ctx: Context
    settings: Settings
    role: str
    log: SocketLog
    writer_note: bool
    _drain: Drain

    # -- auto-reply settings (the reader thread reads them) ------------------------------
    echo = property(lambda self: self.ctx.echo, lambda self, v: setattr(self.ctx, "echo", bool(v)))
    auto_reply = property(lambda self: self.ctx.auto_reply, lambda self, v: _reply(self.ctx, v))
    max_connections = MAX_CONNECTIONS  # a listener setting (per listener once set)
    close_after_reply = property(
        lambda self: self.ctx.close_after_reply,
        lambda self, v: setattr(self.ctx, "close_after_reply", bool(v)),
    )

    def inherit(self, parent: Tuning) -> None:
        """An accepted socket starts with its listener's settings."""
        self.set_bufsize(parent.ctx.bufsize)
        self.echo, self.auto_reply = parent.echo, parent.auto_reply
        self.close_after_reply = parent.close_after_reply
        self.settings.io_timeout = parent.settings.io_timeout
        self.settings.tls = parent.settings.tls  # (a listener's: the server side)

    # -- the I/O mode (blocking, timeout, non-blocking) ---------------------------------
    io_timeout = property(lambda self: self.settings.io_timeout)
    io_mode = property(lambda self: iomode.mode_of(self.settings.io_timeout))
    would_block = property(lambda self: self.log.would_block)
    timeouts = property(lambda self: self.log.timeouts)

    def set_io_mode(self, timeout: float | None) -> bool:
        """None: blocking, 0: non-blocking, > 0: a timeout in seconds. A
        connected socket gets ``settimeout()`` now (recorded; the loops use
        it from their next call on); before that, and on a listener (whose
        accepted sockets inherit it), it is what the loops will apply."""
        if timeout is not None and timeout < 0:
            raise ValueError(f"timeout {timeout}: must be 0 or more")
        ctx = self.ctx
        if ctx.sock is None or ctx.closed or not ctx.connected.is_set() or self.role == "listener":
            self.settings.io_timeout = timeout
            return True
        return iomode.apply(ctx, timeout)

    @property
    def writer_waiting(self) -> bool:
        """send() cannot go on: a non-blocking one found the kernel's send
        buffer full (a note said so), or a blocking one has been in the call
        for a while (BLOCKED_NS), or the writer waits in select()."""
        if self.writer_note:
            return True
        call, t0, _size = self.ctx.busy.get("send", ("", 0, 0))
        return call == "select" or (call == "send" and now_ns() - t0 > BLOCKED_NS)

    def calls_in_progress(self) -> list[tuple[str, int, int]]:
        """The calls blocked right now: (call, size, nanoseconds so far)."""
        t = now_ns()
        return [(call, size, t - t0) for call, t0, size in list(self.ctx.busy.values())]

    def held_back(self) -> int:
        """Bytes received (or sent) meanwhile that wait for a call in progress
        to return before they are shown: the record keeps call order."""
        return self._drain.inbox.held

    def set_bufsize(self, n: int) -> int:
        """recv(n) size for the next calls (1 … 1 MiB); takes effect at once."""
        self.ctx.bufsize = max(1, min(MAX_BUFSIZE, int(n)))
        return self.ctx.bufsize

    def pause_accepting(self, paused: bool) -> None:
        """Listener: stop calling accept(), or start again."""
        self.pause_reading(paused)

    @property
    def reading_paused(self) -> bool:
        return not self.ctx.can_read.is_set()

    def pause_reading(self, paused: bool) -> None:
        """Stop calling recv() (the kernel's queues fill, then the peer's send()
        blocks), or start again."""
        (self.ctx.can_read.clear if paused else self.ctx.can_read.set)()

    def set_option(self, name: str, value: int) -> int | None:
        """setsockopt now (GUI thread: it never blocks); the applied value, or
        None when the call failed (the failed call is an event)."""
        applied = options.set_recorded(self.ctx, None, name, value)
        if applied is not None:
            self.settings.options[name] = int(value)
        return applied

    def option_values(self) -> dict[str, int]:
        """The values the OS reports now (getsockopt), for every known option."""
        return options.current_values(self.ctx)

    def kernel_queues(self) -> tuple[int | None, int | None]:
        """(receive queue, send queue) in bytes, from the kernel; None if unknown."""
        return options.kernel_queues(self.ctx)

    def peer_cred(self) -> tuple[int, int, int] | None:
        """A Unix socket's peer: (pid, uid, gid) from SO_PEERCRED; None for
        TCP, a listener, before connect(), after close(), or where the OS has none."""
        if getattr(self, "family", "") != "unix" or getattr(self, "role", "") == "listener":
            return None
        with self.ctx.sock_lock:
            return None if self.ctx.closed else unix.peer_cred(self.ctx.sock)

    def tcp_state(self) -> TcpInfo | None:
        """The kernel's view of the connection: TCP_INFO while the socket is
        open; after close() (or once TCP_INFO says CLOSE: a TIME_WAIT has
        taken its place) the kernel's table, by the two addresses. None where
        neither can be read, or once the kernel has forgotten the connection."""
        ctx = self.ctx
        if getattr(self, "family", "") == "unix":
            return None  # no TCP: no TCP_INFO, no line in /proc/net/tcp
        info = None
        with ctx.sock_lock:
            if ctx.sock is not None and not ctx.closed:
                info = tcp_info(ctx.sock)
        if info is not None and info.state != "CLOSE":
            return info
        local, peer = getattr(self, "local_addr", None), getattr(self, "peer_addr", None)
        return table_state(local, peer) or info
