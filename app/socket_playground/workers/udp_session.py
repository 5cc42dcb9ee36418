"""A UDP socket's Session: the reader (set-up, then ``recvfrom()``) and the
writer (``sendto()``) in QThreads, its record, and what the pane asks of it.

It is a :class:`~.session.Session` with role ``udp``: the same drain, record
and stop (wake with ``shutdown(SHUT_RD)``, join, ``close()``). ``server``
says whether it ``bind()``s the form's address (a UDP "server") or sends to
it (a client, ``connect()``ed when ``connect_udp``).
"""

from __future__ import annotations

from ..core.endpoint import literal_family
from ..core.events import Direction, Event
from ..core.state import FINAL
from ..core.udp_events import RecvFrom, SendTo
from ..net.context import wake_loops
from ..net.udp import UDP_OPTIONS, Datagram, UdpPlan, UdpWriter, udp_read_loop, want_broadcast
from .session import Session

Peer = tuple[object, ...]


class UdpSession(Session):
    """One datagram socket (``SOCK_DGRAM``)."""

    def __init__(
        self,
        *,
        server: bool,
        host: str = "127.0.0.1",
        port: int = 0,
        family: str = "auto",
        options: dict[str, int] | None = None,
        connect_udp: bool = False,
        broadcast: bool = False,
        reuse_addr: bool = False,
    ) -> None:
        chosen = {k: v for k, v in (options or {}).items() if k in UDP_OPTIONS}
        super().__init__(
            "udp", host=host, port=port, family=family, options=chosen, reuse_addr=reuse_addr
        )
        self.server = server
        self.connect_udp = connect_udp and not server
        self.plan = UdpPlan(server=server, connect=self.connect_udp, broadcast=broadcast)
        self.broadcast = broadcast
        self.last_peer: Peer | None = None  # whom the last datagram came from
        self.ctx.bufsize = 65535  # a whole datagram fits (recvfrom(65535))
        if not server and literal_family(host) is not None:
            self.ctx.sockaddr = (host, port)

    # -- what the views read ----------------------------------------------------------
    @property
    def kind(self) -> str:
        """ "server", "connected client" or "client"."""
        if self.server:
            return "server"
        return "connected client" if self.connect_udp else "client"

    @property
    def datagrams_received(self) -> int:
        return self.store.calls[Direction.IN]

    @property
    def datagrams_sent(self) -> int:
        return self.store.calls[Direction.OUT]

    @property
    def truncated(self) -> int:
        """recvfrom() calls that returned less than their datagram."""
        return sum(1 for d in self.log.datagrams if isinstance(d, RecvFrom) and d.truncated)

    @property
    def peer_port(self) -> int:
        return int(self.peer_addr[1]) if self.peer_addr else 0  # type: ignore[index]

    def default_peer(self) -> Peer | None:
        """Where Send goes without a typed address: the connected peer (None
        then: send()), the server's last peer, the client's form address."""
        if self.connect_udp:
            return None
        if self.server:
            return self.last_peer
        return tuple(self.ctx.sockaddr)

    # -- starting, sending, stopping -------------------------------------------------
    def start(self) -> None:
        if self._threads:
            self.drain()
            return
        self._spawn(lambda: udp_read_loop(self.ctx, self.plan, self._room), "recv")
        self._spawn(UdpWriter(self.ctx).run, "send")

    @property
    def can_send(self) -> bool:
        """Until it stops (before its socket exists too: the writer waits for it)."""
        c = self.ctx
        return not (self._stopping or c.closed or c.writer_done or self.state in FINAL)

    def send(self, data: bytes, peer: Peer | None = None) -> bool:  # type: ignore[override]
        """One datagram of ``data`` (b'' is a datagram too) to ``peer``, or to
        :meth:`default_peer`. False if the socket cannot send or has no peer."""
        if peer is None:
            peer = self.default_peer()
            if peer is None and not self.connect_udp:
                return False
        if self.connect_udp:
            peer = None  # send() to the connected peer
        return self._queue(Datagram(bytes(data), peer), len(data))

    def set_broadcast(self, on: bool) -> bool:
        """SO_BROADCAST now (GUI thread), recorded; False if it failed."""
        ok = want_broadcast(self.ctx, self.plan, on)
        if ok:
            self.broadcast = on
        return ok

    def _wake_writer(self) -> None:
        """(A UDP writer never parks: it ends only when the socket stops.)"""

    def request_stop(self, abort: bool = False) -> None:
        if self._stopping:
            return
        self._stopping = True
        wake_loops(self.ctx, False, record_wake=False)  # no SO_LINGER: no connection to reset
        self._inbox.wake()

    def _react(self, events: list[Event]) -> list[Event]:
        extra = super()._react(events)
        for ev in events:
            if isinstance(ev, RecvFrom) and isinstance(ev.peer, tuple) and not ev.errno:
                self.last_peer = ev.peer
                if not self.connect_udp:
                    self.peer_addr = ev.peer
            elif isinstance(ev, SendTo) and not ev.errno:
                if ev.local is not None:
                    self.local_addr = ev.local
                if not self.server and not self.connect_udp:
                    self.peer_addr = ev.peer
        return extra
